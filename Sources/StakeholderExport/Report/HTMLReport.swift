import Foundation
import StakeholderModel

/// Writes `report.html`: one self-contained file (no network) with the diagrams inline, the tables of
/// central entities, brokers, communities and sector mixing, and an entity index with evidence.
///
///     let html = HTMLReport.write(graph: g, metrics: m, summary: s, diagrams: [main, triangle])
///
/// Hovering or clicking an entity in the first diagram highlights its ties and shows its evidence;
/// the search box finds entities. Every string from the graph is escaped (``Escape/html(_:)``);
/// the data the script reads is JSON inside `<script type="application/json">` (``Escape/scriptJSON(_:)``)
/// and is put on the page with `textContent` only.
public enum HTMLReport {
  /// - Parameters:
  ///   - diagrams: finished SVGs; the first one is interactive.
  ///   - title: the page heading.
  ///   - sizeBy: metric ranking the central table when the summary gives no ranking.
  /// - Complexity: O(n + m + size of the SVGs).
  public static func write(
    graph: StakeholderGraph, metrics: NodeMetrics? = nil, summary: AnalysisSummary? = nil,
    diagrams: [ReportDiagram], title: String = "Stakeholder network", sizeBy: String = "degree"
  ) -> String {
    write(ReportContent(graph: graph, metrics: metrics, summary: summary, title: title, sizeBy: sizeBy),
          diagrams: diagrams, title: title)
  }

