import StakeholderModel

/// Building and lower-casing strings without per-scalar `String` appends: the tokenizer and the text
/// normalisers make one string per token, so these are on the extractor's hottest path.
extension Array where Element == UInt8 {
  /// Appends the UTF-8 encoding of `c` (one to four bytes).
  @inline(__always) mutating func appendUTF8(_ c: Unicode.Scalar) {
    let v = c.value
    if v < 0x80 {
      append(UInt8(v))
    } else if v < 0x800 {
      append(UInt8(0xC0 | (v >> 6)))
      append(UInt8(0x80 | (v & 0x3F)))
    } else if v < 0x10000 {
      append(UInt8(0xE0 | (v >> 12)))
      append(UInt8(0x80 | ((v >> 6) & 0x3F)))
      append(UInt8(0x80 | (v & 0x3F)))
    } else {
      append(UInt8(0xF0 | (v >> 18)))
      append(UInt8(0x80 | ((v >> 12) & 0x3F)))
      append(UInt8(0x80 | ((v >> 6) & 0x3F)))
      append(UInt8(0x80 | (v & 0x3F)))
    }
  }
}

extension String {
  /// The text of `scalars[range]`, encoded into UTF-8 in one pass (the same string as appending the
  /// scalars to a `String.UnicodeScalarView`, several times faster).
  ///
  ///     String(scalars: Array("Łódź i Toruń".unicodeScalars), 0..<4)   // "Łódź"
  ///
  /// - Complexity: O(n) in the range's length; no heap allocation for strings of up to 15 UTF-8 bytes.
  init(scalars: [Unicode.Scalar], _ range: Range<Int>) {
    var width = 0
    for k in range { width += UTF8.width(scalars[k]) }
    self.init(unsafeUninitializedCapacity: width) { buf in
      var p = 0
      for k in range { Self.writeUTF8(scalars[k].value, into: buf, at: &p) }
      return p
    }
  }

  /// `String(scalars: scalars, range).fastLowercased` (the same string), written from the scalars in one pass after a
  /// check that each has a ``SimpleCase`` form; the Unicode tables answer only when one has not.
  ///
  ///     String(lowercasing: Array("Łódź".unicodeScalars), 0..<4)   // "łódź"
  /// - Complexity: O(n) in the range's length.
  init(lowercasing scalars: [Unicode.Scalar], _ range: Range<Int>) {
    var width = 0
    for k in range {
      guard SimpleCase.lowercase(scalars[k].value) != nil else {
        self = String(scalars: scalars, range).lowercased()
        return
      }
      width += UTF8.width(scalars[k])
    }
    // Every simple mapping keeps the scalar's UTF-8 width (see ``fastLowercased``).
    self.init(unsafeUninitializedCapacity: width) { buf in
      var p = 0
      for k in range { Self.writeUTF8(SimpleCase.lowercase(scalars[k].value)!, into: buf, at: &p) }
      return p
    }
  }

  /// `lowercased()`, answered without the Unicode tables when every scalar is ASCII, Latin-1, Latin
  /// Extended-A (Polish, Czech, Baltic letters) or general punctuation; the same result in every case.
  ///
  ///     "Łódzkiego".fastLowercased   // "łódzkiego"
  ///
  /// Returns `self` (no allocation) when nothing changes.
  /// - Complexity: O(n) in the string's length.
  var fastLowercased: String {
    // One pass over the UTF-8 bytes (decoded here, not through the `unicodeScalars` view): the bytes up to the first
    // that changes are copied as they are, the rest lower-cased as they are written; a scalar with no simple lower
    // case (found before or while writing) leaves the answer to the Unicode tables.
    var copy = self
    var tables = false
    let lowered: String? = copy.withUTF8 { b in
      var lead = 0
      while lead < b.count {
        let c = b[lead]
        if c < 0x80 {
          if c >= 0x41 && c <= 0x5A { break }
          lead += 1
          continue
        }
        guard let (v, n) = Self.decodeBelow10000(b, lead), let l = SimpleCase.lowercase(v) else { tables = true; return nil }
        if l != v { break }
        lead += n
      }
      if lead == b.count { return nil }
      // Every simple mapping keeps the scalar's UTF-8 width (1 → 1, 2 → 2, 3 → 3 bytes).
      return String(unsafeUninitializedCapacity: b.count) { buf in
        var p = 0
        while p < lead { buf[p] = b[p]; p += 1 }
        var i = lead
        while i < b.count {
          let c = b[i]
          if c < 0x80 {
            buf[p] = c >= 0x41 && c <= 0x5A ? c + 0x20 : c
            p += 1
            i += 1
            continue
          }
          guard let (v, n) = Self.decodeBelow10000(b, i), let l = SimpleCase.lowercase(v) else { tables = true; return 0 }
          Self.writeUTF8(l, into: buf, at: &p)
          i += n
        }
        return p
      }
    }
    if tables { return lowercased() }
    return lowered ?? self
  }

