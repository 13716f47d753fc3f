import StakeholderModel

/// Which network the metrics are computed on.
///
/// - `full`: every entity; every relation is an undirected edge weighted by its evidence count
///   (at least 1), parallel relations between the same two entities summed.
/// - `organizations`: organizations only. Two organizations are tied by every person, event and
///   project they share, and by each event or project their affiliated people take part in; the weight is
///   the number of such shared entities, plus one when the two are directly related (`partner_of`,
///   `part_of`, …). Places are not shared contexts: being in the same city is not a tie.
/// - `people`: persons only, tied by the organizations, events and projects they share (plus one for a
///   direct relation such as a person-to-person `partner_of`).
public enum GraphView: String, Sendable, CaseIterable {
  case full, organizations, people

  /// Organizations that have at least one tie in the organization view needed before it becomes the default.
  public static let minimumTiedOrganizations = 5

  /// The default view: `organizations` when that view has at least ``minimumTiedOrganizations``
  /// organizations with a tie, else `full`.
  public static func defaultView(for full: NetworkGraph) -> GraphView {
    let orgs = full.projected(.organizations)
    let tied = (0..<orgs.nodeCount).filter { orgs.degree(of: $0) > 0 }.count
    return tied >= minimumTiedOrganizations ? .organizations : .full
  }
}

extension NetworkGraph {
  /// The full network of a typed graph: entities as nodes, relations as undirected edges weighted by
  /// evidence count (parallel relations summed).
  ///
  ///     let net = NetworkGraph(full: graph)
  ///
  /// - Complexity: O(n log n + m log m).
  public init(full graph: StakeholderGraph) {
    let nodes = graph.entities.map {
      NetworkNode(id: $0.id, name: $0.name, kind: $0.kind.rawValue, sector: $0.sector)
    }
    let edges = graph.relations.map { ($0.source, $0.target, Double($0.weight), [String]()) }
    // A validated StakeholderGraph has unique ids and known endpoints; fall back to dropping bad
    // relations rather than trapping if an unvalidated one comes in.
    if let g = try? NetworkGraph(nodes: nodes, viaEdges: edges) {
      self = g
    } else {
      var seen = Set<String>()
      let unique = nodes.filter { seen.insert($0.id).inserted }
      let known = edges.filter { seen.contains($0.0) && seen.contains($0.1) }
      self = (try? NetworkGraph(nodes: unique, viaEdges: known))!
    }
  }

  /// The chosen view of a typed graph.
  ///
  ///     let orgs = NetworkGraph.view(.organizations, of: graph)
  public static func view(_ view: GraphView, of graph: StakeholderGraph) -> NetworkGraph {
    NetworkGraph(full: graph).projected(view)
  }

  /// The chosen view of this (full) network, using the nodes' `kind` attributes; a graph without
  /// kinds gives an empty organization or people view.
  ///
  /// - Complexity: O(Σ over shared entities of (members)²).
  public func projected(_ view: GraphView) -> NetworkGraph {
    switch view {
    case .full: return self
    case .organizations:
      return projection(onto: "organization", through: ["person", "event", "project"],
                        extendingThrough: "person", extendedKinds: ["event", "project"])
    case .people:
      return projection(onto: "person", through: ["organization", "event", "project"],
                        extendingThrough: nil, extendedKinds: [])
    }
  }

  /// Projects onto the nodes of one kind: members sharing a context node are tied (weight = number shared).
  private func projection(onto kind: String, through: Set<String>, extendingThrough: String?,
                          extendedKinds: Set<String>) -> NetworkGraph {
    let members = (0..<nodeCount).filter { nodes[$0].kind == kind }
    var memberIndex = [Int](repeating: -1, count: nodeCount)
    for (i, v) in members.enumerated() { memberIndex[v] = i }
    var sharers: [Int: [Int]] = [:]  // context node → members having it
    var direct: [Int: Double] = [:]  // pair key → direct ties
    let m = members.count
    for (i, v) in members.enumerated() {
      var contexts = Set<Int>()
      for slot in neighborRange(v) {
        let u = Int(neighbors[slot])
        guard let k = nodes[u].kind else { continue }
        if k == kind {
          let j = memberIndex[u]
          if i < j { direct[i * m + j, default: 0] += 1 }
          continue
        }
        if through.contains(k) { contexts.insert(u) }
        if k == extendingThrough {
          for s2 in neighborRange(u) {
            let w = Int(neighbors[s2])
            if let k2 = nodes[w].kind, extendedKinds.contains(k2) { contexts.insert(w) }
          }
        }
      }
      for c in contexts { sharers[c, default: []].append(i) }
    }
    var weight: [Int: Double] = direct
    var via: [Int: [String]] = [:]
    for c in sharers.keys.sorted() {
      let list = sharers[c]!.sorted()
      for a in 0..<list.count {
        for b in (a + 1)..<max(a + 1, list.count) {
          let key = list[a] * m + list[b]
          weight[key, default: 0] += 1
          via[key, default: []].append(nodes[c].id)
        }
      }
    }
    let newNodes = members.map { nodes[$0] }
    var newIndex: [String: Int] = [:]
    for (i, node) in newNodes.enumerated() { newIndex[node.id] = i }
    let newEdges = weight.keys.sorted().map { key in
      NetworkEdge(source: key / m, target: key % m, weight: weight[key]!, via: (via[key] ?? []).sorted())
    }
    return NetworkGraph(sortedNodes: newNodes, index: newIndex, mergedEdges: newEdges)
  }
}
