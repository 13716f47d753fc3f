import ArgumentParser
import Foundation
import StakeholderRendering

/// `stakeholders render`: DOT text (or a graph file) to SVG, PNG, PDF or laid-out DOT through libgvc.
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Render a DOT file through the Graphviz library to SVG, PNG, PDF or laid-out DOT.",
    discussion: """
      Layout and rendering run in-process through libgvc; no external program is started.
      The layout is seeded, so the same input gives the same bytes.

      Example:
        stakeholders render output/graph.dot --format svg --engine neato --out graph.svg
      """)

  @Argument(help: "A DOT file.")
  var input: String

  @Option(help: "Output format: svg, png, pdf or dot.")
  var format: String = "svg"

  @Option(help: "Layout engine: dot, neato, sfdp, fdp, circo, twopi.")
  var engine: String = "neato"

  @Option(help: "Output file (default: standard output).")
  var out: String?

  func run() throws {
    guard let fmt = RenderFormat(rawValue: format) else {
      throw ValidationError("unknown format '\(format)'; use svg, png, pdf or dot")
    }
    guard let eng = LayoutEngine(rawValue: engine) else {
      throw ValidationError("unknown engine '\(engine)'; use \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    let dot = try CLIInput.readText(input)
    let data: Data
    do { data = try GraphvizRenderer.shared.render(dot: dot, engine: eng, format: fmt) } catch {
      throw CLIError("\(input): \(error)")
    }
    try CLIOutput.write(data, to: out)
  }
}
