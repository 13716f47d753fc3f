import StakeholderModel

/// Affiliations written around a person's name that the function readers miss:
///
/// - "Dr X, an assistant professor at the Faculty of Y", "Ewa Z, chief technologist at Spółdzielnia W", "Giulia B,
///   RESORT4GROWTH coordinator at the Province of P": a descriptive apposition (any lower-case noun phrase, not only
///   a known function) ending in "at" and an organization.
/// - "Dr X, who leads the project team at KTU", "Y, who heads investor services at ŁSEZ": a relative clause of
///   leading or working ending in "at" and an organization.
/// - "Dr X (Faculty of Management, Warsaw University of Technology)", "dr Y (Uniwersytet Wrocławski, Instytut Z)",
///   "Z (Polska Agencja Żeglugi Powietrznej, PAŻP)": a unit and its parent (either order) in parentheses after a
///   name; the person works in the unit, which is part of the parent.
/// - "MJWPU Director X", "Kraków's Deputy Mayor Y": an institution (or, for a territorial function, a place)
///   written right before the function.
///
/// - Complexity: O(m) per rule for m mentions, each looking at a window of at most a dozen tokens.
extension RelationFinder {
  /// Verbs of a relative clause saying where a person works: "who leads the team at X", "who works at Y".
  static let workingRelativeVerbs: WordSet = [
    "leads", "led", "heads", "headed", "manages", "managed", "runs", "ran", "directs", "coordinates", "chairs", "works",
    "worked", "oversees", "teaches", "supervises",
  ]
  /// Words that end a descriptive apposition before "at": a verb or a clause has begun, it is no longer a noun phrase.
  static let appositionStoppers: WordSet = [
    "who", "which", "that", "said", "says", "spoke", "presented", "told", "added", "and", "but", "was", "is", "were",
    "are", "will", "has", "have", "had", "then", "also", "later",
  ]
  /// Function words of running a project, for a project named inside an apposition ("RESORT4GROWTH coordinator"):
  /// the person takes part in the project (as ``projectStaff()`` reads "project coordinator").
  static let projectRunnerWords: WordSet = ["coordinator", "manager", "leader", "koordynator", "kierownik", "lider"]

  /// Records `person` → `org` as an affiliation once.
  mutating func affiliate(_ person: Int, _ org: Int, _ k: Int) {
    guard person != org, affiliations[person]?.contains(org) != true else { return }
    add(person, org, .affiliatedWith, k)
    affiliations[person, default: []].append(org)
  }

  /// A function beside the one the person speaks in ("na co dzień", "also", "who also runs Y"): the relation is
  /// recorded, but the person acts (signs, represents) for the affiliation known before, when there is one.
  mutating func affiliateBeside(_ person: Int, _ org: Int, _ k: Int) {
    if affiliations[person]?.isEmpty ?? true {
      affiliate(person, org, k)
    } else if affiliations[person]?.contains(org) != true {
      add(person, org, .affiliatedWith, k)
    }
  }

