import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// The byte-level fast paths of the extraction's hot loop give what the general code gives: `fastLowercased` and
/// `Normalize.simpleForm` decoded from UTF-8 bytes, and the cheap test before reading a legal form.
@Suite("Hot-path equivalence")
struct HotPathEquivalenceTests {
  static let texts = [
    "ŁÓDŹ", "Zażółć GĘŚLĄ jaźń", "Ab€CD", "𝔸BC Łódź", "ŻÓŁW\u{A0}Ęż", "„Urząd  Miasta” w ŁODZI", "İzmir", "x\u{301}Y",
    "Société Générale", "ÀÉÎÕÜ ŠČŘŽ", "", "plain", "A\tB\nC", "ẞ Straße",
  ]

  @Test("fastLowercased equals lowercased() byte for byte, on two-, three- and four-byte scalars")
  func lowercase() {
    for s in Self.texts { #expect(Array(s.fastLowercased.utf8) == Array(s.lowercased().utf8), "\(s)") }
  }

  @Test("simpleForm, where it answers, equals the general normal form")
  func simpleForm() {
    for s in Self.texts {
      guard let fast = Normalize.simpleForm(s) else { continue }
      #expect(Array(fast.utf8) == ExtractionFixtures.referenceNormalForm(s), "\(s)")
    }
    #expect(Normalize.simpleForm("𝔸BC") == nil && Normalize.simpleForm("Ab€CD") == nil)
  }

  @Test("Every legal form shape is still read after the cheap test, and a plain word is turned away by it")
  func legalForms() {
    let cases: [(String, String)] = [
      ("Firma Alfa S.A. podpisała umowę.", "S.A."), ("Firma Beta sp. z o.o. podpisała umowę.", "sp. z o.o."),
      ("Firma Nordfjord A/S podpisała umowę.", "A/S"), ("Firma Tatra s.r.o. podpisała umowę.", "s.r.o."),
      ("Firma Gamma sp.j. podpisała umowę.", "sp.j."), ("Firma Delta GmbH podpisała umowę.", "GmbH"),
      ("Firma Drava d.o.o. podpisała umowę.", "d.o.o."), ("Firma Omega Ltd. podpisała umowę.", "Ltd."),
    ]
    for (text, form) in cases {
      let rec = Recognizer(tokens: Tokenizer.tokenize(text), language: "pl")
      let s = rec.sentences[0]
      let found = s.tokens.compactMap { rec.legalForm($0, s)?.0 }
      #expect(found.first?.lowercased() == form.lowercased(), "\(text)")
      for j in s.tokens where rec.legalForm(j, s) != nil { #expect(rec.mayStartLegalForm(j, s.tokens.upperBound)) }
      let word = s.tokens.first { rec.tokens[$0].text == "podpisała" }!  // before a plain word: no form can start
      #expect(!rec.mayStartLegalForm(word, s.tokens.upperBound))
    }
  }
}