  /// The report of content already gathered (the HTML and Markdown reports share one).
  static func write(_ c: ReportContent, diagrams: [ReportDiagram], title: String) -> String {
    let h = Escape.html
    var o = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    o += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    o += "<title>\(h(title))</title>\n<style>\n\(ReportAssets.css)</style>\n</head>\n<body>\n"
    o += "<header>\n<h1>\(h(title))</h1>\n<p class=\"counts\">\(h(c.countsLine))</p>\n"
    o += "<nav><a href=\"#diagrams\">Diagram</a> · <a href=\"#central\">Central</a> · <a href=\"#brokers\">Brokers</a> · "
      + "<a href=\"#communities\">Communities</a> · <a href=\"#mixing\">Sector mixing</a> · <a href=\"#index\">Entity index</a></nav>\n"
    o += "<div class=\"search\"><label for=\"sg-search\">Find an entity</label> "
      + "<input id=\"sg-search\" type=\"search\" autocomplete=\"off\" placeholder=\"name, alias or role…\">"
      + "<ul id=\"sg-results\"></ul></div>\n</header>\n<main>\n"

    o += "<section id=\"diagrams\">\n"
    for (i, d) in diagrams.enumerated() {
      o += "<h2>\(h(d.heading))</h2>\n"
      if i == 0 {
        o += "<div class=\"zoom\" role=\"group\" aria-label=\"Zoom the diagram\"><button type=\"button\" data-zoom=\"1.4\">Zoom in</button>"
          + "<button type=\"button\" data-zoom=\"0.7\">Zoom out</button><button type=\"button\" data-zoom=\"0\">Fit</button></div>\n"
        o += "<div class=\"diagram-row\">\n<figure class=\"diagram interactive\" id=\"sg-main\">\n"
          + SVGPostProcessor.inlineBody(d.svg) + "\n"
        if let cap = d.diagram?.caption, !cap.isEmpty { o += "<figcaption>\(h(cap.joined(separator: " ")))</figcaption>\n" }
        o += "</figure>\n<aside id=\"sg-details\" aria-live=\"polite\"><p class=\"hint\">Hover over or click an entity "
          + "to see its ties and the sentences it was found in.</p></aside>\n</div>\n"
      } else {
        o += "<figure class=\"diagram\">\n" + SVGPostProcessor.inlineBody(d.svg) + "\n"
        if let cap = d.diagram?.caption, !cap.isEmpty { o += "<figcaption>\(h(cap.joined(separator: " ")))</figcaption>\n" }
        o += "</figure>\n"
      }
    }
    o += "</section>\n"

    // Most central entities
    o += "<section id=\"central\">\n<h2>Most central entities</h2>\n"
    o += "<p>Ranked by \(h(c.rankedBy)).</p>\n<div class=\"scroll\"><table class=\"central\">\n<thead><tr><th>#</th><th>Entity</th><th>Kind</th><th>Sector</th>"
    for name in c.metricColumns { o += "<th class=\"num\">\(h(name))</th>" }
    o += "</tr></thead>\n<tbody>\n"
    for (i, row) in c.central.enumerated() {
      o += "<tr><td class=\"num\">\(i + 1)</td><td>\(link(row.entity, c))</td><td>\(row.entity.kind.rawValue)</td>"
        + "<td>\(h(row.entity.sector?.label ?? "–"))</td>"
      for v in row.values { o += "<td class=\"num\">\(v.map { Num.format($0, digits: 3) } ?? "–")</td>" }
      o += "</tr>\n"
    }
    o += "</tbody>\n</table></div>\n</section>\n"

    // Brokers
    o += "<section id=\"brokers\">\n<h2>Brokers and why</h2>\n"
    if c.brokers.isEmpty {
      o += "<p class=\"note\">No broker analysis was available for this graph.</p>\n"
    } else {
      o += "<table>\n<thead><tr><th>Entity</th><th>Sector</th><th>Why</th><th>Roles</th></tr></thead>\n<tbody>\n"
      for b in c.brokers {
        o += "<tr><td>\(link(b.entity, c))</td><td>\(h(b.entity.sector?.label ?? "–"))</td><td>\(h(b.explanation))</td>"
          + "<td>\(h(b.roles))</td></tr>\n"
      }
      o += "</tbody>\n</table>\n"
    }
    if !c.bridges.isEmpty {
      o += "<h3>Cross-sector bridges</h3>\n<ul>\n"
      for (a, b, why) in c.bridges { o += "<li>\(link(a, c)) — \(link(b, c)): \(h(why))</li>\n" }
      o += "</ul>\n"
    }
    o += "</section>\n"

    // Communities
    o += "<section id=\"communities\">\n<h2>Communities</h2>\n"
    if c.communities.isEmpty {
      o += "<p class=\"note\">No community detection was available for this graph.</p>\n"
    } else {
      o += "<table>\n<thead><tr><th>#</th><th>Members</th><th>Sector mix</th></tr></thead>\n<tbody>\n"
      for row in c.communities {
        let label = row.label.map { " " + h($0) } ?? ""
        let more = row.moreMembers > 0 ? " and \(row.moreMembers) more" : ""
        o += "<tr><td class=\"num\">\(row.number)\(label)</td><td>\(row.members.map { link($0, c) }.joined(separator: ", "))\(more)</td>"
          + "<td>\(h(row.sectorMix.map { "\($0.0) \($0.1)" }.joined(separator: ", ")))</td></tr>\n"
      }
      o += "</tbody>\n</table>\n"
    }
    o += "</section>\n"

    // Sector mixing
    o += "<section id=\"mixing\">\n<h2>Sector mixing</h2>\n"
    let sectors = c.matrixSectors
    if sectors.isEmpty {
      o += "<p class=\"note\">No ties between entities with a sector.</p>\n"
    } else {
      o += "<p>\(c.matrixIsDirect ? "Direct ties between entities of each pair of sectors." : "Ties between sectors, from the analysis.")</p>\n"
      o += "<table class=\"matrix\">\n<thead><tr><th></th>"
      for s in sectors { o += "<th>\(h(s.label))</th>" }
      o += "</tr></thead>\n<tbody>\n"
      for a in sectors {
        o += "<tr><th>\(h(a.label))</th>"
        for b in sectors { o += "<td class=\"num\">\(c.matrix.count(a, b))</td>" }
        o += "</tr>\n"
      }
      o += "</tbody>\n</table>\n"
    }
    if !c.triangles.isEmpty {
      o += "<h3>Ties within and between the golden-triangle sectors</h3>\n<table>\n<tbody>\n"
      for t in c.triangles { o += "<tr><td>\(h(t.label))</td><td class=\"num\">\(t.count)</td></tr>\n" }
      o += "</tbody>\n</table>\n"
    }
    for n in c.notes { o += "<p class=\"note\">\(h(n))</p>\n" }
    o += "</section>\n"

    // Entity index
    o += "<section id=\"index\">\n<h2>Entity index</h2>\n"
    if c.indexOmitted > 0 {
      o += "<p class=\"note\">\(h(ReportContent.indexNote(c)))</p>\n"
    }
    o += "<table id=\"sg-index\">\n"
      + "<thead><tr><th>Entity</th><th>Kind</th><th>Sector</th><th>Role</th><th>Also written</th><th>Found in</th></tr></thead>\n<tbody>\n"
    for row in c.index {
      let e = row.entity
      o += "<tr id=\"\(h(anchor(e.id)))\" data-entity=\"\(h(e.id))\"><td><b>\(h(e.name))</b></td><td>\(e.kind.rawValue)</td>"
        + "<td>\(h(e.sector?.label ?? "–"))</td><td>\(h(e.role ?? ""))</td><td>\(h(e.aliases.joined(separator: ", ")))</td><td>"
      if row.evidence.isEmpty {
        o += "<span class=\"note\">\(e.mentions.count) mention\(e.mentions.count == 1 ? "" : "s"), no relation sentences</span>"
      } else {
        o += "<details><summary>\(row.evidence.count) sentence\(row.evidence.count == 1 ? "" : "s")</summary><ul>"
        for s in row.evidence { o += "<li>\(h(s))</li>" }
        if row.moreEvidence > 0 { o += "<li class=\"note\">and \(row.moreEvidence) more in graph.json</li>" }
        o += "</ul></details>"
      }
      o += "</td></tr>\n"
    }
    o += "</tbody>\n</table>\n</section>\n</main>\n"
    o += "<footer>Generated by stakeholders. Self-contained: no external resources.</footer>\n"
    o += "<script type=\"application/json\" id=\"sg-data\">" + Escape.scriptJSON(dataJSON(c, diagram: diagrams.first?.diagram))
      + "</script>\n<script>\n\(ReportAssets.script)</script>\n</body>\n</html>\n"
    return o
  }

