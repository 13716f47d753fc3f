import Foundation
import Testing

/// `stakeholders render` and `stakeholders export` end to end (the built executable).
@Suite("render and export commands", .serialized)
struct ExportRenderCLITests {
  static let fixture = CLIRunner.packageRoot.appendingPathComponent("Tests/Fixtures/regional-graph.json").path

  @Test("render draws a graph JSON to SVG with titles and no fixed size; the same bytes twice")
  func renderSVG() throws {
    let dir = try CLIRunner.temporaryDirectory("render")
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("g.svg").path
    let r = try CLIRunner.run(["render", Self.fixture, "--out", out])
    #expect(r.status == 0, "\(r.stderr)")
    let first = try Data(contentsOf: URL(fileURLWithPath: out))
    let svg = String(decoding: first, as: UTF8.self)
    #expect(svg.contains("viewBox") && !svg.contains("<svg width"))
    #expect(svg.contains("<title>Anna Kowalska\nperson · local government"))
    _ = try CLIRunner.run(["render", Self.fixture, "--out", out])
    #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == first)
  }

  @Test("render: ego view, PNG with dpi, and errors that name the problem")
  func renderOptions() throws {
    let dir = try CLIRunner.temporaryDirectory("render-opt")
    defer { try? FileManager.default.removeItem(at: dir) }
    let png = dir.appendingPathComponent("ego.png").path
    let ok = try CLIRunner.run(["render", Self.fixture, "--view", "ego", "--focus", "Ewa Nowak", "--depth", "2",
                                "--format", "png", "--dpi", "50", "--out", png])
    #expect(ok.status == 0, "\(ok.stderr)")
    #expect(try Array(Data(contentsOf: URL(fileURLWithPath: png)).prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
    let missing = try CLIRunner.run(["render", Self.fixture, "--view", "ego", "--focus", "Nobody"])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("regional-graph.json") && missing.stderr.contains("no entity named 'Nobody'"))
    let badView = try CLIRunner.run(["render", Self.fixture, "--view", "sideways"])
    #expect(badView.status == 2)
    let dot = try CLIRunner.run(["render", Self.fixture, "--format", "dot", "--view", "sector-triangle"])
    #expect(dot.status == 0 && dot.stdout.contains("pos="))
  }

  @Test("export writes GraphML, GEXF, JSON, DOT to stdout or a file, CSV and all to a folder")
  func export() throws {
    let dir = try CLIRunner.temporaryDirectory("export")
    defer { try? FileManager.default.removeItem(at: dir) }
    for (format, marker) in [("graphml", "<graphml"), ("gexf", "<gexf"), ("json", "\"entities\""), ("dot", "digraph")] {
      let r = try CLIRunner.run(["export", Self.fixture, "--format", format])
      #expect(r.status == 0 && r.stdout.contains(marker), "\(format): \(r.stderr)")
    }
    let csvDir = dir.appendingPathComponent("csv")
    #expect(try CLIRunner.run(["export", Self.fixture, "--format", "csv", "--out", csvDir.path]).status == 0)
    #expect(Set(try FileManager.default.contentsOfDirectory(atPath: csvDir.path)) == ["nodes.csv", "edges.csv", "metrics.csv"])
    #expect(try CLIRunner.run(["export", Self.fixture, "--format", "csv"]).status == 2)
    let all = dir.appendingPathComponent("all")
    let r = try CLIRunner.run(["export", Self.fixture, "--format", "all", "--out", all.path])
    #expect(r.status == 0, "\(r.stderr)")
    for name in ["graph.svg", "report.html", "report.md", "graph.graphml", "graph.gexf", "organizations.svg", "sector-triangle.svg"] {
      #expect(FileManager.default.fileExists(atPath: all.appendingPathComponent(name).path), "\(name)")
    }
    let bad = try CLIRunner.run(["export", Self.fixture, "--format", "xlsx"])
    #expect(bad.status == 2)
  }
}

@Suite("export --format neo4j")
struct Neo4jExportCLITests {
  @Test("writes the import files with neo4j-admin headers into the folder")
  func neo4j() throws {
    let dir = try CLIRunner.temporaryDirectory("neo4j")
    defer { try? FileManager.default.removeItem(at: dir) }
    let graph = CLIRunner.packageRoot.appendingPathComponent("Tests/Fixtures/regional-graph.json").path
    let r = try CLIRunner.run(["export", graph, "--format", "neo4j", "--out", dir.path])
    #expect(r.status == 0, "stderr: \(r.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    #expect(files.contains("constraints.cypher"))
    let csvs = files.filter { $0.hasSuffix(".csv") }
    #expect(!csvs.isEmpty)
    let headers = try csvs.map { try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8).prefix { $0 != "\n" } }
    #expect(headers.contains { $0.contains(":ID") })
    #expect(headers.contains { $0.contains(":START_ID") && $0.contains(":END_ID") && $0.contains(":TYPE") })
  }

  @Test("without a folder it is a usage error")
  func needsFolder() throws {
    let graph = CLIRunner.packageRoot.appendingPathComponent("Tests/Fixtures/regional-graph.json").path
    #expect(try CLIRunner.run(["export", graph, "--format", "neo4j"]).status == 2)
  }
}
