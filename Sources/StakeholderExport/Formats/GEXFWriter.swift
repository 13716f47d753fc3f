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
    let table = ExportTable(g, metrics: m)
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
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out += "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
      + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      + "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
    out += "  <meta>\n    <creator>stakeholders</creator>\n"
    out += "    <description>Stakeholder network: \(g.entities.count) entities, \(g.relations.count) relations, "
      + "\(g.documents.count) documents; node size by \(Escape.xml(metric)).</description>\n  </meta>\n"
    out += "  <graph defaultedgetype=\"directed\" mode=\"static\">\n"
    out += "    <attributes class=\"node\" mode=\"static\">\n"
    for (i, c) in table.nodeColumns.enumerated() where c.name != "name" {
      out += "      <attribute id=\"n\(i)\" title=\"\(Escape.xml(c.name))\" type=\"\(gexfType(c.type))\"/>\n"
    }
    out += "    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n"
    for (i, c) in table.edgeColumns.enumerated() where c.name != "weight" {
      out += "      <attribute id=\"e\(i)\" title=\"\(Escape.xml(c.name))\" type=\"\(gexfType(c.type))\"/>\n"
    }
    out += "    </attributes>\n    <nodes>\n"
    for (k, (e, values)) in table.nodes.enumerated() {
      out += "      <node id=\"\(Escape.xml(e.id))\" label=\"\(Escape.xml(e.name))\">\n        <attvalues>\n"
      for (i, c) in table.nodeColumns.enumerated() where c.name != "name" {
        if let v = values[c.name] { out += "          <attvalue for=\"n\(i)\" value=\"\(Escape.xml(v.text))\"/>\n" }
      }
      out += "        </attvalues>\n"
      let (r, gr, b) = Palette.rgb(e.sector)
      out += "        <viz:color r=\"\(r)\" g=\"\(gr)\" b=\"\(b)\" a=\"1.0\"/>\n"
      let t = hi > lo ? (sizes[k] - lo) / (hi - lo) : 0.5
      out += "        <viz:size value=\"\(Num.format(4 + 36 * t.squareRoot(), digits: 2))\"/>\n"
      out += "        <viz:shape value=\"\(Palette.gexfShape(e.kind))\"/>\n"
      out += "      </node>\n"
    }
    out += "    </nodes>\n    <edges>\n"
    for (k, (rel, values)) in table.edges.enumerated() {
      out += "      <edge id=\"\(k)\" source=\"\(Escape.xml(rel.source))\" target=\"\(Escape.xml(rel.target))\""
        + " label=\"\(rel.type.rawValue)\" weight=\"\(rel.weight)\">\n        <attvalues>\n"
      for (i, c) in table.edgeColumns.enumerated() where c.name != "weight" {
        if let v = values[c.name] { out += "          <attvalue for=\"e\(i)\" value=\"\(Escape.xml(v.text))\"/>\n" }
      }
      out += "        </attvalues>\n      </edge>\n"
    }
    out += "    </edges>\n  </graph>\n</gexf>\n"
    return out
  }
}
