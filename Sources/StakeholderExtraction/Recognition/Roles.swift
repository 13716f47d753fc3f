import StakeholderModel

/// Pass 3: functions next to persons ("Piotr Kuczera, prezydent Rybnika"; "prezes e-Izby Patrycja …";
/// "marszałek Artur Kosicki") with the institution or territory they name.
extension Recognizer {
  static let roleModifiers: WordSet = [
    "project", "programme", "deputy", "vice", "executive", "general", "managing", "senior", "chief", "regional", "lead",
    "city", "technical", "financial", "scientific", "policy", "communication", "communications", "research",
    "development", "business", "innovation", "cluster", "board", "management",
  ]

  /// The organization owned by an institution written in the English possessive ("the European Commission's
  /// … Executive Agency (REA)"): the next organization within five tokens, or nil.
  func ownedOrganization(after t: Int, _ s: Sentence) -> Int? {
    let last = tokens[mentions[t].range.upperBound - 1].lower
    guard last.endsInPossessive else { return nil }
    var q = mentions[t].range.upperBound
    while q < s.tokens.upperBound, q - mentions[t].range.upperBound < 5 {
      if claim[q] >= 0, claim[q] != t, mentions[claim[q]].kind == .organization { return claim[q] }
      q += 1
    }
    return nil
  }

