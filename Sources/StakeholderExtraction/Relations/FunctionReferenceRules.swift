import StakeholderModel

/// Functions that name their institution by a lower-case noun or a possessive pronoun, organizations as the
/// subject of a relative clause of organizing, letters of support, and the lead's meeting held during a named
/// event.
extension RelationFinder {
  /// Pronouns that refer back to the organization before a dash: "KPT – jego dyrektor Jacek Wolski".
  static let possessivePronouns: WordSet = ["jego", "jej", "its", "his", "her"]
  /// "a letter of support", "list poparcia", "list wsparcia".
  static let supportNouns: WordSet = ["support", "poparcia", "wsparcia", "poparcie"]

  /// "Dziekan wydziału dr Anna Łubinowska", "koordynator klastra Piotr Lasek", "przewodniczący Rady Jan X":
  /// a lower-case head noun (or a capitalised one ending the function) in a function refers to the one organization
  /// (or unit) of the text with that head, or the nearest before when there are several; the person works there, also
  /// when another function ties them to another body.
  mutating func functionHeadReference() {
    // Only functions without a target of their own are read here: with none, the heads are not indexed.
    guard r.roles.contains(where: { $0.target == nil }) else { return }
    var byHead: [String: Set<Int>] = [:]
    for i in r.mentions.indices where r.mentions[i].kind == .organization { if let h = r.mentions[i].head { byHead[h.lemma, default: []].insert(g(i)) } }
    for role in r.roles where role.target == nil {
      let p = g(role.person)
      let words = role.text.split(separator: " ")
      let at = role.at >= 0 ? role.at : r.mentions[role.person].range.lowerBound
      // "Prezes spółki Jerzy X" after "… zakład Tartex w Y": the company named just before.
      if words.count == 2, r.vocabulary.has(Self.companyReferenceNouns, at + 1), let o = nearestCompany(before: at, sentence: role.sentence) {
        affiliate(p, o, role.sentence)
        continue
      }
      // "przewodniczący Rady": a capitalised head ending the function names the body mentioned before.
      for w in words where w.first?.isLowercase == true || (w == words.last && words.count > 1) {
        let word = String(w).fastLowercased
        guard w.first?.isUppercase == true || !RoleWords.continuations.contains(word), let h = HeadWords.head(word), h.kind == .organization else { continue }
        // "dyrektor szkoły" of a "Zespół Szkół …", "rektor uczelni" of a "Politechnika …": with no body of this head in
        // the text, the nearest before of the kind's other heads, or the only one of them.
        if byHead[h.lemma] == nil, let others = Self.headEquivalents[h.lemma] {
          let candidates = Set(others.flatMap { byHead[$0] ?? [] })
          let near = nearestMention(before: at, sentence: role.sentence) { $0.kind == .organization && others.contains($0.head?.lemma ?? "") }.map(g)
          if let o = near ?? (candidates.count == 1 ? candidates.first : nil) { affiliate(p, o, role.sentence); break }
        }
        guard let c = byHead[h.lemma], let o = c.count == 1 ? c.first : nearestWithHead(h.lemma, before: at, sentence: role.sentence) else { continue }
        affiliate(p, o, role.sentence)
        break
      }
    }
  }

  /// Heads that name the same kind of body in a function ("dyrektor szkoły" of a "Zespół Szkół …", "rektor uczelni"
  /// of a "Politechnika …"), tried in order when the text has no body with the function's own head.
  static let headEquivalents: [String: [String]] = [
    "szkoła": ["zespół", "technikum", "liceum"], "uczelnia": ["uniwersytet", "politechnika", "akademia"],
  ]

  /// "spółki", "firmy": nouns of a company in a function ("prezes spółki").
  static let companyReferenceNouns: WordSet = ["spółki", "firmy", "company"]

  /// The company (group) named just before token `at` ("Prezes spółki" after "zakład Tartex sp. z o.o."): the nearest
  /// organization, when it has a legal form or no head word; else, with no organization in the two sentences, the
  /// text's only company with a legal form named before; nil otherwise.
  func nearestCompany(before at: Int, sentence: Int) -> Int? {
    guard let best = nearestMention(before: at, sentence: sentence, { $0.kind == .organization }) else {
      let companies = Set(mentions(ofKind: .organization).filter { r.mentions[$0].legalForm != nil && r.mentions[$0].range.upperBound <= at }.map { g($0) })
      return companies.count == 1 ? companies.first : nil
    }
    return r.mentions[best].legalForm != nil || r.mentions[best].head == nil ? g(best) : nil
  }

