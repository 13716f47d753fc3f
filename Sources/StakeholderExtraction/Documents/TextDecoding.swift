/// The encoding a document's bytes were read as.
enum TextEncoding: String, Sendable {
  case utf8 = "UTF-8"
  case utf16LE = "UTF-16LE"
  case utf16BE = "UTF-16BE"
  case windows1250 = "Windows-1250"
  case iso8859_2 = "ISO-8859-2"
}

/// A document's bytes decoded to valid UTF-8, with what was assumed and what was repaired.
struct DecodedText: Sendable {
  /// Valid UTF-8 (without a byte order mark); nil when the input itself, from ``start`` on, is valid UTF-8
  /// (no copy is made of a 200 MB file that needs no repair).
  var utf8: [UInt8]?
  /// Where the text starts in the input when ``utf8`` is nil: 3 after a UTF-8 byte order mark, else 0.
  var start = 0
  var encoding: TextEncoding
  /// Why this encoding: "byte order mark", "declared in the page", "detected: …"; nil for plain UTF-8.
  var reason: String?
  /// Byte offsets (into the file) of the first few invalid sequences, each replaced by U+FFFD.
  var invalidOffsets: [Int]
  /// How many invalid sequences were replaced.
  var invalidCount: Int

  /// How many offsets ``invalidOffsets`` keeps.
  static let offsetsKept = 10
}

