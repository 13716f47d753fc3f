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

  init(_ text: String) { self.text = text }

  func hash(into hasher: inout Hasher) {
    let hashed = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
      for b in bytes where b >= 0xCC || b == 0x0D { return false }
      hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
      hasher.combine(0xFF as UInt8)
      return true
    }
    if hashed != true { text.hash(into: &hasher) }
  }

  static func == (a: TextKey, b: TextKey) -> Bool {
    let decided: Bool?? = a.text.utf8.withContiguousStorageIfAvailable { p in
      b.text.utf8.withContiguousStorageIfAvailable { q -> Bool? in
        if p.count == q.count {
          var k = 0
          while k < p.count && p[k] == q[k] { k += 1 }
          if k == p.count { return true }
        }
        // Different bytes: unequal when both are simple text; otherwise only `String` equality can tell.
        for c in p where c >= 0xCC || c == 0x0D { return nil }
        for c in q where c >= 0xCC || c == 0x0D { return nil }
        return false
      } ?? nil
    }
    if let decided, let decided { return decided }
    return a.text == b.text
  }
}
