import Foundation
import Testing

/// `stakeholders metrics` and `stakeholders brokers` on the three input formats.
@Suite("CLI metrics and brokers")
struct MetricsCommandTests {
  static let nodes = "id,name,kind,sector\nc,City,organization,local_government\nu,Uni,organization,science\nf,Firm,organization,business\n"
  static let edges = "source,target,weight\nc,u,2\nu,f,1\n"
  static let graphml = """
    <?xml version="1.0" encoding="utf-8"?>
    <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
      <key id="d0" for="node" attr.name="name" attr.type="string"/>
      <key id="d1" for="node" attr.name="sector" attr.type="string"/>
      <key id="d2" for="edge" attr.name="weight" attr.type="double"/>
      <graph edgedefault="undirected">
        <node id="c"><data key="d0">City</data><data key="d1">local_government</data></node>
        <node id="f"><data key="d0">Firm</data><data key="d1">business</data></node>
        <node id="u"><data key="d0">Uni</data><data key="d1">science</data></node>
        <edge source="c" target="u"><data key="d2">2</data></edge>
        <edge source="u" target="f"><data key="d2">1</data></edge>
      </graph>
    </graphml>
    """
  static let json = """
    {"entities": [
      {"id": "organization:city", "kind": "organization", "name": "City", "aliases": [], "sector": "local_government"},
      {"id": "organization:uni", "kind": "organization", "name": "Uni", "aliases": [], "sector": "science"},
      {"id": "organization:firm", "kind": "organization", "name": "Firm", "aliases": [], "sector": "business"},
      {"id": "event:forum", "kind": "event", "name": "Forum", "aliases": [], "sector": null}],
     "relations": [
      {"source": "organization:city", "target": "event:forum", "type": "participates_in"},
      {"source": "organization:uni", "target": "event:forum", "type": "organizes"},
      {"source": "organization:firm", "target": "organization:uni", "type": "partner_of"}]}
    """

  @Test("CSV and GraphML give the same metrics CSV; the broker is the university")
  func csvAndGraphML() throws {
    let dir = try CLIRunner.temporaryDirectory("metrics")
    defer { try? FileManager.default.removeItem(at: dir) }
    try Self.nodes.write(to: dir.appendingPathComponent("g.nodes.csv"), atomically: true, encoding: .utf8)
    try Self.edges.write(to: dir.appendingPathComponent("g.edges.csv"), atomically: true, encoding: .utf8)
    try Self.graphml.write(to: dir.appendingPathComponent("g.graphml"), atomically: true, encoding: .utf8)
    let a = try CLIRunner.run(["metrics", dir.appendingPathComponent("g.nodes.csv").path, "--view", "full"])
    let b = try CLIRunner.run(["metrics", dir.appendingPathComponent("g.graphml").path, "--view", "full"])
    #expect(a.status == 0 && b.status == 0, "\(a.stderr) \(b.stderr)")
    let lines = a.stdout.split(separator: "\n")
    #expect(lines.first?.hasPrefix("id,name,kind,sector,degree,weighted_degree,betweenness,closeness,harmonic,eigenvector,pagerank,coreness,constraint,effective_size,community,coordinator,itinerant,gatekeeper,representative,liaison") == true)
    #expect(lines.count == 4)
    #expect(lines.contains { $0.hasPrefix("u,Uni,organization,science,2,3,1,1,2,") })
    // GraphML has no kind column: compare every column but kind.
    func dropKind(_ s: String) -> [String] {
      s.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).enumerated().filter { $0.offset != 2 }.map { String($0.element) }.joined(separator: ",") }
    }
    #expect(dropKind(a.stdout) == dropKind(b.stdout))
    let brokers = try CLIRunner.run(["brokers", dir.appendingPathComponent("g.nodes.csv").path, "--view", "full"])
    #expect(brokers.status == 0)
    #expect(brokers.stdout.contains("1. Uni (science) connects business (Firm) with local government (City)."))
  }

  @Test("JSON graph: organization view by name, JSON output, explanation through the event")
  func projectJSON() throws {
    let dir = try CLIRunner.temporaryDirectory("metrics-json")
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("graph.json").path
    try Self.json.write(toFile: path, atomically: true, encoding: .utf8)
    let out = dir.appendingPathComponent("m.json").path
    let r = try CLIRunner.run(["metrics", path, "--view", "organizations", "--format", "json", "--out", out])
    #expect(r.status == 0, "\(r.stderr)")
    let text = try String(contentsOfFile: out, encoding: .utf8)
    #expect(text.contains("\"id\": \"organization:uni\""))
    // Organization view: City–Uni share the forum, Uni–Firm are partners, so Uni brokers through the forum.
    let b = try CLIRunner.run(["brokers", path, "--view", "organizations"])
    #expect(b.status == 0)
    #expect(b.stdout.contains("1. Uni (science) connects business (Firm) with local government (City) through Forum."), "\(b.stdout)")
    // Full view: the event itself brokers between the city and the university.
    let f = try CLIRunner.run(["brokers", path, "--view", "full"])
    #expect(f.stdout.contains("Forum connects local government (City) with science (Uni)."), "\(f.stdout)")
  }

  @Test("errors: unknown node in edges names file and line; --help names networkx functions")
  func errorsAndHelp() throws {
    let dir = try CLIRunner.temporaryDirectory("metrics-err")
    defer { try? FileManager.default.removeItem(at: dir) }
    let n = dir.appendingPathComponent("x.nodes.csv").path
    try Self.nodes.write(toFile: n, atomically: true, encoding: .utf8)
    try "source,target\nc,u\nc,zz\n".write(toFile: dir.appendingPathComponent("x.edges.csv").path, atomically: true, encoding: .utf8)
    let r = try CLIRunner.run(["metrics", n])
    #expect(r.status == 1)
    #expect(r.stderr.contains("x.edges.csv:3: unknown node id 'zz'"))
    let h = try CLIRunner.run(["metrics", "--help"])
    #expect(h.stdout.contains("betweenness_centrality") && h.stdout.contains("core_number"))
  }
}
