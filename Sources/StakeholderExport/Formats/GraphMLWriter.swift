import StakeholderModel

/// Writes GraphML (graphml.graphdrawing.org) with typed attributes, for networkx, Gephi, yEd and Cytoscape.
///
///     let xml = GraphMLWriter.write(graph, metrics: metrics)
///     // python: networkx.read_graphml("graph.graphml") gives the same nodes, edges and attributes
///
/// Nodes carry name, kind, sector, role, aliases ("; "-joined), mention and document counts, every metric
/// (double), the community (int) and broker-role counts; edges carry type, weight, evidence count,
/// documents and the first supporting sentence. Absent values are left out rather than written empty.
/// The graph is directed (partner_of, the one symmetric type, is written once, source < target).
public enum GraphMLWriter {
  /// - Complexity: O(n·k + m) for k attributes.
  public static func write(_ graph: StakeholderGraph, metrics: NodeMetrics? = nil) -> String {
    let g = graph.normalized()
    let m = (metrics ?? NodeMetrics()).completed(for: g)
    let table = ExportTable(g, metrics: m)
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      + "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
    for (i, c) in table.nodeColumns.enumerated() {
      out += "  <key id=\"n\(i)\" for=\"node\" attr.name=\"\(Escape.xml(c.name))\" attr.type=\"\(c.type)\"/>\n"
    }
    for (i, c) in table.edgeColumns.enumerated() {
      out += "  <key id=\"e\(i)\" for=\"edge\" attr.name=\"\(Escape.xml(c.name))\" attr.type=\"\(c.type)\"/>\n"
    }
    out += "  <graph id=\"stakeholders\" edgedefault=\"directed\">\n"
    for (e, values) in table.nodes {
      out += "    <node id=\"\(Escape.xml(e.id))\">\n"
      for (i, c) in table.nodeColumns.enumerated() {
        if let v = values[c.name] { out += "      <data key=\"n\(i)\">\(Escape.xml(v.text))</data>\n" }
      }
      out += "    </node>\n"
    }
    for (k, (r, values)) in table.edges.enumerated() {
      out += "    <edge id=\"e\(k)\" source=\"\(Escape.xml(r.source))\" target=\"\(Escape.xml(r.target))\">\n"
      for (i, c) in table.edgeColumns.enumerated() {
        if let v = values[c.name] { out += "      <data key=\"e\(i)\">\(Escape.xml(v.text))</data>\n" }
      }
      out += "    </edge>\n"
    }
    out += "  </graph>\n</graphml>\n"
    return out
  }
}
