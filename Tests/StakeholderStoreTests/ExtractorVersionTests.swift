import Foundation
import Testing
import StakeholderExtraction
import StakeholderModel
@testable import StakeholderStore

/// The project store reuses a document's extraction while `Extractor.version` is unchanged, so a rule
/// change that alters what is extracted must bump the version, or stores go on serving stale results.
/// This test records the digest of the seeds' extraction next to the version it was made with: when the
/// output changes and the version does not, it fails.
@Suite("Extractor version")
struct ExtractorVersionTests {
  /// The version and the SHA-256 of `stakeholders extract seeds` (the graph JSON) it gives.
  /// When this test fails after a rule change: bump `Extractor.version`, then record both here.
  static let recorded = (version: "0.21.0", digest: "bc351a4ce46bca4ccbf851aa887d1fd6ca0661ce90427237adb6cad8e6f7b405")

  @Test("the seeds' extraction changes only with the extractor's version")
  func versionFollowsOutput() throws {
    let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../seeds").standardizedFileURL.path
    let corpus = try CorpusReader().read(paths: [seeds])
    #expect(corpus.documents.count == 5)
    let json = try Extractor().extract(corpus.documents).graph.jsonData()
    let digest = SHA256.hex(SHA256.digest([UInt8](json)))
    if Extractor.version == Self.recorded.version {
      #expect(digest == Self.recorded.digest,
              "the extraction of the seeds changed but Extractor.version is still \(Extractor.version): bump it and record the new digest \(digest)")
    } else {
      Issue.record("Extractor.version is \(Extractor.version): record it with the digest \(digest) in ExtractorVersionTests")
    }
  }
}
