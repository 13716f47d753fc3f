import StakeholderModel

/// Organizations that cooperate with each other, named together as the subject: "The City of Gniezno and the Town of
/// Michalovce have cooperated since 2006", "Gmina X i Miasto Y współpracują od lat" — each is `partner_of` the others.
/// A partner after "with" / "z" is another rule's ("X and Y cooperate with Z" says nothing of X with Y).
///
/// - Complexity: O(n) for n tokens (each sentence with a verb of cooperating visited once).
extension RelationFinder {
  /// Verbs of cooperating with each other.
  static let mutualCooperationVerbs: WordSet = [
    "cooperate", "cooperated", "co-operate", "co-operated", "collaborate", "collaborated", "partnered",
    "współpracują", "współpracowały", "współpracowali", "współpracuje",
  ]
  /// Words between the subject and the verb: auxiliaries and adverbs ("have long cooperated", "już współpracują").
  static let cooperationVerbFillers: WordSet = ["have", "has", "had", "already", "long", "closely", "will", "also", "już", "od", "lat", "dawna", "ściśle", "też", "także"]

  /// Adds `partner_of` between organizations coordinated as the subject of a verb of cooperating.
  mutating func coordinatedCooperation() {
    for (k, s) in r.sentences.enumerated() where r.vocabulary.sentenceHas(Self.mutualCooperationVerbs, k) {
      for v in s.tokens where r.claim[v] < 0 && r.vocabulary.has(Self.mutualCooperationVerbs, v) {
        if v + 1 < s.tokens.upperBound, r.vocabulary.lowerIn(v + 1, ["with", "z", "ze"]) { continue }
        var q = v - 1
        while q >= s.tokens.lowerBound, r.claim[q] < 0, r.vocabulary.has(Self.cooperationVerbFillers, q) { q -= 1 }
        guard q >= s.tokens.lowerBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization else { continue }
        // The subject opens the sentence: its first organization and the ones coordinated with it, ending at `q`.
        var a = s.tokens.lowerBound
        if r.vocabulary.lowerIs(a, "the") { a += 1 }
        guard a <= q, r.claim[a] >= 0 else { continue }
        let listed = coordinatedOrganizations(from: a, in: s)
        guard listed.count >= 2, listed.last == r.claim[q] else { continue }
        let sides = listed.map { g($0) }
        for x in 0..<sides.count { for y in (x + 1)..<sides.count where sides[x] != sides[y] { add(sides[x], sides[y], .partnerOf, k) } }
      }
    }
  }
}
