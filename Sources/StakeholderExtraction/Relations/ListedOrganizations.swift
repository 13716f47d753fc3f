import StakeholderModel

/// Lists of organizations after a colon or "among them", whose items carry articles, descriptors and places:
/// "four partners: the Province of X in Italy, the Y Municipality in Lithuania and the University of Z",
/// "nine partners, among them A in Portugal, B and the Czech engineering company C".
extension RelationFinder {
  /// Words that open a clause about the last item of a list, which ends the list ("whose researchers …").
  static let listClauseOpeners: WordSet = ["whose", "which", "who", "that", "where", "który", "która", "które", "którego", "której", "których"]

  /// Where a list starts: after a colon or "among them" within eight tokens after token `v`; nil when none.
  func listStart(after v: Int, in s: Sentence) -> Int? {
    var q = v + 1
    while q < s.tokens.upperBound, q - v <= 8, r.claim[q] < 0 || r.mentions[r.claim[q]].kind == .project {
      if r.tokens[q].text == ":" { return q + 1 }
      if r.vocabulary.lowerIs(q, "among"), q + 1 < s.tokens.upperBound, r.vocabulary.lowerIs(q + 1, "them") { return q + 2 }
      q += 1
    }
    return nil
  }

  /// The organizations of a list that starts at `start`: items joined by commas and conjunctions, each an
  /// organization with an article or a few lower-case descriptors before it and a place after it; the list ends at
  /// any other name or at a clause about its last item.
  func listedOrganizations(from start: Int, in s: Sentence) -> [Int] {
    var out: [Int] = []
    var q = start
    var loose = 0
    while q < s.tokens.upperBound {
      if r.claim[q] >= 0 {
        let m = r.claim[q]
        guard [.organization, .place].contains(r.mentions[m].kind) else { break }
        if r.mentions[m].kind == .organization { out.append(m) }
        q = claimedEnd(m, before: s.tokens.upperBound)
        loose = 0
        continue
      }
      if r.vocabulary.has(Self.listClauseOpeners, q) { break }
      let t = r.tokens[q]
      guard t.kind == .punct ? [",", ";"].contains(t.text) : (t.casing == .lower || Recognizer.englishAdjectivesOfOrigin.contains(t.lower)) else { break }
      loose += 1
      if loose > 5 { break }
      q += 1
    }
    return out
  }
}
