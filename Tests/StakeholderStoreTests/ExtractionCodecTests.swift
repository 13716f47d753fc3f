import Foundation
import StakeholderExtraction
import StakeholderModel
import Testing

@testable import StakeholderStore

@Suite("Binary extraction codec")
struct ExtractionCodecTests {
  static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds")

  @Test("every seed's extraction round-trips exactly and is smaller than JSON")
  func roundTrip() throws {
    for doc in try CorpusReader().read(paths: [Self.seeds.path]).documents {
      let x = Extractor().extractDocument(doc)
      let data = try #require(ExtractionCodec.encode(x))
      #expect(ExtractionCodec.decode(data) == x)
      #expect(data.count < (try JSONEncoder().encode(x)).count)
    }
  }

  @Test("odd values survive: negative offsets, empty and non-ASCII strings, nil optionals")
  func oddValues() throws {
    let x = DocumentExtraction(
      document: Document(id: "ż ó.txt", language: "pl", title: nil, date: ""),
      entities: [LocalEntity(kind: .person, name: "", aliases: ["Ąę", ""], sector: nil, sectorReason: "\u{0}",
                             role: nil, mentions: [Mention(document: "x", start: -5, end: Int(Int32.max) * 4)],
                             sectorIsDefault: true)],
      relations: [LocalRelation(source: 0, target: 0, type: .partnerOf,
                                evidence: [Evidence(document: "d", start: 0, end: 1, text: "„cytat” 🙂")])],
      extractorVersion: "9")
    let data = try #require(ExtractionCodec.encode(x))
    #expect(ExtractionCodec.decode(data) == x)
  }

  @Test("damaged or foreign bytes decode to nil, never crash")
  func damaged() throws {
    let doc = try #require(try CorpusReader().read(paths: [Self.seeds.path]).documents.first)
    let data = try #require(ExtractionCodec.encode(Extractor().extractDocument(doc)))
    #expect(ExtractionCodec.decode(Data("{\"json\": true}".utf8)) == nil)
    #expect(ExtractionCodec.decode(Data()) == nil)
    for cut in stride(from: 0, to: data.count, by: max(1, data.count / 97)) {
      #expect(ExtractionCodec.decode(data.prefix(cut)) == nil)
    }
    var flipped = data
    flipped[flipped.count / 2] ^= 0xFF
    _ = ExtractionCodec.decode(flipped)  // any result but a crash
  }

  @Test("the store reads results written as JSON by an earlier build")
  func readsJSON() throws {
    let doc = try #require(try CorpusReader().read(paths: [Self.seeds.path]).documents.first)
    let x = Extractor().extractDocument(doc)
    #expect(Extractor().decodeFromStore(try JSONEncoder().encode(x)) == x)
  }
}
