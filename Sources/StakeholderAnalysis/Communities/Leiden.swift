import Foundation

extension NetworkGraph {
  /// Leiden community detection on edge weights, maximising modularity, seeded.
  ///
  ///     let parts = graph.leiden(seed: 1)
  ///
  /// Fast local moving (a queue of nodes to revisit), refinement of each community into well-connected
  /// sub-communities (random merges with probability ∝ exp(ΔQ/θ), θ = 0.01 × the mean edge weight),
  /// aggregation by the refined partition starting from the unrefined one; repeated until every community
  /// is a single aggregate node. The whole procedure is then iterated from its own result until the
  /// modularity stops improving (at most `iterations` times). Communities found this way are guaranteed
  /// connected.
  ///
  /// - Parameters:
  ///   - resolution: γ in the modularity (1 = classic).
  ///   - seed: seed of every random choice; the same seed gives the same partition.
  ///   - iterations: maximum number of whole Leiden runs.
  /// - Complexity: about O(m) per level in practice.
  /// - Source: V. A. Traag, L. Waltman & N. J. van Eck, "From Louvain to Leiden: guaranteeing
  ///   well-connected communities", Scientific Reports 9, 5233 (2019).
  public func leiden(resolution: Double = 1, seed: UInt64 = 1, iterations: Int = 10) -> CommunityResult {
    var rng = SeededRandom(seed: seed)
    let base = WeightedLevel(self)
    var membership = Array(0..<nodeCount)
    var quality = base.modularity(membership, resolution: resolution)
    if base.total > 0 {
      let edgeEnds = base.offsets[base.n] + base.loop.filter { $0 > 0 }.count * 2
      let theta = 0.01 * (2 * base.total / Double(max(1, edgeEnds)))
      for _ in 0..<max(1, iterations) {
        let next = base.leidenRun(start: membership, resolution: resolution, theta: theta, rng: &rng)
        let q = base.modularity(next, resolution: resolution)
        if q > quality + 1e-12 { membership = next; quality = q } else { break }
      }
    }
    let (labels, k) = compactLabels(membership)
    return CommunityResult(membership: labels, count: k, modularity: base.modularity(labels, resolution: resolution))
  }
}

extension WeightedLevel {
  /// One Leiden run from a starting partition of this level's nodes; returns a membership per node.
  func leidenRun(start: [Int], resolution: Double, theta: Double, rng: inout SeededRandom) -> [Int] {
    var level = self
    var nodeToLevel = Array(0..<n)
    var part = compactLabels(start).labels
    while true {
      level.fastLocalMoving(&part, resolution: resolution, rng: &rng)
      let (labels, k) = compactLabels(part)
      if k == level.n {
        return nodeToLevel.map { labels[$0] }
      }
      var (refined, r) = compactLabels(level.refine(labels, count: k, resolution: resolution, theta: theta, rng: &rng))
      if r == level.n { (refined, r) = (labels, k) }  // nothing merged: aggregate as Louvain does
      var next = [Int](repeating: 0, count: r)
      for v in 0..<level.n { next[refined[v]] = labels[v] }
      nodeToLevel = nodeToLevel.map { refined[$0] }
      level = level.aggregated(by: refined, count: r)
      part = next
    }
  }

  /// Leiden's fast local moving: visit nodes from a queue (seeded random order first), move each to the
  /// best community (an empty one when every gain is negative) and queue its neighbours outside it.
  func fastLocalMoving(_ part: inout [Int], resolution: Double, rng: inout SeededRandom) {
    let twoM = 2 * total
    var tot = [Double](repeating: 0, count: n)
    var size = [Int](repeating: 0, count: n)
    for v in 0..<n { tot[part[v]] += degree[v]; size[part[v]] += 1 }
    var empty = (0..<n).filter { size[$0] == 0 }.reversed().map { $0 }
    var queue = rng.permutation(n)
    var head = 0
    var inQueue = [Bool](repeating: true, count: n)
    var scratch = NeighborCommunityWeights(size: n)
    var budget = 1000 * max(n, 1)
    while head < queue.count && budget > 0 {
      budget -= 1
      let v = queue[head]; head += 1
      if head > 4096 && head * 2 > queue.count { queue.removeFirst(head); head = 0 }
      inQueue[v] = false
      let kv = degree[v]
      for slot in offsets[v]..<offsets[v + 1] { scratch.add(part[neighbors[slot]], weights[slot]) }
      let old = part[v]
      tot[old] -= kv; size[old] -= 1
      var best = old
      var bestGain = scratch.weight[old] - resolution * kv * tot[old] / twoM
      for c in scratch.list where c != old {
        let gain = scratch.weight[c] - resolution * kv * tot[c] / twoM
        if gain > bestGain { bestGain = gain; best = c }
      }
      if bestGain < 0 && size[old] > 0, let e = empty.popLast() { best = e }
      tot[best] += kv; size[best] += 1
      part[v] = best
      if size[old] == 0 && best != old { empty.append(old) }
      if best != old {
        for slot in offsets[v]..<offsets[v + 1] {
          let u = neighbors[slot]
          if !inQueue[u] && part[u] != best { inQueue[u] = true; queue.append(u) }
        }
      }
      scratch.clear()
    }
  }

  /// Leiden refinement: within each community, singletons that are well connected merge into
  /// well-connected sub-communities, chosen at random with probability ∝ exp(ΔQ/θ) among non-negative gains.
  func refine(_ labels: [Int], count k: Int, resolution: Double, theta: Double, rng: inout SeededRandom) -> [Int] {
    let twoM = 2 * total
    var commTot = [Double](repeating: 0, count: k)
    for v in 0..<n { commTot[labels[v]] += degree[v] }
    var kIn = [Double](repeating: 0, count: n)
    for v in 0..<n {
      for slot in offsets[v]..<offsets[v + 1] where labels[neighbors[slot]] == labels[v] { kIn[v] += weights[slot] }
    }
    var refined = Array(0..<n)
    var refTot = degree
    var ext = kIn
    var size = [Int](repeating: 1, count: n)
    var scratch = NeighborCommunityWeights(size: n)
    for v in rng.permutation(n) {
      guard size[refined[v]] == 1 else { continue }
      let s = labels[v]
      let kv = degree[v]
      guard kIn[v] >= resolution * kv * (commTot[s] - kv) / twoM else { continue }
      for slot in offsets[v]..<offsets[v + 1] where labels[neighbors[slot]] == s {
        scratch.add(refined[neighbors[slot]], weights[slot])
      }
      let own = refined[v]
      var options: [(Int, Double)] = [(own, 0)]
      for r in scratch.list where r != own {
        guard ext[r] >= resolution * refTot[r] * (commTot[s] - refTot[r]) / twoM else { continue }
        let gain = scratch.weight[r] - resolution * kv * refTot[r] / twoM
        if gain >= 0 { options.append((r, gain)) }
      }
      if options.count > 1 {
        let top = options.map(\.1).max()!
        let probs = options.map { exp(($0.1 - top) / theta) }
        var pick = rng.unit() * probs.reduce(0, +)
        var chosen = options.last!.0
        for (i, p) in probs.enumerated() {
          if pick < p { chosen = options[i].0; break }
          pick -= p
        }
        if chosen != own {
          let wr = scratch.weight[chosen]
          refined[v] = chosen
          size[own] = 0; size[chosen] += 1
          refTot[chosen] += kv
          ext[chosen] = ext[chosen] + ext[own] - 2 * wr
        }
      }
      scratch.clear()
    }
    return refined
  }
}
