import StakeholderModel

/// What the analysis found, as rows the reports print. The analysis module fills it; the reports
/// fall back to simple counts of their own for the parts left empty.
///
///     var s = AnalysisSummary()
///     s.brokers = [.init(id: "person:jan-kowalski", explanation: "Links the city office with two universities.")]
public struct AnalysisSummary: Sendable, Equatable {
  /// Entities ranked by centrality, most central first (ids; values are read from ``NodeMetrics``).
  public var centralEntities: [String]
  /// Brokers with a sentence each on why.
  public var brokers: [Broker]
  /// Communities with their members.
  public var communities: [Community]
  /// Sector × sector tie counts; `nil` makes the report count direct ties itself.
  public var sectorMixing: SectorMatrix?
  /// Triangles by sector combination ("local_government–science–business": 3).
  public var sectorTriangles: [LabeledCount]
  /// Ties that cross sectors and matter (e.g. the only tie between two communities).
  public var bridges: [Bridge]
  /// Free sentences shown under the tables (method, caveats).
  public var notes: [String]

  public init(
    centralEntities: [String] = [], brokers: [Broker] = [], communities: [Community] = [],
    sectorMixing: SectorMatrix? = nil, sectorTriangles: [LabeledCount] = [], bridges: [Bridge] = [],
    notes: [String] = []
  ) {
    self.centralEntities = centralEntities
    self.brokers = brokers
    self.communities = communities
    self.sectorMixing = sectorMixing
    self.sectorTriangles = sectorTriangles
    self.bridges = bridges
    self.notes = notes
  }

  /// A broker and the reason it is one.
  public struct Broker: Sendable, Equatable {
    public var id: String
    public var explanation: String
    public init(id: String, explanation: String) {
      self.id = id
      self.explanation = explanation
    }
  }

  /// A community: its index, member ids and an optional label.
  public struct Community: Sendable, Equatable {
    public var index: Int
    public var members: [String]
    public var label: String?
    public init(index: Int, members: [String], label: String? = nil) {
      self.index = index
      self.members = members
      self.label = label
    }
  }

  /// A tie between two entities that crosses sectors, with why it matters.
  public struct Bridge: Sendable, Equatable {
    public var source: String
    public var target: String
    public var explanation: String
    public init(source: String, target: String, explanation: String) {
      self.source = source
      self.target = target
      self.explanation = explanation
    }
  }

  /// A label and a count.
  public struct LabeledCount: Sendable, Equatable {
    public var label: String
    public var count: Int
    public init(label: String, count: Int) {
      self.label = label
      self.count = count
    }
  }
}

/// Counts of ties between sectors: `counts[i][j]` ties between `sectors[i]` and `sectors[j]` (symmetric).
public struct SectorMatrix: Sendable, Equatable {
  public var sectors: [Sector]
  public var counts: [[Int]]

  public init(sectors: [Sector], counts: [[Int]]) {
    self.sectors = sectors
    self.counts = counts
  }

  /// The count between two sectors, 0 when either is not in the matrix.
  public func count(_ a: Sector, _ b: Sector) -> Int {
    guard let i = sectors.firstIndex(of: a), let j = sectors.firstIndex(of: b) else { return 0 }
    return counts[i][j]
  }

  /// Counts direct ties between entities that both have a sector (each relation once, any type).
  ///
  /// - Complexity: O(n + m).
  public static func direct(_ graph: StakeholderGraph) -> SectorMatrix {
    let sectors = Sector.allCases
    var counts = Array(repeating: Array(repeating: 0, count: sectors.count), count: sectors.count)
    let byID = graph.entitiesByID
    for r in graph.relations where r.source != r.target {
      guard let a = byID[r.source]?.sector, let b = byID[r.target]?.sector,
        let i = sectors.firstIndex(of: a), let j = sectors.firstIndex(of: b)
      else { continue }
      counts[i][j] += 1
      if i != j { counts[j][i] += 1 }
    }
    return SectorMatrix(sectors: sectors, counts: counts)
  }
}
