extension NetworkGraph {
  /// Core number (k-core index) of every node, as networkx's `core_number`.
  ///
  ///     let k = graph.coreNumbers()
  ///
  /// networkx refuses graphs with self-loops; here self-loops are ignored (the answer networkx gives
  /// after `G.remove_edges_from(nx.selfloop_edges(G))`).
  ///
  /// - Complexity: O(n + m) with bucket sort.
  /// - Source: V. Batagelj & M. Zaveršnik, "An O(m) algorithm for cores decomposition of networks", 2003.
  public func coreNumbers() -> [Int] {
    let n = nodeCount
    if n == 0 { return [] }
    var deg = (0..<n).map { offsets[$0 + 1] - offsets[$0] }
    let maxDeg = deg.max() ?? 0
    var bin = [Int](repeating: 0, count: maxDeg + 1)
    for d in deg { bin[d] += 1 }
    var start = 0
    for d in 0...maxDeg { let c = bin[d]; bin[d] = start; start += c }
    var pos = [Int](repeating: 0, count: n)
    var vert = [Int](repeating: 0, count: n)
    for v in 0..<n { pos[v] = bin[deg[v]]; vert[pos[v]] = v; bin[deg[v]] += 1 }
    for d in stride(from: maxDeg, to: 0, by: -1) { bin[d] = bin[d - 1] }
    bin[0] = 0
    for i in 0..<n {
      let v = vert[i]
      for slot in neighborRange(v) {
        let u = Int(neighbors[slot])
        if deg[u] > deg[v] {
          let du = deg[u], pu = pos[u], pw = bin[du], w = vert[pw]
          if u != w { pos[u] = pw; vert[pu] = w; pos[w] = pu; vert[pw] = u }
          bin[du] += 1
          deg[u] -= 1
        }
      }
    }
    return deg
  }
}
