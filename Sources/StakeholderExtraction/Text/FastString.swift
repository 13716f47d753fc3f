extension String {
  /// Whether `needle` occurs in the string, compared byte by byte on UTF-8 (no locale, no Foundation):
  /// the extractor's substring test for lower-cased names and cue words.
  /// - Complexity: O(n·m) worst case for n and m bytes; names and cues are short.
  func has(_ needle: String) -> Bool {
    if needle.isEmpty { return true }
    var hay = self
    var pin = needle
    return hay.withUTF8 { h in
      pin.withUTF8 { p in
        guard p.count <= h.count else { return false }
        let first = p[0]
        var i = 0
        let last = h.count - p.count
        while i <= last {
          if h[i] == first {
            var k = 1
            while k < p.count && h[i + k] == p[k] { k += 1 }
            if k == p.count { return true }
          }
          i += 1
        }
        return false
      }
    }
  }
}

extension Unicode.Scalar {
  /// Whitespace (`properties.isWhitespace`, Unicode's White_Space), answered from the scalar's value: the property
  /// look-up is a table search that every Polish letter paid in ``Normalize/form(_:)`` and the tokenizer.
  /// White_Space above ASCII is U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and U+3000
  /// (the same list since Unicode 6.3; a test compares every scalar with the property).
  @inline(__always) var isSpaceLike: Bool {
    let v = value
    if v < 128 { return v == 32 || v == 10 || v == 9 || v == 13 || v == 12 || v == 11 }
    if v < 0x1680 { return v == 0x85 || v == 0xA0 }
    return v == 0x1680 || (v >= 0x2000 && v <= 0x200A) || v == 0x2028 || v == 0x2029 || v == 0x202F || v == 0x205F || v == 0x3000
  }
}
