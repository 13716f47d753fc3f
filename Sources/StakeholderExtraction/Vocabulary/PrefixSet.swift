/// A set of word prefixes ("zorganizowan", "finansowan") tested against many words: bucketed by the first two
/// characters so that a word is compared only with the few prefixes that can match.
///
///     let cues = PrefixSet(["zorganizowan", "organised"])
///     cues.matches("zorganizowanej")   // true
///
/// Words and prefixes made only of scalars below U+0300 (ASCII, Latin-1, Latin Extended-A/B: all Polish and
/// English words) are compared on their UTF-8 bytes: there each scalar is a whole character and byte equality
/// is canonical equivalence, so the answer is the one `hasPrefix` gives. Other words take the `String` path.
/// - Complexity: O(k) per look-up for the k prefixes sharing the word's first two characters.
struct PrefixSet: Sendable {
  private var buckets: [Substring: [String]] = [:]
  /// The same prefixes as UTF-8 bytes, by ``key(_:)`` of their first two scalars (when all are simple).
  private var byteBuckets: [UInt64: [[UInt8]]] = [:]
  /// Whether every prefix is made of scalars below U+0300 (the byte path is exact only then).
  private var allSimple = true

  init(_ prefixes: [String]) {
    for p in prefixes {
      buckets[p.prefix(2), default: []].append(p)
      if let k = Self.key(p) { byteBuckets[k, default: []].append(Array(p.utf8)) } else { allSimple = false }
    }
  }

  func matches(_ word: String) -> Bool {
    if allSimple, let k = Self.key(word) {
      guard let b = byteBuckets[k] else { return false }
      let w = word.utf8
      return b.contains { p in p.count <= w.count && w.starts(with: p) }
    }
    guard let b = buckets[word.prefix(2)] else { return false }
    return b.contains { word.hasPrefix($0) }
  }

  /// The first two scalars and whether there are fewer than two, packed into one number; nil when the word
  /// has a scalar at or above U+0300 (combining marks and other scripts) or a carriage return.
  private static func key(_ word: String) -> UInt64? {
    var key: UInt64 = 0
    var n: UInt64 = 0
    for c in word.unicodeScalars {
      guard c.value < 0x300, c != "\r" else { return nil }
      if n < 2 { key = key << 24 | UInt64(c.value) }
      n += 1
    }
    return key | min(n, 2) << 60
  }
}
