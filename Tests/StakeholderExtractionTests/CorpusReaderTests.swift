import Foundation
import Testing
@testable import StakeholderExtraction

@Suite("Corpus reader")
struct CorpusReaderTests {
  static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../seeds").standardizedFileURL.path

  @Test("reads the five seeds, sorted by file name, as NFC text")
  func seeds() throws {
    let corpus = try CorpusReader().read(paths: [Self.seeds])
    #expect(corpus.documents.map(\.id) == [
      "000_45e639ab875eea77.txt", "001_c518fcb33a3aa5d0.txt", "002_740a5c4a39753fb8.txt",
      "003_4d5fd1f42b7166af.txt", "004_dfa2b57d984fcb2f.txt",
    ])
    #expect(corpus.documents[1].text.contains("Urząd Marszałkowski Województwa Podlaskiego"))
  }

  @Test("a path that does not exist is an error naming it")
  func missing() {
    #expect(throws: CorpusError.noSuchPath("/no/such/dir")) {
      try CorpusReader().read(paths: ["/no/such/dir"])
    }
  }
}
