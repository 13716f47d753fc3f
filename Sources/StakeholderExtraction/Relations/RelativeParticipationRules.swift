import StakeholderModel

/// "projektu RIS-X, w którym uczestniczy także Agencja Y", "sieci S, w której biorą udział A i B": the organizations
/// after the verb of a relative clause on a project take part in it. ("W projekcie weźmie udział X" is read by
/// ``statedProjectParticipation()``.)
///
/// - Complexity: O(n) for n tokens (each sentence with a verb of taking part is read once).
extension RelationFinder {
  /// Verbs of taking part in a relative clause: "uczestniczy", "biorą (udział)", "weźmie (udział)".
  static let clauseTakingPartVerbs: WordSet = [
    "uczestniczy", "uczestniczą", "uczestniczyło", "bierze", "biorą", "weźmie", "wezmą", "brało", "brały", "brali",
  ]

  /// Adds `participates_in` for organizations named after a verb of taking part in a relative clause on a project.
  mutating func clauseParticipants() {
    for (k, s) in r.sentences.enumerated() where r.vocabulary.sentenceHas(Self.clauseTakingPartVerbs, k) {
      for v in s.tokens where r.claim[v] < 0 && r.vocabulary.has(Self.clauseTakingPartVerbs, v) {
        guard let project = projectBeforeRelativeClause(v, s) else { continue }
        var a = v + 1
        if a < s.tokens.upperBound, r.vocabulary.lowerIs(a, "udział") { a += 1 }
        while a < s.tokens.upperBound, r.claim[a] < 0, r.vocabulary.lowerIn(a, ["także", "również", "też", "już"]) { a += 1 }
        guard a < s.tokens.upperBound, r.claim[a] >= 0, r.mentions[r.claim[a]].kind == .organization else { continue }
        for o in coordinatedOrganizations(from: a, in: s) where organized[g(o)]?.contains(project) != true {
          add(g(o), project, .participatesIn, k)
        }
      }
    }
  }

  /// The project of "P, w którym (także) uczestniczy": "w którym/której" within four words before the verb at `v`, and
  /// a project right before its comma (past a closing quote or an acronym in parentheses).
  func projectBeforeRelativeClause(_ v: Int, _ s: Sentence) -> Int? {
    guard let w = (max(s.tokens.lowerBound, v - 4)..<v).last(where: { r.vocabulary.lowerIn($0, ["którym", "której"]) }),
          w - 3 >= s.tokens.lowerBound, r.vocabulary.lowerIs(w - 1, "w"), r.tokens[w - 2].text == "," else { return nil }
    var e = w - 3
    if r.tokens[e].text == ")" {
      while e > s.tokens.lowerBound, r.tokens[e].text != "(" { e -= 1 }
      e -= 1
    }
    if e >= s.tokens.lowerBound, SentenceSplitter.closeQuotes.contains(r.tokens[e].text) { e -= 1 }
    guard e >= s.tokens.lowerBound, r.claim[e] >= 0, r.mentions[r.claim[e]].kind == .project else { return nil }
    return g(r.claim[e])
  }
}
