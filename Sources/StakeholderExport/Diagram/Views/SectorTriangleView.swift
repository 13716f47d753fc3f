import Foundation
import StakeholderModel

/// The sector triangle: local government, science and business as three nodes (plus one node for all
/// other sectors when any occur), with the number of ties between them on the edges and within them
/// in the nodes.
enum SectorTriangleView {
  /// The groups drawn: the triangle's three sectors, then "other sectors".
  static let otherKey = "sector:other-sectors"

  static func key(_ s: Sector) -> String {
    Sector.triangle.contains(s) ? "sector:" + s.rawValue : otherKey
  }

  /// - Parameter matrix: sector tie counts (the analysis's, or ``SectorMatrix/direct(_:)``).
  static func build(_ graph: StakeholderGraph, matrix: SectorMatrix) -> DiagramGraph {
    var entities: [String: Int] = [:]
    for e in graph.entities { if let s = e.sector { entities[key(s), default: 0] += 1 } }
    var within: [String: Int] = [:]
    var between: [String: [String: Int]] = [:]
    for (i, a) in matrix.sectors.enumerated() {
      for (j, b) in matrix.sectors.enumerated() where j >= i {
        let n = matrix.counts[i][j]
        guard n > 0 else { continue }
        let (ka, kb) = (key(a), key(b))
        if ka == kb { within[ka, default: 0] += n } else {
          let (x, y) = ka < kb ? (ka, kb) : (kb, ka)
          between[x, default: [:]][y, default: 0] += n
        }
      }
    }
    var keys = Sector.triangle.map(key)
    if entities[otherKey] != nil || between.keys.contains(otherKey) || between.values.contains(where: { $0[otherKey] != nil }) {
      keys.append(otherKey)
    }
    // Pinned corners of a triangle (inches); "other sectors" inside it, so no tie crosses another.
    let pins: [String: (Double, Double)] = [
      key(.localGovernment): (0, 4.4), key(.science): (-4.2, 0), key(.business): (4.2, 0), otherKey: (0, 1.5),
    ]
    let nodes = keys.map { k -> DiagramNode in
      let sector: Sector? = k == otherKey ? .other : Sector(rawValue: String(k.dropFirst("sector:".count)))
      let name = k == otherKey ? "other sectors" : (sector?.label ?? k)
      let n = entities[k] ?? 0, w = within[k] ?? 0
      let detail = "\(n) \(n == 1 ? "entity" : "entities") · \(w) \(w == 1 ? "tie" : "ties") within"
      return DiagramNode(
        key: k, label: name + "\n" + detail, kind: nil, sector: sector, title: "\(name)\n\(detail)",
        size: Double(n), pin: pins[k], classes: ["sector-node"])
    }
    var edges: [DiagramEdge] = []
    for a in keys.sorted() {
      for b in keys.sorted() where b > a {
        guard let n = between[a]?[b], n > 0 else { continue }
        let la = nodes.first { $0.key == a }!.label.split(separator: "\n")[0]
        let lb = nodes.first { $0.key == b }!.label.split(separator: "\n")[0]
        edges.append(DiagramEdge(
          source: a, target: b, type: nil, weight: n, title: "\(la) — \(lb): \(n) \(n == 1 ? "tie" : "ties")",
          label: "\(n)"))
      }
    }
    return DiagramGraph(
      view: "sector-triangle", nodes: nodes, edges: edges,
      caption: ["Ties between and within sectors; numbers count relations between entities of those sectors."])
  }
}
