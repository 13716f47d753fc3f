import Foundation
import Testing
@testable import StakeholderExtraction

@Suite("Polish lexicon")
struct PolishLexiconTests {
  let lexicon = PolishLexicon.shared

  @Test("categories of known forms")
  func categories() {
    #expect(lexicon.isFirstName("Piotra"))
    #expect(!lexicon.isFirstName("Urzędu"))
    #expect(lexicon.isSurname("Kowalskiej"))
    #expect(lexicon.isPlace("Białymstoku"))
    #expect(lexicon.isPlace("Zdroju"))
    #expect(!lexicon.isPlace("spotkanie"))
  }

  @Test(arguments: [("Patrycję", NameGender.feminine), ("Kubą", .masculine), ("Piotrowi", .masculine), ("Urzędu", .unknown)])
  func firstNameGender(form: String, gender: NameGender) {
    #expect(lexicon.firstNameGender(form) == gender)
  }

  @Test(arguments: ["Urzędu", "Departamentu", "Politechniki", "urzędzie", "Klastra", "Centrum", "Stowarzyszenia"])
  func institutionHead(form: String) {
    #expect(lexicon.isInstitutionHead(form))
  }

  @Test("non-heads are not institution heads")
  func notHead() {
    #expect(!lexicon.isInstitutionHead("Piotra"))
    #expect(!lexicon.isInstitutionHead("Rozwoju"))
  }

  @Test("analyses carry lemma, case and gender, most frequent place first")
  func analyses() {
    let places = lexicon.analyses(of: "Łodzi").filter { $0.category == .place }
    #expect(places.first?.lemma == "Łódź")
    #expect(places.map(\.lemma).contains("Łodzia"))
    #expect(places.first?.cases.contains(.locative) == true)
    #expect(places.first?.gender == .feminine)
    let kielce = lexicon.analyses(of: "Kielcach").first { $0.category == .place }
    #expect(kielce?.isPluralOnly == true)
    let adjective = lexicon.analyses(of: "Śląskiej").first { $0.category == .adjective }
    #expect(adjective?.lemma == "Śląska")
  }

  @Test("a hand-made lexicon folder loads, and a malformed line is reported with file and line")
  func customFolder() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pl-lexicon-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try "Zyx\tP\tm3\ts\tP5\tZyx:na Zyxu:gl Zyxem:i\n".write(to: dir.appendingPathComponent("names.tsv"), atomically: true, encoding: .utf8)
    try "urząd\tm3\turząd:na urzędu:g\n".write(to: dir.appendingPathComponent("heads.tsv"), atomically: true, encoding: .utf8)
    try "zyxowy\n".write(to: dir.appendingPathComponent("adjectives.txt"), atomically: true, encoding: .utf8)
    let small = try PolishLexicon(directory: dir)
    #expect(small.isPlace("Zyxu"))
    #expect(small.analyses(of: "Zyxu").first?.rank == 5)
    #expect(PolishLemmatizer(lexicon: small).lemma("Zyxowym Zyxem", kind: .place) == "Zyxowy Zyx")

    try "Zyx\tP\n".write(to: dir.appendingPathComponent("names.tsv"), atomically: true, encoding: .utf8)
    do {
      _ = try PolishLexicon(directory: dir)
      Issue.record("a malformed names.tsv loaded")
    } catch {
      #expect("\(error)".hasPrefix("names.tsv:1:"))
    }
  }
}
