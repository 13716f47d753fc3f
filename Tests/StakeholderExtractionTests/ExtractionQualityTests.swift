import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// The seeds scored against their gold files with the evaluation code (thresholds from issue 3).
@Suite("Extraction quality on the seeds")
struct ExtractionQualityTests {
  typealias F = ExtractionFixtures

  @Test("seeds: entity F1 ≥ 0.95 and relation F1 ≥ 0.85")
  func seedScores() throws {
    let gold = try Evaluation.loadGold(directory: F.goldURL)
    #expect(gold.count == 5)
    let report = Evaluation.evaluate(predicted: F.seedGraph, gold: gold)
    #expect(report.entities.f1 >= 0.95, "\(report.table())")
    #expect(report.relationsUntyped.f1 >= 0.85, "\(report.table())")
    #expect(report.relationsTyped.f1 >= 0.85, "\(report.table())")
    #expect(report.canonicalAccuracy >= 0.9)
    #expect(report.sectorAccuracy >= 0.9)
  }

  @Test("the same input gives the same bytes, whatever the document order")
  func deterministic() throws {
    let x = Extractor()
    let a = try x.extract(F.seeds).graph.jsonData()
    let b = try x.resolve(F.seeds.reversed().map(x.extractDocument)).graph.jsonData()
    #expect(a == b)
  }

  @Test("a document's extraction round-trips through JSON (for caching)")
  func codable() throws {
    let d = Extractor().extractDocument(F.seeds[1])
    let back = try JSONDecoder().decode(DocumentExtraction.self, from: JSONEncoder().encode(d))
    #expect(back == d)
    #expect(d.extractorVersion == Extractor.version)
  }

  @Test("every relation names known entities and the graph validates")
  func valid() throws {
    try F.seedGraph.validate()
  }
}
