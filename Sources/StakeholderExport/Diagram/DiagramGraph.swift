import StakeholderModel

/// A node as a view wants it drawn (an entity, or a synthetic node such as a sector).
struct DiagramNode: Equatable {
  /// The entity id, or a synthetic key ("sector:science").
  var key: String
  var label: String
  var kind: EntityKind?
  var sector: Sector?
  /// The hover text: name, kind, sector, role, key metrics.
  var title: String
  /// The raw value of the size metric (scaled by the writer).
  var size: Double
  /// Cluster key and label, when grouped.
  var group: (key: String, label: String)?
  /// The ego network's centre.
  var focus: Bool = false
  /// A position in inches to pin the node at (sector triangle).
  var pin: (x: Double, y: Double)?
  /// Classes beyond `kind-…` and `sector-…`.
  var classes: [String] = []

  static func == (a: DiagramNode, b: DiagramNode) -> Bool {
    a.key == b.key && a.label == b.label && a.title == b.title && a.size == b.size
      && a.group?.key == b.group?.key && a.focus == b.focus
  }
}

/// An edge as a view wants it drawn.
struct DiagramEdge: Equatable {
  var source: String
  var target: String
  /// The relation type; `nil` for aggregated ties (organization network, sector triangle).
  var type: RelationType?
  var weight: Int
  /// The hover text: type and the supporting sentence.
  var title: String
  /// A label drawn on the edge (counts in aggregated views).
  var label: String?
}

/// What a view produces: nodes and edges in a fixed order, and caption lines.
struct DiagramGraph {
  var view: String
  var nodes: [DiagramNode]
  var edges: [DiagramEdge]
  var caption: [String] = []
  /// Whether the edges form a part_of hierarchy (dot draws those best).
  var isHierarchy: Bool = false
}

/// Hover texts for entities and relations.
enum Tooltip {
  /// Longest name shown in a hover text; longer ones are cut with "…".
  static let maxName = 300

  static func cut(_ s: String, _ n: Int = maxName) -> String {
    s.count <= n ? s : String(s.prefix(n)) + "…"
  }

  /// "Name\nperson · science\nrole: …\nalso: …\ndegree 4 · betweenness 0.12\ncommunity 2".
  static func entity(_ e: Entity, metrics: NodeMetrics) -> String {
    var lines = [cut(e.name)]
    lines.append([e.kind.rawValue, e.sector?.label].compactMap { $0 }.joined(separator: " · "))
    if let role = e.role, !role.isEmpty { lines.append("role: " + cut(role)) }
    if !e.aliases.isEmpty {
      let shown = e.aliases.sorted().prefix(5).map { cut($0, 80) }
      lines.append("also: " + shown.joined(separator: ", ") + (e.aliases.count > 5 ? ", …" : ""))
    }
    let values = metrics.metricNames.compactMap { name in
      metrics.value(name, for: e.id).map { "\(name) \(Num.format($0, digits: 3))" }
    }
    if !values.isEmpty { lines.append(values.joined(separator: " · ")) }
    if let c = metrics.community[e.id] { lines.append("community \(c + 1)") }
    return lines.joined(separator: "\n")
  }

  /// "A → B: affiliated with (2 sentences)\n“first sentence”".
  static func relation(_ r: Relation, names: [String: Entity]) -> String {
    let a = cut(names[r.source]?.name ?? r.source, 80)
    let b = cut(names[r.target]?.name ?? r.target, 80)
    let arrow = r.type.isSymmetric ? "↔" : "→"
    var s = "\(a) \(arrow) \(b): \(Palette.label(r.type))"
    if r.evidence.count > 1 { s += " (\(r.evidence.count) sentences)" }
    if let first = r.evidence.first { s += "\n“" + cut(first.text, 400) + "”" }
    return s
  }
}
