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
  public static func defaultView(for full: NetworkGraph) -> GraphView { chooseDefault(for: full).view }

  /// The default view and its network, projected once.
  public static func chooseDefault(for full: NetworkGraph) -> (view: GraphView, network: NetworkGraph) {
    let orgs = full.projected(.organizations)
    let tied = (0..<orgs.nodeCount).filter { orgs.degree(of: $0) > 0 }.count
    return tied >= minimumTiedOrganizations ? (.organizations, orgs) : (.full, full)
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
    let edges = graph.relations.map { ($0.source, $0.target, Double($0.weight)) }
    // A validated StakeholderGraph has unique ids and known endpoints; fall back to dropping bad
    // relations rather than trapping if an unvalidated one comes in.
    if let g = try? NetworkGraph(nodes: nodes, edges: edges) {
      self = g
    } else {
      var seen = Set<String>()
      let unique = nodes.filter { seen.insert($0.id).inserted }
      let known = edges.filter { seen.contains($0.0) && seen.contains($0.1) }
      self = (try? NetworkGraph(nodes: unique, edges: known))!
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

  /// Projects onto the nodes of one kind: members sharing a context node are tied (weight = number
  /// shared, plus one for a direct relation). Rows are built in parallel over fixed blocks of members,
  /// each with a dense accumulator, so the result does not depend on the thread count.
  ///
  /// - Complexity: O(Σ over contexts of members²) time, O(n + ties) memory.
  private func projection(onto kind: String, through: Set<String>, extendingThrough: String?,
                          extendedKinds: Set<String>) -> NetworkGraph {
    let members = (0..<nodeCount).filter { nodes[$0].kind == kind }
    let m = members.count
    var memberIndex = [Int](repeating: -1, count: nodeCount)
    for (i, v) in members.enumerated() { memberIndex[v] = i }
    // Each member's contexts (full-graph indices, ascending) and its direct ties to later members.
    var contextsOf = [[Int]](repeating: [], count: m)
    var directOf = [[Int]](repeating: [], count: m)
    for (i, v) in members.enumerated() {
      var contexts = Set<Int>()
      for slot in neighborRange(v) {
        let u = Int(neighbors[slot])
        guard let k = nodes[u].kind else { continue }
        if k == kind {
          if memberIndex[u] > i { directOf[i].append(memberIndex[u]) }
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
      contextsOf[i] = contexts.sorted()
    }
    var sharers = [[Int32]](repeating: [], count: nodeCount)  // context → members having it, ascending
    for i in 0..<m { for c in contextsOf[i] { sharers[c].append(Int32(i)) } }
    let rows = projectedRows(members: m, contextsOf: contextsOf, directOf: directOf, sharers: sharers)
    let newNodes = members.map { nodes[$0] }
    var newIndex: [String: Int] = [:]
    for (i, node) in newNodes.enumerated() { newIndex[node.id] = i }
    // A member's contexts that it shares with someone: what its ties run through.
    let contexts = contextsOf.map { list in list.filter { sharers[$0].count > 1 }.map { nodes[$0].id }.sorted() }
    return NetworkGraph(sortedNodes: newNodes, index: newIndex, mergedEdges: rows.flatMap { $0 }, contexts: contexts)
  }

  /// The projected ties of every member to later members, one sorted row per member.
  private func projectedRows(members m: Int, contextsOf: [[Int]], directOf: [[Int]], sharers: [[Int32]]) -> [[NetworkEdge]] {
    var rows = [[NetworkEdge]](repeating: [], count: m)
    let blocks = Swift.min(64, Swift.max(1, m))
    rows.withUnsafeMutableBufferPointer { buffer in
      let out = SharedBuffer(base: buffer)
      Parallel.forEachBlock(blocks) { b in
        var weight = [Double](repeating: 0, count: m)
        var touched: [Int] = []
        var i = b
        while i < m {
          for c in contextsOf[i] {
            for j32 in sharers[c] where Int(j32) > i {
              let j = Int(j32)
              if weight[j] == 0 { touched.append(j) }
              weight[j] += 1
            }
          }
          for j in directOf[i] {
            if weight[j] == 0 { touched.append(j) }
            weight[j] += 1
          }
          touched.sort()
          out[i] = touched.map { NetworkEdge(source: i, target: $0, weight: weight[$0]) }
          for j in touched { weight[j] = 0 }
          touched.removeAll(keepingCapacity: true)
          i += blocks
        }
      }
    }
    return rows
  }
}
