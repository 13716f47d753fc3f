import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// A sentence that opens with a generic event noun ("Wydarzenie przygotowały wspólnie X i Y", "The event was
/// hosted by X together with Y") names the organizers of the event named in the sentence before. Made-up texts
/// whose names occur in no fixture.
@Suite("Genre rules: a generic event noun as the subject of organizing")
struct GenreRulesEventSubjectTests {
  typealias F = ExtractionFixtures

  @Test("Polish: \"Wydarzenie przygotowały wspólnie X oraz Y\" — both organize the forum named before")
  func polish() {
    let g = F.extract("""
      Wodór na Pomorzu

      W czwartek w Lęborku odbyło się III Lęborskie Forum Wodorowe. Wydarzenie przygotowały wspólnie Fundacja \
      Zielony Bałtyk oraz Izba Gospodarcza Ziemi Lęborskiej.
      """, id: "event-subject-pl.txt")
    let forum = g.entities.first { $0.kind == .event }
    #expect(forum != nil)
    if let forum {
      #expect(F.hasRelation("Fundacja Zielony Bałtyk", .organizes, forum.name, in: g))
      #expect(F.hasRelation("Izba Gospodarcza Ziemi Lęborskiej", .organizes, forum.name, in: g))
    }
  }

  @Test("English: \"The event was hosted by X together with Y\" — both organize the summit named before")
  func english() {
    let g = F.extract("""
      Coastal energy days

      The Coastal Energy Summit 2025 took place in Ustka on 3 June. The event was hosted by the Ustka Energy \
      Cluster together with the Baltic Wind Foundation.
      """, id: "event-subject-en.txt")
    let summit = g.entities.first { $0.kind == .event }
    #expect(summit != nil)
    if let summit {
      #expect(F.hasRelation("Ustka Energy Cluster", .organizes, summit.name, in: g))
      #expect(F.hasRelation("Baltic Wind Foundation", .organizes, summit.name, in: g))
    }
  }

  @Test("a quoted title followed by an apposition ending in an event noun (\"…\", the third study visit) is an event")
  func titleWithApposition() {
    let g = F.extract("""
      Ports and towns

      Twenty guests from Spain and Latvia met in Elbląg on 4 May during "Green Ports, Smart Towns", the third \
      interregional study visit of the SEALINK project.
      """, id: "title-apposition-en.txt")
    #expect(g.entities.contains { $0.kind == .event && $0.name == "Green Ports, Smart Towns" })
  }
}