  /// "Dr X, an assistant professor at the Faculty of Y", "Dr X, who leads the project team at KTU".
  mutating func appositionAtInstitution() {
    guard r.language == "en" else { return }
    for i in mentions(ofKind: .person) {
      let m = r.mentions[i]
      guard !m.nested else { continue }
      var e = claimedEnd(i)
      guard e + 3 < r.tokens.count, r.tokens[e].text == ",", r.sentenceOf[e + 1] == m.sentence else { continue }
      // "Piotr X, Professor at OUT, who leads the P research team at the Faculty of Y": the working clause may follow a
      // first apposition (no other person named between).
      if !r.vocabulary.lowerIs(e + 1, "who"),
         let c = (e..<min(r.tokens.count - 2, e + 16)).first(where: { r.sentenceOf[$0] == m.sentence && r.tokens[$0].text == "," && r.vocabulary.lowerIs($0 + 1, "who") && r.vocabulary.has(Self.workingRelativeVerbs, $0 + 2) }),
         !(e..<c).contains(where: { r.claim[$0] >= 0 && r.mentions[r.claim[$0]].kind == .person }) {
        e = c
      }
      var q = e + 1
      let relative = r.vocabulary.lowerIs(q, "who")
      if relative {
        guard r.vocabulary.has(Self.workingRelativeVerbs, q + 1) else { continue }
        q += 2
      }
      var project: Int?
      var inner: Int?
      var runner = false
      var words = 0
      while q < r.tokens.count, r.sentenceOf[q] == m.sentence, words <= 6, !r.vocabulary.lowerIn(q, ["at", "in"]) {
        if r.claim[q] >= 0 {
          // "RESORT4GROWTH coordinator at …", "the TUL team at …": a project or the person's own institution named inside.
          // "Dean of the Faculty X at University Y": the unit named inside is the person's (``apposition()`` reads it).
          let c = r.claim[q]
          guard r.mentions[c].kind == .project || (relative && r.mentions[c].kind == .organization) else { break }
          // "who leads the CIRCLE-IN research team at the Faculty of Mechanical Engineering of OUT": the unit is the
          // person's; an owner after "of" is read by the unit rules.
          if r.mentions[c].kind == .project { project = c } else { inner = c }
          q = r.mentions[c].range.upperBound
          words += 1
          continue
        }
        guard r.tokens[q].kind == .word, !r.vocabulary.has(Self.appositionStoppers, q) else { break }
        if r.tokens[q].casing == .lower, r.tokens[q].lower.hasSuffix("ed") || r.tokens[q].lower.hasSuffix("ing") { break }
        if r.vocabulary.has(Self.projectRunnerWords, q) { runner = true }
        q += 1
        words += 1
      }
      guard words >= 1, q + 1 < r.tokens.count, r.sentenceOf[q + 1] == m.sentence, r.vocabulary.lowerIs(q, "at") else { continue }
      var a = q + 1
      if r.vocabulary.lowerIn(a, ["the", "its"]) { a += 1 }
      guard a < r.tokens.count, r.claim[a] >= 0, r.mentions[r.claim[a]].kind == .organization, r.sentenceOf[a] == m.sentence else { continue }
      // "at the European Commission's … Executive Agency": the body the owner owns.
      let org = g(r.ownedOrganization(after: r.claim[a], r.sentences[m.sentence]) ?? r.claim[a])
      affiliate(g(i), org, m.sentence)
      // "who leads the TUL team at the Faculty of X": the unit belongs to the institution named in the clause.
      if let c = inner, g(c) != org, r.mentions[r.claim[a]].head?.isUnit == true || r.mentions[r.claim[a]].head.map({ Self.researchUnitHeads.contains($0.lemma) }) == true,
         parents[org] == nil {
        add(org, g(c), .partOf, m.sentence)
        parents[org] = g(c)
      }
      // "RESORT4GROWTH coordinator at …", "who leads the CIRCLE-IN research team at …": the person works on the project.
      if let p = project, runner || relative, !r.mentions[p].isProgramme { add(g(i), g(p), .participatesIn, m.sentence) }
    }
  }

  /// Head lemmas of a body that a research unit in parentheses belongs to (its parent written beside it).
  static let researchUnitHeads: Set<String> = ["instytut", "institute", "wydział", "faculty", "katedra", "department", "zakład", "centre", "centrum", "laboratory", "laboratorium"]

