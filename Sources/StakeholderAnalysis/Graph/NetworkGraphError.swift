/// Why a ``NetworkGraph`` cannot be built from the given nodes and edges.
public enum NetworkGraphError: Error, CustomStringConvertible, Equatable {
  case duplicateNode(String)
  case unknownNode(String)
  case badWeight(source: String, target: String, weight: Double)

  public var description: String {
    switch self {
    case .duplicateNode(let id): "duplicate node id '\(id)'"
    case .unknownNode(let id): "edge names unknown node id '\(id)'"
    case .badWeight(let s, let t, let w): "edge \(s) – \(t) has weight \(w); weights must be finite and not negative"
    }
  }
}
