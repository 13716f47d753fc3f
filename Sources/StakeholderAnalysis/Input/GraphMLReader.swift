import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import StakeholderModel

/// Reads GraphML as Gephi, yEd and networkx write it: `<key>` declarations map `attr.name`s to ids;
/// node attributes `name` (or `label`, or a yEd `NodeLabel`), `kind`, `sector`; edge attribute `weight`
/// (default 1, or the key's `<default>`). Directed graphs are read as undirected.
///
///     let g = try GraphMLReader.read(path: "network.graphml")
///
/// Documents with a DOCTYPE or entity declarations are refused before parsing, so an entity-expansion
/// ("billion laughs") document is rejected, never expanded; external entities are never resolved.
/// Errors name the file and line: malformed XML, missing ids, duplicate or unknown node ids, a
/// weight that is not a finite non-negative number, an unknown sector.
public enum GraphMLReader {
  /// Reads and parses a GraphML file.
  public static func read(path: String) throws -> NetworkGraph {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw GraphFileError(file: path, line: nil, message: "cannot read (no such file or permission denied)")
    }
    return try parse(data, file: path)
  }

  /// Parses GraphML bytes; `file` names the source in errors.
  public static func parse(_ data: Data, file: String) throws -> NetworkGraph {
    try XMLInputGuard.requireUTF8(data, file: file)
    try XMLInputGuard.refuseEmptyProcessingInstructions(data, file: file)
    if let line = declarationLine(in: data) {
      throw GraphFileError(file: file, line: line, message: "DTD or entity declarations are not accepted in GraphML input")
    }
    let handler = GraphMLHandler(file: file)
    let parser = XMLParser(data: data)
    parser.shouldResolveExternalEntities = false
    parser.shouldProcessNamespaces = false
    parser.delegate = handler
    let ok = parser.parse()
    if let error = handler.error { throw error }
    if !ok {
      let message = parser.parserError.map { "malformed XML: \($0.localizedDescription)" } ?? "malformed XML"
      throw GraphFileError(file: file, line: parser.lineNumber, message: message)
    }
    if handler.unclosed {
      throw GraphFileError(file: file, line: parser.lineNumber, message: "malformed XML: a <node> or <edge> is never closed")
    }
    guard handler.sawGraph else { throw GraphFileError(file: file, line: nil, message: "no <graph> element") }
    for e in handler.edges {
      for id in [e.source, e.target] where handler.nodeLine[id] == nil {
        throw GraphFileError(file: file, line: e.line, message: "edge names unknown node id '\(id)'")
      }
    }
    return try NetworkGraph(nodes: handler.nodes, edges: handler.edges.map { ($0.source, $0.target, $0.weight) })
  }

  /// The 1-based line of the first `<!DOCTYPE` or `<!ENTITY` in the document, if any.
  static func declarationLine(in data: Data) -> Int? {
    let bytes = [UInt8](data)
    let patterns: [[UInt8]] = [Array("<!doctype".utf8), Array("<!entity".utf8)]
    var line = 1
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if b == 0x0A { line += 1 }
      if b == 0x3C {
        for p in patterns where i + p.count <= bytes.count {
          var match = true
          for k in 0..<p.count {
            var c = bytes[i + k]
            if c >= 0x41 && c <= 0x5A { c += 0x20 }
            if c != p[k] { match = false; break }
          }
          if match { return line }
        }
      }
      i += 1
    }
    return nil
  }
}

/// SAX handler collecting keys, nodes and edges.
private final class GraphMLHandler: NSObject, XMLParserDelegate {
  struct Key { var name: String; var domain: String; var defaultValue: String? }
  struct PendingEdge { var source: String; var target: String; var weight: Double; var line: Int }

  let file: String
  var keys: [String: Key] = [:]
  var nodes: [NetworkNode] = []
  var nodeLine: [String: Int] = [:]
  var edges: [PendingEdge] = []
  var error: GraphFileError?
  var sawGraph = false

  /// Whether the document ended inside a node or edge (a parser that stops early without an error).
  var unclosed: Bool { node != nil || edge != nil }
  private var currentKey: String?
  private var inDefault = false
  private var node: (id: String, line: Int, data: [String: String])?
  private var edge: (source: String, target: String, line: Int, data: [String: String])?
  private var dataKey: String?
  private var text = ""
  private var yLabel: String?
  private var inNodeLabel = false
  private var depthInGraph = 0

  init(file: String) { self.file = file }

  private func fail(_ parser: XMLParser, _ message: String) {
    if error == nil { error = GraphFileError(file: file, line: parser.lineNumber, message: message) }
    parser.abortParsing()
  }

