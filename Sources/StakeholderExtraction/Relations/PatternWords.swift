/// The anchor words of word patterns ("we współpracy z", "together with"): the longest word of each pattern, in one
/// ``WordSet``. A sentence that matches a pattern holds its anchor, so a sentence without any anchor (one look-up in
/// the document's ``VocabularyIndex``) matches none of them and a rule may pass it by.
///
///     static let cues = PatternWords([["wspólnie", "z"], ["together", "with"]])   // anchors "wspólnie", "together"
///     guard cues.mayMatch(in: k, r.vocabulary) else { continue }
struct PatternWords: Sendable {
  /// The longest word of each pattern (the first of equal length).
  let anchors: WordSet

  /// The anchors of `patterns`.
  init(_ patterns: [[String]]) {
    anchors = WordSet(patterns.compactMap { p in p.reduce(nil) { (best: String?, w) in best.map { $0.count >= w.count ? $0 : w } ?? w } })
  }

  /// Whether sentence `k` holds the anchor of some pattern, by `vocabulary`'s sentence flags.
  /// - Complexity: O(1) after the anchors' first look-up in the document.
  func mayMatch(in k: Int, _ vocabulary: VocabularyIndex) -> Bool { vocabulary.sentenceHas(anchors, k) }
}
