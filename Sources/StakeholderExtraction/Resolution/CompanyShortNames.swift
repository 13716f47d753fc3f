/// A company named later by the first word of its name: "Photonix Systems S.A." … "Tomasz Rydel, CEO of Photonix".
extension DocumentResolver {
  /// Pairs `(i, c)`: the one-word organization mention `i` and the company mention `c` whose first word it is
  /// (``Recognizer/companyNamedByFirstWord(_:)``).
  ///
  /// - Complexity: O(m) for m mentions (the companies are indexed once).
  static func companyShortNames(_ r: Recognizer) -> [(Int, Int)] {
    var pairs: [(Int, Int)] = []
    for (i, m) in r.mentions.enumerated() where m.kind == .organization && m.range.count == 1 && m.legalForm == nil && !m.nested {
      if let c = r.companyNamedByFirstWord(m.range.lowerBound), c != i, r.mentions[c].name != m.name { pairs.append((i, c)) }
    }
    return pairs
  }
}
