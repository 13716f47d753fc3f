extension String {
  /// Whether the string starts with `prefix`, with the answer of the standard library's `String.hasPrefix(_:)`
  /// (Character by Character), which this declaration shadows in this module as ``hasSuffix(_:)`` shadows its own.
  ///
  ///     "Łódzkiego".hasPrefix("Łódz")   // true, from the bytes
  ///
  /// When the prefix and the string's first bytes, one past the prefix's length, are simple text (``isSimpleText``:
  /// every scalar below U+0300 and no carriage return, so each scalar is one Character, equal Characters have equal
  /// bytes, and no combining mark can join the last Character compared) the first bytes are compared; otherwise the
  /// standard library's comparison runs (`starts(with:)`), which it takes for every string that is not ASCII.
  /// - Complexity: O(m) bytes for a simple prefix of m bytes; the standard library's cost otherwise.
  func hasPrefix(_ prefix: String) -> Bool {
    bytesAnswer(with: prefix, Self.simplePrefix) ?? starts(with: prefix)
  }

  /// Whether `h` starts with the bytes `p`, when `p` and the first `p.count + 1` bytes of `h` are simple text (see
  /// ``hasPrefix(_:)``); nil when they are not.
  /// - Complexity: O(m) for m bytes of `p`.
  @inline(__always)
  static func simplePrefix(_ h: UnsafeBufferPointer<UInt8>, _ p: UnsafeBufferPointer<UInt8>) -> Bool? {
    for b in p where b >= 0xCC || b == 0x0D { return nil }
    for k in 0..<Swift.min(h.count, p.count + 1) where h[k] >= 0xCC || h[k] == 0x0D { return nil }
    guard p.count <= h.count else { return false }
    var k = 0
    while k < p.count && h[k] == p[k] { k += 1 }
    return k == p.count
  }

  /// Whether some Character of the string is a number (`contains(where: \.isNumber)`): on simple text (see
  /// ``isSimpleText``) read from the scalars, where the numbers are the digits, ², ³, ¹, ¼, ½ and ¾.
  ///
  ///     "Holo4Med".containsNumber   // true
  /// - Complexity: O(n).
  var containsNumber: Bool {
    guard isSimpleText else { return contains(where: \.isNumber) }
    return unicodeScalars.contains { c in
      let v = c.value
      return (v >= 0x30 && v <= 0x39) || v == 0xB2 || v == 0xB3 || v == 0xB9 || (v >= 0xBC && v <= 0xBE)
    }
  }
}
