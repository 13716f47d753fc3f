import Foundation
import Testing
import StakeholderModel
@testable import StakeholderAnalysis

/// Regression tests for tools/fuzz findings in the GraphML reader.
@Suite("GraphML reader: inputs found by fuzzing")
struct GraphMLInvalidUTF8Tests {
  /// Found by FuzzGraphReaders: an invalid UTF-8 byte in an element or attribute name made FoundationXML trap
  /// (swiftlang/swift-corelibs-foundation#5534). Now a GraphFileError with the line; the process lives on.
  @Test("invalid UTF-8 in an element or attribute name is an error, not a crash",
        arguments: [
          ([0x3C, 0x67, 0x72, 0x61, 0x70, 0x68, 0x6D, 0x6C, 0x3E, 0x0A, 0x3C, 0x65, 0xFF, 0xFF, 0x2F, 0x3E], 2, 12),
          (Array("<graphml>\n\n<e a".utf8) + [0xFF] + Array("=\"1\"/></graphml>".utf8), 3, 15),
        ] as [([UInt8], Int, Int)])
  func invalidName(bytes: [UInt8], line: Int, offset: Int) {
    #expect(throws: GraphFileError(file: "n.graphml", line: line,
                                   message: "not valid UTF-8 (byte offset \(offset)); save the file as UTF-8")) {
      try GraphMLReader.parse(Data(bytes), file: "n.graphml")
    }
  }

  /// Found by FuzzGraphReaders (10-minute run, 2.2 M executions): a processing instruction without data made
  /// FoundationXML call strlen(NULL). Now a GraphFileError with the line.
  @Test("a processing instruction without data is an error, not a crash",
        arguments: [("\n<gr{<?atar?>\":n0\">", 2, "atar"), ("<graphml>\n\n<?x   ?></graphml>", 3, "x")])
  func emptyProcessingInstruction(xml: String, line: Int, name: String) {
    #expect(throws: GraphFileError(file: "p.graphml", line: line,
                                   message: "processing instruction <?\(name)?> without data is not supported")) {
      try GraphMLReader.parse(Data(xml.utf8), file: "p.graphml")
    }
  }

  @Test("the XML declaration and instructions with data still read")
  func declaration() throws {
    let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?app data?><graphml><graph edgedefault=\"undirected\"><node id=\"a\"/></graph></graphml>"
    #expect(try GraphMLReader.parse(Data(xml.utf8), file: "ok.graphml").nodes.count == 1)
  }

  @Test("valid UTF-8 with Polish names still reads")
  func validUTF8() throws {
    let xml = """
      <graphml><key id="k0" for="node" attr.name="name"/><graph edgedefault="undirected">
      <node id="n1"><data key="k0">Urząd Miasta Łódź</data></node><node id="n2"/>
      <edge source="n1" target="n2"/></graph></graphml>
      """
    let g = try GraphMLReader.parse(Data(xml.utf8), file: "ok.graphml")
    #expect(g.nodes.count == 2)
    #expect(XMLInputGuard.firstInvalidUTF8(Data(xml.utf8)) == nil)
    #expect(XMLInputGuard.firstInvalidUTF8(Data([0x61, 0xC4])) == 1)
  }
}
