import StakeholderModel

/// Writes the graph as three CSV tables (RFC 4180, UTF-8, LF line ends) for spreadsheets:
/// `nodes.csv` (attributes), `edges.csv` (relations) and `metrics.csv` (numbers per entity).
///
///     for (name, text) in CSVWriter.files(graph, metrics: metrics) { … }
///
/// Every field goes through ``Escape/csv(_:)``: quoted where needed, and a leading `=`, `+`, `-`, `@`
/// neutralised so a spreadsheet does not run it as a formula.
public enum CSVWriter {
  /// File name → contents, in a fixed order.
  public static func files(_ graph: StakeholderGraph, metrics: NodeMetrics? = nil) -> [(name: String, text: String)] {
    let g = graph.normalized()
    let m = (metrics ?? NodeMetrics()).completed(for: g)
    let t = ExportTable(g, metrics: m)
    return [("nodes.csv", nodes(t)), ("edges.csv", edges(t, g)), ("metrics.csv", metricsTable(t))]
  }

  static func line(_ fields: [String]) -> String { fields.map(Escape.csv).joined(separator: ",") + "\n" }

  static func nodes(_ t: ExportTable) -> String {
    let cols = ["name", "kind", "sector", "role", "aliases", "mentions", "documents"]
    var out = line(["id"] + cols)
    for (e, v) in t.nodes { out += line([e.id] + cols.map { v[$0]?.text ?? "" }) }
    return out
  }

  static func edges(_ t: ExportTable, _ g: StakeholderGraph) -> String {
    let names = g.entitiesByID
    let cols = t.edgeColumns.map(\.name)
    var out = line(["source", "target", "source_name", "target_name"] + cols)
    for (r, v) in t.edges {
      out += line([r.source, r.target, names[r.source]?.name ?? "", names[r.target]?.name ?? ""] + cols.map { v[$0]?.text ?? "" })
    }
    return out
  }

  static func metricsTable(_ t: ExportTable) -> String {
    let fixed: Set<String> = ["name", "kind", "sector", "role", "aliases", "mentions", "documents"]
    let cols = t.nodeColumns.map(\.name).filter { !fixed.contains($0) }
    var out = line(["id", "name"] + cols)
    for (e, v) in t.nodes { out += line([e.id, e.name] + cols.map { v[$0]?.text ?? "" }) }
    return out
  }
}
