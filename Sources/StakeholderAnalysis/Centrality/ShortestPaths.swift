/// Per-source results of the single-source shortest-path pass shared by betweenness, closeness and harmonic.
struct PathSums {
  /// Betweenness contributions (unnormalised, ordered pairs) accumulated over this block's sources.
  var dependency: [Double]
  /// Per source: sum of distances, number reached (itself included), sum of 1/distance.
  var distanceSum: [Double]
  var reached: [Int]
  var harmonic: [Double]
}

/// Reusable per-thread scratch for a breadth-first or Dijkstra pass.
struct PathScratch {
  var dist: [Int32]
  var wdist: [Double]
  var sigma: [Double]
  var delta: [Double]
  var order: [Int32]
  var settledAt: [Int32]
  /// Shortest-path DAG recorded during the forward pass: the successors of the node at BFS position i are
  /// `successors[successorStart[i]..<successorStart[i+1]]`, so the backward pass reads only DAG arcs.
  var successors: [Int32]
  var successorStart: [Int32]
  /// 1/d for every possible hop distance d (index 0 unused), so the hot loop multiplies nothing.
  var reciprocal: [Double]
  /// When sampling sources: per target node, the sum of distances and of 1/distance from this block's
  /// sources, and how many of them reached it (``NetworkGraph/sampledSourcePaths(budget:seed:threads:)``).
  var collectsTargets = false
  var targetDistance: [Double] = []
  var targetHarmonic: [Double] = []
  var targetSources: [Int32] = []
  init(n: Int, arcs: Int) {
    successors = [Int32](repeating: 0, count: arcs + 1)
    successorStart = [Int32](repeating: 0, count: n + 1)
    reciprocal = (0...max(n, 1)).map { $0 == 0 ? 0 : 1.0 / Double($0) }
    dist = [Int32](repeating: -1, count: n)
    wdist = [Double](repeating: .infinity, count: n)
    sigma = [Double](repeating: 0, count: n)
    delta = [Double](repeating: 0, count: n)
    order = [Int32](repeating: 0, count: n)
    settledAt = [Int32](repeating: -1, count: n)
  }
}

extension NetworkGraph {
  /// Number of source blocks; fixed so results do not depend on the thread count.
  static let pathBlocks = 32

  /// Runs Brandes' single-source pass from every node (in parallel, fixed blocks) and returns the
  /// accumulated dependencies plus per-source distance sums.
  ///
  /// - Parameters:
  ///   - weighted: Dijkstra with edge weights as lengths (networkx `weight="weight"`), else breadth-first.
  ///   - wantDependencies: skip the back-propagation when only closeness/harmonic are needed.
  /// - Complexity: O(n·m) unweighted, O(n·m log n) weighted; O(blocks·n) extra memory.
  /// - Source: U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2), 2001.
  func allSourcePaths(weighted: Bool, wantDependencies: Bool, threads: Int = Parallel.defaultThreads) -> PathSums {
    let n = nodeCount
    let blocks = Swift.min(NetworkGraph.pathBlocks, Swift.max(1, n))
    var partial = [[Double]](repeating: [], count: blocks)
    var distanceSum = [Double](repeating: 0, count: n)
    var reached = [Int](repeating: 0, count: n)
    var harmonic = [Double](repeating: 0, count: n)
    partial.withUnsafeMutableBufferPointer { pp in
      distanceSum.withUnsafeMutableBufferPointer { ds in
        reached.withUnsafeMutableBufferPointer { rc in
          harmonic.withUnsafeMutableBufferPointer { hm in
            let P = SharedBuffer(base: pp), D = SharedBuffer(base: ds)
            let R = SharedBuffer(base: rc), H = SharedBuffer(base: hm)
            Parallel.forEachBlock(blocks, threads: threads) { b in
              var acc = [Double](repeating: 0, count: wantDependencies ? n : 0)
              var scratch = PathScratch(n: n, arcs: neighbors.count)
              var s = b
              while s < n {
                let r: (Double, Int, Double)
                if weighted {
                  r = dijkstraPass(from: s, scratch: &scratch, acc: &acc, wantDependencies: wantDependencies)
                } else {
                  r = bfsPass(from: s, scratch: &scratch, acc: &acc, wantDependencies: wantDependencies)
                }
                D[s] = r.0; R[s] = r.1; H[s] = r.2
                s += blocks
              }
              P[b] = acc
            }
          }
        }
      }
    }
    var dependency = [Double](repeating: 0, count: n)
    if wantDependencies {
      for b in 0..<blocks where !partial[b].isEmpty {
        for v in 0..<n { dependency[v] += partial[b][v] }
      }
    }
    return PathSums(dependency: dependency, distanceSum: distanceSum, reached: reached, harmonic: harmonic)
  }

