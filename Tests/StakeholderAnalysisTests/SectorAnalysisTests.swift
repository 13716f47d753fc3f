import Testing
import StakeholderModel
@testable import StakeholderAnalysis

/// Sector analysis and broker explanations
@Suite("Sector analysis and broker explanations")
struct SectorAnalysisTests {
  @Test("sector analysis finds triangle communities and explains brokers")
  func sectorAnalysis() throws {
    let nodes = [NetworkNode(id: "city", name: "City Hall", kind: "organization", sector: .localGovernment),
                 NetworkNode(id: "uni", name: "University", kind: "organization", sector: .science),
                 NetworkNode(id: "firm", name: "Firm", kind: "organization", sector: .business)]
    let g = try NetworkGraph(nodes: nodes, edges: [("city", "uni", 1), ("uni", "firm", 1)])
    let a = g.sectorAnalysis(communities: CommunityResult(membership: [0, 0, 0], count: 1, modularity: 0))
    #expect(a.triangleCommunities.count == 1)
    #expect(a.crossSectorTies.allSatisfy { $0.isBridge })
    let why = g.explainBrokers(top: 3, betweenness: g.betweenness())
    #expect(why.count == 1)
    #expect(why.first?.id == "uni")
    #expect(why.first?.sentence == "University (science) connects business (Firm) with local_government (City Hall).".replacingOccurrences(of: "local_government", with: "local government"))
  }
}