/// Decodes a document's bytes: byte order marks, UTF-8, UTF-16, and the Polish legacy code pages.
///
///     let text = try TextDecoding.decode(bytes)   // bytes of a Windows-1250 file
///     text.encoding                             // .windows1250
///
/// Order of decisions: a byte order mark wins (UTF-8, UTF-16LE/BE; UTF-32 is refused); then a
/// `declared` encoding (an HTML `<meta charset>`) when the bytes are not valid UTF-8; then UTF-8 when the
/// bytes are valid UTF-8, or mostly valid (stray bytes are replaced by U+FFFD, one per maximal invalid
/// subpart as Unicode §3.9 recommends, and their offsets kept); otherwise a legacy code page, Windows-1250 or
/// ISO-8859-2, chosen by the bytes only one of them uses for Polish letters.
/// - Complexity: O(n) time; no copy at all for valid UTF-8.
enum TextDecoding {
  /// Why bytes cannot be decoded as text at all.
  enum Refusal: Error, Equatable {
    case utf32
  }

  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, declared: TextEncoding? = nil) throws(Refusal) -> DecodedText {
    let n = bytes.count
    if n >= 4, bytes[0] == 0xFF, bytes[1] == 0xFE, bytes[2] == 0, bytes[3] == 0 { throw .utf32 }
    if n >= 4, bytes[0] == 0, bytes[1] == 0, bytes[2] == 0xFE, bytes[3] == 0xFF { throw .utf32 }
    if n >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
      return decodeUTF16(bytes, from: 2, bigEndian: false, reason: "byte order mark")
    }
    if n >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
      return decodeUTF16(bytes, from: 2, bigEndian: true, reason: "byte order mark")
    }
    let start = (n >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) ? 3 : 0
    let body = UnsafeBufferPointer(rebasing: bytes[start...])
    let scan = UTF8Scan(body)
    if scan.invalid == 0 {
      return DecodedText(utf8: nil, start: start, encoding: .utf8, reason: start == 3 ? "byte order mark" : nil,
                         invalidOffsets: [], invalidCount: 0)
    }
    if start == 0, let declared, declared == .windows1250 || declared == .iso8859_2 {
      return decodeLegacy(body, offset: 0, as: declared == .windows1250 ? .windows1250 : .iso8859_2,
                          reason: "declared in the page")
    }
    if start == 3 || scan.invalid <= scan.validMultibyte {
      return repairUTF8(body, offset: start)
    }
    let (page, why) = guessCodePage(body)
    return decodeLegacy(body, offset: start, as: page, reason: why)
  }

  /// UTF-16 without a byte order mark, as guessed by ``ContentSniffer`` from the NUL bytes of ASCII text.
  static func decodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> DecodedText {
    decodeUTF16(bytes, from: 0, bigEndian: bigEndian, reason: "detected from its zero bytes (no byte order mark)")
  }

  // MARK: UTF-8

  /// Counts of well-formed multi-byte sequences and of invalid subparts (Unicode Table 3-7).
  struct UTF8Scan {
    var validMultibyte = 0
    var invalid = 0

    init(_ b: UnsafeBufferPointer<UInt8>) {
      var i = 0
      let n = b.count
      while i < n {
        i = TextDecoding.skipASCII(b, from: i)
        if i >= n { break }
        let len = TextDecoding.sequenceLength(b, at: i)
        if len > 0 { validMultibyte += 1; i += len } else { invalid += 1; i += TextDecoding.invalidLength(b, at: i) }
      }
    }
  }

  /// The index of the first non-ASCII byte at or after `i`, eight bytes at a time.
  @inline(__always)
  static func skipASCII(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var i = start
    let n = b.count
    guard let base = b.baseAddress else { return n }
    while i + 8 <= n {
      let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
      if word & 0x8080_8080_8080_8080 != 0 { break }
      i += 8
    }
    while i < n, b[i] < 0x80 { i += 1 }
    return i
  }

  /// The length of the well-formed sequence starting at `i` (a non-ASCII byte), or 0 when it is ill-formed.
  @inline(__always)
  static func sequenceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
    let n = b.count
    let c = b[i]
    @inline(__always) func cont(_ k: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool {
      i + k < n && b[i + k] >= lo && b[i + k] <= hi
    }
    switch c {
    case 0xC2...0xDF: return cont(1) ? 2 : 0
    case 0xE0: return cont(1, 0xA0) && cont(2) ? 3 : 0
    case 0xE1...0xEC, 0xEE...0xEF: return cont(1) && cont(2) ? 3 : 0
    case 0xED: return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0
    case 0xF0: return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0
    case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
    case 0xF4: return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0
    default: return 0
    }
  }

  /// The length of the maximal subpart of an ill-formed sequence at `i`: the bytes replaced by one U+FFFD.
  static func invalidLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
    let n = b.count
    let c = b[i]
    var lo: UInt8 = 0x80, hi: UInt8 = 0xBF, need = 0
    switch c {
    case 0xC2...0xDF: need = 1
    case 0xE0: need = 2; lo = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: need = 2
    case 0xED: need = 2; hi = 0x9F
    case 0xF0: need = 3; lo = 0x90
    case 0xF1...0xF3: need = 3
    case 0xF4: need = 3; hi = 0x8F
    default: return 1
    }
    var k = 1
    while k <= need, i + k < n {
      let x = b[i + k]
      let ok = k == 1 ? (x >= lo && x <= hi) : (x >= 0x80 && x <= 0xBF)
      if !ok { break }
      k += 1
    }
    return k
  }

  private static func repairUTF8(_ b: UnsafeBufferPointer<UInt8>, offset: Int) -> DecodedText {
    var out: [UInt8] = []
    out.reserveCapacity(b.count + 64)
    var offsets: [Int] = []
    var count = 0
    var i = 0
    var runStart = 0
    let n = b.count
    while i < n {
      i = skipASCII(b, from: i)
      if i >= n { break }
      let len = sequenceLength(b, at: i)
      if len > 0 { i += len; continue }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<i]))
      out.append(contentsOf: replacementUTF8)
      if offsets.count < DecodedText.offsetsKept { offsets.append(offset + i) }
      count += 1
      i += invalidLength(b, at: i)
      runStart = i
    }
    out.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<n]))
    return DecodedText(utf8: out, encoding: .utf8, reason: offset == 3 ? "byte order mark" : nil,
                       invalidOffsets: offsets, invalidCount: count)
  }

  static let replacementUTF8: [UInt8] = [0xEF, 0xBF, 0xBD]

  @inline(__always)
  static func appendScalar(_ v: UInt32, to out: inout [UInt8]) {
    switch v {
    case 0..<0x80: out.append(UInt8(v))
    case 0x80..<0x800:
      out.append(UInt8(0xC0 | (v >> 6))); out.append(UInt8(0x80 | (v & 0x3F)))
    case 0x800..<0x10000:
      out.append(UInt8(0xE0 | (v >> 12))); out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
      out.append(UInt8(0x80 | (v & 0x3F)))
    default:
      out.append(UInt8(0xF0 | (v >> 18))); out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
      out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
    }
  }

  // MARK: UTF-16

  private static func decodeUTF16(_ b: UnsafeBufferPointer<UInt8>, from start: Int, bigEndian: Bool,
                                  reason: String) -> DecodedText {
    var out: [UInt8] = []
    out.reserveCapacity(b.count)
    var offsets: [Int] = []
    var count = 0
    func bad(_ at: Int) {
      if offsets.count < DecodedText.offsetsKept { offsets.append(at) }
      count += 1
      out.append(contentsOf: replacementUTF8)
    }
    @inline(__always) func unit(_ i: Int) -> UInt32 {
      bigEndian ? UInt32(b[i]) << 8 | UInt32(b[i + 1]) : UInt32(b[i + 1]) << 8 | UInt32(b[i])
    }
    var i = start
    let n = b.count
    while i + 1 < n {
      let u = unit(i)
      if u < 0xD800 || u > 0xDFFF {
        appendScalar(u, to: &out); i += 2
      } else if u <= 0xDBFF, i + 3 < n, case let l = unit(i + 2), l >= 0xDC00, l <= 0xDFFF {
        appendScalar(0x10000 + ((u - 0xD800) << 10) + (l - 0xDC00), to: &out); i += 4
      } else {
        bad(i); i += 2
      }
    }
    if i < n { bad(i) }
    return DecodedText(utf8: out, encoding: bigEndian ? .utf16BE : .utf16LE, reason: reason,
                       invalidOffsets: offsets, invalidCount: count)
  }

  // MARK: Legacy code pages

  /// Windows-1250 or ISO-8859-2, and why.
  ///
  /// Bytes 0x80–0x9F are printable only in Windows-1250 (quotes, dashes, ś, ź, Ś, Ź). Otherwise the Polish
  /// letters ą Ą ś Ś ź Ź sit at different bytes in the two code pages (Windows-1250: B9 A5 9C 8C 9F 8F;
  /// ISO-8859-2: B1 A1 B6 A6 BC AC); the code page in which more of them decode as Polish letters wins,
  /// Windows-1250 on a tie (the text then reads the same either way).
  static func guessCodePage(_ b: UnsafeBufferPointer<UInt8>) -> (CodePage, String) {
    var c1 = 0, win = 0, iso = 0
    for x in b where x >= 0x80 {
      switch x {
      case 0x80...0x9F: c1 += 1
      case 0xB9, 0xA5: win += 1
      case 0xB1, 0xA1, 0xB6, 0xA6, 0xBC, 0xAC: iso += 1
      default: break
      }
    }
    if c1 > 0 { return (.windows1250, "detected: bytes 0x80–0x9F are text only in Windows-1250") }
    if iso > win { return (.iso8859_2, "detected from its Polish letters") }
    if win > iso { return (.windows1250, "detected from its Polish letters") }
    return (.windows1250, "detected; ISO-8859-2 would read the same")
  }

  private static func decodeLegacy(_ b: UnsafeBufferPointer<UInt8>, offset: Int, as page: CodePage,
                                   reason: String) -> DecodedText {
    var out: [UInt8] = []
    out.reserveCapacity(b.count + b.count / 4)
    var offsets: [Int] = []
    var count = 0
    for (i, x) in b.enumerated() {
      if x < 0x80 { out.append(x); continue }
      let v = page.scalar(for: x)
      if v == 0 {
        if offsets.count < DecodedText.offsetsKept { offsets.append(offset + i) }
        count += 1
        out.append(contentsOf: replacementUTF8)
      } else {
        appendScalar(v, to: &out)
      }
    }
    return DecodedText(utf8: out, encoding: page == .windows1250 ? .windows1250 : .iso8859_2, reason: reason,
                       invalidOffsets: offsets, invalidCount: count)
  }
}
