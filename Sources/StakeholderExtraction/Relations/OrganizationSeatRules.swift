import StakeholderModel

/// Seats written as a place used like an adjective before a company noun: "the Kraków start-up Betonia Labs", "a
/// Gdańsk company X", "the Łódź cooperative Y" (English word order; the "-based" form is ``seatAdjective()``).
///
/// - Complexity: O(m) for m mentions, each looking at three tokens after it.
extension RelationFinder {
  /// "the Kraków start-up Betonia Labs": a place after "the" / "a", then a company noun (with at most one lower-case
  /// word before it), then the organization, which is located in the place.
  mutating func placeBeforeCompanyNoun() {
    guard r.language == "en" else { return }
    for (p, m) in r.mentions.enumerated() where m.kind == .place && !m.nested {
      let b = m.range.lowerBound - 1
      guard b >= 0, r.vocabulary.lowerIn(b, ["the", "a", "an"]) else { continue }
      var q = m.range.upperBound
      while q < r.tokens.count, r.claim[q] == p { q += 1 }
      if q < r.tokens.count, r.claim[q] < 0, r.tokens[q].casing == .lower, !r.vocabulary.has(Self.companyDescriptors, q) { q += 1 }
      guard q + 1 < r.tokens.count, r.claim[q] < 0, r.vocabulary.has(Self.companyDescriptors, q), r.sentenceOf[q + 1] == m.sentence,
            r.claim[q + 1] >= 0, r.mentions[r.claim[q + 1]].kind == .organization else { continue }
      add(g(r.claim[q + 1]), g(p), .locatedIn, m.sentence)
    }
  }
}
