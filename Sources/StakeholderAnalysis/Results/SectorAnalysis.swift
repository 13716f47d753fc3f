import StakeholderModel

/// How the sectors are knit together: E-I indices, the mixing matrix, cross-sector bridges, communities
/// spanning the triangle and the triple-helix synergy.
public struct SectorAnalysis: Sendable {
  /// A tie between two different sectors, with whether it is a graph bridge (its removal disconnects).
  public struct CrossSectorTie: Sendable, Equatable {
    public var source: String
    public var target: String
    public var sectors: (Sector, Sector)
    public var weight: Double
    public var isBridge: Bool
    public static func == (a: Self, b: Self) -> Bool {
      a.source == b.source && a.target == b.target && a.sectors == b.sectors && a.weight == b.weight && a.isBridge == b.isBridge
    }
  }

  /// A community with its members' sectors counted.
  public struct CommunitySectors: Sendable, Equatable {
    public var community: Int
    public var size: Int
    /// Members per sector, in `Sector.allCases` order (sectors with no member left out).
    public var sectorCounts: [String: Int]
    /// Whether local government, science and business all have a member.
    public var spansTriangle: Bool
  }

  public var ei: EIIndex
  public var mixing: SectorMixing
  /// Cross-sector ties: bridges first, then by weight (descending), then by ids.
  public var crossSectorTies: [CrossSectorTie]
  public var communities: [CommunitySectors]
  public var tripleHelix: TripleHelix?

  /// Communities containing local government, science and business.
  public var triangleCommunities: [CommunitySectors] { communities.filter(\.spansTriangle) }
}

extension NetworkGraph {
  /// Sector measures for a graph and a partition of it.
  ///
  ///     let s = graph.sectorAnalysis(communities: graph.leiden())
  ///
  /// - Complexity: O(n + m · sectors).
  public func sectorAnalysis(communities: CommunityResult) -> SectorAnalysis {
    let bridges = Set(bridgeEdges())
    var ties: [SectorAnalysis.CrossSectorTie] = []
    for (i, e) in edges.enumerated() where e.source != e.target {
      guard let a = nodes[e.source].sector, let b = nodes[e.target].sector, a != b else { continue }
      ties.append(.init(source: nodes[e.source].id, target: nodes[e.target].id, sectors: (a, b), weight: e.weight,
                        isBridge: bridges.contains(i)))
    }
    ties.sort { x, y in
      if x.isBridge != y.isBridge { return x.isBridge }
      if x.weight != y.weight { return x.weight > y.weight }
      return (x.source, x.target) < (y.source, y.target)
    }
    var comms: [SectorAnalysis.CommunitySectors] = []
    for (c, members) in communities.communities.enumerated() {
      var counts: [String: Int] = [:]
      for v in members { if let s = nodes[v].sector { counts[s.rawValue, default: 0] += 1 } }
      let spans = Sector.triangle.allSatisfy { counts[$0.rawValue, default: 0] > 0 }
      comms.append(.init(community: c, size: members.count, sectorCounts: counts, spansTriangle: spans))
    }
    return SectorAnalysis(ei: eiIndex(), mixing: sectorMixing(), crossSectorTies: ties, communities: comms,
                          tripleHelix: tripleHelix())
  }
}
