import Testing
@testable import StakeholderExtraction

/// Tokens, sentences and document metadata.
@Suite("Text")
struct TextTests {
  @Test("tokens keep joined words and numbers, with scalar offsets")
  func tokens() {
    let t = Tokenizer.tokenize("Prezes e-Izby (IGE), 01.12.2021 – Sass-Staniszewska")
    #expect(t.map(\.text) == ["Prezes", "e-Izby", "(", "IGE", ")", ",", "01.12.2021", "–", "Sass-Staniszewska"])
    #expect(t[1].casing == .capitalized && t[3].casing == .upper)
    #expect(t[8].start == 34 && t[8].end == 51)
  }

  @Test("glued text is split where a lower-case letter meets two capitals")
  func glued() {
    #expect(Tokenizer.tokenize("WoliPOZOSTAŁE").map(\.text) == ["Woli", "POZOSTAŁE"])
    #expect(Tokenizer.tokenize("InfoTech").map(\.text) == ["InfoTech"])
  }

  @Test("sentences: abbreviations, quotes with full stops, headings, wrapped lines")
  func sentences() {
    let text = "Tytuł artykułu\n\nZastępca dyrektora ds. SmartCity mówi. Konferencja „Cyfryzacja. Perspektywy” trwa.\nDruga linia\nbardzo długiego akapitu, który jest zawinięty w połowie zdania i ciągnie się dalej."
    let t = Tokenizer.tokenize(text)
    let s = SentenceSplitter.split(t)
    #expect(s.count == 4)
  }

  @Test("language, title and date")
  func metadata() {
    let t = Tokenizer.tokenize("Spotkanie w Gdyni\n\n5 marca 2024 r. w Gdyni odbyło się spotkanie i dyskusja.")
    let s = SentenceSplitter.split(t)
    #expect(DocumentMetadata.language(t) == "pl")
    #expect(DocumentMetadata.date(t) == "2024-03-05")
    #expect(DocumentMetadata.title(t, s, scalars: Array("Spotkanie w Gdyni\n\n5 marca 2024 r. w Gdyni odbyło się spotkanie i dyskusja.".unicodeScalars)) == "Spotkanie w Gdyni")
    #expect(DocumentMetadata.date(Tokenizer.tokenize("On October 12th, 2021 the meeting was held.")) == "2021-10-12")
  }

  @Test("dates with ordinal days and Roman months", arguments: [
    ("Tuesday, 18th of February 2025", "2025-02-18"),
    ("Opublikowano: 5 XI 2024", "2024-11-05"),
    ("Data publikacji: 5.XI.2024 r.", "2024-11-05"),
    ("Kraków, 22 listopada 2026 r.", "2026-11-22"),
    ("on 1st March, 2024 in Gdańsk", "2024-03-01"),
  ])
  func ordinalAndRomanDates(text: String, date: String) {
    #expect(DocumentMetadata.date(Tokenizer.tokenize(text)) == date)
  }

  @Test("numbers that only look like dates are not dates")
  func notDates() {
    #expect(DocumentMetadata.date(Tokenizer.tokenize("Punkty 5. X oraz 2024 zgłoszeń")) == nil)
    #expect(DocumentMetadata.date(Tokenizer.tokenize("W 2 I etapach 2024 firm")) == nil)
    #expect(DocumentMetadata.date(Tokenizer.tokenize("In 2024, 45th of the projects")) == nil)
  }
}
