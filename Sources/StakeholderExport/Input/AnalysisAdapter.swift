import StakeholderAnalysis
import StakeholderModel

/// Turns the analysis module's results into the plain inputs the diagrams and reports take.
public enum AnalysisAdapter {
  /// Per-entity metrics from a metrics table (every numeric column, the community, the brokerage roles).
  ///
  ///     let metrics = AnalysisAdapter.nodeMetrics(MetricsTable.compute(NetworkGraph(full: graph)))
  public static func nodeMetrics(_ table: MetricsTable) -> NodeMetrics {
    var m = NodeMetrics()
    for r in table.rows {
      let values: [(String, Double)] = [
        ("degree", Double(r.degree)), ("weighted_degree", r.weightedDegree), ("betweenness", r.betweenness),
        ("closeness", r.closeness), ("harmonic", r.harmonic), ("eigenvector", r.eigenvector),
        ("pagerank", r.pagerank), ("coreness", Double(r.coreness)), ("constraint", r.constraint),
        ("effective_size", r.effectiveSize),
      ]
      for (name, value) in values where value.isFinite { m.set(name, value, for: r.id) }
      m.community[r.id] = r.community
      let roles: [(String, Double)] = [
        ("coordinator", r.coordinator), ("itinerant", r.itinerant), ("gatekeeper", r.gatekeeper),
        ("representative", r.representative), ("liaison", r.liaison),
      ]
      let nonZero = roles.filter { $0.1 > 0 }
      if !nonZero.isEmpty {
        m.brokerRoles[r.id] = Dictionary(uniqueKeysWithValues: nonZero.map { ($0.0, Int($0.1.rounded())) })
      }
    }
    return m
  }

  /// The report summary: most central entities, brokers and why, communities, the sector mixing matrix,
  /// cross-sector bridges and notes on the triangle.
  /// - Parameters:
  ///   - central: the table that ranks the most central entities (by betweenness, then PageRank).
  ///   - view: the view brokerage and communities were computed on.
  ///   - viewTable, brokerage, sectors: results on that view.
  public static func summary(
    central: MetricsTable, view: GraphView, viewTable: MetricsTable, brokerage: BrokerageReport,
    sectors: SectorAnalysis, network: NetworkGraph, top: Int = 15
  ) -> AnalysisSummary {
    let ranked = central.rows.sorted {
      ($0.betweenness, $0.pagerank, $1.id) > ($1.betweenness, $1.pagerank, $0.id)
    }
    let brokers = brokerage.explanations.map { AnalysisSummary.Broker(id: $0.id, explanation: $0.sentence) }
    let communities = viewTable.communities.communities.enumerated().map { index, members in
      AnalysisSummary.Community(index: index, members: members.map { network.nodes[$0].id }.sorted())
    }
    let mix = sectors.mixing
    let sectorList = Sector.allCases
    let counts = sectorList.map { a in
      sectorList.map { b in
        guard let i = mix.labels.firstIndex(of: a.rawValue), let j = mix.labels.firstIndex(of: b.rawValue) else { return 0 }
        return mix.count[i][j]
      }
    }
    let bridges = sectors.crossSectorTies.prefix(top).map { t in
      AnalysisSummary.Bridge(
        source: t.source, target: t.target,
        explanation: "\(t.sectors.0.label) – \(t.sectors.1.label)"
          + (t.isBridge ? "; the only path between its two sides" : "; tie weight \(NumberText.short(t.weight))"))
    }
    var triangle: [AnalysisSummary.LabeledCount] = []
    for (i, a) in Sector.triangle.enumerated() {
      for b in Sector.triangle[i...] {
        triangle.append(.init(label: a == b ? "\(a.label) (within)" : "\(a.label) – \(b.label)",
                              count: counts[sectorList.firstIndex(of: a)!][sectorList.firstIndex(of: b)!]))
      }
    }
    var notes = [
      "Brokerage, communities and sector mixing are computed on the \(view.rawValue) view "
        + "(\(network.nodeCount) nodes, \(network.edges.count) ties); \(viewTable.communities.count) communities, "
        + "modularity \(NumberText.short(viewTable.communities.modularity)).",
      "Communities spanning local government, science and business: \(sectors.triangleCommunities.count) of \(sectors.communities.count).",
    ]
    var tables = [(central, "the full graph")]
    if view != .full { tables.append((viewTable, "the \(view.rawValue) view")) }
    for (table, label) in tables where !table.pathSources.isExact {
      notes.append("Betweenness, closeness and harmonic centrality on \(label) are estimates from "
        + "\(table.pathSources.sources) of \(table.pathSources.nodes) nodes as sources (seeded sample; exact on smaller graphs).")
    }
    if let th = sectors.tripleHelix {
      notes.append("Triple-helix synergy T(UIG) = \(NumberText.short(th.t)) bits over \(th.units) \(th.unitKind)"
        + (th.t < 0 ? " (negative: the three sectors reinforce each other)." : " (no synergy)."))
    }
    return AnalysisSummary(
      centralEntities: ranked.prefix(top).map(\.id), brokers: brokers, communities: communities,
      sectorMixing: SectorMatrix(sectors: sectorList, counts: counts), sectorTriangles: triangle,
      bridges: Array(bridges), notes: notes)
  }
}

/// Short, locale-independent number text for sentences ("0.52", "12").
enum NumberText {
  static func short(_ x: Double) -> String {
    guard x.isFinite else { return "–" }
    if x == x.rounded() && abs(x) < 1e9 { return String(Int(x)) }
    let scaled = (x * 1000).rounded() / 1000
    return "\(scaled)"
  }
}
