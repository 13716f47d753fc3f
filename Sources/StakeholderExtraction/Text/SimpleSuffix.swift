extension String {
  /// Whether the string ends with `suffix`, with the answer of the standard library's `String.hasSuffix(_:)`
  /// (Character by Character), which this declaration shadows in this module: every `word.hasSuffix("ego")` of the
  /// rules comes here.
  ///
  ///     "łódzkiego".hasSuffix("kiego")   // true, from the bytes
  ///     "Łódź".hasSuffix("ź")            // true
  ///
  /// When both strings are ``isSimpleText`` (no byte ≥ 0xCC, no carriage return: every scalar is below U+0300, so
  /// each is one Character and equal Characters have equal bytes) the last bytes are compared; otherwise the
  /// standard library's comparison runs (`reversed().starts(with:)`). The standard library takes its byte path for
  /// ASCII only and walks Characters from the end for any other string (about a thousand instructions a call on a
  /// Polish word), and the recogniser asks for suffixes of Polish words tens of times per name.
  /// - Complexity: O(n + m) bytes for simple text; the standard library's cost otherwise.
  func hasSuffix(_ suffix: String) -> Bool {
    bytesAnswer(with: suffix, Self.simpleSuffix) ?? reversed().starts(with: suffix.reversed())
  }

  /// `test`'s answer on the contiguous UTF-8 bytes of the string and of `other` (the byte paths of ``hasSuffix(_:)``
  /// and ``hasPrefix(_:)``); nil when either string has no contiguous bytes or `test` cannot answer.
  /// - Complexity: that of `test`.
  @inline(__always)
  func bytesAnswer(with other: String, _ test: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Bool?) -> Bool? {
    var answer: Bool?
    _ = utf8.withContiguousStorageIfAvailable { h in
      _ = other.utf8.withContiguousStorageIfAvailable { p in answer = test(h, p) }
    }
    return answer
  }

  /// Whether the string ends with one of `suffixes` (`suffixes.contains { hasSuffix($0) }`), with the string's bytes
  /// checked for simple text once rather than once per suffix.
  ///
  ///     "opolskiego".hasSuffix(among: ["ego", "emu"])   // true
  /// - Complexity: O(n + k·m) for k suffixes of m bytes on simple text; k calls of ``hasSuffix(_:)`` otherwise.
  func hasSuffix(among suffixes: [String]) -> Bool {
    let answer: Bool?? = utf8.withContiguousStorageIfAvailable { h -> Bool? in
      for b in h where b >= 0xCC || b == 0x0D { return nil }
      for suffix in suffixes {
        guard let ends = suffix.utf8.withContiguousStorageIfAvailable({ Self.simpleEnd(h, $0) }), let ends else { return nil }
        if ends { return true }
      }
      return false
    }
    if let answer, let answer { return answer }
    return suffixes.contains { hasSuffix($0) }
  }

  /// Whether the simple-text bytes `h` end with the bytes `p`; nil when `p` is not simple text.
  @inline(__always)
  static func simpleEnd(_ h: UnsafeBufferPointer<UInt8>, _ p: UnsafeBufferPointer<UInt8>) -> Bool? {
    for b in p where b >= 0xCC || b == 0x0D { return nil }
    guard p.count <= h.count else { return false }
    let offset = h.count - p.count
    var k = 0
    while k < p.count && h[offset + k] == p[k] { k += 1 }
    return k == p.count
  }

  /// Whether `h` ends with the bytes `p`, when both are simple text (see ``hasSuffix(_:)``); nil when either is not.
  /// - Complexity: O(n + m).
  @inline(__always)
  static func simpleSuffix(_ h: UnsafeBufferPointer<UInt8>, _ p: UnsafeBufferPointer<UInt8>) -> Bool? {
    for b in h where b >= 0xCC || b == 0x0D { return nil }
    return simpleEnd(h, p)
  }
}
