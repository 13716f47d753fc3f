import Testing
@testable import StakeholderExtraction
import StakeholderModel
import Foundation

/// The fast string helpers give exactly what the standard library gives.
@Suite("Scalar text")
struct ScalarTextTests {
  @Test("fastLowercased equals lowercased() for every scalar it handles itself, and for mixed text")
  func lowercaseTable() {
    var checked = 0
    for v in UInt32(0)...0x2FFF {
      guard let c = Unicode.Scalar(v) else { continue }
      let s = String(Character(c))
      #expect(s.fastLowercased == s.lowercased(), "U+\(String(v, radix: 16))")
      if SimpleCase.lowercase(v) != nil { checked += 1 }
    }
    #expect(checked > 450)
    for s in ["ŁÓDŹ", "Zażółć GĘŚLĄ jaźń", "İstanbul", "ΣΟΦΙΑ", "„Rozwój” – 2021", "ŸŽ", "abc", ""] {
      #expect(s.fastLowercased == s.lowercased() && Array(s.fastLowercased.utf8) == Array(s.lowercased().utf8))
    }
  }

  @Test("String(scalars:) is the string of those scalars")
  func fromScalars() {
    let text = "Łódź, 𝔸 i „Toruń”\u{301}."
    let s = Array(text.unicodeScalars)
    for a in 0..<s.count {
      for b in a...s.count {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s[a..<b])
        #expect(Array(String(scalars: s, a..<b).utf8) == Array(String(v).utf8))
      }
    }
  }

  @Test("includes and prefix(before:) agree with Foundation's search")
  func search() {
    let cases: [(String, String)] = [
      ("marshal's office of the region", " of "), ("urząd miasta", " "), ("e-Izba", "-"), ("abc", ""), ("", " of "),
      ("caf\u{301}e of x", " of "), ("a\r\nb", "\n"), ("x of y of z", " of "), ("Łódź", "ódź"), ("of", " of "),
    ]
    for (hay, needle) in cases {
      #expect(hay.includes(needle) == hay.contains(needle), "\(hay) / \(needle)")
      #expect(hay.prefix(before: needle) == hay.range(of: needle).map { hay[..<$0.lowerBound] }, "\(hay) / \(needle)")
    }
  }

  @Test("Normalize.form and sentence text fold spaces and quotes")
  func normalisers() {
    #expect(Normalize.form("  „Rozwój  LOKALNY” ") == "rozwój lokalny")
    let s = Array("  Ala\n ma\tkota  ".unicodeScalars)
    #expect(Evidence.sentenceText(s, 0, s.count) == "Ala ma kota")
  }

  @Test("scalarArray is Array(unicodeScalars), for one- to four-byte scalars")
  func scalarArray() {
    for text in ["Łódź, 𝔸 i „Toruń”\u{301}.", "abc", "", "€ 100 – 𝔸𝔹", "Zażółć gęślą jaźń\r\n"] {
      #expect(text.scalarArray == Array(text.unicodeScalars))
    }
  }

  @Test("spaceSeparatedWords and firstSpaceSeparatedWord agree with split(separator: \" \")")
  func spaceSeparated() {
    for text in ["forum  rozwoju miast", " Rada Innowacji ", "Łódź", "", "   ", "e\u{301} x", "a \u{301}b c"] {
      let split = text.split(separator: " ")
      #expect(text.spaceSeparatedWords == split)
      #expect(text.firstSpaceSeparatedWord == (split.first ?? ""))
    }
  }

  @Test("sameStem on simple-text words (by scalars) answers as the character comparison does")
  func sameStem() {
    #expect(Recognizer.sameStem("sobek", "sobkowi"))
    #expect(!Recognizer.sameStem("forum", "festiwal"))
    let words = ["sobek", "sobkowi", "marzec", "marca", "kraków", "krakowa", "łódź", "łodzi", "forum", "festiwal", "rzeszów", "rzeszowie", "ŁÓDŹ"]
    for a in words {
      for b in words where a != b {
        #expect(Recognizer.sameStem(a, b) == Recognizer.sameWordStem(Array(a), Array(b)), "\(a) / \(b)")
      }
    }
  }
}
