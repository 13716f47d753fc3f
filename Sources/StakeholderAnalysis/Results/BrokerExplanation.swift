import StakeholderModel

/// Why a node is a broker: the sector pairs and entities it connects and the events or projects through
/// which, with a sentence a report can print.
public struct BrokerExplanation: Sendable, Equatable {
  /// One pair of sectors the broker joins, with example entities on each side.
  public struct Bridge: Sendable, Equatable {
    public var sectors: (String, String)
    public var left: [String]
    public var right: [String]
    /// Open paths (unordered pairs) between these two sectors through the broker.
    public var pairs: Int
    public static func == (a: Self, b: Self) -> Bool {
      a.sectors == b.sectors && a.left == b.left && a.right == b.right && a.pairs == b.pairs
    }
  }

  public var id: String
  public var name: String
  public var sector: String?
  public var betweenness: Double
  public var bridges: [Bridge]
  /// Names of the events and projects through which the broker's ties run.
  public var through: [String]
  /// E.g. "Jan Kowalski (science) connects local government (Urząd Miasta X) with business (Firma Y,
  /// Firma Z) through Forum A and Projekt B."
  public var sentence: String
}

extension NetworkGraph {
  /// Explanations for the `top` nodes by betweenness (ties broken by id) that broker at least one pair.
  ///
  ///     let why = graph.explainBrokers(top: 5, betweenness: scores)
  ///
  /// Pairs are neighbours a, c of the broker that are not tied to each other and belong to two different
  /// sectors (neighbours without a sector — places, events, projects — are not sides of a pair); they are
  /// grouped by the two sectors. "Through" lists the events and
  /// projects on the broker's ties: those a projected tie runs through (``NetworkGraph/contexts``) and, in the
  /// full view, event or project neighbours themselves. `names` maps ids of entities outside this graph
  /// (for `via`) to display names; the typed graph's entities give them.
  ///
  /// - Complexity: O(n log n + Σ over the explained brokers b of Σ_{a ∈ N(b)} deg a).
  public func explainBrokers(top: Int, betweenness: [Double], names: [String: String] = [:],
                             kinds: [String: String] = [:]) -> [BrokerExplanation] {
    let order = (0..<nodeCount).sorted { betweenness[$0] != betweenness[$1] ? betweenness[$0] > betweenness[$1] : nodes[$0].id < nodes[$1].id }
    var out: [BrokerExplanation] = []
    var marked = [Bool](repeating: false, count: nodeCount)
    let sectors = SectorCodes(self)
    for b in order where out.count < top {
      if betweenness[b] <= 0 { break }  // sorted: no broker after this one
      let nb = neighborRange(b).map { Int(neighbors[$0]) }
      for u in nb { marked[u] = true }
      let groups = sectorPairs(around: nb, marked: marked, sectors: sectors)
      for u in nb { marked[u] = false }
      if groups.isEmpty { continue }
      var through = Set<String>()
      // A projected node's contexts are exactly the union of its ties' contexts (``NetworkGraph/via(_:_:)``).
      for id in b < contexts.count ? contexts[b] : [] where ["event", "project"].contains(kinds[id] ?? index[id].flatMap { nodes[$0].kind } ?? "") {
        through.insert(names[id] ?? id)
      }
      for u in nb where nodes[u].kind == "event" || nodes[u].kind == "project" { through.insert(nodes[u].name) }
      let bridges = groups.keys.sorted { a, b in
        groups[a]!.pairs != groups[b]!.pairs ? groups[a]!.pairs > groups[b]!.pairs : (a.first, a.second) < (b.first, b.second)
      }.map { key in
        let g = groups[key]!
        return BrokerExplanation.Bridge(sectors: (key.first, key.second), left: g.left.map { nodes[$0].name }.sorted(),
                                        right: g.right.map { nodes[$0].name }.sorted(), pairs: g.pairs)
      }
      let node = nodes[b]
      let label = node.sector.map { " (\($0.label))" } ?? ""
      let clauses = bridges.prefix(3).map { br in
        "\(br.sectors.0.replacingOccurrences(of: "_", with: " ")) (\(list(br.left))) with \(br.sectors.1.replacingOccurrences(of: "_", with: " ")) (\(list(br.right)))"
      }
      var sentence = "\(node.name)\(label) connects " + clauses.joined(separator: "; ")
      let via = through.sorted()
      if !via.isEmpty { sentence += " through " + list(via, limit: 4) }
      sentence += "."
      out.append(BrokerExplanation(id: node.id, name: node.name, sector: node.sector?.rawValue, betweenness: betweenness[b],
                                   bridges: bridges, through: via, sentence: sentence))
    }
    return out
  }

  /// The open pairs among a broker's neighbours `nb` (marked in `marked`) by pair of sectors (in
  /// raw-value order), with the neighbours on each side. A neighbour a of sector x has, towards sector y,
  /// as many open partners as y's neighbours minus those tied to a; each pair is seen from both ends.
  ///
  /// - Complexity: O(Σ_{a ∈ nb} deg a).
  private func sectorPairs(around nb: [Int], marked: [Bool], sectors: SectorCodes)
    -> [SectorPairKey: (left: Set<Int>, right: Set<Int>, pairs: Int)]
  {
    let names = sectors.names, sector = sectors.code
    var bySector = [Int](repeating: 0, count: names.count)
    for u in nb { if let s = sector[u] { bySector[s] += 1 } }
    var tied = [Int](repeating: 0, count: names.count)
    var ends: [SectorPairKey: (left: Set<Int>, right: Set<Int>, ends: Int)] = [:]
    for a in nb {
      guard let x = sector[a] else { continue }
      for slot in neighborRange(a) where marked[Int(neighbors[slot])] {
        if let y = sector[Int(neighbors[slot])] { tied[y] += 1 }
      }
      for y in names.indices where y != x && bySector[y] > 0 {
        let open = bySector[y] - tied[y]
        guard open > 0 else { continue }
        let key = SectorPairKey(names[min(x, y)], names[max(x, y)])
        var entry = ends[key] ?? ([], [], 0)
        if x < y { entry.left.insert(a) } else { entry.right.insert(a) }
        entry.ends += open
        ends[key] = entry
      }
      for y in names.indices { tied[y] = 0 }
    }
    return ends.mapValues { ($0.left, $0.right, $0.ends / 2) }
  }

  private func list(_ items: [String], limit: Int = 3) -> String {
    if items.count <= limit { return items.joined(separator: ", ") }
    return items.prefix(limit).joined(separator: ", ") + " and \(items.count - limit) more"
  }
}

/// Two sectors' raw values, the smaller first.
private struct SectorPairKey: Hashable {
  let first: String, second: String
  init(_ a: String, _ b: String) { first = a; second = b }
}

/// Each node's sector as a small integer in raw-value order (nil: no sector), computed once per
/// explanation run so the Σ deg inner loops count in arrays.
private struct SectorCodes {
  let names = Sector.allCases.map(\.rawValue).sorted()
  let code: [Int?]
  init(_ g: NetworkGraph) {
    let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
    code = g.nodes.map { $0.sector.map { index[$0.rawValue]! } }
  }
}
