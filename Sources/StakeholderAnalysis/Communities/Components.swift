extension NetworkGraph {
  /// Connected components: a label per node, components numbered 0, 1, … in order of their smallest
  /// node index (so in id order), as a set of node sets equal to networkx's `connected_components`.
  ///
  ///     let (label, count) = graph.connectedComponents()
  ///
  /// - Complexity: O(n + m).
  public func connectedComponents() -> (labels: [Int], count: Int) {
    let n = nodeCount
    var label = [Int](repeating: -1, count: n)
    var count = 0
    var stack = [Int]()
    for s in 0..<n where label[s] < 0 {
      label[s] = count
      stack.append(s)
      while let v = stack.popLast() {
        for slot in neighborRange(v) {
          let u = Int(neighbors[slot])
          if label[u] < 0 { label[u] = count; stack.append(u) }
        }
      }
      count += 1
    }
    return (label, count)
  }
}
