import StakeholderModel

/// The attribute columns every tabular export shares, so GraphML, GEXF and CSV say the same things.
/// Built once per output run and shared by the three writers.
struct ExportTable: Sendable {
  /// A typed attribute value.
  enum Value: Equatable, Sendable {
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
  struct Column: Equatable, Sendable {
    var name: String
    var type: String
  }

  var nodeColumns: [Column]
  var edgeColumns: [Column]
  /// (entity, one value per node column; nil means no value)
  var nodes: [(entity: Entity, values: [Value?])]
  /// (relation, one value per edge column, and the endpoints' names)
  var edges: [(relation: Relation, values: [Value?], sourceName: String, targetName: String)]

  /// The names of the columns the CSV node table lists (the rest go to the metrics table).
  static let attributeColumns: Set<String> = ["name", "kind", "sector", "role", "aliases", "mentions", "documents"]

  /// Builds the table from a normalised graph and (completed) metrics.
  /// - Complexity: O(n·k + total evidence) for k node columns.
  init(_ graph: StakeholderGraph, metrics: NodeMetrics) {
    let roles = metrics.brokerRoleNames
    nodeColumns = [
      Column(name: "name", type: "string"), Column(name: "kind", type: "string"),
      Column(name: "sector", type: "string"), Column(name: "role", type: "string"),
      Column(name: "aliases", type: "string"), Column(name: "mentions", type: "int"),
      Column(name: "documents", type: "int"),
    ] + metrics.metricNames.map { Column(name: $0, type: "double") }
    let hasCommunity = !metrics.community.isEmpty
    if hasCommunity { nodeColumns.append(Column(name: "community", type: "int")) }
    nodeColumns += roles.map { Column(name: "broker_" + $0, type: "int") }
    edgeColumns = [
      Column(name: "type", type: "string"), Column(name: "weight", type: "int"),
      Column(name: "evidence_count", type: "int"), Column(name: "documents", type: "string"),
      Column(name: "evidence", type: "string"),
    ]
    nodes = graph.entities.map { e in
      var v: [Value?] = [
        .string(e.name), .string(e.kind.rawValue), e.sector.map { .string($0.rawValue) }, e.role.map { .string($0) },
        .string(e.aliases.joined(separator: "; ")), .int(e.mentions.count), .int(Self.distinctCount(e.mentions.map(\.document))),
      ]
      let values = metrics.values[e.id]
      for name in metrics.metricNames { v.append(values?[name].map { .double($0) }) }
      if hasCommunity { v.append(metrics.community[e.id].map { .int($0) }) }
      let brokerage = metrics.brokerRoles[e.id]
      for role in roles { v.append(brokerage?[role].map { .int($0) }) }
      return (e, v)
    }
    var names: [String: String] = [:]
    names.reserveCapacity(graph.entities.count)
    for e in graph.entities where names[e.id] == nil { names[e.id] = e.name }
    edges = graph.relations.map { r in
      let documents = Self.distinctSorted(r.evidence.map(\.document)).joined(separator: "; ")
      let v: [Value?] = [
        .string(r.type.rawValue), .int(r.weight), .int(r.evidence.count), .string(documents),
        r.evidence.first.map { .string($0.text) },
      ]
      return (r, v, names[r.source] ?? "", names[r.target] ?? "")
    }
  }

  /// The index of the column named `name` among `columns`.
  static func index(of name: String, in columns: [Column]) -> Int? { columns.firstIndex { $0.name == name } }

  /// Distinct strings in sorted order (lists are short; sorting beats hashing).
  private static func distinctSorted(_ items: [String]) -> [String] {
    var out: [String] = []
    for s in items.sorted() where out.last != s { out.append(s) }
    return out
  }

  private static func distinctCount(_ items: [String]) -> Int { distinctSorted(items).count }
}
