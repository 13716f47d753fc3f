import StakeholderModel

/// Errors in choosing what to draw.
public enum DiagramError: Error, CustomStringConvertible, Equatable {
  /// No entity has this name, alias or id.
  case focusNotFound(String, suggestions: [String])
  /// Several entities share this name; their ids are listed.
  case focusAmbiguous(String, candidates: [String])

  public var description: String {
    switch self {
    case .focusNotFound(let n, let s):
      "no entity named '\(n)'" + (s.isEmpty ? "" : "; did you mean: \(s.joined(separator: ", "))?")
    case .focusAmbiguous(let n, let c):
      "'\(n)' names several entities; give one of these ids: \(c.joined(separator: ", "))"
    }
  }
}

/// The ego network: an entity and everything within `depth` ties of it.
enum EgoView {
  /// Finds the entity `name` refers to: an id, else a name or alias (case-insensitive), else a unique
  /// entity whose name contains it.
  static func resolve(_ name: String, in graph: StakeholderGraph) throws -> Entity {
    if let e = graph.entities.first(where: { $0.id == name }) { return e }
    let needle = name.lowercased()
    let exact = graph.entities.filter { $0.allNames.contains { $0.lowercased() == needle } }.sorted { $0.id < $1.id }
    if exact.count == 1 { return exact[0] }
    if exact.count > 1 { throw DiagramError.focusAmbiguous(name, candidates: exact.map(\.id)) }
    let partial = graph.entities.filter { $0.allNames.contains { $0.lowercased().contains(needle) } }
      .sorted { $0.id < $1.id }
    if partial.count == 1 { return partial[0] }
    if partial.count > 1 { throw DiagramError.focusAmbiguous(name, candidates: partial.prefix(10).map(\.id)) }
    throw DiagramError.focusNotFound(name, suggestions: [])
  }

  static func build(
    _ graph: StakeholderGraph, metrics: NodeMetrics, focus: String, depth: Int, sizeBy: String,
    grouping: DiagramStyle.Grouping
  ) throws -> DiagramGraph {
    let centre = try resolve(focus, in: graph)
    let ids = Adjacency(graph).ball(around: centre.id, depth: max(0, depth))
    var d = WholeGraphView.build(graph, metrics: metrics, sizeBy: sizeBy, grouping: grouping, only: ids)
    for i in d.nodes.indices where d.nodes[i].key == centre.id {
      d.nodes[i].focus = true
      d.nodes[i].classes.append("focus")
    }
    d.view = "ego"
    d.caption.append("Ego network of \(centre.name): \(ids.count) entities within \(depth) step\(depth == 1 ? "" : "s").")
    return d
  }
}
