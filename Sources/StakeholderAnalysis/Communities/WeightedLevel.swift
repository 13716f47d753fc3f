/// A weighted undirected graph for one level of community detection: CSR without self-loops plus each
/// node's self-loop weight (edges inside an aggregated node). Degrees count a loop twice.
struct WeightedLevel {
  var n: Int
  var offsets: [Int]
  var neighbors: [Int]
  var weights: [Double]
  var loop: [Double]
  var degree: [Double]
  /// Total edge weight m (loops once).
  var total: Double

  init(_ g: NetworkGraph) {
    n = g.nodeCount
    offsets = g.offsets
    neighbors = g.neighbors.map(Int.init)
    weights = g.weights
    loop = g.loopWeight
    degree = [Double](repeating: 0, count: n)
    var t = 0.0
    for v in 0..<n {
      var s = 2 * loop[v]
      for slot in offsets[v]..<offsets[v + 1] { s += weights[slot] }
      degree[v] = s
      t += s
    }
    total = t / 2
  }

  init(n: Int, offsets: [Int], neighbors: [Int], weights: [Double], loop: [Double]) {
    self.n = n; self.offsets = offsets; self.neighbors = neighbors; self.weights = weights; self.loop = loop
    degree = [Double](repeating: 0, count: n)
    var t = 0.0
    for v in 0..<n {
      var s = 2 * loop[v]
      for slot in offsets[v]..<offsets[v + 1] { s += weights[slot] }
      degree[v] = s
      t += s
    }
    total = t / 2
  }

  /// The graph whose nodes are the communities of `membership` (labels 0..<k), edges summed.
  /// - Complexity: O(n + m) plus sorting each row.
  func aggregated(by membership: [Int], count k: Int) -> WeightedLevel {
    // Bucket nodes by community, then sum each community's outgoing weights in a dense scratch row.
    var start = [Int](repeating: 0, count: k + 1)
    for v in 0..<n { start[membership[v] + 1] += 1 }
    for c in 0..<k { start[c + 1] += start[c] }
    var fill = start
    var members = [Int](repeating: 0, count: n)
    for v in 0..<n { members[fill[membership[v]]] = v; fill[membership[v]] += 1 }
    var newLoop = [Double](repeating: 0, count: k)
    var row = [Double](repeating: 0, count: k)
    var seen = [Bool](repeating: false, count: k)
    var touched: [Int] = []
    var off = [0]
    off.reserveCapacity(k + 1)
    var nb = [Int]()
    var wt = [Double]()
    for c in 0..<k {
      for idx in start[c]..<start[c + 1] {
        let v = members[idx]
        newLoop[c] += loop[v]
        for slot in offsets[v]..<offsets[v + 1] {
          let u = neighbors[slot]
          let cu = membership[u]
          if cu == c {
            if v < u { newLoop[c] += weights[slot] }
          } else {
            if !seen[cu] { seen[cu] = true; touched.append(cu) }
            row[cu] += weights[slot]
          }
        }
      }
      touched.sort()
      for u in touched { nb.append(u); wt.append(row[u]); row[u] = 0; seen[u] = false }
      touched.removeAll(keepingCapacity: true)
      off.append(nb.count)
    }
    return WeightedLevel(n: k, offsets: off, neighbors: nb, weights: wt, loop: newLoop)
  }
}

/// Relabels communities 0..<k in order of first appearance (smallest node index first).
func compactLabels(_ membership: [Int]) -> (labels: [Int], count: Int) {
  let bound = (membership.max() ?? -1) + 1
  if let low = membership.min(), low < 0 || bound > 4 * membership.count + 16 {
    var map = [Int: Int]()
    var out = [Int](repeating: 0, count: membership.count)
    for (v, c) in membership.enumerated() {
      if let l = map[c] { out[v] = l } else { let l = map.count; map[c] = l; out[v] = l }
    }
    return (out, map.count)
  }
  var map = [Int](repeating: -1, count: bound)
  var out = [Int](repeating: 0, count: membership.count)
  var next = 0
  for (v, c) in membership.enumerated() {
    if map[c] < 0 { map[c] = next; next += 1 }
    out[v] = map[c]
  }
  return (out, next)
}
