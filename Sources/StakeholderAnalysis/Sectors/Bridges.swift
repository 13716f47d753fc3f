extension NetworkGraph {
  /// Edges whose removal disconnects their component (graph bridges), as indices into ``edges``.
  ///
  ///     let b = graph.bridgeEdges()
  ///
  /// - Complexity: O(n + m), iterative depth-first search (no recursion limit).
  /// - Source: R. E. Tarjan, "A note on finding the bridges of a graph", IPL 2(6), 1974.
  public func bridgeEdges() -> [Int] {
    let n = nodeCount
    var disc = [Int](repeating: -1, count: n)
    var low = [Int](repeating: 0, count: n)
    var time = 0
    var isBridge = Set<Int64>()
    for root in 0..<n where disc[root] < 0 {
      // Stack frames: (node, parent, next slot).
      var stack: [(Int, Int, Int)] = [(root, -1, offsets[root])]
      disc[root] = time; low[root] = time; time += 1
      while !stack.isEmpty {
        let (v, parent, slot) = stack[stack.count - 1]
        if slot < offsets[v + 1] {
          stack[stack.count - 1].2 += 1
          let u = Int(neighbors[slot])
          if u == parent { continue }  // merged edges: at most one edge to the parent
          if disc[u] < 0 {
            disc[u] = time; low[u] = time; time += 1
            stack.append((u, v, offsets[u]))
          } else {
            low[v] = min(low[v], disc[u])
          }
        } else {
          stack.removeLast()
          if parent >= 0 {
            low[parent] = min(low[parent], low[v])
            if low[v] > disc[parent] { isBridge.insert(Int64(min(v, parent)) * Int64(n) + Int64(max(v, parent))) }
          }
        }
      }
    }
    return edges.indices.filter { i in
      edges[i].source != edges[i].target && isBridge.contains(Int64(edges[i].source) * Int64(n) + Int64(edges[i].target))
    }
  }
}
