import StakeholderModel

/// A node of the analysis graph: the input's id, a display name, and the kind and sector where known.
public struct NetworkNode: Hashable, Sendable {
  /// The input's node id (an entity id for the project's JSON).
  public var id: String
  public var name: String
  /// `person`, `organization`, … for typed inputs; whatever the file says (or nil) otherwise.
  public var kind: String?
  public var sector: Sector?

  public init(id: String, name: String? = nil, kind: String? = nil, sector: Sector? = nil) {
    self.id = id
    self.name = name ?? id
    self.kind = kind
    self.sector = sector
  }
}

/// An undirected weighted edge between two node indices (`source <= target`; equal for a self-loop).
public struct NetworkEdge: Hashable, Sendable {
  public var source: Int
  public var target: Int
  public var weight: Double

  public init(source: Int, target: Int, weight: Double) {
    self.source = min(source, target)
    self.target = max(source, target)
    self.weight = weight
  }
}

/// The analysis-level graph: nodes sorted by id, undirected weighted edges (parallel edges merged by
/// summing their weights), and a compressed adjacency (CSR) over integer indices built once.
///
///     let g = try NetworkGraph(nodes: [NetworkNode(id: "a"), NetworkNode(id: "b")],
///                              edges: [("a", "b", 2)])
///     g.betweenness()
///
/// Node order is always ascending by id (Swift `String` order), whatever the input order, so the same
/// graph gives the same numbers and the same output bytes. Self-loops are kept apart from the CSR
/// (``loopWeight``) so each metric can treat them as networkx does.
///
/// - Complexity: building is O(m log m + n log n); the CSR takes O(n + m) memory.
public struct NetworkGraph: Sendable {
  /// Nodes in ascending id order; a node's index is its position here.
  public let nodes: [NetworkNode]
  /// Merged edges, sorted by (source, target); self-loops included.
  public let edges: [NetworkEdge]
  /// Node index by id.
  public let index: [String: Int]
  /// For a projected view: per node, the ids of the shared entities (people, events, projects) its ties
  /// run through, sorted; empty otherwise. A tie's own contexts are ``via(_:_:)``.
  public let contexts: [[String]]

  /// CSR row starts (count n + 1); the neighbours of `v` are `neighbors[offsets[v]..<offsets[v+1]]`, ascending.
  let offsets: [Int]
  /// Neighbour indices (self-loops excluded).
  let neighbors: [Int32]
  /// Edge weight parallel to ``neighbors``.
  let weights: [Double]
  /// Weight of the self-loop at each node (0 when there is none) and whether there is one.
  let loopWeight: [Double]
  let hasLoop: [Bool]

  /// Number of nodes.
  public var nodeCount: Int { nodes.count }
  /// Number of merged edges, self-loops included.
  public var edgeCount: Int { edges.count }

  /// Builds the graph from nodes and edges named by node id.
  /// - Parameters:
  ///   - nodes: the nodes, in any order; ids must be unique.
  ///   - edges: `(source, target, weight)` by id; weights must be finite and not negative.
  ///     Parallel edges are merged (weights summed).
  /// - Throws: ``NetworkGraphError`` for duplicate ids, unknown ids or bad weights; nothing is returned half-built.
  public init(nodes: [NetworkNode], edges: [(String, String, Double)]) throws {
    var seen = Set<String>()
    for node in nodes where !seen.insert(node.id).inserted {
      throw NetworkGraphError.duplicateNode(node.id)
    }
    let sorted = nodes.sorted { $0.id < $1.id }
    var index: [String: Int] = [:]
    index.reserveCapacity(sorted.count)
    for (i, node) in sorted.enumerated() { index[node.id] = i }
    var merged: [Int: Double] = [:]
    let n = sorted.count
    for (s, t, w) in edges {
      guard let a = index[s] else { throw NetworkGraphError.unknownNode(s) }
      guard let b = index[t] else { throw NetworkGraphError.unknownNode(t) }
      guard w.isFinite, w >= 0 else { throw NetworkGraphError.badWeight(source: s, target: t, weight: w) }
      merged[min(a, b) * n + max(a, b), default: 0] += w
    }
    let list = merged.keys.sorted().map { key in NetworkEdge(source: key / n, target: key % n, weight: merged[key]!) }
    self.init(sortedNodes: sorted, index: index, mergedEdges: list)
  }

