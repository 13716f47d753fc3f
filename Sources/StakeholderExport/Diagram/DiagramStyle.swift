import StakeholderModel

/// What a diagram shows and how: the view, node sizes, grouping, size limit, engine and output details.
///
///     var style = DiagramStyle()
///     style.view = .ego(focus: "Piotr Kuczera", depth: 2)
///     style.sizeBy = "betweenness"
///     let diagram = try DOTWriter.diagram(of: graph, metrics: metrics, style: style)
public struct DiagramStyle: Sendable, Equatable {
  /// Which part of the graph to draw.
  public enum View: Sendable, Equatable {
    /// Every entity and relation.
    case whole
    /// Organizations only, tied by the people, projects and events they share and by direct ties.
    case organizations
    /// Three sector nodes (plus "other sectors") with the number of ties between and within.
    case sectorTriangle
    /// Everything within `depth` steps of the entity named `focus` (name, alias or id).
    case ego(focus: String, depth: Int)

    /// A short name for ids and file names ("whole", "organizations", "sector-triangle", "ego").
    public var name: String {
      switch self {
      case .whole: "whole"
      case .organizations: "organizations"
      case .sectorTriangle: "sector-triangle"
      case .ego: "ego"
      }
    }
  }

  /// How nodes are put into clusters.
  public enum Grouping: String, Sendable, CaseIterable {
    case none, community, sector
  }

  public var view: View = .whole
  /// The metric node sizes follow (a name in ``NodeMetrics/metricNames``; falls back to degree).
  public var sizeBy: String = "degree"
  public var groupBy: Grouping = .none
  /// At most this many entities are drawn; above it the most central by ``sizeBy`` are kept and
  /// the caption says so. Keeps a default run well under a minute (neato ≈ 6 s at 1,000 nodes).
  public var maxNodes: Int = 150
  /// A Graphviz engine name; `nil` picks one by size and shape (see ``EngineChoice``).
  public var engine: String?
  /// Resolution for PNG output; `nil` keeps Graphviz's 96.
  public var dpi: Double?
  /// Keep Graphviz's width/height in points on the `<svg>` element (off: only a viewBox, so it scales).
  public var fixedSize: Bool = false
  /// Seed of the layout (`start` attribute and the C random generators).
  public var seed: Int = 1
  /// A title drawn above the legend.
  public var title: String?

  public init() {}
}
