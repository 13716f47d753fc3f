import Foundation
import Testing
import StakeholderModel
@testable import StakeholderAnalysis

/// CSV reader
@Suite("CSV reader")
struct CSVGraphReaderTests {
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
}
