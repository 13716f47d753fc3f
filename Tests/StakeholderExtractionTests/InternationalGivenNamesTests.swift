import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// The international given-name list (Resources/intl, from faker) and the person rules that use it: foreign
/// partners named without a title ("Wim Haesaerts, project manager at …"), declined in Polish ("z Kateřiną
/// Svobodovou"), with particles ("Joost Van den Eynde", "Aoife Ní Dhuibhir") or two surnames ("Lucía Fernández
/// Ortega"); and the words that must stay parts of other names ("University of Brittany", "Vita Lab sp. z o.o.").
/// Made-up text; its names occur in no fixture.
@Suite("International given names")
struct InternationalGivenNamesTests {
  typealias F = ExtractionFixtures

  @Test("the shipped list loads, with genders, and only Polish case endings no English word has are reduced")
  func list() {
    let names = InternationalGivenNames.shared
    #expect(names.loadError == nil)
    #expect(names.lookup("Sabine").map { $0.name == "Sabine" && $0.feminine } == true)
    #expect(names.lookup("Wim").map { $0.name == "Wim" && !$0.feminine } == true)
    #expect(names.lookup("Kateřiną").map { $0.name == "Kateřina" && $0.feminine } == true)
    #expect(names.lookup("Wimem").map { $0.name == "Wim" && !$0.feminine } == true)
    // "Marin" is listed, but "Marine" is an English word, not its locative.
    #expect(names.lookup("Marin") != nil && names.lookup("Marine") == nil)
    // Left out by the generator: English words, Polish common words, towns.
    #expect(names.lookup("Grant") == nil && names.lookup("Rada") == nil && names.lookup("Vigo") == nil)
  }

  @Test("a malformed line is an error naming the file and the line")
  func malformedLine() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("given-names-\(UUID().uuidString).tsv")
    try "Sabine\tf\nWim\tx\n".write(to: url, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(throws: GraphFileError.self) { try InternationalGivenNames(contentsOf: url) }
    do { _ = try InternationalGivenNames(contentsOf: url) } catch { #expect("\(error)".contains(":2:")) }
  }

  static let english = F.extract("""
    Circular textiles partners meet in Łódź

    Wim Haesaerts, project manager at the Province of Antwerp, presented the Flemish pilot. Joost Van den Eynde \
    and Aoife Ní Dhuibhir of University College Dublin joined the debate. Lucía Fernández Ortega, head of \
    innovation at the Valencian Institute of Competitiveness, closed the session. The University of Brittany and \
    Vita Lab sp. z o.o. will host the next meeting.
    """, id: "intl-names-en.txt")

  @Test("foreign given names start persons, with particles and a second surname")
  func englishPersons() {
    let g = Self.english
    for name in ["Wim Haesaerts", "Joost Van den Eynde", "Aoife Ní Dhuibhir", "Lucía Fernández Ortega"] {
      #expect(g.entities.contains { $0.kind == .person && $0.name == name }, "\(name)")
    }
    #expect(F.hasRelation("Wim Haesaerts", .affiliatedWith, "Province of Antwerp", in: g))
  }

  @Test("a foreign given name does not break an organization's name")
  func organizationsStay() {
    let g = Self.english
    #expect(g.entities.contains { $0.kind == .organization && $0.name == "University of Brittany" })
    #expect(g.entities.contains { $0.kind == .organization && $0.name.hasPrefix("Vita Lab") })
    #expect(!g.entities.contains { $0.kind == .person && ($0.name.hasPrefix("Vita") || $0.name.contains("Brittany")) })
  }

  static let polish = F.extract("""
    Czesko-polskie porozumienie w Nysie

    Porozumienie podpisali burmistrz Nysy Tadeusz Rogala oraz dyrektorka agencji CzechInvest Kateřina Svobodová. \
    Gościem spotkania była Sofie Lambrechts z Uniwersytetu w Gandawie. Z Wimem Haesaertsem rozmawiano o wodorze.
    """, id: "intl-names-pl.txt")

  @Test("in Polish text: a foreign name after a function, a nominative foreign name kept, a declined one reduced")
  func polishPersons() {
    let g = Self.polish
    #expect(g.entities.contains { $0.kind == .person && $0.name == "Kateřina Svobodová" })
    #expect(g.entities.contains { $0.kind == .person && $0.name == "Sofie Lambrechts" })
    #expect(g.entities.contains { $0.kind == .person && $0.name == "Wim Haesaerts" })
    #expect(!g.entities.contains { $0.name.hasPrefix("Sofa") })
  }
}
