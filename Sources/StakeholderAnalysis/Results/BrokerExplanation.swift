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
  /// projects on the broker's ties: those a projected tie runs through (``NetworkEdge/via``) and, in the
  /// full view, event or project neighbours themselves. `names` maps ids of entities outside this graph
  /// (for `via`) to display names; the typed graph's entities give them.
  ///
  /// - Complexity: O(top · deg² · log deg).
  public func explainBrokers(top: Int, betweenness: [Double], names: [String: String] = [:],
                             kinds: [String: String] = [:]) -> [BrokerExplanation] {
    let order = (0..<nodeCount).sorted { betweenness[$0] != betweenness[$1] ? betweenness[$0] > betweenness[$1] : nodes[$0].id < nodes[$1].id }
    var edgeAt: [Int: Int] = [:]
    let n = nodeCount
    for (i, e) in edges.enumerated() { edgeAt[e.source * n + e.target] = i }
    var out: [BrokerExplanation] = []
    for b in order where out.count < top {
      let nb = neighborRange(b).map { Int(neighbors[$0]) }
      var groups: [String: (Set<Int>, Set<Int>, Int)] = [:]
      for i in 0..<nb.count {
        for j in (i + 1)..<max(i + 1, nb.count) where !adjacent(nb[i], nb[j]) {
          var (a, c) = (nb[i], nb[j])
          guard var sa = nodes[a].sector?.rawValue, var sc = nodes[c].sector?.rawValue, sa != sc else { continue }
          if sc < sa { swap(&sa, &sc); swap(&a, &c) }
          let key = sa + "\u{1}" + sc
          var entry = groups[key] ?? ([], [], 0)
          entry.0.insert(a); entry.1.insert(c); entry.2 += 1
          groups[key] = entry
        }
      }
      if groups.isEmpty || betweenness[b] <= 0 { continue }
      var through = Set<String>()
      for u in nb {
        let e = edges[edgeAt[min(b, u) * n + max(b, u)]!]
        for id in e.via where ["event", "project"].contains(kinds[id] ?? index[id].flatMap { nodes[$0].kind } ?? "") {
          through.insert(names[id] ?? id)
        }
        if nodes[u].kind == "event" || nodes[u].kind == "project" { through.insert(nodes[u].name) }
      }
      let bridges = groups.keys.sorted { groups[$0]!.2 != groups[$1]!.2 ? groups[$0]!.2 > groups[$1]!.2 : $0 < $1 }.map { key in
        let parts = key.split(separator: "\u{1}").map(String.init)
        let g = groups[key]!
        return BrokerExplanation.Bridge(sectors: (parts[0], parts[1]),
                                        left: g.0.map { nodes[$0].name }.sorted(), right: g.1.map { nodes[$0].name }.sorted(),
                                        pairs: g.2)
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

  private func list(_ items: [String], limit: Int = 3) -> String {
    if items.count <= limit { return items.joined(separator: ", ") }
    return items.prefix(limit).joined(separator: ", ") + " and \(items.count - limit) more"
  }
}
