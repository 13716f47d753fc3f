import Foundation
import Testing

/// `stakeholders analyze` keeps the project store in --out and re-uses it.
@Suite("analyze with the project store")
struct AnalyzeStoreTests {
  @Test("a re-run reuses every document, gives the same graph, and --rebuild / --no-store behave")
  func incremental() throws {
    let dir = try CLIRunner.temporaryDirectory("analyze-store")
    defer { try? FileManager.default.removeItem(at: dir) }
    let corpus = dir.appendingPathComponent("corpus")
    try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("seeds"), to: corpus)
    let out = dir.appendingPathComponent("out")
    func analyze(_ extra: [String] = []) throws -> CLIRunner.Result {
      let r = try CLIRunner.run(["analyze", corpus.path, "--out", out.path, "--verbose"] + extra)
      #expect(r.status == 0, "\(r.stderr)")
      return r
    }
    let graphFile = out.appendingPathComponent("graph.json")

    let first = try analyze()
    #expect(first.stderr.contains("5 extracted, 0 reused, 0 removed"))
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("stakeholders.sqlite").path))
    let firstGraph = try Data(contentsOf: graphFile)

    let second = try analyze()
    #expect(second.stderr.contains("0 extracted, 5 reused, 0 removed"))
    #expect(try Data(contentsOf: graphFile) == firstGraph)

    let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted()
    try FileManager.default.removeItem(at: corpus.appendingPathComponent(files[0]))
    let third = try analyze()
    #expect(third.stderr.contains("0 extracted, 4 reused, 1 removed"))
    #expect(try Data(contentsOf: graphFile) != firstGraph)

    let rebuilt = try analyze(["--rebuild"])
    #expect(rebuilt.stderr.contains("4 extracted, 0 reused, 0 removed (rebuild)"))

    let noStore = dir.appendingPathComponent("plain")
    let plain = try CLIRunner.run(["analyze", corpus.path, "--out", noStore.path, "--no-store"])
    #expect(plain.status == 0, "\(plain.stderr)")
    #expect(!FileManager.default.fileExists(atPath: noStore.appendingPathComponent("stakeholders.sqlite").path))
    #expect(try Data(contentsOf: noStore.appendingPathComponent("graph.json")) == Data(contentsOf: graphFile))
  }
}