  mutating func findRoles() {
    for (k, s) in sentences.enumerated() {
      var lastRole: (end: Int, person: Int)?
      var i = s.tokens.lowerBound
      while i < s.tokens.upperBound {
        // (The token is copied only once it is a function word: most tokens are not.)
        guard tokens[i].kind == .word, let rw = roleWords[i], claim[i] < 0 || mentions[claim[i]].kind == .person && false,
              !(i > s.tokens.lowerBound && (roleWords[i - 1] != nil && tokens[i - 1].casing == .lower)) else { i += 1; continue }
        let t = tokens[i]
        // English: "head" and "chair" only as functions before "of".
        if ["head", "chair", "member", "deputy"].contains(t.lower), !(i + 1 < s.tokens.upperBound && vocabulary.lowerIs(i + 1, "of")),
           !(t.lower == "deputy" && i + 1 < s.tokens.upperBound && lowerRoles[i + 1] != nil) { i += 1; continue }
        // The function's words: lower-case continuations, "ds." and what follows it up to a name.
        var j = i + 1
        var office: RoleWord?
        // Polish functions in the nominative ("prezesa" → "prezes"); English ones as written ("manager", not the Polish base).
        var words = [language == "en" ? (t.casing == .upper ? t.text : t.lower) : rw.base]
        while j < s.tokens.upperBound, j - i <= 7 {
          let u = tokens[j]
          if claim[j] >= 0 { break }
          if u.text == ".", j > 0, vocabulary.lowerIs(j - 1, "ds") { words[words.count - 1] += "."; j += 1; continue }
          if RoleWords.clauseStops.contains(u.lower) || u.text == "," { break }
          // "kierownik projektu i przedstawiciel …": a second function starts.
          if ["i", "and"].contains(u.lower), j + 1 < s.tokens.upperBound, roleWords[j + 1] != nil { break }
          if u.kind == .word, u.casing == .lower || roleToken[j] || RoleWords.continuations.contains(u.lower) {
            // "Deputy Mayor", "zastępca prezydenta": the office a generic first word (deputy, zastępca) qualifies.
            if rw.sector == nil, office == nil, let w2 = roleWords[j], w2.sector != nil { office = w2 }
            words.append(roleToken[j] ? u.text : u.lower)
            j += 1
            continue
          }
          break
        }
        // "…, czyli Rady Regionu …": the institution after an explanation.
        var target: Int?
        var tj = j
        if tj + 1 < s.tokens.upperBound, marks.isMark(tj, ","), vocabulary.lowerIn(tj + 1, ["czyli", "i.e"]) {
          tj += 2
          while tj < s.tokens.upperBound, claim[tj] < 0, tokens[tj].casing == .lower, tj - j < 6 { tj += 1 }
        }
        // "President of the Kołobrzeg-based KARR": the seat adjective is not what the function names; the body after it is.
        if tj + 1 < s.tokens.upperBound, claim[tj] >= 0, mentions[claim[tj]].kind == .place, tokens[tj].lower.hasSuffix("-based"),
           claim[tj + 1] >= 0, mentions[claim[tj + 1]].kind == .organization {
          tj += 1
        }
        // "director of the Leszno youth theatre Teatr X": a town used as a modifier, then lower-case words and the body.
        if language == "en", tj < s.tokens.upperBound, claim[tj] >= 0, mentions[claim[tj]].kind == .place {
          var q = tj
          while q < s.tokens.upperBound, claim[q] == claim[tj] { q += 1 }
          let words = q
          while q < s.tokens.upperBound, q - words < 3, claim[q] < 0, tokens[q].kind == .word, tokens[q].casing == .lower { q += 1 }
          if q > words, q < s.tokens.upperBound, claim[q] >= 0, mentions[claim[q]].kind == .organization { tj = q }
        }
        if tj < s.tokens.upperBound, claim[tj] >= 0, [.organization, .place].contains(mentions[claim[tj]].kind) {
          target = claim[tj]
          // "Project Officer at the European Commission's … Executive Agency": the body the owner owns.
          if let t = target, mentions[t].kind == .organization, let owned = ownedOrganization(after: t, s) { target = owned }
        }
        // "(Director General, CBSS Secretariat)": in parentheses after a name, the body after a comma.
        if target == nil, i > s.tokens.lowerBound, marks.isMark(i - 1, "("), j + 1 < s.tokens.upperBound, marks.isMark(j, ","),
           claim[j + 1] >= 0, mentions[claim[j + 1]].kind == .organization {
          let end = mentions[claim[j + 1]].range.upperBound
          if end < s.tokens.upperBound, marks.isMark(end, ")") { target = claim[j + 1] }
        }
        // English keeps "of the" before the body it names ("Director of the X Park"); otherwise joining words at the end go.
        let keepsJoin = language == "en" && target != nil && tj == j
        while !keepsJoin, let last = words.last, ["w", "we", "in", "at", "of", "the", "i", "z"].contains(last) || RoleWords.titles.contains(last), words.count > 1 { words.removeLast() }
        var roleText = words.joined(separator: " ")
        if let target, tj == j { roleText += " " + mentions[target].surface }
        // The person: before (apposition), chained ("…, wójt X i przewodniczący Y"), or after.
        var person: Int?
        var b = i - 1
        // English modifiers before the function: "project coordinator", "deputy director".
        while b >= s.tokens.lowerBound, tokens[b].casing == .lower, vocabulary.has(Self.roleModifiers, b) {
          roleText = tokens[b].lower + " " + roleText
          b -= 1
        }
        while b >= s.tokens.lowerBound, roleToken[b] { b -= 1 }
        // "Adam Lis, pełniący obowiązki burmistrza X": an acting head.
        if b - 1 >= s.tokens.lowerBound, vocabulary.lowerIs(b, "obowiązki"), tokens[b - 1].lower.hasPrefix("pełniąc") {
          b -= 2
          roleText = "pełniący obowiązki " + roleText
        }
        b = pastRelativeCopula(b, s)
        // "Anna Wilk (wójt gminy X), Jan Lis (…)": a function opening parentheses names the person before them.
        let inParentheses = b >= s.tokens.lowerBound && b == i - 1 && marks.isMark(b, "(")
        if b >= s.tokens.lowerBound, inParentheses || marks.isAny(b, ",", "–", "—", "-") { b -= 1 }
        // "Krzysztof Wiśniewski, prof. PB – dziekan …": titles and a short affiliation between name and function.
        var back = 0
        while b > s.tokens.lowerBound, back < 4, claim[b] < 0,
              vocabulary.has(RoleWords.titles, b) || marks.isMark(b, ".") || marks.isMark(b, ",") || (tokens[b].casing == .upper && tokens[b].text.count <= 5)
                || (tokens[b].kind == .word && Self.isMixedAcronym(tokens[b].text))  // "prof. PRz, dziekan …"
                || vocabulary.lowerIs(b, "uczelni") {
          b -= 1
          back += 1
        }
        // "Tomasz Lewandowski, prof. PBŚ, prorektor …": a title with its (recognised) institution sits between.
        if b - 2 >= s.tokens.lowerBound, claim[b] >= 0, mentions[claim[b]].kind == .organization {
          var c = mentions[claim[b]].range.lowerBound - 1
          if c >= s.tokens.lowerBound, marks.isMark(c, ".") { c -= 1 }
          if c >= s.tokens.lowerBound, vocabulary.has(RoleWords.titles, c) {
            c -= 1
            if c >= s.tokens.lowerBound, marks.isMark(c, ",") { c -= 1 }
            if c >= s.tokens.lowerBound, claim[c] >= 0, mentions[claim[c]].kind == .person { b = c }
          }
        }
        if b >= s.tokens.lowerBound, claim[b] >= 0, mentions[claim[b]].kind == .person { person = claim[b] }
        // The person right after the function (titles between): "rektor Politechniki Łódzkiej prof. … Sławomir
        // Kaczmarek", "the Mayor of Terneuzen, Mr Erik van Dam". It wins over a chained function.
        var after: Int?
        var afterComma = false
        if person == nil {
          var a = j
          if let target { a = mentions[target].range.upperBound }
          while a < s.tokens.upperBound, claim[a] == target, target != nil { a += 1 }
          if let target, mentions[target].kind == .organization { a = pastSeatAndAcronym(pastParents(a, of: target, s), s) }
          // "zastępca prezydenta Gdyni ds. gospodarki Jan Nowak": the function's field after its territory or body.
          if target != nil, let (fieldEnd, field) = fieldAfterInstitution(a, s) {
            a = fieldEnd
            roleText += " " + field
          }
          var comma = false
          while a < s.tokens.upperBound, claim[a] < 0, !(inParentheses && marks.isMark(a, ")")),
                (tokens[a].kind == .punct && (!marks.isMark(a, ",") || (!comma && a + 1 < s.tokens.upperBound && (vocabulary.has(RoleWords.titles, a + 1) || (claim[a + 1] >= 0 && mentions[claim[a + 1]].kind == .person)))))
                  || roleToken[a] || vocabulary.has(RoleWords.titles, a) || vocabulary.has(Self.copulaWords, a) {
            if marks.isMark(a, ",") { comma = true }
            a += 1
          }
          if a < s.tokens.upperBound, claim[a] >= 0, mentions[claim[a]].kind == .person { after = claim[a]; afterComma = comma }
          // "prezes zarządu SMO, burmistrz Prószkowa Paweł Rzepecki": a second function stacked before the same person.
          else if after == nil, let p = personAfterStackedFunction(a, s) { after = p }
        }
        // "prezydent Łodzi Hanna Wróblewska, rektor Politechniki … Sławomir Kaczmarek": the person before took
        // the function written before it; this function belongs to the person after.
        if let p = person, let lr = lastRole, lr.person == p, lr.end <= mentions[p].range.lowerBound {
          var a = j
          if let target { a = mentions[target].range.upperBound }
          while a < s.tokens.upperBound, claim[a] == target, target != nil { a += 1 }
          a = pastSeatAndAcronym(a, s)
          while a < s.tokens.upperBound, claim[a] < 0, tokens[a].kind == .punct && !marks.isMark(a, ",") || roleToken[a] || vocabulary.has(RoleWords.titles, a) { a += 1 }
          if a < s.tokens.upperBound, claim[a] >= 0, mentions[claim[a]].kind == .person { person = claim[a] }
        }
        // "Jan Lis, prezydent Bytomia i przewodniczący Zgromadzenia X, Anna Wilk, …": a function chained to the one
        // before goes with its person, not with a name after a comma (which opens the next entry of the list).
        if person == nil, after == nil || (afterComma && !vocabulary.lowerIs(i - 1, ",")), let lr = lastRole, i >= 1,
           vocabulary.lowerIn(i - 1, ["i", "oraz", "and", ","]), lr.end >= i - 2 {
          person = lr.person
        }
        if person == nil { person = after }
        if let person {
          roles.append(FoundRole(person: person, text: roleText, word: rw, target: target, sentence: k, at: i, office: office))
          let end = target.map { mentions[$0].range.upperBound } ?? j
          lastRole = (end, person)
        }
        i = max(j, i + 1)
      }
    }
  }
}

extension Recognizer {
  /// After a function ending at `a`: ", burmistrz Prószkowa Paweł Rzepecki" — a comma, a second function (its words,
  /// the body or place it names, titles) and then a person, who holds both functions; nil otherwise.
  func personAfterStackedFunction(_ a: Int, _ s: Sentence) -> Int? {
    guard a + 2 < s.tokens.upperBound, marks.isMark(a, ","), claim[a + 1] < 0, roleWords[a + 1] != nil else { return nil }
    var q = a + 1
    while q < s.tokens.upperBound, claim[q] < 0, roleWords[q] != nil || roleToken[q] || vocabulary.has(RoleWords.continuations, q) { q += 1 }
    if q < s.tokens.upperBound, claim[q] >= 0, [.place, .organization].contains(mentions[claim[q]].kind) {
      let target = claim[q]
      while q < s.tokens.upperBound, claim[q] == target { q += 1 }
    }
    while q < s.tokens.upperBound, claim[q] < 0, vocabulary.has(RoleWords.titles, q) || marks.isMark(q, ".") { q += 1 }
    guard q < s.tokens.upperBound, claim[q] >= 0, mentions[claim[q]].kind == .person else { return nil }
    return claim[q]
  }
}
