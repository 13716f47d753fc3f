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
  /// A number no other vocabulary of this process has (``VocabularyIndex`` keys its memo by it).
  let serial = VocabularySerial.next()

  init(_ prefixes: [String]) {
    for p in prefixes {
      buckets[p.prefix(2), default: []].append(p)
      var bytes = p
      if let k = bytes.withUTF8(Self.key) { byteBuckets[k, default: []].append(Array(p.utf8)) } else { allSimple = false }
    }
  }

  func matches(_ word: String) -> Bool {
    if allSimple {
      var w = word
      let hit = w.withUTF8 { bytes -> Bool? in
        guard let k = Self.key(bytes) else { return nil }
        guard let b = byteBuckets[k] else { return false }
        return b.contains { p in p.count <= bytes.count && p.indices.allSatisfy { bytes[$0] == p[$0] } }
      }
      if let hit { return hit }
    }
    guard let b = buckets[word.prefix(2)] else { return false }
    return b.contains { word.hasPrefix($0) }
  }

  /// The first two scalars and whether there are fewer than two, packed into one number; nil when the word
  /// has a scalar at or above U+0300 (UTF-8 lead byte 0xCC or more: combining marks, other scripts) or a
  /// carriage return. Below U+0300 a scalar takes one or two bytes.
  private static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
    for b in bytes where b >= 0xCC || b == 0x0D { return nil }
    var key: UInt64 = 0
    var n: UInt64 = 0
    var i = 0
    while i < bytes.count && n < 2 {
      let b = bytes[i]
      let v = b < 0x80 ? UInt64(b) : UInt64(b & 0x1F) << 6 | UInt64(bytes[i + 1] & 0x3F)
      i += b < 0x80 ? 1 : 2
      key = key << 24 | v
      n += 1
    }
    return key | n << 60
  }
}
