import StakeholderModel

/// The organization network: organizations tied by what they share.
///
/// Two organizations are tied when they share a connector (a person, project or event tied to both,
/// or a project/event that a person of one and the other organization take part in) or are related
/// directly (partner_of, part_of, …). The tie's weight is the number of connectors plus direct relations.
enum OrganizationView {
  /// - Complexity: O(Σ over connectors of (organizations reaching it)²), small for news-sized graphs.
  static func build(_ graph: StakeholderGraph, metrics: NodeMetrics, sizeBy: String, grouping: DiagramStyle.Grouping)
    -> DiagramGraph
  {
    let byID = graph.entitiesByID
    let adj = Adjacency(graph)
    let orgs = graph.entities.filter { $0.kind == .organization }.sorted { $0.id < $1.id }
    // connector id → organizations reaching it
    var reach: [String: Set<String>] = [:]
    for org in orgs {
      var mine = Set<String>()
      for n in adj.neighbours(of: org.id) {
        guard let k = byID[n]?.kind else { continue }
        switch k {
        case .project, .event: mine.insert(n)
        case .person:
          mine.insert(n)
          for m in adj.neighbours(of: n) where byID[m]?.kind == .project || byID[m]?.kind == .event { mine.insert(m) }
        default: break
        }
      }
      for c in mine { reach[c, default: []].insert(org.id) }
    }
    struct Pair: Hashable, Comparable {
      var a: String, b: String
      static func < (l: Pair, r: Pair) -> Bool { (l.a, l.b) < (r.a, r.b) }
    }
    var shared: [Pair: [String]] = [:]
    for c in reach.keys.sorted() {
      let members = reach[c]!.sorted()
      for i in members.indices { for j in members.indices where j > i { shared[Pair(a: members[i], b: members[j]), default: []].append(c) } }
    }
    var direct: [Pair: [RelationType]] = [:]
    for r in graph.relations where r.source != r.target && byID[r.source]?.kind == .organization && byID[r.target]?.kind == .organization {
      let p = r.source < r.target ? Pair(a: r.source, b: r.target) : Pair(a: r.target, b: r.source)
      direct[p, default: []].append(r.type)
    }
    let pairs = Set(shared.keys).union(direct.keys).sorted()
    let edges = pairs.map { p -> DiagramEdge in
      let via = (shared[p] ?? []).map { byID[$0] }.compactMap { $0 }.sorted { $0.id < $1.id }
      let types = (direct[p] ?? []).sorted()
      var title = "\(Tooltip.cut(byID[p.a]?.name ?? p.a, 80)) — \(Tooltip.cut(byID[p.b]?.name ?? p.b, 80))"
      if !types.isEmpty { title += "\ndirect: " + types.map(Palette.label).joined(separator: ", ") }
      if !via.isEmpty {
        title += "\nshared: " + via.prefix(8).map { "\(Tooltip.cut($0.name, 60)) (\($0.kind.rawValue))" }.joined(separator: ", ")
          + (via.count > 8 ? ", …" : "")
      }
      let w = via.count + types.count
      // No edge labels: neato places them without avoiding nodes; the count is in the width and the title.
      return DiagramEdge(source: p.a, target: p.b, type: nil, weight: w, title: title)
    }
    let nodes = orgs.map { e in
      DiagramNode(
        key: e.id, label: e.name, kind: e.kind, sector: e.sector, title: Tooltip.entity(e, metrics: metrics),
        size: SizeMetric.value(sizeBy, for: e.id, metrics: metrics),
        group: Grouping.group(of: e, by: grouping, metrics: metrics),
        classes: metrics.community[e.id].map { ["community-\($0 + 1)"] } ?? [])
    }
    return DiagramGraph(
      view: "organizations", nodes: nodes, edges: edges,
      caption: ["Organizations tied by shared people, projects and events, and by direct ties."])
  }
}
