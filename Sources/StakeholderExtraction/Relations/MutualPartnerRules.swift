import StakeholderModel

/// "W obszarze energii partnerami zostały spółki X z A i Y z B", "Partnerami są X oraz Y": with no project named in
/// the sentence, the organizations coordinated after the partner noun and its copula became partners of each other.
///
/// - Complexity: O(n) for the n tokens of the sentences with a plural partner noun.
extension RelationFinder {
  /// The plural partner noun in the instrumental, written before the copula ("partnerami zostały").
  static let mutualPartnerNouns: WordSet = ["partnerami"]
  /// Copulas and their plural forms between the partner noun and the partners.
  static let mutualPartnerCopulas: WordSet = ["zostały", "zostali", "są", "będą", "były", "byli"]
  /// Plural nouns of the partners' kind that may stand before their names ("spółki", "uczelnie", "gminy").
  static let mutualPartnerKindNouns: WordSet = ["spółki", "firmy", "uczelnie", "gminy", "miasta", "instytucje", "organizacje", "fundacje", "stowarzyszenia"]

  /// Adds `partner_of` between every pair of the organizations after "partnerami zostały".
  mutating func mutualPartners() {
    for (k, s) in r.sentences.enumerated() where r.vocabulary.sentenceHas(Self.mutualPartnerNouns, k) {
      guard !mentions(in: k).contains(where: { r.mentions[$0].kind == .project || r.mentions[$0].kind == .event }) else { continue }
      for pw in s.tokens where pw + 3 < s.tokens.upperBound && r.claim[pw] < 0 && r.vocabulary.has(Self.mutualPartnerNouns, pw) {
        guard r.vocabulary.has(Self.mutualPartnerCopulas, pw + 1) else { continue }
        var q = pw + 2
        if r.claim[q] < 0, r.vocabulary.has(Self.mutualPartnerKindNouns, q) { q += 1 }
        let partners = Array(Set(coordinatedOrganizations(from: q, in: s).map { g($0) })).sorted()
        guard partners.count >= 2, partners.count <= 4 else { continue }
        partnersPairwise(partners.map { ($0, k) })
      }
    }
  }
}
