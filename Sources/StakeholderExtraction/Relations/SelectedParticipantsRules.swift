import StakeholderModel

/// The results of a call: "Wśród wybranych zespołów jest X", "Wśród zakwalifikowanych spółek są m.in. A oraz B",
/// "Among the selected companies are A and B" — the organizations listed take part in the project or programme the
/// call was for: the one named in the sentence, else the last one named in the two sentences before, else the
/// document's.
///
/// - Complexity: O(s·m) for s sentences that open with "Wśród" / "Among" and m mentions of the sentences read.
extension RelationFinder {
  /// Adjectives of being chosen in a call: "wybranych", "zakwalifikowanych", "selected".
  static let selectedWords: WordSet = [
    "wybranych", "zakwalifikowanych", "nagrodzonych", "wyróżnionych", "dofinansowanych", "selected", "shortlisted",
    "funded", "awarded",
  ]

  /// Adds `participates_in` for the organizations listed after "Wśród wybranych … są/jest".
  mutating func selectedParticipants() {
    for (k, s) in r.sentences.enumerated() {
      let a = s.tokens.lowerBound
      guard a + 4 < s.tokens.upperBound, r.vocabulary.lowerIn(a, ["wśród", "among"]) else { continue }
      var q = a + 1
      if r.vocabulary.lowerIs(q, "the") { q += 1 }
      guard r.vocabulary.has(Self.selectedWords, q) else { continue }
      q += 1
      // The noun of who was chosen ("zespołów", "spółek", "companies"), then the copula.
      while q < s.tokens.upperBound, q - a <= 5, r.claim[q] < 0, r.tokens[q].casing == .lower,
            !r.vocabulary.lowerIn(q, ["są", "jest", "znalazły", "znalazł", "znalazła", "znalazło", "are", "is", "were", "was"]) { q += 1 }
      guard q < s.tokens.upperBound, r.claim[q] < 0 else { continue }
      q += 1
      if q < s.tokens.upperBound, r.vocabulary.lowerIs(q, "się") { q += 1 }
      while q < s.tokens.upperBound, r.claim[q] < 0, r.tokens[q].kind == .punct || r.vocabulary.lowerIn(q, ["m", "in", "także", "również", "then"]) { q += 1 }
      guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization else { continue }
      let listed = coordinatedOrganizations(from: q, in: s)
      var project = mentions(in: k).first { r.mentions[$0].kind == .project && !funderLike($0) }.map { g($0) }
      for back in [k - 1, k - 2] where project == nil && back >= 0 {
        project = mentions(in: back).last { r.mentions[$0].kind == .project && !funderLike($0) }.map { g($0) }
      }
      guard let p = project ?? mainProject else { continue }
      for o in listed where organized[g(o)]?.contains(p) != true { add(g(o), p, .participatesIn, k) }
    }
  }
}
