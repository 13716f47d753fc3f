import Testing
import StakeholderModel
@testable import StakeholderAnalysis

/// Views of a typed graph: full, organizations, people.
@Suite("Graph views")
struct GraphViewTests {
  static func sample() -> StakeholderGraph {
    let ev = Evidence(document: "d", start: 0, end: 1, text: "s")
    let e: [Entity] = [
      Entity(kind: .organization, name: "Urząd Miasta", sector: .localGovernment),
      Entity(kind: .organization, name: "Politechnika", sector: .science),
      Entity(kind: .organization, name: "Firma", sector: .business),
      Entity(kind: .person, name: "Jan Nowak", sector: .science),
      Entity(kind: .person, name: "Anna Kowalska", sector: .localGovernment),
      Entity(kind: .event, name: "Forum Rozwoju"),
      Entity(kind: .project, name: "Projekt X"),
      Entity(kind: .place, name: "Rybnik"),
    ]
    func id(_ i: Int) -> String { e[i].id }
    let r: [Relation] = [
      Relation(source: id(3), target: id(1), type: .affiliatedWith, evidence: [ev]),
      Relation(source: id(4), target: id(0), type: .affiliatedWith, evidence: [ev, Evidence(document: "d", start: 2, end: 3, text: "t")]),
      Relation(source: id(3), target: id(5), type: .participatesIn, evidence: [ev]),
      Relation(source: id(4), target: id(5), type: .participatesIn, evidence: [ev]),
      Relation(source: id(2), target: id(5), type: .participatesIn, evidence: [ev]),
      Relation(source: id(2), target: id(6), type: .participatesIn, evidence: [ev]),
      Relation(source: id(1), target: id(6), type: .organizes, evidence: [ev]),
      Relation(source: id(0), target: id(7), type: .locatedIn, evidence: [ev]),
      Relation(source: id(0), target: id(7), type: .partOf, evidence: [ev]),
    ]
    return StakeholderGraph(entities: e, relations: r)
  }

  @Test("full view: evidence counts as weights, parallel relations summed")
  func full() {
    let g = NetworkGraph.view(.full, of: Self.sample())
    #expect(g.nodeCount == 8)
    let city = g.index["organization:urzad-miasta"]!, place = g.index["place:rybnik"]!
    #expect(g.edges.first { $0.source == min(city, place) && $0.target == max(city, place) }?.weight == 2)
    let anna = g.index["person:anna-kowalska"]!
    #expect(g.weightedDegrees()[anna] == 3)
  }

  @Test("organization view: shared people, events, projects (events through affiliated people)")
  func organizations() {
    let g = NetworkGraph.view(.organizations, of: Self.sample())
    #expect(g.nodes.map(\.id) == ["organization:firma", "organization:politechnika", "organization:urzad-miasta"])
    // Firma–Politechnika share the forum (via Jan Nowak) and Projekt X; Firma–Urząd the forum (via Anna);
    // Politechnika–Urząd the forum (both through their people). Places are not shared contexts.
    let w = Dictionary(uniqueKeysWithValues: g.edges.map { ("\($0.source)-\($0.target)", $0.weight) })
    #expect(w == ["0-1": 2, "0-2": 1, "1-2": 1])
    #expect(g.via(g.edges[0].source, g.edges[0].target) == ["event:forum-rozwoju", "project:projekt-x"])
  }

  @Test("people view: tied by the event they share")
  func people() {
    let g = NetworkGraph.view(.people, of: Self.sample())
    #expect(g.nodeCount == 2 && g.edgeCount == 1)
    #expect(g.via(g.edges[0].source, g.edges[0].target) == ["event:forum-rozwoju"])
  }

  @Test("default view: full when fewer than 5 organizations have ties")
  func defaultView() {
    #expect(GraphView.defaultView(for: NetworkGraph(full: Self.sample())) == .full)
  }

  @Test("brokers explained through events and projects from the typed graph")
  func explanation() {
    let typed = Self.sample()
    let g = NetworkGraph.view(.organizations, of: typed)
    let r = BrokerageReport.make(network: g, view: .organizations, typed: typed)
    // A triangle: nobody brokers.
    #expect(r.explanations.isEmpty)
    let full = NetworkGraph(full: typed)
    let rf = BrokerageReport.make(network: full, view: .full, typed: typed, top: 3)
    #expect(rf.explanations.contains { $0.through.contains("Forum Rozwoju") || $0.name == "Forum Rozwoju" })
  }
}
