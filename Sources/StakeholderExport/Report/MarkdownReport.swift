import StakeholderModel

/// Writes `report.md`: the HTML report's content for Markdown documents, with the SVGs referenced by
/// file name. Every string from the graph goes through ``Escape/markdown(_:)``.
///
///     let md = MarkdownReport.write(graph: g, metrics: m, summary: s, diagrams: [main])
public enum MarkdownReport {
  /// - Complexity: O(n + m).
  public static func write(
    graph: StakeholderGraph, metrics: NodeMetrics? = nil, summary: AnalysisSummary? = nil,
    diagrams: [ReportDiagram], title: String = "Stakeholder network", sizeBy: String = "degree"
  ) -> String {
    write(ReportContent(graph: graph, metrics: metrics, summary: summary, title: title, sizeBy: sizeBy),
          diagrams: diagrams, title: title)
  }

  /// The report of content already gathered (the HTML and Markdown reports share one).
  static func write(_ c: ReportContent, diagrams: [ReportDiagram], title: String) -> String {
    let md = Escape.markdown
    var o = "# \(md(title))\n\n\(md(c.countsLine)).\n\n"
    for d in diagrams {
      o += "## \(md(d.heading))\n\n![\(md(d.heading))](\(d.file.replacingOccurrences(of: " ", with: "%20")))\n\n"
      if let cap = d.diagram?.caption, !cap.isEmpty { o += "*\(md(cap.joined(separator: " ")))*\n\n" }
    }
    o += "## Most central entities\n\nRanked by \(md(c.rankedBy)).\n\n"
    o += "| # | Entity | Kind | Sector |" + c.metricColumns.map { " \(md($0)) |" }.joined() + "\n"
    o += "|--:|---|---|---|" + c.metricColumns.map { _ in "--:|" }.joined() + "\n"
    for (i, row) in c.central.enumerated() {
      o += "| \(i + 1) | \(md(row.entity.name)) | \(row.entity.kind.rawValue) | \(md(row.entity.sector?.label ?? "–")) |"
        + row.values.map { " \($0.map { Num.format($0, digits: 3) } ?? "–") |" }.joined() + "\n"
    }
    o += "\n## Brokers and why\n\n"
    if c.brokers.isEmpty {
      o += "No broker analysis was available for this graph.\n"
    } else {
      o += "| Entity | Sector | Why | Roles |\n|---|---|---|---|\n"
      for b in c.brokers {
        o += "| \(md(b.entity.name)) | \(md(b.entity.sector?.label ?? "–")) | \(md(b.explanation)) | \(md(b.roles)) |\n"
      }
    }
    if !c.bridges.isEmpty {
      o += "\n### Cross-sector bridges\n\n"
      for (a, b, why) in c.bridges { o += "- \(md(a.name)) — \(md(b.name)): \(md(why))\n" }
    }
    o += "\n## Communities\n\n"
    if c.communities.isEmpty {
      o += "No community detection was available for this graph.\n"
    } else {
      o += "| # | Members | Sector mix |\n|--:|---|---|\n"
      for row in c.communities {
        let more = row.moreMembers > 0 ? " and \(row.moreMembers) more" : ""
        o += "| \(row.number)\(row.label.map { " " + md($0) } ?? "") | \(row.members.map { md($0.name) }.joined(separator: ", "))\(more) | "
          + md(row.sectorMix.map { "\($0.0) \($0.1)" }.joined(separator: ", ")) + " |\n"
      }
    }
    o += "\n## Sector mixing\n\n"
    let sectors = c.matrixSectors
    if sectors.isEmpty {
      o += "No ties between entities with a sector.\n"
    } else {
      o += (c.matrixIsDirect ? "Direct ties between entities of each pair of sectors." : "Ties between sectors, from the analysis.") + "\n\n"
      o += "| |" + sectors.map { " \($0.label) |" }.joined() + "\n|---|" + sectors.map { _ in "--:|" }.joined() + "\n"
      for a in sectors {
        o += "| **\(a.label)** |" + sectors.map { " \(c.matrix.count(a, $0)) |" }.joined() + "\n"
      }
    }
    if !c.triangles.isEmpty {
      o += "\n### Ties within and between the golden-triangle sectors\n\n| Sectors | Ties |\n|---|--:|\n"
      for t in c.triangles { o += "| \(md(t.label)) | \(t.count) |\n" }
    }
    for n in c.notes { o += "\n\(md(n))\n" }
    o += "\n## Entity index\n\n"
    if c.indexOmitted > 0 { o += md(ReportContent.indexNote(c)) + "\n\n" }
    for row in c.index {
      let e = row.entity
      o += "### \(md(e.name))\n\n"
      var facts = [e.kind.rawValue]
      if let s = e.sector { facts.append(s.label) }
      if let r = e.role, !r.isEmpty { facts.append("role: " + r) }
      o += md(facts.joined(separator: " · ")) + "\n"
      if !e.aliases.isEmpty { o += "\nAlso written: \(e.aliases.map(md).joined(separator: ", "))\n" }
      if !row.evidence.isEmpty {
        o += "\n"
        for s in row.evidence { o += "> \(md(s))\n>\n" }
        if row.moreEvidence > 0 { o += "> … and \(row.moreEvidence) more in graph.json\n>\n" }
        o.removeLast(2)
      }
      o += "\n"
    }
    return o
  }
}
