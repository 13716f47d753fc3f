import StakeholderModel

/// The institution written next to a person, for the person's sector when no affiliation was found (schema: a
/// person takes the sector of the institution they represent): "Hanna Nowak (Faculty of Management, …)",
/// "Mikko Laine, CEO of the Finnish company Kuitu Oy", "MJWPU Director Marek Lis".
extension Recognizer {
  /// The organization mention nearest to person mention `p` in its sentence: the first one after the name within
  /// twelve tokens with no other person between, else the last one within six tokens before it (no person between).
  ///
  ///     rec.nearbyOrganization(of: 12)   // index of "Faculty of Management", or nil
  /// - Complexity: O(1): at most eighteen tokens are read.
  func nearbyOrganization(of p: Int) -> Int? {
    let m = mentions[p]
    let s = sentences[m.sentence]
    var q = m.range.upperBound
    while q < s.tokens.upperBound, q - m.range.upperBound < 12 {
      let c = claim[q]
      if c >= 0, c != p {
        if mentions[c].kind == .person { break }
        if mentions[c].kind == .organization, !mentions[c].nested { return c }
      }
      q += 1
    }
    q = m.range.lowerBound - 1
    while q >= s.tokens.lowerBound, m.range.lowerBound - q <= 6 {
      let c = claim[q]
      if c >= 0, c != p {
        if mentions[c].kind == .person { return nil }
        if mentions[c].kind == .organization, !mentions[c].nested { return c }
      }
      q -= 1
    }
    return nil
  }
}
