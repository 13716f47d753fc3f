import Foundation
import Testing
import StakeholderModel
@testable import StakeholderAnalysis

/// GraphML and CSV readers: what Gephi/yEd/networkx write, and clear errors with lines.
@Suite("Graph readers")
struct ReaderTests {
  let networkxGraphML = """
    <?xml version='1.0' encoding='utf-8'?>
    <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
      <key id="d2" for="edge" attr.name="weight" attr.type="double" />
      <key id="d1" for="node" attr.name="sector" attr.type="string" />
      <key id="d0" for="node" attr.name="name" attr.type="string" />
      <graph edgedefault="undirected">
        <node id="a"><data key="d0">Urząd &amp; Co</data><data key="d1">local_government</data></node>
        <node id="b"><data key="d0">Uczelnia</data><data key="d1">Science</data></node>
        <node id="c"/>
        <edge source="a" target="b"><data key="d2">2.5</data></edge>
        <edge source="b" target="c"/>
      </graph>
    </graphml>
    """

  @Test("networkx-style GraphML: names, sectors, weights, default weight 1")
  func graphml() throws {
    let g = try GraphMLReader.parse(Data(networkxGraphML.utf8), file: "t.graphml")
    #expect(g.nodes.map(\.id) == ["a", "b", "c"])
    #expect(g.nodes[0].name == "Urząd & Co")
    #expect(g.nodes[1].sector == .science)
    #expect(g.edges.map(\.weight) == [2.5, 1])
  }

  @Test("yEd labels and Gephi 'label' attribute become names")
  func yedAndGephi() throws {
    let yed = """
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
        <key for="node" id="d6" yfiles.type="nodegraphics"/>
        <key for="node" id="d7" attr.name="label" attr.type="string"/>
        <graph edgedefault="directed">
          <node id="n0"><data key="d6"><y:ShapeNode><y:NodeLabel>Firma A</y:NodeLabel></y:ShapeNode></data></node>
          <node id="n1"><data key="d7">Gmina B</data></node>
          <edge id="e0" source="n0" target="n1"/>
        </graph>
      </graphml>
      """
    let g = try GraphMLReader.parse(Data(yed.utf8), file: "y.graphml")
    #expect(g.nodes.map(\.name) == ["Firma A", "Gmina B"])
    #expect(g.edgeCount == 1)
  }

  @Test("a billion-laughs document is rejected, not expanded")
  func billionLaughs() {
    let bomb = """
      <?xml version="1.0"?>
      <!DOCTYPE lolz [
        <!ENTITY lol "lol">
        <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
        <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
      ]>
      <graphml><graph><node id="&lol3;"/></graph></graphml>
      """
    #expect(throws: GraphFileError(file: "bomb.graphml", line: 2,
                                   message: "DTD or entity declarations are not accepted in GraphML input")) {
      try GraphMLReader.parse(Data(bomb.utf8), file: "bomb.graphml")
    }
  }

  @Test("GraphML errors name the line: unknown node, bad weight, duplicate id, malformed XML")
  func graphmlErrors() {
    func error(_ body: String) -> GraphFileError? {
      let doc = "<graphml>\n<key id=\"w\" for=\"edge\" attr.name=\"weight\"/>\n<graph>\n" + body + "\n</graph>\n</graphml>"
      do { _ = try GraphMLReader.parse(Data(doc.utf8), file: "e.graphml"); return nil } catch { return error as? GraphFileError }
    }
    #expect(error("<node id=\"a\"/>\n<edge source=\"a\" target=\"zz\"/>")?.line == 5)
    #expect(error("<node id=\"a\"/>\n<edge source=\"a\" target=\"a\"><data key=\"w\">heavy</data></edge>")?.line == 5)
    #expect(error("<node id=\"a\"/>\n<node id=\"a\"/>")?.message.contains("duplicate") == true)
    #expect(error("<node id=\"a\">")?.message.contains("malformed") == true)
  }

  @Test("CSV: RFC 4180 quoting, optional columns, default weight")
  func csv() throws {
    let nodes = "id,name,kind,sector\r\nu1,\"Politechnika, \"\"Wydział\"\"\",organization,science\r\nc2,\"Miasto\nRybnik\",organization,local government\r\nx,,,\r\n"
    let edges = "source,target,weight\nu1,c2,3\nc2,x,\n"
    let g = try CSVGraphReader.parse(nodes: nodes, nodesFile: "n.csv", edges: edges, edgesFile: "e.csv")
    #expect(g.nodes.map(\.id) == ["c2", "u1", "x"])
    #expect(g.nodes[1].name == "Politechnika, \"Wydział\"")
    #expect(g.nodes[0].name == "Miasto\nRybnik")
    #expect(g.nodes[0].sector == .localGovernment)
    #expect(g.nodes[2].name == "x" && g.nodes[2].sector == nil)
    #expect(g.edges.map(\.weight).sorted() == [1, 3])
  }

  @Test("CSV errors name the file and line")
  func csvErrors() {
    let nodes = "id,name\na,A\nb,B\n"
    func err(_ n: String, _ e: String) -> GraphFileError? {
      do { _ = try CSVGraphReader.parse(nodes: n, nodesFile: "n.csv", edges: e, edgesFile: "e.csv"); return nil } catch {
        return error as? GraphFileError
      }
    }
    #expect(err(nodes, "source,target\na,b\nb,q\n") == GraphFileError(file: "e.csv", line: 3, message: "unknown node id 'q' (not in n.csv)"))
    #expect(err(nodes, "source,target,weight\na,b,-1\n")?.line == 2)
    #expect(err(nodes + "a,again\n", "source,target\n")?.line == 4)
    #expect(err("id,sector\na,academia\n", "source,target\n")?.message.contains("unknown sector") == true)
    #expect(err("id\n\"a\n", "source,target\n")?.message.contains("never closed") == true)
    #expect(err("name\nA\n", "source,target\n")?.message.contains("'id'") == true)
  }

  @Test("nodes/edges naming convention")
  func pairing() {
    #expect(CSVGraphReader.edgesPath(forNodes: "/d/net.nodes.csv") == "/d/net.edges.csv")
    #expect(CSVGraphReader.edgesPath(forNodes: "/d/nodes.csv") == "/d/edges.csv")
    #expect(CSVGraphReader.edgesPath(forNodes: "/d/graph.csv") == nil)
  }

  @Test("parallel edges are summed; negative or non-finite weights refused")
  func parallelAndWeights() throws {
    let n = [NetworkNode(id: "a"), NetworkNode(id: "b")]
    let g = try NetworkGraph(nodes: n, edges: [("a", "b", 1), ("b", "a", 2)])
    #expect(g.edges.count == 1 && g.edges[0].weight == 3)
    #expect(throws: NetworkGraphError.self) { try NetworkGraph(nodes: n, edges: [("a", "b", .nan)]) }
    #expect(throws: NetworkGraphError.duplicateNode("a")) { try NetworkGraph(nodes: n + [NetworkNode(id: "a")], edges: []) }
  }
}
