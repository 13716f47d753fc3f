/// A `String` as a dictionary or set key, hashed and compared on its UTF-8 bytes when it is simple text
/// (``Swift/String/isSimpleText``): the same answers as the `String` key, without the Unicode normalisation that
/// hashing and comparing a non-ASCII `String` does byte by byte.
///
///     var firsts: [TextKey: Int] = [:]
///     firsts[TextKey("łódź")] = 3
///     firsts[TextKey("ło\u{301}dź")]   // 3: canonically equal, as with `String` keys
///
/// Simple text is in Unicode NFC, and `String` hashes a string's NFC bytes and a terminator, so hashing a simple
/// key's bytes the same way gives the hash `String` gives; any other key is hashed by `String` itself. Two simple
/// keys are equal exactly when their bytes are; any other pair is compared by `String`.
/// - Complexity: O(n) in the key's bytes per hash or comparison.
struct TextKey: Hashable, Sendable {
  /// The text of the key.
  let text: String
  /// Whether ``text`` is simple text, worked out once (a key is hashed and compared many times).
  let isSimple: Bool

  init(_ text: String) {
    self.text = text
    isSimple = text.isSimpleText
  }

  func hash(into hasher: inout Hasher) {
    // Simple text: its bytes and the terminator, as `String` hashes them; otherwise `String` itself.
    let hashedBytes = isSimple && text.utf8.withContiguousStorageIfAvailable { bytes -> Void in
      hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
      hasher.combine(0xFF as UInt8)
    } != nil
    if !hashedBytes { text.hash(into: &hasher) }
  }

  static func == (a: TextKey, b: TextKey) -> Bool {
    // Simple text on both sides: equal exactly when the bytes are; otherwise only `String` equality can tell.
    guard a.isSimple, b.isSimple,
          let same = a.text.utf8.withContiguousStorageIfAvailable({ p in
            b.text.utf8.withContiguousStorageIfAvailable { q -> Bool in
              guard p.count == q.count else { return false }
              var k = 0
              while k < p.count && p[k] == q[k] { k += 1 }
              return k == p.count
            }
          }) ?? nil
    else { return a.text == b.text }
    return same
  }
}
