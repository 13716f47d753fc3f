/// A partition of the nodes: a label per node (0, 1, … numbered in node order), the number of
/// communities and the partition's modularity on the graph it was found on.
public struct CommunityResult: Sendable, Equatable {
  public var membership: [Int]
  public var count: Int
  public var modularity: Double

  /// Node indices of each community, in label order.
  public var communities: [[Int]] {
    var out = [[Int]](repeating: [], count: count)
    for (v, c) in membership.enumerated() { out[c].append(v) }
    return out
  }
}

/// Scratch for summing edge weight from one node to each neighbouring community, in first-seen order.
struct NeighborCommunityWeights {
  var weight: [Double]
  var seen: [Bool]
  var list: [Int] = []
  init(size: Int) {
    weight = [Double](repeating: 0, count: size)
    seen = [Bool](repeating: false, count: size)
  }
  mutating func add(_ c: Int, _ w: Double) {
    if !seen[c] { seen[c] = true; list.append(c) }
    weight[c] += w
  }
  mutating func clear() {
    for c in list { weight[c] = 0; seen[c] = false }
    list.removeAll(keepingCapacity: true)
  }
}
