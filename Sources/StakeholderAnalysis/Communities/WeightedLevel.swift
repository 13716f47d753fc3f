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
    var rows = [[Int: Double]](repeating: [:], count: k)
    var newLoop = [Double](repeating: 0, count: k)
    for v in 0..<n {
      let cv = membership[v]
      newLoop[cv] += loop[v]
      for slot in offsets[v]..<offsets[v + 1] {
        let u = neighbors[slot]
        let cu = membership[u]
        if cu == cv {
          if v < u { newLoop[cv] += weights[slot] }
        } else {
          rows[cv][cu, default: 0] += weights[slot]
        }
      }
    }
    var off = [0]
    var nb = [Int]()
    var wt = [Double]()
    for c in 0..<k {
      for u in rows[c].keys.sorted() { nb.append(u); wt.append(rows[c][u]!) }
      off.append(nb.count)
    }
    return WeightedLevel(n: k, offsets: off, neighbors: nb, weights: wt, loop: newLoop)
  }
}

/// Relabels communities 0..<k in order of first appearance (smallest node index first).
func compactLabels(_ membership: [Int]) -> (labels: [Int], count: Int) {
  var map = [Int: Int]()
  var out = [Int](repeating: 0, count: membership.count)
  for (v, c) in membership.enumerated() {
    if let l = map[c] { out[v] = l } else { let l = map.count; map[c] = l; out[v] = l }
  }
  return (out, map.count)
}
