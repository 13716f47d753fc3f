import Foundation
import StakeholderModel

/// Leydesdorff's triple-helix mutual information among local government (G), science (U) and business (I).
public struct TripleHelix: Sendable, Equatable {
  /// T_UIG in bits; negative values mean synergy (the three reduce each other's uncertainty).
  public var t: Double
  /// Co-participation units that include at least one of the three sectors.
  public var units: Int
  /// How units were formed: "events and projects" or "closed neighbourhoods".
  public var unitKind: String
}

extension NetworkGraph {
  /// The triple-helix synergy T_UIG = H_U + H_I + H_G − H_UI − H_UG − H_IG + H_UIG (bits), over
  /// co-participation units: each event or project node with the sectors of its neighbours; when the
  /// graph has no event or project nodes, each node's closed neighbourhood (the node and its neighbours).
  /// Each unit is a record of which of the three sectors take part; units with none of them are left out.
  /// nil when no unit involves the triangle.
  ///
  ///     let th = graph.tripleHelix()
  ///
  /// - Complexity: O(n + m).
  /// - Source: L. Leydesdorff, "The mutual information of university-industry-government relations:
  ///   an indicator of the Triple Helix dynamics", Scientometrics 58(2), 2003.
  public func tripleHelix() -> TripleHelix? {
    let hubs = (0..<nodeCount).filter { nodes[$0].kind == "event" || nodes[$0].kind == "project" }
    var units: [[Sector]] = []
    if !hubs.isEmpty {
      for h in hubs { units.append(neighborRange(h).compactMap { nodes[Int(neighbors[$0])].sector }) }
    } else {
      for v in 0..<nodeCount {
        units.append(([v] + neighborRange(v).map { Int(neighbors[$0]) }).compactMap { nodes[$0].sector })
      }
    }
    return NetworkGraph.tripleHelix(units: units, unitKind: hubs.isEmpty ? "closed neighbourhoods" : "events and projects")
  }

  /// T_UIG over explicit units (sets of sectors).
  static func tripleHelix(units: [[Sector]], unitKind: String) -> TripleHelix? {
    let rows = units.map { u in Sector.triangle.map { u.contains($0) ? 1 : 0 } }.filter { $0.contains(1) }
    guard !rows.isEmpty else { return nil }
    func entropy(_ idx: [Int]) -> Double {
      var counts: [Int: Int] = [:]
      for r in rows { counts[idx.reduce(0) { $0 * 2 + r[$1] }, default: 0] += 1 }
      let n = Double(rows.count)
      return -counts.keys.sorted().reduce(0.0) { acc, k in
        let p = Double(counts[k]!) / n
        return acc + p * log2(p)
      }
    }
    let t = entropy([0]) + entropy([1]) + entropy([2]) - entropy([0, 1]) - entropy([0, 2]) - entropy([1, 2])
      + entropy([0, 1, 2])
    return TripleHelix(t: t, units: rows.count, unitKind: unitKind)
  }
}