  /// The id of an entity's row in the index ("entity-person-jan-kowalski").
  static func anchor(_ id: String) -> String { "entity-" + DOTWriter.svgSafe(id) }

  /// A link to the entity's index entry, or its name alone when the index leaves it out.
  private static func link(_ e: Entity, _ c: ReportContent) -> String {
    guard c.indexed.contains(e.id) else { return Escape.html(e.name) }
    return "<a href=\"#\(Escape.html(anchor(e.id)))\" class=\"entity-link\" data-entity=\"\(Escape.html(e.id))\">\(Escape.html(e.name))</a>"
  }

  /// The data the page script reads: entities (name, kind, sector, role, aliases, evidence, node id) and
  /// edge ends, as deterministic JSON (sorted keys).
  static func dataJSON(_ c: ReportContent, diagram: Diagram?) -> String {
    struct EntityData: Encodable {
      var name: String, kind: String, sector: String?, role: String?, aliases: [String], evidence: [String]
      var node: String?, anchor: String
    }
    struct PageData: Encodable {
      var entities: [String: EntityData]
      var edges: [String: [String]]
    }
    var ents: [String: EntityData] = [:]
    for row in c.index {
      let e = row.entity
      ents[e.id] = EntityData(
        name: e.name, kind: e.kind.rawValue, sector: e.sector?.label, role: e.role, aliases: e.aliases,
        evidence: Array(row.evidence.prefix(20)), node: diagram?.nodeIDs[e.id], anchor: anchor(e.id))
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(PageData(entities: ents, edges: diagram?.edgeEnds ?? [:]))) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self)
  }
}
