import StakeholderModel

/// "w ramach realizowanego przez siebie projektu „P”", "w ramach prowadzonej przez siebie inicjatywy Q": a project
/// the subject runs "itself" is organized by the sentence's first organization (its subject).
///
/// - Complexity: O(n) for the n tokens of the sentences with "siebie" (one look-up each).
extension RelationFinder {
  /// Participles of running before "przez siebie".
  static let reflexiveRunningParticiples = PrefixSet(["realizowan", "prowadzon", "organizowan", "koordynowan", "wdrażan", "zarządzan"])

  /// Adds `organizes` from the sentence's first organization to the project it runs "przez siebie".
  mutating func reflexiveRunners() {
    for (k, s) in r.sentences.enumerated() where r.vocabulary.sentenceHas(["siebie"], k) {
      for t in s.tokens where t >= s.tokens.lowerBound + 2 && t + 1 < s.tokens.upperBound && r.vocabulary.lowerIs(t, "siebie") {
        guard r.vocabulary.lowerIs(t - 1, "przez"), r.vocabulary.has(Self.reflexiveRunningParticiples, t - 2) else { continue }
        var q = t + 1
        if q < s.tokens.upperBound, r.claim[q] < 0, r.tokens[q].casing == .lower, HeadWords.head(r.tokens[q].lower)?.kind == .project { q += 1 }
        if q < s.tokens.upperBound, r.claim[q] < 0, SentenceSplitter.openQuotes.contains(r.tokens[q].text) { q += 1 }
        guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .project,
              let subject = mentions(in: k).first(where: { r.mentions[$0].kind == .organization && r.mentions[$0].range.upperBound <= t }) else { continue }
        let o = g(subject), p = g(r.claim[q])
        guard o != p else { continue }
        add(o, p, .organizes, k)
        organizers.insert(o)
      }
    }
  }
}