  /// The scalar whose UTF-8 encoding of two or three bytes starts at `b[i]` (a lead byte of 0xC0 or more in valid
  /// UTF-8), with its length; nil for a four-byte scalar (U+10000 and above, which ``SimpleCase`` leaves to the tables).
  /// - Complexity: O(1).
  @inline(__always)
  static func decodeBelow10000(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int)? {
    let c = b[i]
    if c < 0xE0 { return ((UInt32(c & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F), 2) }
    if c < 0xF0 { return ((UInt32(c & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F), 3) }
    return nil
  }

  /// Writes the UTF-8 bytes of scalar value `v` (one to four) at `p` in `buf` and moves `p` past them.
  @inline(__always) static func writeUTF8(_ v: UInt32, into buf: UnsafeMutableBufferPointer<UInt8>, at p: inout Int) {
    if v < 0x80 {
      buf[p] = UInt8(v); p += 1
    } else if v < 0x800 {
      buf[p] = UInt8(0xC0 | (v >> 6)); buf[p + 1] = UInt8(0x80 | (v & 0x3F)); p += 2
    } else if v < 0x10000 {
      buf[p] = UInt8(0xE0 | (v >> 12)); buf[p + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
      buf[p + 2] = UInt8(0x80 | (v & 0x3F)); p += 3
    } else {
      buf[p] = UInt8(0xF0 | (v >> 18)); buf[p + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
      buf[p + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buf[p + 3] = UInt8(0x80 | (v & 0x3F)); p += 4
    }
  }
}

extension String {
  /// The string's Unicode scalars (`Array(unicodeScalars)`), decoded from its UTF-8 bytes in one pass (the
  /// `unicodeScalars` view is walked twice, to count and to copy). A Swift string's UTF-8 is always valid.
  ///
  ///     "Łódź".scalarArray   // ["Ł", "ó", "d", "ź"]
  /// - Complexity: O(n) in the bytes; one allocation.
  var scalarArray: [Unicode.Scalar] {
    var copy = self
    return copy.withUTF8 { b in
      [Unicode.Scalar](unsafeUninitializedCapacity: b.count) { out, count in
        var i = 0
        var n = 0
        while i < b.count {
          let c = b[i]
          var v: UInt32
          if c < 0x80 {
            v = UInt32(c)
            i += 1
          } else if let (below, width) = Self.decodeBelow10000(b, i) {
            v = below
            i += width
          } else {
            v = (UInt32(c & 0x07) << 18) | (UInt32(b[i + 1] & 0x3F) << 12) | (UInt32(b[i + 2] & 0x3F) << 6) | UInt32(b[i + 3] & 0x3F)
            i += 4
          }
          out[n] = Unicode.Scalar(v) ?? "\u{FFFD}"
          n += 1
        }
        count = n
      }
    }
  }

  /// Whether every scalar is below U+0300 (ASCII, Latin-1, Latin Extended-A/B, IPA) and none is a carriage
  /// return: in such text each scalar is a whole character and equal bytes mean equal strings, so byte
  /// tests give the answers of `Character`-level and Foundation tests.
  /// - Complexity: O(n) in the bytes, read from the string's contiguous storage (several times faster than stepping
  ///   through the `utf8` view), eight at a time (``simpleBytes(_:)``).
  var isSimpleText: Bool {
    if let simple = utf8.withContiguousStorageIfAvailable(Self.simpleBytes) { return simple }
    for b in utf8 where b >= 0xCC || b == 0x0D { return false }
    return true
  }

  /// Whether no byte is 0xCC or more and none is 0x0D (``isSimpleText``), tested on eight bytes at once.
  /// - Complexity: O(n) in the bytes.
  static func simpleBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    if let base = bytes.baseAddress {
      let raw = UnsafeRawPointer(base)
      while i + 8 <= bytes.count {
        if hasComplexByte(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { return false }
        i += 8
      }
    }
    while i < bytes.count {
      if bytes[i] >= 0xCC || bytes[i] == 0x0D { return false }
      i += 1
    }
    return true
  }

  /// Whether one of the eight bytes of `x` is 0xCC or more, or 0x0D. Each byte is tested in its own lane: no sum
  /// below carries out of its byte.
  @inline(__always)
  static func hasComplexByte(_ x: UInt64) -> Bool {
    let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    let high: UInt64 = 0x8080_8080_8080_8080
    // 0xCC or more: the high bit set and the low seven bits 0x4C or more (then adding 0x34 sets bit 7).
    let large = ((x & low7) &+ 0x3434_3434_3434_3434) & x & high
    // 0x0D: a zero byte of y (bit 7 stays clear only where the low seven bits and the high bit are all zero).
    let y = x ^ 0x0D0D_0D0D_0D0D_0D0D
    let carriageReturn = ~(((y & low7) &+ low7) | y) & high
    return large | carriageReturn != 0
  }

  /// The words between one-byte separators (`split(whereSeparator: isSeparator)`), cut on UTF-8 bytes when the
  /// string is ``isSimpleText``: there the separators the text can hold are exactly `separatorBytes` (the caller
  /// passes the bytes of the ASCII characters `isSeparator` accepts).
  ///
  ///     "bielsko-biała agency".words(separatorBytes: [0x20, 0x2D]) { $0 == " " || $0 == "-" }   // ["bielsko", "biała", "agency"]
  /// - Complexity: O(n) in the string's bytes.
  func words(separatorBytes: [UInt8], isSeparator: (Character) -> Bool) -> [String] {
    var t = self
    guard t.isSimpleText else { return split(whereSeparator: isSeparator).map(String.init) }
    return t.withUTF8 { bytes in
      var out: [String] = []
      out.reserveCapacity(Self.runCount(bytes) { separatorBytes.contains($0) })
      var start = 0
      for i in 0...bytes.count where i == bytes.count || separatorBytes.contains(bytes[i]) {
        if i > start { out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)) }
        start = i + 1
      }
      return out
    }
  }

  /// The number of runs of bytes between separators (bytes for which `isSeparator` holds): the number of words
  /// ``words(separatorBytes:isSeparator:)`` and ``spaceSeparatedWords`` cut simple text into.
  /// - Complexity: O(n) in the bytes.
  @inline(__always)
  static func runCount(_ bytes: UnsafeBufferPointer<UInt8>, isSeparator: (UInt8) -> Bool) -> Int {
    var count = 0
    var inRun = false
    for b in bytes {
      if isSeparator(b) { inRun = false } else if !inRun { inRun = true; count += 1 }
    }
    return count
  }

  /// The first space-separated word (`split(separator: " ").first`, or "" when there is none), found without
  /// cutting the rest of the string into words.
  ///
  ///     " Rada Innowacji".firstSpaceSeparatedWord   // "Rada"
  /// Found on UTF-8 bytes when the string is ``isSimpleText`` (there the only character equal to " " is the byte 0x20,
  /// and every scalar is a whole character), by characters otherwise.
  /// - Complexity: O(n) in the bytes (the simple-text test), then O(k) up to the end of the first word.
  var firstSpaceSeparatedWord: Substring {
    guard isSimpleText else { return drop(while: { $0 == " " }).prefix(while: { $0 != " " }) }
    let bytes = utf8
    var start = bytes.startIndex
    while start != bytes.endIndex && bytes[start] == 0x20 { bytes.formIndex(after: &start) }
    var end = start
    while end != bytes.endIndex && bytes[end] != 0x20 { bytes.formIndex(after: &end) }
    return self[start..<end]
  }

  /// The space-separated words: `split(separator: " ")`, cut on UTF-8 bytes when the string is
  /// ``isSimpleText`` (there the only character equal to " " is the byte 0x20), with `split` otherwise.
  ///
  ///     "forum  rozwoju miast".spaceSeparatedWords   // ["forum", "rozwoju", "miast"]
  /// - Complexity: O(n) in the string's bytes.
  var spaceSeparatedWords: [Substring] {
    // Simple text: the words are cut at byte offsets read from the contiguous bytes (not by stepping string indices),
    // into an array made the size of their count at once; nil otherwise.
    let simpleWords = utf8.withContiguousStorageIfAvailable { b -> [Substring]? in
      for x in b where x >= 0xCC || x == 0x0D { return nil }
      var out: [Substring] = []
      out.reserveCapacity(Self.runCount(b) { $0 == 0x20 })
      let base = utf8.startIndex
      var start = -1
      for i in 0...b.count where i == b.count || b[i] == 0x20 || start < 0 {
        if i < b.count && b[i] != 0x20 {
          start = i
        } else if start >= 0 {
          out.append(self[utf8.index(base, offsetBy: start)..<utf8.index(base, offsetBy: i)])
          start = -1
        }
      }
      return out
    } ?? nil
    return simpleWords ?? split(separator: " ")
  }

  /// Whether the string ends in an English possessive, "'s" or "’s" (`hasSuffix`), tested on bytes when it is
  /// ``isSimpleText`` (there "’" cannot occur and each scalar is a whole character).
  ///
  ///     "marshal's".endsInPossessive   // true
  var endsInPossessive: Bool {
    let onBytes = utf8.withContiguousStorageIfAvailable { b -> Bool? in
      for x in b where x >= 0xCC || x == 0x0D { return nil }
      return b.count >= 2 && b[b.count - 1] == 0x73 && b[b.count - 2] == 0x27
    }
    if let v = onBytes ?? nil { return v }
    return hasSuffix("'s") || hasSuffix("’s")
  }

  /// `contains(needle)` (Foundation's substring test), answered on UTF-8 bytes when both strings are
  /// ``isSimpleText`` (all Polish and English text); the same result in every case.
  ///
  ///     "Urząd Miasta".includes(" ")   // true
  /// - Complexity: O(n·m) for n and m bytes; names and needles are short.
  func includes(_ needle: String) -> Bool {
    if !needle.isEmpty && isSimpleText && needle.isSimpleText { return has(needle) }
    // A needle of lower-case ASCII letters, digits and spaces is canonically equivalent to its own bytes alone, so
    // Foundation finds it only where those bytes are: without them, it is not there (and Foundation is not asked).
    if !needle.isEmpty && needle.utf8.allSatisfy(Self.isPlainNeedleByte) && !has(needle) { return false }
    return contains(needle)
  }

  /// Whether `b` is a lower-case ASCII letter, a digit or a space: a character no other character or sequence is
  /// canonically equivalent to.
  @inline(__always)
  static func isPlainNeedleByte(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x20 }
}

extension String {
  /// The text before the first occurrence of `needle` (as Foundation's `range(of:)` finds it), or nil when
  /// there is none; searched on UTF-8 bytes when both strings are ``isSimpleText``.
  ///
  ///     "marshal's office of the region".prefix(before: " of ")   // "marshal's office"
  /// - Complexity: O(n·m) for n and m bytes.
  func prefix(before needle: String) -> Substring? {
    guard !needle.isEmpty, isSimpleText, needle.isSimpleText else {
      guard let r = range(of: needle) else { return nil }
      return self[..<r.lowerBound]
    }
    var hay = self, pin = needle
    let at: Int? = hay.withUTF8 { h in
      pin.withUTF8 { p in
        guard p.count <= h.count else { return nil }
        for i in 0...(h.count - p.count) where h[i] == p[0] {
          var k = 1
          while k < p.count && h[i + k] == p[k] { k += 1 }
          if k == p.count { return i }
        }
        return nil
      }
    }
    guard let at else { return nil }
    return self[..<utf8.index(utf8.startIndex, offsetBy: at)]
  }
}

extension String {
  /// `range(of: needle)` or `range(of: needle, options: .backwards)` (Foundation), found on UTF-8 bytes when
  /// both strings are ``isSimpleText`` (all Polish and English text); the same range in every case.
  ///
  ///     "akademia pomorska w słupsku".simpleRange(of: " w ", backwards: true)   // the range of " w "
  ///
  /// - Parameters:
  ///   - needle: the text to find.
  ///   - backwards: find the last occurrence instead of the first.
  /// - Complexity: O(n·m) for n and m bytes; no Foundation call and no allocation on the byte path.
  func simpleRange(of needle: String, backwards: Bool = false) -> Range<String.Index>? {
    guard !needle.isEmpty, isSimpleText, needle.isSimpleText else {
      return backwards ? range(of: needle, options: .backwards) : range(of: needle)
    }
    let found: Int? = utf8.withContiguousStorageIfAvailable { hay in
      needle.utf8.withContiguousStorageIfAvailable { pin -> Int? in
        guard pin.count <= hay.count else { return nil }
        let last = hay.count - pin.count
        var i = backwards ? last : 0
        while backwards ? i >= 0 : i <= last {
          if hay[i] == pin[0] {
            var k = 1
            while k < pin.count && hay[i + k] == pin[k] { k += 1 }
            if k == pin.count { return i }
          }
          i += backwards ? -1 : 1
        }
        return nil
      } ?? nil
    } ?? nil
    guard let found else {
      // Contiguous storage is always there for native strings; a bridged one takes Foundation's path.
      if utf8.withContiguousStorageIfAvailable({ _ in 0 }) != nil && needle.utf8.withContiguousStorageIfAvailable({ _ in 0 }) != nil { return nil }
      return backwards ? range(of: needle, options: .backwards) : range(of: needle)
    }
    let a = utf8.index(utf8.startIndex, offsetBy: found)
    return a..<utf8.index(a, offsetBy: needle.utf8.count)
  }
}
