import Foundation
import Testing
@testable import StakeholderExtraction

/// The suffix rules alone, with an empty lexicon: what carries names the dictionary does not know.
@Suite("Polish suffix rules")
struct PolishRulesTests {
  let rulesOnly = PolishLemmatizer(lexicon: PolishLexicon(store: LexiconStore(), loadError: nil))

  @Test(arguments: [
    ("Mentzena", "Mentzen"), ("Buzka", "Buzek"), ("Kuuseli", "Kuusela"), ("Kowalskiej", "Kowalska"),
    ("Trzaskowskiego", "Trzaskowski"), ("Hołowni", "Hołownia"), ("Kempie", "Kempa"),
  ])
  func surnames(form: String, expected: String) {
    #expect(rulesOnly.lemma(form, kind: .person) == expected)
  }

  @Test(arguments: [("Poznaniu", "Poznań"), ("Rzeszowa", "Rzeszów"), ("Hajnówce", "Hajnówka"), ("Juchnowcu", "Juchnowiec")])
  func places(form: String, expected: String) {
    let readings = NounRules.readings(of: form).map(\.lemma)
    #expect(readings.contains(expected))
  }

  @Test(arguments: [
    ("Stalowej", GrammaticalGender.f, "Stalowa"), ("Śląskim", .n, "Śląskie"), ("Marszałkowskiego", .m3, "Marszałkowski"),
    ("Przemysłowo-Handlowej", .f, "Przemysłowo-Handlowa"), ("ostatniej", .f, "ostatnia"),
  ])
  func adjectives(form: String, gender: GrammaticalGender, expected: String) {
    let reading = AdjectiveRules.readings(of: form).first { $0.gender == gender }
    #expect(reading?.lemma(for: gender) == expected)
  }

  @Test("a word that is not an adjective has no adjectival reading that names an adjective")
  func notAdjective() {
    #expect(AdjectiveRules.readings(of: "Rozwoju").isEmpty)
  }
}
