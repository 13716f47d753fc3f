import StakeholderModel

/// Sector as a group label for brokerage: the sector's position in `Sector.allCases`, or one extra group
/// ("no sector") for nodes without one.
enum SectorGroups {
  static let noneGroup = Sector.allCases.count
  static func of(_ g: NetworkGraph) -> [Int] {
    g.nodes.map { n in n.sector.map { Sector.allCases.firstIndex(of: $0)! } ?? noneGroup }
  }
}
