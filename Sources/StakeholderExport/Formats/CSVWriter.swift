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
    let table = ExportTable(g, metrics: (metrics ?? NodeMetrics()).completed(for: g))
    return files(table).map { ($0.name, $0.text.string) }
  }

  /// The three tables as bytes, from a shared export table.
  static func files(_ t: ExportTable) -> [(name: String, text: ByteText)] {
    [("nodes.csv", nodes(t)), ("edges.csv", edges(t)), ("metrics.csv", metricsTable(t))]
  }

  static func nodes(_ t: ExportTable) -> ByteText {
    let cols = t.nodeColumns.indices.filter { ExportTable.attributeColumns.contains(t.nodeColumns[$0].name) }
    var out = ByteText(capacity: t.nodes.count * 200)
    out.csvLine(["id"] + cols.map { t.nodeColumns[$0].name })
    for (e, v) in t.nodes { out.csvLine([e.id] + cols.map { v[$0]?.text ?? "" }) }
    return out
  }

  static func edges(_ t: ExportTable) -> ByteText {
    var out = ByteText(capacity: t.edges.count * 400)
    out.csvLine(["source", "target", "source_name", "target_name"] + t.edgeColumns.map(\.name))
    for (r, v, sourceName, targetName) in t.edges {
      out.csvLine([r.source, r.target, sourceName, targetName] + v.map { $0?.text ?? "" })
    }
    return out
  }

  static func metricsTable(_ t: ExportTable) -> ByteText {
    let cols = t.nodeColumns.indices.filter { !ExportTable.attributeColumns.contains(t.nodeColumns[$0].name) }
    var out = ByteText(capacity: t.nodes.count * 150)
    out.csvLine(["id", "name"] + cols.map { t.nodeColumns[$0].name })
    for (e, v) in t.nodes { out.csvLine([e.id, e.name] + cols.map { v[$0]?.text ?? "" }) }
    return out
  }
}
