import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// (Shared by the Export and Rendering test targets.)
/// A small element tree read with Foundation's XMLParser (event-based; each parse has its own state,
/// unlike XMLDocument, whose attribute lookups misbehaved when suites parsed in parallel).
public final class MiniXML: NSObject, XMLParserDelegate {
  public final class Node {
    public let name: String
    public let attributes: [String: String]
    public var children: [Node] = []
    public var text = ""
    init(name: String, attributes: [String: String]) {
      self.name = name
      self.attributes = attributes
    }
    /// Direct children with this (qualified) name.
    public func children(_ name: String) -> [Node] { children.filter { $0.name == name } }
    public func first(_ name: String) -> Node? { children.first { $0.name == name } }
    /// Every descendant with this name, in document order.
    public func all(_ name: String) -> [Node] { children.flatMap { ($0.name == name ? [$0] : []) + $0.all(name) } }
    public subscript(_ attribute: String) -> String? { attributes[attribute] }
  }

  public struct ParseError: Error, CustomStringConvertible {
    public var description: String
  }

  private var stack: [Node] = []
  private var root: Node?

  /// Parses well-formed XML or throws with the parser's message and line.
  public static func parse(_ data: Data) throws -> Node {
    let parser = XMLParser(data: data)
    let builder = MiniXML()
    parser.delegate = builder
    parser.shouldResolveExternalEntities = false
    guard parser.parse(), let root = builder.root else {
      throw ParseError(description: "line \(parser.lineNumber): \(parser.parserError.map { "\($0)" } ?? "no root")")
    }
    return root
  }

  public static func parse(_ text: String) throws -> Node { try parse(Data(text.utf8)) }

  public func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
              attributes: [String: String] = [:]) {
    let node = Node(name: name, attributes: attributes)
    if let parent = stack.last { parent.children.append(node) } else { root = node }
    stack.append(node)
  }

  public func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    stack.removeLast()
  }

  public func parser(_ parser: XMLParser, foundCharacters string: String) { stack.last?.text += string }
}
