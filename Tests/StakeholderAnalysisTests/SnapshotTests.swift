import Foundation
import Testing
@testable import StakeholderAnalysis

/// Golden files for the metrics outputs. Re-record with `RECORD_SNAPSHOTS=1 swift test --filter Snapshot`
/// (writes into the source tree's Snapshots/ folder).
@Suite("Metrics snapshots")
struct SnapshotTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

  func check(_ text: String, _ name: String) throws {
    let url = Self.folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
      try text.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    let golden = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Snapshots"))
    let expected = try String(contentsOf: golden, encoding: .utf8)
    #expect(text == expected, "\(name) differs from its snapshot")
  }

  @Test("karate club metrics CSV and JSON")
  func karate() throws {
    let table = MetricsTable.compute(try ReferenceFixture.load("karate").graph)
    try check(table.csv(), "karate-metrics.csv")
    try check(table.json(), "karate-metrics.json")
  }

  @Test("self-loops and disconnected graph metrics CSV")
  func edgeCases() throws {
    try check(MetricsTable.compute(try ReferenceFixture.load("self_loops").graph).csv(), "self-loops-metrics.csv")
    try check(MetricsTable.compute(try ReferenceFixture.load("disconnected").graph).csv(), "disconnected-metrics.csv")
  }
}
