import Foundation
import Testing
import StakeholderModel
@testable import StakeholderAnalysis

/// GraphML reader
@Suite("GraphML reader")
struct GraphMLReaderTests {
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
}
