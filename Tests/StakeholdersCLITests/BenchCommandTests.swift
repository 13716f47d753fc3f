import Foundation
import Testing

/// `stakeholders bench` end to end on the seeds: every stage reported, and the project store makes the
/// second run extract nothing.
@Suite("stakeholders bench")
struct BenchCommandTests {
  struct Report: Decodable {
    struct Stage: Decodable {
      var name: String
      var seconds: Double
      var documents: Int
      var note: String
    }
    var documents: Int
    var stages: [Stage]
    var peakMemoryBytes: Int
  }

  static func report(_ url: URL) throws -> Report {
    try JSONDecoder().decode(Report.self, from: Data(contentsOf: url))
  }

  @Test("all stages are timed; a store re-run reuses every document; --rebuild extracts them again")
  func stagesAndStore() throws {
    let dir = try CLIRunner.temporaryDirectory("bench")
    defer { try? FileManager.default.removeItem(at: dir) }
    let seeds = CLIRunner.packageRoot.appendingPathComponent("seeds").path
    let store = dir.appendingPathComponent("out").path
    func bench(_ extra: [String], _ name: String) throws -> Report {
      let json = dir.appendingPathComponent(name)
      let r = try CLIRunner.run(["bench", "--docs", seeds, "--no-render", "--store", store, "--json", json.path] + extra)
      #expect(r.status == 0, "\(r.stderr)")
      #expect(r.stdout.contains("peak memory"))
      return try Self.report(json)
    }
    let first = try bench([], "first.json")
    #expect(first.stages.map(\.name) == ["read", "load", "extract", "resolve", "analyze"])
    #expect(first.documents == 5)
    #expect(first.peakMemoryBytes > 0)
    #expect(first.stages[2].note.contains("5 extracted, 0 reused"))
    #expect(FileManager.default.fileExists(atPath: store + "/stakeholders.sqlite"))
    let second = try bench([], "second.json")
    #expect(second.stages[2].note.contains("0 extracted, 5 reused"))
    #expect(second.stages[3].note == first.stages[3].note)  // the same graph: entity and relation counts
    let rebuilt = try bench(["--rebuild"], "rebuilt.json")
    #expect(rebuilt.stages[2].note.contains("5 extracted, 0 reused"))
  }

  @Test("no corpus, or two of them, is a usage error")
  func usage() throws {
    #expect(try CLIRunner.run(["bench"]).status == 2)
    #expect(try CLIRunner.run(["bench", "--docs", "seeds", "--generate", "3"]).status == 2)
    #expect(try CLIRunner.run(["bench", "--docs", "seeds", "--rebuild"]).status == 2)
  }
}