  func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
              attributes a: [String: String] = [:]) {
    let local = name.split(separator: ":").last.map(String.init) ?? name
    switch local {
    case "key":
      guard let id = a["id"] else { return fail(parser, "<key> without id") }
      let attr = a["attr.name"] ?? id
      keys[id] = Key(name: attr.lowercased(), domain: a["for"] ?? "all", defaultValue: nil)
      currentKey = id
    case "default":
      inDefault = currentKey != nil; text = ""
    case "graph":
      if sawGraph && node == nil { return fail(parser, "only one <graph> per file is read; nested graphs are not supported") }
      sawGraph = true
    case "node":
      if node != nil { return fail(parser, "nested graphs inside nodes are not supported") }
      guard let id = a["id"], !id.isEmpty else { return fail(parser, "<node> without id") }
      if let first = nodeLine[id] { return fail(parser, "duplicate node id '\(id)' (first on line \(first))") }
      nodeLine[id] = parser.lineNumber
      node = (id, parser.lineNumber, [:]); yLabel = nil
    case "edge":
      guard let s = a["source"], let t = a["target"] else { return fail(parser, "<edge> without source or target") }
      edge = (s, t, parser.lineNumber, [:])
    case "hyperedge":
      fail(parser, "hyperedges are not supported")
    case "data":
      dataKey = a["key"]; text = ""
    case "NodeLabel":
      inNodeLabel = node != nil && yLabel == nil; text = ""
    default: break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    let local = name.split(separator: ":").last.map(String.init) ?? name
    switch local {
    case "default":
      if inDefault, let k = currentKey { keys[k]?.defaultValue = text.trimmingCharacters(in: .whitespacesAndNewlines) }
      inDefault = false
    case "key": currentKey = nil
    case "NodeLabel":
      if inNodeLabel { yLabel = text.trimmingCharacters(in: .whitespacesAndNewlines) }
      inNodeLabel = false
    case "data":
      guard let k = dataKey else { return }
      let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
      if edge != nil { edge!.data[k] = value } else if node != nil { node!.data[k] = value }
      dataKey = nil
    case "node":
      guard let n = node else { return }
      var attrs: [String: String] = [:]
      for id in keys.keys.sorted() where keys[id]!.domain == "node" || keys[id]!.domain == "all" {
        let key = keys[id]!
        if let d = key.defaultValue { attrs[key.name] = d }
      }
      for k in n.data.keys.sorted() { attrs[keys[k]?.name ?? k.lowercased()] = n.data[k]! }
      var sector: Sector?
      if let s = attrs["sector"], !s.isEmpty {
        guard let parsed = SectorName.parse(s) else {
          return failAt(parser, n.line, "node '\(n.id)': unknown sector '\(s)'; use \(SectorName.allowed)")
        }
        sector = parsed
      }
      let name = nonEmpty(attrs["name"]) ?? nonEmpty(attrs["label"]) ?? nonEmpty(yLabel)
      nodes.append(NetworkNode(id: n.id, name: name, kind: nonEmpty(attrs["kind"]), sector: sector))
      node = nil
    case "edge":
      guard let e = edge else { return }
      var weightText: String?
      for id in keys.keys.sorted() where keys[id]!.name == "weight" && (keys[id]!.domain == "edge" || keys[id]!.domain == "all") {
        let key = keys[id]!
        weightText = key.defaultValue
      }
      for k in e.data.keys.sorted() where (keys[k]?.name ?? k.lowercased()) == "weight" { weightText = e.data[k]! }
      var w = 1.0
      if let t = weightText, !t.isEmpty {
        guard let v = Double(t), v.isFinite, v >= 0 else {
          return failAt(parser, e.line, "edge \(e.source) – \(e.target): weight '\(t)' is not a finite non-negative number")
        }
        w = v
      }
      edges.append(PendingEdge(source: e.source, target: e.target, weight: w, line: e.line))
      edge = nil
    default: break
    }
  }

  private func failAt(_ parser: XMLParser, _ line: Int, _ message: String) {
    if error == nil { error = GraphFileError(file: file, line: line, message: message) }
    parser.abortParsing()
  }

  private func nonEmpty(_ s: String?) -> String? { (s?.isEmpty ?? true) ? nil : s }

  func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
    fail(parser, "entity declarations are not accepted")
  }

  func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
    fail(parser, "entity declarations are not accepted")
  }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
    if error == nil {
      error = GraphFileError(file: file, line: parser.lineNumber, message: "malformed XML: \(parseError.localizedDescription)")
    }
  }

  func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? { nil }
}
