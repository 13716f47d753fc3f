import Foundation
import Testing
import StakeholderModel
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Runs the built `stakeholders analyze` on the seeds, as `make run` does.
@Suite("analyze seeds end to end", .serialized)
struct AnalyzeEndToEndTests {
  static let seeds = CLIRunner.packageRoot.appendingPathComponent("seeds").path

  @Test("writes every output file; the SVG is valid and shows entities from all five seeds")
  func analyzeSeeds() throws {
    let out = try CLIRunner.temporaryDirectory("analyze")
    defer { try? FileManager.default.removeItem(at: out) }
    let r = try CLIRunner.run(["analyze", Self.seeds, "--out", out.path, "--quiet"])
    #expect(r.status == 0, "stderr: \(r.stderr)")
    for name in ["graph.json", "graph.dot", "graph.svg", "report.md", "report.html", "metrics.csv",
                 "graph.graphml", "graph.gexf", "nodes.csv", "edges.csv", "brokers.csv"] {
      #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name) missing")
    }
    // No staging folder or temporary file is left behind.
    let left = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".") }
    #expect(left.isEmpty, "left behind: \(left)")

    let graph = try StakeholderGraph.read(from: out.appendingPathComponent("graph.json"))
    #expect(Set(graph.documents.map(\.id)).count == 5)
    let names = Set(graph.entities.map(\.name))
    // One or more entities a reader of each seed would expect.
    for expected in ["Urząd Marszałkowski Województwa Podlaskiego", "Artur Kosicki", "Piotr Kuczera",
                     "Patrycja Sass-Staniszewska", "Izba Gospodarki Elektronicznej", "Rybnik", "Stalowa Wola",
                     "Związek Miast Polskich", "Daniel Wrzoszczyk", "Silesian University of Technology"] {
      #expect(names.contains(expected), "missing entity \(expected)")
    }
    let kuczera = graph.entities.first { $0.name == "Piotr Kuczera" }
    #expect(kuczera?.kind == .person)
    #expect(kuczera?.role?.lowercased().contains("prezydent") == true)
    #expect(kuczera?.aliases.contains("Piotra Kuczerę") == true)
    // Every seed contributes at least one entity mention.
    let mentioned = Set(graph.entities.flatMap { $0.mentions.map(\.document) })
    #expect(mentioned.count == 5)

    let svgData = try Data(contentsOf: out.appendingPathComponent("graph.svg"))
    _ = try XMLDocument(data: svgData)
    let svg = String(decoding: svgData, as: UTF8.self)
    #expect(svg.contains("viewBox"))
    for label in ["Piotr Kuczera", "Rybnik", "Izba Gospodarki", "Urząd Marszałkowski"] {
      #expect(svg.contains(label), "SVG lacks \(label)")
    }
    let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
    #expect(html.contains("<svg"))
    #expect(html.contains("Piotr Kuczera"))
    let md = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
    #expect(md.contains("graph.svg"))
  }

  @Test("a second run over the same output gives identical bytes")
  func deterministic() throws {
    let a = try CLIRunner.temporaryDirectory("det-a")
    let b = try CLIRunner.temporaryDirectory("det-b")
    defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
    #expect(try CLIRunner.run(["analyze", Self.seeds, "--out", a.path, "--quiet"]).status == 0)
    #expect(try CLIRunner.run(["analyze", Self.seeds, "--out", b.path, "--quiet"]).status == 0)
    let files = try FileManager.default.contentsOfDirectory(atPath: a.path).sorted()
    #expect(try FileManager.default.contentsOfDirectory(atPath: b.path).sorted() == files)
    for f in files {
      let x = try Data(contentsOf: a.appendingPathComponent(f))
      let y = try Data(contentsOf: b.appendingPathComponent(f))
      #expect(x == y, "\(f) differs between runs")
    }
  }

  @Test("a graph file is accepted in place of documents")
  func graphInput() throws {
    let a = try CLIRunner.temporaryDirectory("graph-in")
    defer { try? FileManager.default.removeItem(at: a) }
    #expect(try CLIRunner.run(["extract", Self.seeds, "--out", a.appendingPathComponent("g.json").path]).status == 0)
    let r = try CLIRunner.run(["analyze", a.appendingPathComponent("g.json").path, "--out", a.appendingPathComponent("out").path, "--quiet"])
    #expect(r.status == 0, "stderr: \(r.stderr)")
    #expect(FileManager.default.fileExists(atPath: a.appendingPathComponent("out/report.html").path))
  }
}
