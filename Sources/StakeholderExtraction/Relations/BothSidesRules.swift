import StakeholderModel

/// Two organizations named before and referred to together when they sign (``bothWords`` and ``pluralBodies`` are
/// shared with ``bothArePartners()``): "Obie uczelnie zawarły porozumienie",
/// "Both companies signed a letter of intent", "the two cities signed a partnership agreement". The two are
/// `partner_of` each other, or, when the sentence names the other side ("Obie spółki podpisały umowy z X"), each is
/// `partner_of` that side. A side named only by a common noun ("z deweloperem") leaves the sentence to other rules.
///
/// - Complexity: O(n) for n tokens (each sentence with an agreement cue visited once; the referents are looked up in
///   the mentions of the three sentences before).
extension RelationFinder {
  /// "the two", read as "both".
  static let twoWords: WordSet = ["two"]
  /// Plural nouns of bodies of any kind after ``bothWords`` ("obie organizacje", "both partners", "the two sides").
  static let genericPluralBodies: WordSet = [
    "organizacje", "instytucje", "strony", "firmy", "organisations", "organizations", "institutions", "sides", "parties",
    "partners", "firms",
  ]

  /// Adds `partner_of` for two organizations referred to together as the signing subject.
  mutating func bothSidesSign() {
    for (k, s) in r.sentences.enumerated()
    where (r.vocabulary.sentenceHas(Self.bothWords, k) || r.vocabulary.sentenceHas(Self.twoWords, k)) && r.vocabulary.sentenceHas(Markers.agreementCue, k) {
      guard let b = s.tokens.first(where: { t in
              r.claim[t] < 0 && (r.vocabulary.has(Self.bothWords, t) || (r.vocabulary.has(Self.twoWords, t) && t > s.tokens.lowerBound && r.vocabulary.lowerIs(t - 1, "the")))
            }), b + 1 < s.tokens.upperBound,
            s.tokens.contains(where: { $0 > b && r.vocabulary.has(Markers.agreementCue, $0) }) else { continue }
      let pair = bodiesReferredToTogether(at: b, sentence: k)
      guard pair.count == 2 else { continue }
      // The other side, named after "z" / "with" in the sentence.
      let after = s.tokens.filter { $0 > b + 1 && r.claim[$0] < 0 && r.vocabulary.lowerIn($0, ["z", "ze", "with"]) }
      if let w = after.first {
        guard w + 1 < s.tokens.upperBound, r.claim[w + 1] >= 0 || r.vocabulary.lowerIs(w + 1, "the") else { continue }
        let q = r.vocabulary.lowerIs(w + 1, "the") ? w + 2 : w + 1
        guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization else { continue }
        let other = g(r.claim[q])
        for side in pair where side != other { add(side, other, .partnerOf, k) }
      } else {
        add(pair[0], pair[1], .partnerOf, k)
      }
    }
  }

  /// "Obie spółki", "both companies", "the two partners" at token `b`: the last two organizations of that kind (any
  /// kind for a generic noun) named up to sentence `k`, as groups; empty when the noun names no bodies.
  func bodiesReferredToTogether(at b: Int, sentence k: Int) -> [Int] {
    guard b + 1 < r.tokens.count else { return [] }
    let noun = r.tokens[b + 1].lower
    let heads = Self.pluralBodies[noun]
    guard heads != nil || r.vocabulary.has(Self.genericPluralBodies, b + 1) else { return [] }
    // "Obie spółki": a company is read by its legal form as well as by its head; an English name by its words
    // ("Fjordby Municipality", "City of X").
    let companies = noun == "spółki" || noun == "companies"
    let pair = lastTwoOrganizations(before: b, sentence: k) { m in
      guard let heads else { return true }
      let mention = r.mentions[m]
      return heads.contains(mention.head?.lemma ?? "") || (companies && mention.legalForm != nil)
        || mention.range.contains { heads.contains(r.tokens[$0].lower) }
    }
    return pair.count == 2 ? pair : []
  }

  /// The last two distinct organizations named before token `b` in sentence `k` or the three sentences before it
  /// whose mentions `fits` accepts, nearest first.
  func lastTwoOrganizations(before b: Int, sentence k: Int, fits: (Int) -> Bool) -> [Int] {
    var out: [Int] = []
    for back in stride(from: k, through: max(0, k - 3), by: -1) {
      let named = mentions(in: back).sorted { r.mentions[$0].range.lowerBound > r.mentions[$1].range.lowerBound }
      for m in named where r.mentions[m].kind == .organization && r.mentions[m].range.upperBound <= b {
        if !fits(m) { continue }
        let e = g(m)
        if !out.contains(e) { out.append(e) }
        if out.count == 2 { return out }
      }
    }
    return out
  }
}
