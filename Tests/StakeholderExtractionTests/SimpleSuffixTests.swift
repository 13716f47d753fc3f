import Testing
@testable import StakeholderExtraction

/// The module's `String.hasSuffix(_:)` (bytes for simple text) answers as the standard library's does.
@Suite("Simple suffix")
struct SimpleSuffixTests {
  /// The standard library's answer: `StringProtocol.hasSuffix` on a substring (Character by Character).
  static func standard(_ s: String, _ suffix: String) -> Bool { s[...].hasSuffix(suffix) }

  @Test("hasSuffix equals the standard library's for simple text, combining marks, CR LF and every pair of scalars")
  func sameAsStandardLibrary() {
    let words = ["łódzkiego", "Łódź", "e\u{301}go", "ego", "kiego", "", "a\r\nb", "xq\u{308}", "\u{308}", "Straße", "ß",
                 "Urząd Miasta", "miasta", "Rybnik's", "Rybnik’s", "dź", "ź", "z\u{301}", "\r\nb", "\n", "b"]
    for w in words {
      for x in words { #expect(w.hasSuffix(x) == Self.standard(w, x), "\(w.debugDescription) \(x.debugDescription)") }
    }
    // Every two-scalar string against every one-scalar suffix, for scalars around the simple-text limit (U+0300).
    let scalars = (0x41...0x45).map { $0 } + (0x2FC...0x303).map { $0 } + [0x0D, 0x0A, 0x17A]
    for a in scalars {
      for b in scalars {
        let s = String(String.UnicodeScalarView([Unicode.Scalar(UInt32(a))!, Unicode.Scalar(UInt32(b))!]))
        for c in scalars {
          let x = String(Unicode.Scalar(UInt32(c))!)
          #expect(s.hasSuffix(x) == Self.standard(s, x), "U+\(String(a, radix: 16)) U+\(String(b, radix: 16)) / U+\(String(c, radix: 16))")
        }
      }
    }
  }

  @Test("a Polish word's inflection ending is found from its bytes")
  func polishEndings() {
    #expect("łódzkiego".hasSuffix("kiego"))
    #expect(!"łódzkiego".hasSuffix("kiemu"))
    #expect("Łódź".hasSuffix("ź"))
    #expect(!"ego".hasSuffix("łódzkiego"))
  }
}

/// `Unicode.Scalar.isSpaceLike` answers from the scalar's value what the Unicode property answers.
@Suite("Space-like scalars")
struct SpaceLikeTests {
  @Test("isSpaceLike equals properties.isWhitespace for every scalar")
  func everyScalar() {
    var spaces = 0
    for v in UInt32(0)...0x10FFFF {
      guard let c = Unicode.Scalar(v) else { continue }
      if c.isSpaceLike != c.properties.isWhitespace { Issue.record("U+\(String(v, radix: 16))") }
      if c.isSpaceLike { spaces += 1 }
    }
    #expect(spaces == 25)
  }
}

/// `String.isSimpleText` on small (inline) and heap strings.
@Suite("Simple text")
struct SimpleTextTests {
  @Test("simple text has no byte at or above 0xCC and no carriage return, in short and long strings")
  func simpleText() {
    #expect("Łódź".isSimpleText)
    #expect("".isSimpleText)
    #expect("Urząd Marszałkowski Województwa Łódzkiego".isSimpleText)
    #expect(!"e\u{301}".isSimpleText)
    #expect(!"a\r\nb".isSimpleText)
    #expect(!"Stowarzyszenie „Zielona Dolina”".isSimpleText)
    #expect(!"Urząd Marszałkowski Województwa Łódzkiego\r".isSimpleText)
    #expect("Urząd Marszałkowski Województwa Łódzkiego"[...].description.isSimpleText)
  }
}
