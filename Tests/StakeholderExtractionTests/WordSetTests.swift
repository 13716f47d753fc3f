import Testing
@testable import StakeholderExtraction
import Foundation

/// The byte-level look-ups (WordSet, WordMap, inline word lists, byte search) must give exactly the answers of
/// the `String` operations they replace, including for text that is not NFC or not simple.
@Suite("Word look-ups on bytes")
struct WordSetTests {
  /// Words that probe every path: ASCII, Polish letters, a decomposed "é", typographic punctuation, a
  /// carriage return, a Kelvin sign (canonically "K"), empty.
  static let probes: [String] = [
    "w", "we", "oddział", "oddziału", "wójt", "WÓJT", "e\u{301}", "\u{E9}", "é", "„", "”", "–", "•", "·", "\u{387}",
    "a\r\nb", "\u{212A}", "K", "", "ds", "reprezentował", "reprezentowal", "łódź", "lodz",
  ]

  @Test("WordSet answers as Set<String> for simple, decomposed and punctuation keys")
  func wordSetMatchesSet() {
    let keySets: [[String]] = [
      ["w", "we", "oddział", "wójt", "é"],
      ["„", "“", "\"", "«", "‘"],
      ["•", "·", "–", "—", "*", "-"],
      ["e\u{301}", "K", "ds"],
      ["a\r\nb", "łódź"],
    ]
    for keys in keySets {
      let fast = WordSet(keys)
      let slow = Set(keys)
      for p in Self.probes + keys {
        #expect(fast.contains(p) == slow.contains(p), "\(keys) contains \(p.unicodeScalars.map { String($0.value, radix: 16) })")
      }
    }
  }

  @Test("WordMap answers as Dictionary")
  func wordMapMatchesDictionary() {
    let d = ["wójt": 1, "é": 2, "„": 3, "K": 4, "ds": 5]
    let fast = WordMap(d)
    for p in Self.probes + Array(d.keys) { #expect(fast[p] == d[p]) }
  }

  @Test("Inline word lists answer as Sequence.contains")
  func wordListMatchesSequence() {
    let lists: [[String]] = [["w", "we"], ["reprezentował", "represented"], ["é", "„"], ["e\u{301}"], ["\u{212A}"], []]
    for list in lists {
      for p in Self.probes {
        #expect(list.contains(p) == list.contains(where: { $0 == p }))
      }
    }
  }

  @Test("simpleRange finds what Foundation's range(of:) finds")
  func simpleRangeMatchesFoundation() {
    let texts = ["akademia pomorska w słupsku", "w w w", "uczelnia im. jana", "brak", "", "e\u{301} w x", "„a” w b"]
    for t in texts {
      for n in [" w ", " im. ", "w", "x"] {
        #expect(t.simpleRange(of: n) == t.range(of: n))
        #expect(t.simpleRange(of: n, backwards: true) == t.range(of: n, options: .backwards))
      }
    }
  }

  @Test("Normalize.form's one-pass path gives the general path's result")
  func simpleFormMatchesGeneral() {
    for s in ["  „Rozwój  lokalny” ", "URZĄD Miasta", "Łódź\tKaliska", "Ab\u{A0}Cd", "plain"] {
      if let fast = Normalize.simpleForm(s) {
        #expect(fast == String(decoding: ExtractionFixtures.referenceNormalForm(s), as: UTF8.self))
      }
    }
  }
}
