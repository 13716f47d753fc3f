import StakeholderModel

/// Organizations stated to take part in or to have joined a project, also when the report is about a meeting:
/// "W projekcie bierze udział również Fundacja X", "Do programu przystąpiło także Starostwo Y", "Do inicjatywy
/// przystąpił już Klaster Z", "Do projektu dołączy też spółka V", "The Municipality of W joined the network in 2024".
/// Only stated facts (past, present or a future announced): "chcą dołączyć" (an intention, an infinitive) says nothing.
///
/// - Complexity: O(n) for n tokens (each sentence visited once, with look-ups among its mentions).
extension RelationFinder {
  /// Finite verbs of joining: "przystąpił", "dołączyło", "dołączy", "joined".
  static let joiningVerbs: WordSet = [
    "przystąpił", "przystąpiła", "przystąpiło", "przystąpiły", "przystąpili", "dołączył", "dołączyła", "dołączyło",
    "dołączyły", "dołączyli", "joined", "joins", "dołączy", "dołączą", "przystąpi", "przystąpią",
    // "Do programu włączyła się X": with "się".
    "włączył", "włączyła", "włączyło", "włączyły", "włączyli",
    // "Z projektem od początku związany jest X".
    "związany", "związana", "związane", "związani",
  ]
  /// Verbs of declaring one's taking part, which need "udział" or "się" after them: "zadeklarowały udział w P",
  /// "zgłosiła się do projektu".
  static let declaringVerbs: WordSet = [
    "zadeklarował", "zadeklarowała", "zadeklarowało", "zadeklarowały", "zadeklarowali", "zgłosił", "zgłosiła", "zgłosiło",
    "zgłosiły", "zgłosili", "potwierdził", "potwierdziła", "potwierdziło", "potwierdziły", "potwierdzili",
  ]
  /// Finite verbs and phrases of taking part: "bierze udział", "uczestniczy", "takes part", "participates".
  static let takingPartVerbs: WordSet = [
    "bierze", "biorą", "brała", "brał", "brało", "weźmie", "wezmą", "uczestniczy", "uczestniczą", "takes", "participates", "participate",
  ]
  /// Nouns of an undertaking after "do" / "w" / "the": "do programu", "w projekcie", "joined the network".
  static let undertakingCaseForms: WordSet = [
    "projektu", "programu", "inicjatywy", "sieci", "partnerstwa", "konsorcjum", "projekcie", "programie", "inicjatywie",
    "przedsięwzięciu", "przedsięwzięcia", "project", "programme", "network", "initiative", "partnership", "consortium",
    "projektem", "programem", "inicjatywą", "przedsięwzięciem",
  ]
  /// All the verbs the rule starts from.
  static let participationVerbs = joiningVerbs.union(takingPartVerbs).union(declaringVerbs)