  /// Builds from nodes already sorted by id and merged, sorted edges (and, for a projection, each node's contexts).
  init(sortedNodes: [NetworkNode], index: [String: Int], mergedEdges: [NetworkEdge], contexts: [[String]] = []) {
    let n = sortedNodes.count
    var degree = [Int](repeating: 0, count: n)
    var loopWeight = [Double](repeating: 0, count: n)
    var hasLoop = [Bool](repeating: false, count: n)
    for e in mergedEdges {
      if e.source == e.target {
        loopWeight[e.source] += e.weight
        hasLoop[e.source] = true
      } else {
        degree[e.source] += 1
        degree[e.target] += 1
      }
    }
    var offsets = [Int](repeating: 0, count: n + 1)
    for v in 0..<n { offsets[v + 1] = offsets[v] + degree[v] }
    var fill = Array(offsets.dropLast())
    var neighbors = [Int32](repeating: 0, count: offsets[n])
    var weights = [Double](repeating: 0, count: offsets[n])
    // Edges are sorted by (source, target): first every row receives its smaller neighbours (the reversed
    // arcs, in ascending source order), then its larger ones (ascending target order), so rows come out sorted.
    for e in mergedEdges where e.source != e.target {
      neighbors[fill[e.target]] = Int32(e.source); weights[fill[e.target]] = e.weight; fill[e.target] += 1
    }
    for e in mergedEdges where e.source != e.target {
      neighbors[fill[e.source]] = Int32(e.target); weights[fill[e.source]] = e.weight; fill[e.source] += 1
    }
    self.nodes = sortedNodes
    self.index = index
    self.contexts = contexts
    self.edges = mergedEdges
    self.offsets = offsets
    self.neighbors = neighbors
    self.weights = weights
    self.loopWeight = loopWeight
    self.hasLoop = hasLoop
  }

  /// Neighbour indices of `v` (self excluded), ascending.
  func neighborRange(_ v: Int) -> Range<Int> { offsets[v]..<offsets[v + 1] }

  /// Calls `body` with the CSR rows as raw buffers (neighbours, weights, offsets), for hot loops.
  @inline(__always) func withRows<T>(_ body: (UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Double>, UnsafeBufferPointer<Int>) -> T) -> T {
    neighbors.withUnsafeBufferPointer { nb in
      weights.withUnsafeBufferPointer { wt in
        offsets.withUnsafeBufferPointer { off in body(nb, wt, off) }
      }
    }
  }

  /// Whether `u` and `v` are joined by an edge (binary search in `u`'s row).
  func adjacent(_ u: Int, _ v: Int) -> Bool { edgeSlot(u, v) != nil }

  /// Position of `v` in `u`'s CSR row, if adjacent.
  func edgeSlot(_ u: Int, _ v: Int) -> Int? {
    var lo = offsets[u], hi = offsets[u + 1]
    let target = Int32(v)
    while lo < hi {
      let mid = (lo + hi) / 2
      if neighbors[mid] < target { lo = mid + 1 } else { hi = mid }
    }
    return lo < offsets[u + 1] && neighbors[lo] == target ? lo : nil
  }

  /// Ids of the entities through which the projected tie between `u` and `v` runs (the contexts both
  /// share), sorted; empty for graphs that are not projections.
  ///
  ///     let shared = orgs.via(0, 1)   // ["event:forum-rozwoju", "project:projekt-x"]
  public func via(_ u: Int, _ v: Int) -> [String] {
    guard u < contexts.count, v < contexts.count else { return [] }
    let other = Set(contexts[v])
    return contexts[u].filter(other.contains)
  }

  /// Total edge weight, self-loops counted once (networkx's `G.size(weight="weight")`).
  public var totalWeight: Double { edges.reduce(0) { $0 + $1.weight } }

  /// The same graph with every self-loop removed.
  func withoutLoops() -> NetworkGraph {
    NetworkGraph(sortedNodes: nodes, index: index, mergedEdges: edges.filter { $0.source != $0.target }, contexts: contexts)
  }
}
