import Foundation
import StakeholderModel
import Testing
@testable import StakeholderExport

@Suite("Output writer")
struct OutputWriterTests {
  /// Stands in for Graphviz: an SVG with one group per node id found in the DOT, or bytes for PNG.
  static let fakeRender: OutputWriter.Render = { dot, engine, format, seed in
    if format == "png" { return Data([0x89, 0x50, 0x4E, 0x47] + Array("\(engine)-\(seed)".utf8)) }
    var svg = "<?xml version=\"1.0\"?>\n<svg width=\"10pt\" height=\"10pt\"\n viewBox=\"0 0 10 10\">\n"
    for l in dot.split(separator: "\n") where l.contains("[id=\"n-") {
      let id = l.components(separatedBy: "[id=\"")[1].components(separatedBy: "\"")[0]
      svg += "<g id=\"\(id)\" class=\"node\">\n<title>n</title>\n</g>\n"
    }
    return Data((svg + "</svg>\n").utf8)
  }

  @Test("writes every file, atomically, with the same bytes on a second run")
  func writeAll() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sg-out-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    let writer = OutputWriter(render: Self.fakeRender)
    let g = try TestGraphs.regional()
    let written = try writer.writeAll(graph: g, metrics: nil, summary: nil, to: dir)
    #expect(written == OutputWriter.fileNames)
    let listing = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    #expect(listing == OutputWriter.fileNames.sorted())  // no temporary files left
    let first = try written.map { try Data(contentsOf: dir.appendingPathComponent($0)) }
    _ = try writer.writeAll(graph: g, metrics: nil, summary: nil, to: dir)
    let second = try written.map { try Data(contentsOf: dir.appendingPathComponent($0)) }
    #expect(first == second)
    let svg = String(decoding: try Data(contentsOf: dir.appendingPathComponent("graph.svg")), as: UTF8.self)
    #expect(!svg.contains("width=\"10pt\""))
    #expect(svg.contains("<title>Anna Kowalska\nperson · local government"))
    #expect(try StakeholderGraph.read(from: dir.appendingPathComponent("graph.json")) == g.normalized())
  }

  @Test("a failing renderer writes nothing")
  func failure() throws {
    struct Boom: Error {}
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sg-out-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    let writer = OutputWriter(render: { _, _, _, _ in throw Boom() })
    #expect(throws: Boom.self) { try writer.writeAll(graph: TestGraphs.tiny, to: dir) }
    #expect(!FileManager.default.fileExists(atPath: dir.path))
  }
}
