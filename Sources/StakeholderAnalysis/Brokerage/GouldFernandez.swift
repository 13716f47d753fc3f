import Foundation

/// The five Gould–Fernandez brokerage roles of a broker b on a path a → b → c (a, c not tied).
public enum BrokerageRole: String, CaseIterable, Sendable {
  /// a, b and c in one group.
  case coordinator
  /// a and c in one group, b outside it (also called consultant).
  case itinerant
  /// b and c in one group, a outside: b controls what enters its group.
  case gatekeeper
  /// a and b in one group, c outside: b speaks for its group.
  case representative
  /// a, b and c in three different groups.
  case liaison
}

/// Role counts per node with their expected values and z-scores under random group labels.
public struct BrokerageScores: Sendable {
  /// `counts[role][node]`, indexed by `BrokerageRole.allCases` order.
  public var counts: [[Double]]
  public var expected: [[Double]]
  /// NaN where the variance is 0 (no open paths through the node, or a role that cannot occur).
  public var z: [[Double]]
  /// Open ordered two-paths through each node.
  public var openPaths: [Double]

  public func count(_ role: BrokerageRole, _ node: Int) -> Double { counts[role.index][node] }
  /// Total brokerage of a node (all roles).
  public func total(_ node: Int) -> Double { counts.reduce(0) { $0 + $1[node] } }
}

extension BrokerageRole {
  var index: Int { BrokerageRole.allCases.firstIndex(of: self)! }
}

extension NetworkGraph {
  /// Gould–Fernandez brokerage roles with sector as the group (nodes without a sector form one more group).
  ///
  ///     let roles = graph.brokerage()
  ///     roles.count(.liaison, v)
  ///
  /// An undirected tie is read as two arcs, so every open path a – b – c (a ≠ c, a and c not tied,
  /// self-loops ignored) counts in both directions: coordinator, itinerant and liaison counts are twice
  /// the number of unordered pairs b brokers, and a pair that makes b a gatekeeper one way makes it a
  /// representative the other way (so the two are equal on an undirected graph).
  ///
  /// Expected counts: P(role) × the open paths through b, where P(role) is the chance of the role when
  /// the two endpoints' groups are drawn without replacement from the other n − 1 nodes (group sizes as
  /// observed); z = (observed − expected) / √(paths · P · (1 − P)) (a binomial approximation).
  ///
  /// - Complexity: O(Σ_b Σ_{a∈N(b)} deg a + n·g²) for g groups, parallel over fixed blocks of nodes.
  /// - Source: R. V. Gould & R. M. Fernandez, "Structures of mediation: a formal approach to brokerage in
  ///   transaction networks", Sociological Methodology 19 (1989).
  public func brokerage(groups given: [Int]? = nil) -> BrokerageScores {
    let n = nodeCount
    let groups = given ?? SectorGroups.of(self)
    let roles = BrokerageRole.allCases.count
    let perNode = roleCounts(groups: groups)
    var counts = [[Double]](repeating: [Double](repeating: 0, count: n), count: roles)
    var paths = [Double](repeating: 0, count: n)
    for b in 0..<n {
      for r in 0..<roles { counts[r][b] = perNode[b][r] }
      paths[b] = perNode[b][roles]
    }
    var sizes: [Int: Int] = [:]
    for g in groups { sizes[g, default: 0] += 1 }
    var expected = counts, z = counts
    let denom = Double(n - 1) * Double(n - 2)
    for b in 0..<n {
      let g = groups[b]
      let ng = Double(sizes[g]!)
      var p = [Double](repeating: 0, count: roles)
      if n > 2 {
        // Sorted by group so the floating-point sums do not depend on Dictionary order.
        let others = sizes.keys.sorted().filter { $0 != g }.map { Double(sizes[$0]!) }
        let nn = Double(n)
        p[0] = (ng - 1) * (ng - 2) / denom
        p[1] = others.reduce(0) { $0 + $1 * ($1 - 1) } / denom
        p[2] = (nn - ng) * (ng - 1) / denom
        p[3] = (ng - 1) * (nn - ng) / denom
        let sum = others.reduce(0, +)
        p[4] = (sum * sum - others.reduce(0) { $0 + $1 * $1 }) / denom
      }
      for r in 0..<roles {
        let e = paths[b] * p[r]
        expected[r][b] = e
        let variance = paths[b] * p[r] * (1 - p[r])
        z[r][b] = variance > 0 ? (counts[r][b] - e) / variance.squareRoot() : .nan
      }
    }
    return BrokerageScores(counts: counts, expected: expected, z: z, openPaths: paths)
  }

