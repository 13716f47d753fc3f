/// How many sources the shortest-path pass started from: every node (exact) or a seeded sample.
public struct PathSources: Sendable, Equatable {
  /// Sources used.
  public var sources: Int
  /// Nodes in the graph.
  public var nodes: Int
  /// Whether every node was a source (the metrics are exact).
  public var isExact: Bool { sources == nodes }
}

extension NetworkGraph {
  /// Arc visits the all-sources pass may make before betweenness, closeness and harmonic are
  /// estimated from sampled sources instead: 4·10⁸, a few seconds on two cores. Graphs up to about
  /// 4,000 nodes and 50,000 ties (the usual organization networks) stay exact.
  public static let defaultPathBudget = 400_000_000

  /// Sources kept in every component larger than this, however small the budget.
  static let minimumSampledSources = 256

  /// Whether the exact pass fits in `budget` arc visits (n sources × 2m arcs).
  func exactPathsFit(budget: Int) -> Bool {
    Double(nodeCount) * Double(Swift.max(1, neighbors.count)) <= Double(budget)
  }

  /// Brandes' pass from a seeded sample of sources, scaled to estimate the all-sources sums.
  ///
  /// Every connected component gets sources in proportion to its size (all of them when it has at most
  /// ``minimumSampledSources`` nodes, at least that many otherwise), so the total stays near `budget`
  /// arc visits. Betweenness: the sampled dependencies of a component's nodes times size/sources (the
  /// estimator of Brandes & Pich). Closeness and harmonic of a node: its distances from the sampled sources
  /// of its component (the graph is undirected, so d(s, v) = d(v, s)), scaled to the component's other
  /// nodes (Eppstein & Wang); the number reached is the component's size, exactly.
  ///
  /// - Returns: sums shaped like ``allSourcePaths(weighted:wantDependencies:threads:)``'s, indexed by
  ///   node, and the number of sources used.
  /// - Complexity: O(budget) time; O(blocks · n) memory.
  /// - Source: U. Brandes & C. Pich, "Centrality estimation in large networks", Int. J. Bifurcation and
  ///   Chaos 17(7), 2007; D. Eppstein & J. Wang, "Fast approximation of centrality", JGAA 8(1), 2004.
  func sampledSourcePaths(budget: Int, seed: UInt64, threads: Int = Parallel.defaultThreads) -> (PathSums, Int) {
    let n = nodeCount
    let components = connectedComponents()
    var membersOf = [[Int]](repeating: [], count: components.count)
    for v in 0..<n { membersOf[components.labels[v]].append(v) }
    let fraction = Double(budget) / (Double(n) * Double(Swift.max(1, neighbors.count)))
    var rng = SeededRandom(seed: seed)
    var sources: [Int] = []
    var sampled = [Int](repeating: 0, count: components.count)
    for (c, members) in membersOf.enumerated() {
      let size = members.count
      let want = Swift.max(NetworkGraph.minimumSampledSources, Int((fraction * Double(size)).rounded(.up)))
      let k = Swift.min(size, want)
      sampled[c] = k
      if k == size { sources += members } else { sources += rng.permutation(size).prefix(k).map { members[$0] } }
    }
    sources.sort()
    let blocks = Swift.min(NetworkGraph.pathBlocks, Swift.max(1, sources.count))
    var scratches = [PathScratch?](repeating: nil, count: blocks)
    var partial = [[Double]](repeating: [], count: blocks)
    partial.withUnsafeMutableBufferPointer { pp in
      scratches.withUnsafeMutableBufferPointer { sp in
        let P = SharedBuffer(base: pp), S = SharedBuffer(base: sp)
        Parallel.forEachBlock(blocks, threads: threads) { b in
          var acc = [Double](repeating: 0, count: n)
          var scratch = PathScratch(n: n, arcs: neighbors.count)
          scratch.collectsTargets = true
          scratch.targetDistance = [Double](repeating: 0, count: n)
          scratch.targetHarmonic = [Double](repeating: 0, count: n)
          scratch.targetSources = [Int32](repeating: 0, count: n)
          var i = b
          while i < sources.count {
            _ = bfsPass(from: sources[i], scratch: &scratch, acc: &acc, wantDependencies: true)
            i += blocks
          }
          P[b] = acc
          S[b] = scratch
        }
      }
    }
    var dependency = [Double](repeating: 0, count: n)
    var distanceSum = [Double](repeating: 0, count: n)
    var harmonic = [Double](repeating: 0, count: n)
    var reached = [Int](repeating: 0, count: n)
    var hits = [Int](repeating: 0, count: n)
    for b in 0..<blocks {
      let s = scratches[b]!
      for v in 0..<n {
        dependency[v] += partial[b][v]
        distanceSum[v] += s.targetDistance[v]
        harmonic[v] += s.targetHarmonic[v]
        hits[v] += Int(s.targetSources[v])
      }
    }
    for v in 0..<n {
      let c = components.labels[v]
      let size = membersOf[c].count
      reached[v] = size
      dependency[v] *= Double(size) / Double(sampled[c])
      if hits[v] > 0 {
        let scale = Double(size - 1) / Double(hits[v])
        distanceSum[v] *= scale
        harmonic[v] *= scale
      }
    }
    return (PathSums(dependency: dependency, distanceSum: distanceSum, reached: reached, harmonic: harmonic), sources.count)
  }
}
