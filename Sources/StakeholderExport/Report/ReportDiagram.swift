/// A rendered diagram for a report: its heading, the finished SVG, the file it is saved as (for the
/// Markdown report) and the ``Diagram`` it came from (for the HTML report's highlighting).
public struct ReportDiagram: Sendable {
  public var heading: String
  /// Finished SVG text (``Diagram/finishSVG(_:)``).
  public var svg: String
  /// File name relative to the report ("graph.svg").
  public var file: String
  public var diagram: Diagram?

  public init(heading: String, svg: String, file: String, diagram: Diagram? = nil) {
    self.heading = heading
    self.svg = svg
    self.file = file
    self.diagram = diagram
  }
}