  /// Per broker b: the five role counts and the open ordered two-paths through b (last). Pairs of b's
  /// neighbours are counted by group combinatorially, then the tied pairs (triangles through b, found
  /// by marking b's neighbours) are taken away, so no pair of neighbours is visited one by one.
  /// - Parameter bitRows: count the tied pairs with ``GroupedBitRows`` (word operations) rather than by
  ///   marking; nil chooses by density (``GroupedBitRows/pays(for:)``). Both give the same counts.
  func roleCounts(groups: [Int], bitRows: Bool? = nil) -> [[Double]] {
    let n = nodeCount
    let labels = Array(Set(groups)).sorted()
    var denseOf: [Int: Int] = [:]
    for (i, l) in labels.enumerated() { denseOf[l] = i }
    let group = groups.map { denseOf[$0]! }
    let g = labels.count
    let rows = (bitRows ?? GroupedBitRows.pays(for: self)) ? GroupedBitRows(self, group: group, groups: g) : nil
    struct Scratch { var marked: [Bool]; var perGroup: [Int]; var tied: [Int]; var bits: [UInt64] }
    let make = { Scratch(marked: [Bool](repeating: false, count: rows == nil ? n : 0), perGroup: [Int](repeating: 0, count: g),
                         tied: [Int](repeating: 0, count: g * g), bits: [UInt64](repeating: 0, count: rows?.words ?? 0)) }
    let roles = BrokerageRole.allCases.count
    return Parallel.map(n, initial: [Double](repeating: 0, count: roles + 1), scratch: make) { b, s in
      let row = neighborRange(b)
      for slot in row { s.perGroup[group[Int(neighbors[slot])]] += 1 }
      if let rows {
        rows.countTiedPairs(around: b, in: self, bits: &s.bits, tied: &s.tied)
      } else {
        for slot in row { s.marked[Int(neighbors[slot])] = true }
        countTiedPairsByMarking(around: b, group: group, groups: g, marked: s.marked, tied: &s.tied)
        for slot in row { s.marked[Int(neighbors[slot])] = false }
      }
      var out = [Double](repeating: 0, count: roles + 1)
      let gb = group[b]
      for x in 0..<g {
        for y in x..<g {
          let all = x == y ? s.perGroup[x] * (s.perGroup[x] - 1) / 2 : s.perGroup[x] * s.perGroup[y]
          let tied = x == y ? s.tied[x * g + x] : s.tied[x * g + y] + s.tied[y * g + x]
          let open = Double(all - tied)
          guard open > 0 else { continue }
          out[roles] += 2 * open
          if x == y { out[x == gb ? 0 : 1] += 2 * open }
          else if x == gb || y == gb { out[2] += open; out[3] += open }
          else { out[4] += 2 * open }
        }
      }
      for slot in row { s.perGroup[group[Int(neighbors[slot])]] = 0 }
      for k in 0..<(g * g) { s.tied[k] = 0 }
      return out
    }
  }

  /// Adds to `tied[x·g + y]` the tied pairs {a, c} of b's neighbours (a < c, groups x and y), found by
  /// walking each neighbour's row and looking up the marks of b's neighbours: Σ_{a∈N(b)} deg a steps.
  private func countTiedPairsByMarking(around b: Int, group: [Int], groups g: Int, marked: [Bool], tied: inout [Int]) {
    let row = neighborRange(b)
    // The hot loop (Σ deg² steps on dense views) on raw buffers, without bounds checks per step.
    withRows { nb, _, off in
      group.withUnsafeBufferPointer { grp in
        marked.withUnsafeBufferPointer { marked in
          tied.withUnsafeMutableBufferPointer { tied in
            for slot in row {
              let a = Int(nb[slot])
              let base = grp[a] * g
              for s2 in off[a]..<off[a + 1] {
                let c = Int(nb[s2])
                if c > a && marked[c] { tied[base + grp[c]] += 1 }
              }
            }
          }
        }
      }
    }
  }
}