  /// Breadth-first Brandes pass from `s`; returns (sum of distances, nodes reached, Σ 1/d).
  func bfsPass(from s: Int, scratch: inout PathScratch, acc: inout [Double],
                       wantDependencies: Bool) -> (Double, Int, Double) {
    var count = 0
    var distSum = 0
    var harm = 0.0
    let recip = scratch.reciprocal
    offsets.withUnsafeBufferPointer { off in
      neighbors.withUnsafeBufferPointer { nb in
        recip.withUnsafeBufferPointer { recip in
        scratch.dist.withUnsafeMutableBufferPointer { dist in
          scratch.sigma.withUnsafeMutableBufferPointer { sigma in
            scratch.order.withUnsafeMutableBufferPointer { order in
            scratch.successors.withUnsafeMutableBufferPointer { succ in
            scratch.successorStart.withUnsafeMutableBufferPointer { succStart in
              dist[s] = 0
              sigma[s] = 1
              order[0] = Int32(s)
              count = 1
              var head = 0
              var arcs = 0
              while head < count {
                succStart[head] = Int32(arcs)
                let v = Int(order[head]); head += 1
                let dv = dist[v]
                let sv = sigma[v]
                let next = dv + 1
                for slot in off[v]..<off[v + 1] {
                  let w = Int(nb[slot])
                  if dist[w] < 0 {
                    dist[w] = next
                    order[count] = Int32(w); count += 1
                    distSum += Int(next)
                    harm += recip[Int(next)]
                  }
                  // Branch-free: when v precedes w on a shortest path, σ(w) += σ(v) and w is recorded
                  // as a successor of v (the slot is always written, the count advances only then).
                  let isSuccessor = dist[w] == next
                  sigma[w] += isSuccessor ? sv : 0
                  succ[arcs] = Int32(w)
                  arcs += isSuccessor ? 1 : 0
                }
              }
              succStart[count] = Int32(arcs)
              if wantDependencies {
                scratch.delta.withUnsafeMutableBufferPointer { delta in
                  acc.withUnsafeMutableBufferPointer { acc in
                    // Pull form of Brandes' recursion, in reverse BFS order: δ(w) = σ(w) Σ_{successors u}
                    // (1 + δ(u)) / σ(u). `delta` holds c(u) = (1 + δ(u)) / σ(u) for finished nodes, so each
                    // node is written once, and only the recorded DAG arcs are read.
                    var i = count - 1
                    while i > 0 {
                      let w = Int(order[i])
                      var sum = 0.0
                      for k in Int(succStart[i])..<Int(succStart[i + 1]) {
                        sum += delta[Int(succ[k])]
                      }
                      let sw = sigma[w]
                      let dep = sw * sum
                      delta[w] = (1 + dep) / sw
                      acc[w] += dep
                      i -= 1
                    }
                    for k in 0..<count { delta[Int(order[k])] = 0 }
                  }
                }
              }
            }
            }
              if scratch.collectsTargets {
                scratch.targetDistance.withUnsafeMutableBufferPointer { td in
                  scratch.targetHarmonic.withUnsafeMutableBufferPointer { th in
                    scratch.targetSources.withUnsafeMutableBufferPointer { ts in
                      for k in 1..<Swift.max(1, count) {
                        let v = Int(order[k]), d = Int(dist[v])
                        td[v] += Double(d); th[v] += recip[d]; ts[v] += 1
                      }
                    }
                  }
                }
              }
              for k in 0..<count {
                let v = Int(order[k])
                dist[v] = -1
                sigma[v] = 0
              }
            }
          }
        }
        }
      }
    }
    return (Double(distSum), count, harm)
  }

