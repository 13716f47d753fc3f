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
    return write(ExportTable(g, metrics: (metrics ?? NodeMetrics()).completed(for: g))).string
  }

  /// The GraphML bytes of a shared export table.
  static func write(_ table: ExportTable) -> ByteText {
    var out = ByteText(capacity: table.nodes.count * 600 + table.edges.count * 500)
    out.add("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    out.add("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      + "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n")
    for (i, c) in table.nodeColumns.enumerated() {
      out.add("  <key id=\"n\(i)\" for=\"node\" attr.name=\"\(Escape.xml(c.name))\" attr.type=\"\(c.type)\"/>\n")
    }
    for (i, c) in table.edgeColumns.enumerated() {
      out.add("  <key id=\"e\(i)\" for=\"edge\" attr.name=\"\(Escape.xml(c.name))\" attr.type=\"\(c.type)\"/>\n")
    }
    out.add("  <graph id=\"stakeholders\" edgedefault=\"directed\">\n")
    for (e, values) in table.nodes {
      out.add("    <node id=\""); out.xml(e.id); out.add("\">\n")
      for (i, v) in values.enumerated() {
        guard let v else { continue }
        out.add("      <data key=\"n"); out.add(i); out.add("\">"); out.xml(v.text); out.add("</data>\n")
      }
      out.add("    </node>\n")
    }
    for (k, edge) in table.edges.enumerated() {
      out.add("    <edge id=\"e"); out.add(k); out.add("\" source=\""); out.xml(edge.relation.source)
      out.add("\" target=\""); out.xml(edge.relation.target); out.add("\">\n")
      for (i, v) in edge.values.enumerated() {
        guard let v else { continue }
        out.add("      <data key=\"e"); out.add(i); out.add("\">"); out.xml(v.text); out.add("</data>\n")
      }
      out.add("    </edge>\n")
    }
    out.add("  </graph>\n</graphml>\n")
    return out
  }
}