  /// When a text has several organizations with one head: the one (group) named last before token `at`, in the same
  /// sentence or the one before ("Dokument przygotował Wydział Strategii …, a jego założenia przedstawiła dyrektor
  /// wydziału Anna X").
  func nearestWithHead(_ lemma: String, before at: Int, sentence: Int) -> Int? {
    nearestMention(before: at, sentence: sentence) { $0.kind == .organization && $0.head?.lemma == lemma }.map(g)
  }

  /// "a Kielecki Park Technologiczny – jego dyrektor Jacek Wolski": a function after a dash and a possessive
  /// pronoun belongs to the organization before the dash.
  mutating func dashPossessiveFunction() {
    for role in r.roles where role.target == nil && role.at >= 3 {
      let at = role.at
      guard r.vocabulary.has(Self.possessivePronouns, at - 1), ["–", "-", "—", ",", ";"].contains(r.tokens[at - 2].text),
            r.sentenceOf[at - 3] == role.sentence, r.claim[at - 3] >= 0 else { continue }
      var before = r.claim[at - 3]
      // "AgroTech Labs from Kalisz; its CEO X": past the seat after the name.
      if r.mentions[before].kind == .place {
        let b = r.mentions[before].range.lowerBound - 1
        guard b >= 1, r.vocabulary.lowerIn(b, ["from", "z", "ze"]), r.sentenceOf[b - 1] == role.sentence, r.claim[b - 1] >= 0 else { continue }
        before = r.claim[b - 1]
      }
      guard r.mentions[before].kind == .organization else { continue }
      let p = g(role.person), o = g(before)
      if affiliations[p]?.contains(o) != true {
        add(p, o, .affiliatedWith, role.sentence)
        affiliations[p, default: []].append(o)
      }
    }
  }

  /// "Departamentu X UMWO, który koordynuje prace nad aktualizacją RSI WO 2030": an organization that is the subject
  /// of a relative clause with a verb of organizing organizes the project named in the clause.
  mutating func relativeSubjectOrganizer() {
    for (k, s) in r.sentences.enumerated() {
      // Only a sentence with a verb of organizing can have the clause: the others' commas are not walked.
      guard r.vocabulary.sentenceHas(Markers.organizes, k) else { continue }
      for c in s.tokens where r.tokens[c].text == "," && c > s.tokens.lowerBound && c + 3 < s.tokens.upperBound {
        guard r.claim[c - 1] >= 0, r.mentions[r.claim[c - 1]].kind == .organization, r.vocabulary.lowerIn(c + 1, ["który", "która", "które", "which", "that"]),
              let v = ((c + 2)...(c + 3)).first(where: { r.claim[$0] < 0 && r.vocabulary.has(Markers.organizes, $0) }) else { continue }
        let object = ((v + 1)..<min(s.tokens.upperBound, v + 8)).first(where: { r.claim[$0] >= 0 && r.mentions[r.claim[$0]].kind != .place })
        // "UWM, which coordinates the project": the document's project, named by the common noun right after.
        let generic = object == nil && v + 2 < s.tokens.upperBound
          && ((r.vocabulary.lowerIs(v + 1, "the") && r.vocabulary.lowerIs(v + 2, "project")) || r.vocabulary.lowerIs(v + 1, "projekt"))
        let proj: Int
        if generic, let main = mainProject { proj = main } else {
          guard let p = object, r.mentions[r.claim[p]].kind == .project, !r.mentions[r.claim[p]].isProgramme, !funderLike(r.claim[p]) else { continue }
          proj = g(r.claim[p])
        }
        // "Departamentu X UMWO, który …": the unit written before its parent's acronym is the subject.
        let before = r.claim[c - 1]
        let unit = allMentions(in: k).first { u in
          r.mentions[u].parent.map { g($0) } == g(before) && r.mentions[u].range.upperBound <= r.mentions[before].range.lowerBound
            && r.mentions[before].range.lowerBound - r.mentions[u].range.upperBound <= 1
        }
        let o = g(unit ?? before)
        add(o, proj, .organizes, k)
        organizers.insert(o)
        // The parent read as the actor before the verb by ``organizing()`` in this sentence only is not the subject.
        let parentKey = Key(source: g(before), target: proj, type: .organizes)
        if unit != nil, found[parentKey] == [k] {
          found[parentKey] = nil
          order.removeAll { $0 == parentKey }
          organized[g(before)]?.remove(proj)
        }
      }
    }
  }