  /// Dijkstra Brandes pass from `s` with weights as lengths. A node's predecessors are the neighbours
  /// settled before it with `dist[v] + w == dist[w]` exactly, as networkx compares.
  private func dijkstraPass(from s: Int, scratch: inout PathScratch, acc: inout [Double],
                            wantDependencies: Bool) -> (Double, Int, Double) {
    var heap = MinHeap()
    scratch.wdist[s] = 0
    heap.push(0, s)
    var count = 0
    var distSum = 0.0
    var harm = 0.0
    while let (d, v) = heap.pop() {
      if scratch.settledAt[v] >= 0 || d > scratch.wdist[v] { continue }
      scratch.settledAt[v] = Int32(count)
      scratch.order[count] = Int32(v); count += 1
      distSum += d
      if d > 0 { harm += 1 / d }
      // σ(v): sum over already-settled neighbours on a shortest path.
      if v == s {
        scratch.sigma[v] = 1
      } else {
        var sg = 0.0
        for slot in neighborRange(v) {
          let u = Int(neighbors[slot])
          if scratch.settledAt[u] >= 0 && scratch.wdist[u] + weights[slot] == d { sg += scratch.sigma[u] }
        }
        scratch.sigma[v] = sg
      }
      for slot in neighborRange(v) {
        let w = Int(neighbors[slot])
        if scratch.settledAt[w] >= 0 { continue }
        let nd = d + weights[slot]
        if nd < scratch.wdist[w] {
          scratch.wdist[w] = nd
          heap.push(nd, w)
        }
      }
    }
    if wantDependencies {
      var i = count - 1
      while i > 0 {
        let w = Int(scratch.order[i])
        let coeff = (1 + scratch.delta[w]) / scratch.sigma[w]
        let dw = scratch.wdist[w]
        let sw = scratch.settledAt[w]
        for slot in neighborRange(w) {
          let v = Int(neighbors[slot])
          let sv = scratch.settledAt[v]
          if sv >= 0 && sv < sw && scratch.wdist[v] + weights[slot] == dw {
            scratch.delta[v] += scratch.sigma[v] * coeff
          }
        }
        acc[w] += scratch.delta[w]
        i -= 1
      }
    }
    for k in 0..<count {
      let v = Int(scratch.order[k])
      scratch.wdist[v] = .infinity
      scratch.sigma[v] = 0
      scratch.delta[v] = 0
      scratch.settledAt[v] = -1
    }
    // Nodes pushed but never settled cannot exist (every pushed node is eventually popped).
    return (distSum, count, harm)
  }
}

/// A binary min-heap of (distance, node), ties broken by node index for determinism.
struct MinHeap {
  private var keys: [Double] = []
  private var vals: [Int] = []

  mutating func push(_ key: Double, _ val: Int) {
    keys.append(key); vals.append(val)
    var i = keys.count - 1
    while i > 0 {
      let p = (i - 1) / 2
      if less(i, p) { swapAt(i, p); i = p } else { break }
    }
  }

  mutating func pop() -> (Double, Int)? {
    guard !keys.isEmpty else { return nil }
    let top = (keys[0], vals[0])
    let last = keys.count - 1
    swapAt(0, last)
    keys.removeLast(); vals.removeLast()
    var i = 0
    while true {
      let l = 2 * i + 1, r = l + 1
      var m = i
      if l < keys.count && less(l, m) { m = l }
      if r < keys.count && less(r, m) { m = r }
      if m == i { break }
      swapAt(i, m); i = m
    }
    return top
  }

  private func less(_ a: Int, _ b: Int) -> Bool {
    keys[a] < keys[b] || (keys[a] == keys[b] && vals[a] < vals[b])
  }

  private mutating func swapAt(_ a: Int, _ b: Int) {
    keys.swapAt(a, b); vals.swapAt(a, b)
  }
}
