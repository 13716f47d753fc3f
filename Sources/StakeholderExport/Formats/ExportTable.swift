import StakeholderModel

/// The attribute columns every tabular export shares, so GraphML, GEXF and CSV say the same things.
struct ExportTable {
  /// A typed attribute value.
  enum Value: Equatable {
    case string(String), int(Int), double(Double)

    var text: String {
      switch self {
      case .string(let s): s
      case .int(let i): String(i)
      case .double(let d): Num.field(d)
      }
    }
  }

  /// A column: its name and type ("string", "int", "double").
  struct Column: Equatable {
    var name: String
    var type: String
  }

  var nodeColumns: [Column]
  var edgeColumns: [Column]
  /// (entity, values by column name; a missing key means no value)
  var nodes: [(entity: Entity, values: [String: Value])]
  var edges: [(relation: Relation, values: [String: Value])]

  /// Builds the table from a normalised graph and (completed) metrics.
  init(_ graph: StakeholderGraph, metrics: NodeMetrics) {
    let roles = metrics.brokerRoleNames
    nodeColumns = [
      Column(name: "name", type: "string"), Column(name: "kind", type: "string"),
      Column(name: "sector", type: "string"), Column(name: "role", type: "string"),
      Column(name: "aliases", type: "string"), Column(name: "mentions", type: "int"),
      Column(name: "documents", type: "int"),
    ] + metrics.metricNames.map { Column(name: $0, type: "double") }
    if !metrics.community.isEmpty { nodeColumns.append(Column(name: "community", type: "int")) }
    nodeColumns += roles.map { Column(name: "broker_" + $0, type: "int") }
    edgeColumns = [
      Column(name: "type", type: "string"), Column(name: "weight", type: "int"),
      Column(name: "evidence_count", type: "int"), Column(name: "documents", type: "string"),
      Column(name: "evidence", type: "string"),
    ]
    nodes = graph.entities.map { e in
      var v: [String: Value] = [
        "name": .string(e.name), "kind": .string(e.kind.rawValue), "aliases": .string(e.aliases.joined(separator: "; ")),
        "mentions": .int(e.mentions.count), "documents": .int(Set(e.mentions.map(\.document)).count),
      ]
      if let s = e.sector { v["sector"] = .string(s.rawValue) }
      if let r = e.role { v["role"] = .string(r) }
      for name in metrics.metricNames { if let x = metrics.value(name, for: e.id) { v[name] = .double(x) } }
      if let c = metrics.community[e.id] { v["community"] = .int(c) }
      for role in roles { if let n = metrics.brokerRoles[e.id]?[role] { v["broker_" + role] = .int(n) } }
      return (e, v)
    }
    edges = graph.relations.map { r in
      var v: [String: Value] = [
        "type": .string(r.type.rawValue), "weight": .int(r.weight), "evidence_count": .int(r.evidence.count),
        "documents": .string(Array(Set(r.evidence.map(\.document))).sorted().joined(separator: "; ")),
      ]
      if let first = r.evidence.first { v["evidence"] = .string(first.text) }
      return (r, v)
    }
  }
}