  /// Records participates_in for an organization stated to take part in, or to have joined, a project.
  mutating func statedProjectParticipation() {
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Self.participationVerbs, k) else { continue }
      // The undertaking: its noun ("do programu") or its name ("Do ASŁ przystąpił …") after "do" / "w" / "z".
      // ("do „P”": past an opening quote.)
      let prepositions: [StaticString] = ["do", "w", "we", "the", "in", "z"]
      guard let noun = s.tokens.first(where: { $0 > s.tokens.lowerBound && (r.vocabulary.lowerIn($0 - 1, prepositions)
          || ($0 - 2 >= s.tokens.lowerBound && r.claim[$0] >= 0 && SentenceSplitter.openQuotes.contains(r.tokens[$0 - 1].text) && r.vocabulary.lowerIn($0 - 2, prepositions)))
        && (r.claim[$0] < 0 ? r.vocabulary.has(Self.undertakingCaseForms, $0) : r.mentions[r.claim[$0]].kind == .project && !funderLike(r.claim[$0])) }) else { continue }
      // "przystąpiły tym samym do projektu": up to four tokens apart.
      // (The verb nearest the noun: "zadeklarowały, że przystąpią do P" joins by the second.)
      guard let v = s.tokens.filter({ r.claim[$0] < 0 && r.vocabulary.has(Self.participationVerbs, $0) }).min(by: { abs($0 - noun) < abs($1 - noun) }),
            abs(v - noun) <= 4 else { continue }
      // "bierze udział", "takes part", "zadeklarowały udział": the verb needs its noun ("zgłosiła się do projektu": or "się").
      if r.vocabulary.lowerIn(v, ["bierze", "biorą", "brała", "brał", "brało", "weźmie", "wezmą", "takes"]) || r.vocabulary.has(Self.declaringVerbs, v),
         !(v + 1 < s.tokens.upperBound && (r.vocabulary.lowerIn(v + 1, ["udział", "part"]) || (r.vocabulary.has(Self.declaringVerbs, v) && r.vocabulary.lowerIs(v + 1, "się")))) { continue }
      let ms = mentions(in: k)
      let named = ms.first { r.mentions[$0].kind == .project && !r.mentions[$0].isProgramme && !funderLike($0) }.map { g($0) }
      // "… Pomorska Platforma Dronowa. … Do inicjatywy przystąpił już X": the noun refers to the project named just before
      // (in the two sentences before).
      var before: Int?
      for b in stride(from: k - 1, through: max(0, k - 2), by: -1) where before == nil {
        before = mentions(in: b).last(where: { r.mentions[$0].kind == .project && !r.mentions[$0].isProgramme && !funderLike($0) }).map { g($0) }
      }
      // A programme joined by name ("Do ASŁ przystąpił …") is the one joined, even when it is a programme.
      let joinedByName = r.claim[noun] >= 0 ? g(r.claim[noun]) : nil
      guard let proj = joinedByName ?? named ?? before ?? mainProject else { continue }
      // The organization: the subject after the verb (Polish word order, past "również", "także", "już") or before it.
      var q = max(v, noun) + 1
      while q < s.tokens.upperBound, r.claim[q] >= 0, r.claim[q] == r.claim[noun] { q += 1 }
      if q < s.tokens.upperBound, r.vocabulary.lowerIn(q, ["udział", "part", "się"]) { q += 1 }
      while q < s.tokens.upperBound, q - v <= 5, r.claim[q] < 0, r.vocabulary.lowerIn(q, ["również", "także", "też", "już", "jako", "partner", "pierwszy", "also", "the", "jest", "są", "był", "była", "będzie"]) { q += 1 }
      var subjects: [Int] = []
      if q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization {
        subjects = coordinatedOrganizations(from: q, in: s)
      } else if v >= s.tokens.lowerBound + 2, r.vocabulary.lowerIn(v - 1, ["które", "który", "która", "którzy", "which"]), r.tokens[v - 2].text == "," {
        // "A oraz B, które zadeklarowały udział w P": the bodies before the relative pronoun.
        subjects = coordinatedOrganizations(endingBefore: v - 2, in: s)
      } else if let before = ms.last(where: { r.mentions[$0].kind == .organization && r.mentions[$0].range.upperBound <= min(v, noun) && min(v, noun) - r.mentions[$0].range.upperBound <= 2 }) {
        subjects = [before]
      } else if let first = ms.first, r.mentions[first].kind == .organization, r.mentions[first].range.lowerBound == s.tokens.lowerBound,
                r.tokens[v].lower.hasPrefix("przystąp") || r.tokens[v].lower.hasPrefix("dołącz") {
        // "A i B zadeklarowały, że jako pierwsze przystąpią do P": the bodies opening the sentence, when no other
        // organization stands between them and the verb.
        let opening = coordinatedOrganizations(from: s.tokens.lowerBound, in: s)
        let openingEnd = opening.map { claimedEnd($0) }.max() ?? v
        if !ms.contains(where: { r.mentions[$0].kind == .organization && !opening.contains($0) && r.mentions[$0].range.lowerBound >= openingEnd && r.mentions[$0].range.upperBound <= v }) {
          subjects = opening
        }
      }
      var groups = subjects.map { g($0) }
      // "Obie spółki przystąpiły do projektu", "both companies joined P": the two bodies of that kind named before.
      if groups.isEmpty, v >= s.tokens.lowerBound + 2, r.vocabulary.has(Self.bothWords, v - 2) { groups = bodiesReferredToTogether(at: v - 2, sentence: k) }
      for o in groups where organized[o]?.contains(proj) != true && found[Key(source: o, target: proj, type: .organizes)] == nil {
        add(o, proj, .participatesIn, k)
      }
    }
  }
}
