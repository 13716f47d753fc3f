import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import StakeholderRendering

/// Graphviz is not thread-safe; the renderer serialises calls, and this suite runs serially too.
@Suite("Graphviz renderer", .serialized)
struct GraphvizRendererTests {
  let dot = """
    graph G {
      node [fontname="DejaVu Sans"];
      a [label="Urząd Marszałkowski Województwa Śląskiego"];
      b [label="Politechnika Śląska"];
      c [label="Łukasiewicz"];
      a -- b; b -- c;
    }
    """

  @Test("renders SVG in-process with labels and Polish letters intact")
  func svg() throws {
    let data = try GraphvizRenderer.shared.render(dot: dot, engine: .neato, format: .svg)
    let svg = String(decoding: data, as: UTF8.self)
    #expect(svg.contains("<svg"))
    #expect(svg.contains("</svg>"))
    #expect(svg.contains("Urząd Marszałkowski Województwa Śląskiego"))
    #expect(svg.contains("Łukasiewicz"))
    // The SVG is well-formed XML.
    _ = try XMLDocument(data: data)
  }

  @Test("the same DOT gives the same bytes, also with sfdp")
  func deterministic() throws {
    for engine in [LayoutEngine.neato, .sfdp, .dot] {
      let first = try GraphvizRenderer.shared.render(dot: dot, engine: engine, format: .svg)
      let second = try GraphvizRenderer.shared.render(dot: dot, engine: engine, format: .svg)
      #expect(first == second, "engine \(engine)")
    }
  }

  @Test("PNG and PDF come out with their magic numbers")
  func binaryFormats() throws {
    let png = try GraphvizRenderer.shared.render(dot: dot, engine: .dot, format: .png)
    #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
    let pdf = try GraphvizRenderer.shared.render(dot: dot, engine: .dot, format: .pdf)
    #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
  }

  @Test("a bad DOT string gives an error carrying Graphviz's message")
  func badDOT() {
    do {
      _ = try GraphvizRenderer.shared.render(dot: "graph { a -- ; }}", engine: .dot, format: .svg)
      Issue.record("rendering should fail")
    } catch let RenderError.invalidDOT(message) {
      #expect(message.contains("syntax error"))
      #expect(message.contains("line"))
    } catch { Issue.record("unexpected error \(error)") }
  }
}
