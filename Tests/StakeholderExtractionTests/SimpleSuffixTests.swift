import Testing
@testable import StakeholderExtraction

/// The module's `String.hasSuffix(_:)` and `String.hasPrefix(_:)` (bytes for simple text) answer as the standard
/// library's do.
@Suite("Simple suffix")
struct SimpleSuffixTests {
  /// The standard library's answer: `StringProtocol.hasSuffix` on a substring (Character by Character).
  static func standard(_ s: String, _ suffix: String) -> Bool { s[...].hasSuffix(suffix) }

  /// Words with simple text, combining marks, CR LF, a precomposed letter and its decomposed form.
  static let words = ["łódzkiego", "Łódź", "e\u{301}go", "ego", "kiego", "", "a\r\nb", "xq\u{308}", "\u{308}", "Straße", "ß",
                      "Urząd Miasta", "miasta", "Rybnik's", "Rybnik’s", "dź", "ź", "z\u{301}", "\r\nb", "\n", "b",
                      "é", "e\u{301}", "e", "\r", "ź\u{301}x"]
  /// Scalars around the simple-text limit (U+0300), and carriage return and line feed.
  static let scalars = (0x41...0x45).map { $0 } + (0x2FC...0x303).map { $0 } + [0x0D, 0x0A, 0x17A]

  /// Calls `body` with every string of three of ``scalars`` and every string of one or two of them.
  static func forEachTripleAndShort(_ body: (String, String) -> Void) {
    func text(_ values: [Int]) -> String { String(String.UnicodeScalarView(values.map { Unicode.Scalar(UInt32($0))! })) }
    for a in scalars {
      for b in scalars {
        for c in scalars {
          let s = text([a, b, c])
          body(s, text([a]))
          body(s, text([a, c]))
          body(s, text([c]))
          body(s, text([b, c]))
        }
      }
    }
  }

  @Test("hasSuffix equals the standard library's for simple text, combining marks, CR LF and every pair of scalars")
  func sameAsStandardLibrary() {
    for w in Self.words {
      for x in Self.words { #expect(w.hasSuffix(x) == Self.standard(w, x), "\(w.debugDescription) \(x.debugDescription)") }
    }
    Self.forEachTripleAndShort { s, x in #expect(s.hasSuffix(x) == Self.standard(s, x), "\(s.debugDescription) / \(x.debugDescription)") }
  }

  @Test("hasPrefix equals the standard library's for simple text, combining marks, CR LF and short scalar strings")
  func prefixSameAsStandardLibrary() {
    for w in Self.words {
      for x in Self.words { #expect(w.hasPrefix(x) == w[...].hasPrefix(x), "\(w.debugDescription) \(x.debugDescription)") }
    }
    Self.forEachTripleAndShort { s, x in #expect(s.hasPrefix(x) == s[...].hasPrefix(x), "\(s.debugDescription) / \(x.debugDescription)") }
  }

  @Test("containsNumber equals contains(where: \\.isNumber)")
  func containsNumber() {
    for w in Self.words + ["Holo4Med", "x²", "½", "٣", "abc"] { #expect(w.containsNumber == w.contains(where: \.isNumber), "\(w)") }
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