  /// "Dr X (Faculty of Management, Warsaw University of Technology)", "dr Y (Uniwersytet Wrocławski, Instytut Z)",
  /// "Z (Polska Agencja Żeglugi Powietrznej, PAŻP)": two organizations in parentheses after a person.
  mutating func parenthesisedAffiliation() {
    for i in mentions(ofKind: .person) {
      let m = r.mentions[i]
      guard !m.nested else { continue }
      var e = claimedEnd(i)
      // "dr hab. X, prof. uczelni (…)": an academic title after the name stands before the parenthesis.
      if e < r.tokens.count, r.tokens[e].text == "," {
        var t = e + 1
        while t < min(r.tokens.count, e + 5), r.claim[t] < 0, r.tokens[t].text != "(", r.vocabulary.has(RoleWords.titles, t) || r.tokens[t].text == "." || r.vocabulary.lowerIs(t, "uczelni") { t += 1 }
        if t > e + 1, t < r.tokens.count, r.tokens[t].text == "(" { e = t }
      }
      guard e + 4 < r.tokens.count, r.tokens[e].text == "(", r.sentenceOf[e + 1] == m.sentence else { continue }
      let first = r.claim[e + 1]
      guard first >= 0, r.mentions[first].kind == .organization else { continue }
      var q = r.mentions[first].range.upperBound
      while q < r.tokens.count, r.claim[q] == first { q += 1 }
      guard q + 2 < r.tokens.count, r.tokens[q].text == ",", r.claim[q + 1] >= 0 else { continue }
      let second = r.claim[q + 1]
      guard r.mentions[second].kind == .organization else { continue }
      var close = r.mentions[second].range.upperBound
      while close < r.tokens.count, r.claim[close] == second { close += 1 }
      guard close < r.tokens.count, r.tokens[close].text == ")" else { continue }
      let (a, b) = (g(first), g(second))
      if a == b { affiliate(g(i), a, m.sentence); continue }
      func isUnit(_ x: Int) -> Bool { r.mentions[x].head.map { $0.isUnit || Self.researchUnitHeads.contains($0.lemma) } ?? false }
      let unit: Int, parent: Int
      if isUnit(first), !isUnit(second) { (unit, parent) = (a, b) } else if isUnit(second), !isUnit(first) { (unit, parent) = (b, a) } else { continue }
      affiliate(g(i), unit, m.sentence)
      if parents[unit] == nil {
        add(unit, parent, .partOf, m.sentence)
        parents[unit] = parent
      }
    }
  }

  /// "MJWPU Director Marcin Kołodziej", "Kraków's Deputy Mayor Andrzej Kulesza": the institution (or, for a
  /// territorial function, the place) written right before the function is the person's.
  mutating func ownerBeforeFunction() {
    // Polish functions follow the name they qualify ("prezes X"); an institution before them ends another phrase.
    guard r.language == "en" else { return }
    for role in r.roles where role.target == nil && role.at >= 1 {
      let p = g(role.person)
      if found.keys.contains(where: { $0.source == p && $0.type == .affiliatedWith && found[$0]?.contains(role.sentence) == true }) { continue }
      let s = r.sentences[role.sentence]
      var b = role.at - 1
      while b > s.tokens.lowerBound, b >= role.at - 2, r.claim[b] < 0, r.vocabulary.has(Recognizer.englishRoleModifiers, b) || r.vocabulary.lowerIn(b, ["vice", "deputy"]) { b -= 1 }
      guard b >= s.tokens.lowerBound, r.claim[b] >= 0 else { continue }
      let o = r.claim[b]
      guard r.mentions[o].range.upperBound == b + 1 else { continue }
      let k = r.mentions[o].kind
      let possessive = r.tokens[b].text.hasSuffix("'s") || r.tokens[b].text.hasSuffix("’s")
      // "Deputy Mayor": the function's head word decides whether it names a territory, not its modifier.
      let territorial = role.word.territorial || role.text.split(separator: " ").contains { RoleWords.role($0.lowercased())?.territorial == true }
      guard k == .organization || (k == .place && territorial && possessive) else { continue }
      // The name before the function is the person's only when it is not the object of a preposition ("w Rzeszowie
      // marszałek X", "at MJWPU Director X").
      let before = r.mentions[o].range.lowerBound - 1
      if before >= s.tokens.lowerBound, r.vocabulary.lowerIn(before, ["in", "at", "of", "from"]) { continue }
      affiliate(p, g(o), role.sentence)
    }
  }

