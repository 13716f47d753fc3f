import StakeholderModel

/// The organization network: organizations tied by what they share.
///
/// Two organizations are tied when they share a connector (a person, project or event tied to both,
/// or a project/event that a person of one and the other organization take part in) or are related
/// directly (partner_of, part_of, …). The tie's weight is the number of connectors plus direct relations.
enum OrganizationView {
  /// Ties per organization kept when the diagram would otherwise have more than that many per node.
  static let strongestTies = 4

  /// - Parameters:
  ///   - limit: draw only the `limit` organizations largest by `sizeBy` (ties by id); the ties are then
  ///     computed among those alone, so a large corpus costs no more than a small one.
  /// - Complexity: O(Σ over connectors of (shown organizations reaching it)²).
  static func build(_ graph: StakeholderGraph, metrics: NodeMetrics, sizeBy: String, grouping: DiagramStyle.Grouping,
                    limit: Int? = nil) -> DiagramGraph
  {
    let byID = graph.entitiesByID
    let allOrgs = graph.entities.filter { $0.kind == .organization }.sorted { $0.id < $1.id }
    var orgs = allOrgs
    var caption = ["Organizations tied by shared people, projects and events, and by direct ties."]
    if let limit, allOrgs.count > limit {
      orgs = TopSelection.mostCentral(allOrgs, metrics: metrics, metric: sizeBy, limit: limit).sorted { $0.id < $1.id }
      caption.append("Showing the \(orgs.count) most central of \(allOrgs.count) organizations (by \(sizeBy)).")
    }
    let shown = Set(orgs.map(\.id))
    // Neighbourhoods of the shown organizations, and of the people next to them (two steps at most).
    let orgAdjacency = Adjacency(graph, only: shown)
    let people = Set(orgs.flatMap { orgAdjacency.neighbours(of: $0.id) }.filter { byID[$0]?.kind == .person })
    let personAdjacency = Adjacency(graph, only: people)
    // connector id → organizations reaching it
    var reach: [String: Set<String>] = [:]
    for org in orgs {
      var mine = Set<String>()
      for n in orgAdjacency.neighbours(of: org.id) {
        guard let k = byID[n]?.kind else { continue }
        switch k {
        case .project, .event: mine.insert(n)
        case .person:
          mine.insert(n)
          for m in personAdjacency.neighbours(of: n) where byID[m]?.kind == .project || byID[m]?.kind == .event { mine.insert(m) }
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
    for r in graph.relations where r.source != r.target && shown.contains(r.source) && shown.contains(r.target) {
      let p = r.source < r.target ? Pair(a: r.source, b: r.target) : Pair(a: r.target, b: r.source)
      direct[p, default: []].append(r.type)
    }
    let pairs = Set(shared.keys).union(direct.keys).sorted()
    var edges = pairs.map { p -> DiagramEdge in
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
    if edges.count > strongestTies * max(1, nodes.count) {
      let total = edges.count
      edges = strongest(edges, perNode: strongestTies)
      caption.append("Ties: each organization's \(strongestTies) strongest are drawn (\(edges.count) of \(total)); "
        + "the exports and metrics use them all.")
    }
    return DiagramGraph(view: "organizations", nodes: nodes, edges: edges, caption: caption)
  }

  /// The edges that are among the `k` heaviest of at least one of their ends (ties by the other end's
  /// key), in their original order: a readable backbone of a dense network.
  static func strongest(_ edges: [DiagramEdge], perNode k: Int) -> [DiagramEdge] {
    var incident: [String: [Int]] = [:]
    for (i, e) in edges.enumerated() {
      incident[e.source, default: []].append(i)
      incident[e.target, default: []].append(i)
    }
    var keep = Set<Int>()
    for (node, list) in incident {
      func other(_ i: Int) -> String { edges[i].source == node ? edges[i].target : edges[i].source }
      let ranked = list.sorted { edges[$0].weight != edges[$1].weight ? edges[$0].weight > edges[$1].weight : other($0) < other($1) }
      keep.formUnion(ranked.prefix(k))
    }
    return edges.indices.filter(keep.contains).map { edges[$0] }
  }
}
