/// A set of word prefixes ("zorganizowan", "finansowan") tested against many words: bucketed by the first two
/// characters so that a word is compared only with the few prefixes that can match.
///
///     let cues = PrefixSet(["zorganizowan", "organised"])
///     cues.matches("zorganizowanej")   // true
/// - Complexity: O(k) per look-up for the k prefixes sharing the word's first two characters.
struct PrefixSet: Sendable {
  private var buckets: [Substring: [String]] = [:]

  init(_ prefixes: [String]) {
    for p in prefixes { buckets[p.prefix(2), default: []].append(p) }
  }

  func matches(_ word: String) -> Bool {
    guard let b = buckets[word.prefix(2)] else { return false }
    return b.contains { word.hasPrefix($0) }
  }
}
