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
  /// Whitespace, with an ASCII fast path.
  @inline(__always) var isSpaceLike: Bool {
    if value < 128 { return value == 32 || value == 10 || value == 9 || value == 13 || value == 12 || value == 11 }
    return properties.isWhitespace
  }
}
