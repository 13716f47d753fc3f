import StakeholderModel

/// A body that gives an amount of money for a project or event, the body before the verb (Polish and English):
/// - "Huta X, producent blach, przeznaczy na „Wisłę dla Y” 150 tys. zł", "Wydział przekaże na program 220
///   tys. zł";
/// - "Urząd Marszałkowski przekazał na organizację wydarzenia 150 tys. zł", "UM dołoży 2 mln zł do rozbudowy tras
///   „Z”";
/// - "The Marshal's Office has contributed PLN 2 million to the BJRG budget".
///
/// What the money is for is the project or event named after the verb, else the one its common noun refers to
/// ("program" → the document's project, "wydarzenia", "festiwal" → the report's event).
extension RelationFinder {
  /// Verbs of giving money.
  static let moneyGivingVerbs: WordSet = [
    "przeznaczy", "przeznaczył", "przeznaczyła", "przeznaczyło", "przeznacza", "przekaże", "przekazał", "przekazała",
    "przekazało", "przekazuje", "dołoży", "dołożył", "dołożyła", "dołożyło", "contributed", "contributes", "contribute",
    "allocated", "allocates", "donated",
  ]
  /// Common nouns that stand for the document's project.
  static let projectNouns: WordSet = ["program", "programu", "projekt", "projektu", "programme", "project", "budżet", "budget"]

  /// Adds `funded_by` from the project or event the money is for to the body that gives it.
  mutating func moneyGiving() {
    for (k, s) in r.sentences.enumerated() where r.vocabulary.sentenceHas(Self.moneyGivingVerbs, k) && r.vocabulary.sentenceHas(Recognizer.amountWords, k) {
      for v in s.tokens where r.claim[v] < 0 && r.vocabulary.has(Self.moneyGivingVerbs, v) {
        var b = v - 1
        while b > s.tokens.lowerBound, r.claim[b] < 0, r.vocabulary.has(Self.auxiliaries, b) || r.vocabulary.lowerIn(b, ["will", "also", "też", "także", "również"]) { b -= 1 }
        // "Huta X, producent blach z Opola, przeznaczy …": past an apposition.
        if b > s.tokens.lowerBound, r.claim[b] < 0, r.tokens[b].text == ",", let open = appositionStart(before: b, in: s) { b = open - 1 }
        guard b >= s.tokens.lowerBound, r.claim[b] >= 0, r.mentions[r.claim[b]].kind == .organization,
              let target = moneyTarget(after: v, in: s, k) else { continue }
        let giver = g(r.claim[b])
        guard organized[giver]?.contains(target) != true else { continue }
        add(target, giver, .fundedBy, k)
      }
    }
  }

  /// "Wkład własny do projektu KDB wnieśli: Gmina A, Gmina B oraz Powiat C": the bodies listed after a verb of bringing
  /// in their own contribution fund the project named in the sentence, else the document's.
  mutating func ownContributions() {
    for (k, s) in r.sentences.enumerated() where r.vocabulary.sentenceHas(Self.contributionNouns, k) && r.vocabulary.sentenceHas(Self.contributingVerbs, k) {
      guard let v = s.tokens.first(where: { r.claim[$0] < 0 && r.vocabulary.has(Self.contributingVerbs, $0) }),
            s.tokens.contains(where: { $0 < v && r.vocabulary.has(Self.contributionNouns, $0) }) else { continue }
      let named = mentions(in: k).first { r.mentions[$0].kind == .project && !r.mentions[$0].isProgramme && !funderLike($0) }.map { g($0) }
      guard let project = named ?? mainProject else { continue }
      var q = v + 1
      while q < s.tokens.upperBound, r.claim[q] < 0, r.tokens[q].kind == .punct { q += 1 }
      for o in coordinatedOrganizations(from: q, in: s) where g(o) != project { add(project, g(o), .fundedBy, k) }
    }
  }

  /// Nouns of a body's own contribution to a project ("wkład własny").
  static let contributionNouns: WordSet = ["wkład", "wkładu", "contribution"]
  /// Verbs of bringing in a contribution, whose subjects follow in Polish word order.
  static let contributingVerbs: WordSet = ["wnieśli", "wniosły", "wniósł", "wniosła", "wniosło", "zapewnili", "zapewniły", "zapewnił", "zapewniła"]

  /// The project or event (group) named within twelve tokens after the verb at `v` (not a programme or fund), else
  /// the one a common noun there refers to.
  func moneyTarget(after v: Int, in s: Sentence, _ k: Int) -> Int? {
    let end = min(s.tokens.upperBound, v + 13)
    for q in (v + 1)..<end {
      if r.claim[q] >= 0 {
        let m = r.claim[q]
        if [.project, .event].contains(r.mentions[m].kind), !r.mentions[m].isProgramme, !funderLike(m) { return g(m) }
        // "has contributed PLN 2 million to the BJRG budget": the event's short form.
        continue
      }
      if r.tokens[q].casing == .lower, r.vocabulary.has(Self.projectNouns, q) { return mainProject ?? mainEvent }
      if r.tokens[q].casing == .lower, r.vocabulary.has(Self.genericEventNouns, q) || r.vocabulary.has(Self.eventReferences, q) { return mainEvent }
      if r.tokens[q].casing == .lower, let h = r.heads[q], h.kind == .event, !h.english, let e = eventByHeadNoun(k) ?? mainEvent { return e }
    }
    return nil
  }
}