  /// "Its CEO, Renata X, presented …", "O współpracy mówił tam jej wiceprezes Krzysztof Y", "The foundation's president,
  /// Teresa Z": a function owned by a possessive pronoun (the first organization named in the sentence before) or by a
  /// lower-case noun in the possessive (the one organization of the text with that head).
  mutating func possessiveFunctionOwner() {
    for role in r.roles where role.target == nil && role.at >= 1 {
      let p = g(role.person)
      if affiliations[p]?.contains(where: { kind($0) == .organization }) == true { continue }
      let s = r.sentences[role.sentence]
      var b = role.at - 1
      while b > s.tokens.lowerBound, r.claim[b] < 0, r.vocabulary.has(Recognizer.englishRoleModifiers, b) || r.vocabulary.lowerIn(b, ["vice", "deputy"]) { b -= 1 }
      guard b >= s.tokens.lowerBound, r.claim[b] < 0 else { continue }
      var owner: Int?
      if r.vocabulary.lowerIn(b, ["its", "jej", "jego", "their", "ich"]), role.sentence > 0 {
        let prior = mentions(in: role.sentence - 1).filter { r.mentions[$0].kind == .organization && !r.mentions[$0].nested }
        owner = (introducedCompany(prior, pronoun: r.tokens[b].lower) ?? prior.first).map { g($0) }
        // The sentence itself names an organization before the pronoun: that one ("X … – its director Y").
        if let here = mentions(in: role.sentence).last(where: { r.mentions[$0].kind == .organization && r.mentions[$0].range.upperBound <= b }) { owner = g(here) }
      } else if r.possessive[b], r.tokens[b].casing == .lower, let h = HeadWords.englishHead(String(r.tokens[b].lower.dropLast(2))), h.kind == .organization,
                let c = orgsByHead[h.lemma], c.count == 1 {
        owner = c.first
      }
      guard let o = owner else { continue }
      affiliate(p, o, role.sentence)
    }
  }

  /// "Paweł X, President of the Szczecin-based ZARR", "Mikko Y, CEO of the Finnish company ReFibre Oy": a function
  /// followed by "of", a seat adjective or an adjective of origin and a company noun, then the organization.
  /// Whether mention `m` is a seat adjective ("Ciechocinek-based"), a place written as a modifier of the name after it.
  /// Also a town written before a company noun and the company's name ("CEO of the Lublin start-up X").
  func isSeatAdjective(_ m: Int) -> Bool {
    guard r.mentions[m].kind == .place else { return false }
    let e = r.mentions[m].range.upperBound
    if r.tokens[e - 1].lower.hasSuffix("-based") { return true }
    return e + 1 < r.tokens.count && r.sentenceOf[e + 1] == r.mentions[m].sentence && r.claim[e] < 0 && r.tokens[e].casing == .lower
      && r.vocabulary.has(Self.companyDescriptors, e) && r.claim[e + 1] >= 0 && r.mentions[r.claim[e + 1]].kind == .organization
  }

  /// "CEO of the Finnish company X", "President of the Nysa-based X": an English function whose "of" complement
  /// describes the organization before naming it; the person is affiliated with the organization named.
  mutating func functionOfDescribedOrganization() {
    guard r.language == "en" else { return }
    for role in r.roles where (role.target == nil || isSeatAdjective(role.target!)) && role.at >= 0 {
      let s = r.sentences[role.sentence]
      var q = role.at + 1
      while q < s.tokens.upperBound, q - role.at <= 3, r.claim[q] < 0, !r.vocabulary.lowerIs(q, "of"), r.tokens[q].kind == .word,
            r.vocabulary.has(Recognizer.englishRoleModifiers, q) || r.tokens[q].casing != .lower { q += 1 }
      guard q + 2 < s.tokens.upperBound, r.vocabulary.lowerIs(q, "of") else { continue }
      q += 1
      if r.vocabulary.lowerIs(q, "the") { q += 1 }
      // "the Szczecin-based ZARR": past the seat adjective (a place mention ending in "-based").
      if q < s.tokens.upperBound, r.claim[q] >= 0, isSeatAdjective(r.claim[q]) {
        q = r.mentions[r.claim[q]].range.upperBound
        // "the Lublin start-up X": past the company noun after the town.
        if q < s.tokens.upperBound, r.claim[q] < 0, r.vocabulary.has(Self.companyDescriptors, q) { q += 1 }
      } else {
        let e = pastOriginAndCompany(q)
        guard e != q else { continue }
        q = e
      }
      guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization else { continue }
      affiliate(g(role.person), g(r.claim[q]), role.sentence)
    }
  }
}
