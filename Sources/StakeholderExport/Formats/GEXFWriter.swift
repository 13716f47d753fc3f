import StakeholderModel

/// Writes GEXF 1.3 (gexf.net) for Gephi: typed attributes plus viz colours (by sector), sizes (by the
/// chosen metric) and shapes (by kind).
///
///     let xml = GEXFWriter.write(graph, metrics: metrics, sizeBy: "betweenness")
///
/// Every edge is directed, as in the JSON; partner_of (symmetric) runs from the smaller id to the larger.
/// (A mixed graph, partner_of with `type="undirected"`, is valid GEXF but networkx refuses to read it.)
public enum GEXFWriter {
  /// - Parameter sizeBy: metric the viz:size follows (4 … 40), degree when unknown.
  /// - Complexity: O(n·k + m) for k attributes.
  public static func write(_ graph: StakeholderGraph, metrics: NodeMetrics? = nil, sizeBy: String = "degree") -> String {
    let g = graph.normalized()
    let m = (metrics ?? NodeMetrics()).completed(for: g)
    return write(ExportTable(g, metrics: m), graph: g, metrics: m, sizeBy: sizeBy).string
  }

  /// The GEXF bytes of a shared export table (`graph` and completed `metrics` are the ones it was built from).
  static func write(_ table: ExportTable, graph g: StakeholderGraph, metrics m: NodeMetrics, sizeBy: String) -> ByteText {
    let metric = SizeMetric.effective(sizeBy, metrics: m)
    let sizes = g.entities.map { SizeMetric.value(metric, for: $0.id, metrics: m) }
    let lo = sizes.min() ?? 0, hi = sizes.max() ?? 0
    func gexfType(_ t: String) -> String {
      switch t {
      case "int": "integer"
      case "double": "double"
      default: "string"
      }
    }
    let nameColumn = ExportTable.index(of: "name", in: table.nodeColumns)
    let weightColumn = ExportTable.index(of: "weight", in: table.edgeColumns)
    var out = ByteText(capacity: table.nodes.count * 900 + table.edges.count * 600)
    out.add("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    out.add("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
      + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      + "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n")
    out.add("  <meta>\n    <creator>stakeholders</creator>\n")
    out.add("    <description>Stakeholder network: \(g.entities.count) entities, \(g.relations.count) relations, "
      + "\(g.documents.count) documents; node size by \(Escape.xml(metric)).</description>\n  </meta>\n")
    out.add("  <graph defaultedgetype=\"directed\" mode=\"static\">\n")
    out.add("    <attributes class=\"node\" mode=\"static\">\n")
    for (i, c) in table.nodeColumns.enumerated() where i != nameColumn {
      out.add("      <attribute id=\"n\(i)\" title=\"\(Escape.xml(c.name))\" type=\"\(gexfType(c.type))\"/>\n")
    }
    out.add("    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n")
    for (i, c) in table.edgeColumns.enumerated() where i != weightColumn {
      out.add("      <attribute id=\"e\(i)\" title=\"\(Escape.xml(c.name))\" type=\"\(gexfType(c.type))\"/>\n")
    }
    out.add("    </attributes>\n    <nodes>\n")
    for (k, (e, values)) in table.nodes.enumerated() {
      out.add("      <node id=\""); out.xml(e.id); out.add("\" label=\""); out.xml(e.name)
      out.add("\">\n        <attvalues>\n")
      for (i, v) in values.enumerated() where i != nameColumn {
        guard let v else { continue }
        out.add("          <attvalue for=\"n"); out.add(i); out.add("\" value=\""); out.xml(v.text); out.add("\"/>\n")
      }
      out.add("        </attvalues>\n")
      let (r, gr, b) = Palette.rgb(e.sector)
      out.add("        <viz:color r=\"\(r)\" g=\"\(gr)\" b=\"\(b)\" a=\"1.0\"/>\n")
      let t = hi > lo ? (sizes[k] - lo) / (hi - lo) : 0.5
      out.add("        <viz:size value=\"\(Num.format(4 + 36 * t.squareRoot(), digits: 2))\"/>\n")
      out.add("        <viz:shape value=\"\(Palette.gexfShape(e.kind))\"/>\n")
      out.add("      </node>\n")
    }
    out.add("    </nodes>\n    <edges>\n")
    for (k, edge) in table.edges.enumerated() {
      let rel = edge.relation
      out.add("      <edge id=\""); out.add(k); out.add("\" source=\""); out.xml(rel.source)
      out.add("\" target=\""); out.xml(rel.target); out.add("\" label=\""); out.add(rel.type.rawValue)
      out.add("\" weight=\""); out.add(rel.weight); out.add("\">\n        <attvalues>\n")
      for (i, v) in edge.values.enumerated() where i != weightColumn {
        guard let v else { continue }
        out.add("          <attvalue for=\"e"); out.add(i); out.add("\" value=\""); out.xml(v.text); out.add("\"/>\n")
      }
      out.add("        </attvalues>\n      </edge>\n")
    }
    out.add("    </edges>\n  </graph>\n</gexf>\n")
    return out
  }
}
