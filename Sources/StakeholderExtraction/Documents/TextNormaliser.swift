import Foundation

/// Puts decoded text into the form the extractor reads: `\n` line ends, plain spaces, no invisible
/// characters, NFC.
///
///     TextNormaliser.normalise(Array("Jan\u{00A0}Ko\u{00AD}walski\r\n".utf8)).text   // "Jan Kowalski\n"
///
/// - CR LF, CR, NEL (U+0085), LINE/PARAGRAPH SEPARATOR (U+2028/9), vertical tab and form feed → `\n`.
/// - Every Unicode space separator (NBSP U+00A0, U+1680, U+2000–U+200A, narrow NBSP U+202F, U+205F,
///   U+3000) → a plain space.
/// - Dropped: soft hyphen U+00AD, zero-width and joiner characters (U+200B–U+200D, U+2060, U+FEFF, U+180E),
///   bidirectional marks (U+200E/F, U+202A–U+202E, U+2066–U+2069), other C0 controls except tab, DEL and C1
///   controls.
/// - Kept as they are: typographic quotes („ ” “ « » ‚ ’) and dashes (‒ – — ―), which the extractor relies on.
/// - Then NFC (Unicode canonical composition).
///
/// Offsets that the extractor reports (mentions, evidence) count Unicode scalars of this normalised text,
/// not bytes or characters of the file.
/// - Complexity: O(n); one pass over the bytes and no NFC work on text that is already NFC-stable
///   (scalars below U+0300 and general punctuation), which is nearly all Polish and English text.
enum TextNormaliser {
  struct Result {
    var text: String
    /// Control characters dropped (other than the line-end and invisible characters above).
    var droppedControls: Int
  }

  /// Normalises valid UTF-8 `bytes`.
  static func normalise(_ bytes: [UInt8]) -> Result {
    bytes.withUnsafeBufferPointer { normalise($0) }
  }

  static func normalise(_ b: UnsafeBufferPointer<UInt8>) -> Result {
    var dropped = 0
    // Normalisation never makes the UTF-8 longer, so the String's own storage can receive it directly.
    let text = String(unsafeUninitializedCapacity: max(b.count, 1)) { out in
      var o = 0
      var i = 0
      let n = b.count
      @inline(__always) func put(_ x: UInt8) { out[o] = x; o += 1 }
      @inline(__always) func copy(_ from: Int, _ count: Int) {
        for k in 0..<count { out[o + k] = b[from + k] }
        o += count
      }
      while i < n {
        let c = b[i]
        if c >= 0x20 && c < 0x7F { put(c); i += 1; continue }
        switch c {
        case 0x0A, 0x09: put(c); i += 1
        case 0x0D:
          put(0x0A); i += (i + 1 < n && b[i + 1] == 0x0A) ? 2 : 1
        case 0x0B, 0x0C: put(0x0A); i += 1
        case 0x00..<0x20, 0x7F: dropped += 1; i += 1
        case 0xC2 where i + 1 < n:
          let d = b[i + 1]
          switch d {
          case 0x85: put(0x0A)
          case 0xA0: put(0x20)
          case 0xAD: break
          case 0x80...0x9F: dropped += 1
          default: put(c); put(d)
          }
          i += 2
        case 0xE1 where i + 2 < n:
          if b[i + 1] == 0x9A, b[i + 2] == 0x80 { put(0x20) }  // U+1680
          else if b[i + 1] == 0xA0, b[i + 2] == 0x8E {}  // U+180E
          else { copy(i, 3) }
          i += 3
        case 0xE2 where i + 2 < n:
          let d = b[i + 1], e = b[i + 2]
          if d == 0x80 {
            switch e {
            case 0x80...0x8A, 0xAF: put(0x20)  // U+2000–U+200A, U+202F
            case 0x8B...0x8F, 0xAA...0xAE: break  // zero-width, bidi marks
            case 0xA8, 0xA9: put(0x0A)  // U+2028, U+2029
            default: copy(i, 3)
            }
          } else if d == 0x81 {
            switch e {
            case 0x9F: put(0x20)  // U+205F
            case 0xA0, 0xA6...0xA9: break  // U+2060, U+2066–U+2069
            default: copy(i, 3)
            }
          } else {
            copy(i, 3)
          }
          i += 3
        case 0xE3 where i + 2 < n && b[i + 1] == 0x80 && b[i + 2] == 0x80:
          put(0x20); i += 3  // U+3000
        case 0xEF where i + 2 < n && b[i + 1] == 0xBB && b[i + 2] == 0xBF:
          i += 3  // U+FEFF
        default:
          let len = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
          let m = min(len, n - i)
          copy(i, m)
          i += m
        }
      }
      return o
    }
    return Result(text: nfc(text), droppedControls: dropped)
  }

  /// NFC of `text`, applied only to the ~64 KB line-aligned chunks that hold a scalar that NFC might change.
  /// Splitting after `\n` is safe: a line feed is a starter that composes with nothing.
  static func nfc(_ text: String) -> String {
    var text = text
    text.makeContiguousUTF8()
    return text.utf8.withContiguousStorageIfAvailable { b -> String in
      // Most text has no scalar NFC could change: then it is returned as it is, without a copy.
      guard let firstUnstable = firstUnstableScalar(b) else { return text }
      var result = ""
      result.reserveCapacity(b.count)
      // Everything before the line holding the first unstable scalar is copied as it is.
      var lineStart = firstUnstable
      while lineStart > 0, b[lineStart - 1] != 0x0A { lineStart -= 1 }
      result += String(decoding: UnsafeBufferPointer(rebasing: b[0..<lineStart]), as: UTF8.self)
      var chunkStart = lineStart
      var needs = false
      let n = b.count
      var i = lineStart
      while i < n {
        let c = b[i]
        if c >= 0xCC && !needs {
          let scalar = leadScalar(b, at: i)
          needs = !(scalar >= 0x2002 && scalar < 0x20D0)
        }
        i += 1
        if (c == 0x0A && i - chunkStart >= 65_536) || i == n {
          let chunk = String(decoding: UnsafeBufferPointer(rebasing: b[chunkStart..<i]), as: UTF8.self)
          result += needs ? chunk.precomposedStringWithCanonicalMapping : chunk
          chunkStart = i
          needs = false
        }
      }
      return result
    }!
  }

  /// The byte index of the first scalar that NFC might change (not below U+0300, not in U+2002–U+20CF).
  private static func firstUnstableScalar(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
    var i = 0
    while i < b.count {
      i = TextDecoding.skipASCII(b, from: i)
      if i >= b.count { return nil }
      if b[i] >= 0xCC {
        let scalar = leadScalar(b, at: i)
        if !(scalar >= 0x2002 && scalar < 0x20D0) { return i }
      }
      i += 1
    }
    return nil
  }

  /// The scalar whose (valid) UTF-8 sequence starts with the lead byte at `i`.
  @inline(__always)
  private static func leadScalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32 {
    let c = UInt32(b[i])
    func cont(_ k: Int) -> UInt32 { i + k < b.count ? UInt32(b[i + k] & 0x3F) : 0 }
    if c < 0xE0 { return (c & 0x1F) << 6 | cont(1) }
    if c < 0xF0 { return (c & 0x0F) << 12 | cont(1) << 6 | cont(2) }
    return (c & 0x07) << 18 | cont(1) << 12 | cont(2) << 6 | cont(3)
  }
}