  /// "The X Zone has signed a letter of support": an organization that supports the document's project in writing
  /// takes part in it (schema: a letter of support is participation).
  mutating func letterOfSupport() {
    guard let proj = mainProject else { return }
    for (k, s) in r.sentences.enumerated() {
      // Both forms open with "letter", "list" or "listu": a sentence without one is passed over whole.
      guard r.vocabulary.sentenceHas(Self.letterOfIntentWords, k) else { continue }
      guard let cue = s.tokens.first(where: { q in
        (r.vocabulary.lowerIs(q, "letter") && q + 2 < s.tokens.upperBound && r.vocabulary.lowerIs(q + 1, "of") && r.vocabulary.lowerIs(q + 2, "support"))
          || (r.vocabulary.has(Self.listWords, q) && q + 1 < s.tokens.upperBound && r.vocabulary.has(Self.supportNouns, q + 1))
      }) else { continue }
      for o in mentions(in: k) where r.mentions[o].kind == .organization && r.mentions[o].range.upperBound <= cue && organized[g(o)]?.contains(proj) != true {
        add(g(o), proj, .participatesIn, k)
      }
    }
  }

  /// "its kick-off meeting was held on 4 February during the Pomeranian Energy Week": the lead's first named event
  /// introduced by "during" / "podczas" after an unnamed meeting is only where that meeting happened; the report is
  /// about the unnamed meeting, so its speakers are not the named event's participants.
  static func unnamedMeetingHeldDuring(_ r: Recognizer, _ m: Int) -> Bool {
    var b = r.mentions[m].range.lowerBound - 1
    guard b > 0 else { return false }
    if r.vocabulary.lowerIs(b, "the") { b -= 1 }
    guard b > 0, r.vocabulary.lowerIn(b, ["during", "podczas"]), r.sentenceOf[b] == r.mentions[m].sentence else { return false }
    let start = r.sentences[r.mentions[m].sentence].tokens.lowerBound
    return (start..<b).contains { r.claim[$0] < 0 && (genericEventNouns.contains(r.tokens[$0].lower) || r.vocabulary.lowerIs($0, "kick-off")) }
  }
}

extension RelationFinder {
  /// Verbs of leading work, in a relative clause about a person.
  static let leadingWorkVerbs: WordSet = ["kieruje", "kierował", "kierowała", "koordynuje", "koordynowała", "koordynował", "leads", "led", "coordinates"]
  /// "w projekcie", "in the project": the document's project named by a common noun.
  static let inProjectWords: WordSet = ["projekcie", "project", "przedsięwzięciu"]

  /// "dr Natalia X z Wydziału Y, która kieruje pracami uczelni w projekcie": a person who leads work in the project
  /// (named in the sentence, else the document's) takes part in it.
  mutating func personLeadingProjectWork() {
    for (k, s) in r.sentences.enumerated() {
      // Only a sentence with a verb of leading work can have the clause: the others' commas are not walked.
      guard r.vocabulary.sentenceHas(Self.leadingWorkVerbs, k) else { continue }
      for c in s.tokens where r.tokens[c].text == "," && c + 2 < s.tokens.upperBound {
        guard r.vocabulary.lowerIn(c + 1, ["który", "która", "who"]), r.vocabulary.has(Self.leadingWorkVerbs, c + 2),
              let w = ((c + 3)..<min(s.tokens.upperBound, c + 9)).first(where: { r.vocabulary.has(Self.inProjectWords, $0) && r.claim[$0] < 0 }),
              let person = mentions(in: k).last(where: { r.mentions[$0].kind == .person && r.mentions[$0].range.upperBound <= c }) else { continue }
        // The clause is about the person named last before it.
        let named = mentions(in: k).first { r.mentions[$0].kind == .project && !r.mentions[$0].isProgramme && r.mentions[$0].range.lowerBound > w }.map { g($0) }
        guard let proj = named ?? mainProject else { continue }
        add(g(person), proj, .participatesIn, k)
      }
    }
  }
}
