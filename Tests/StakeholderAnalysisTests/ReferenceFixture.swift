import Foundation
import Testing
@testable import StakeholderAnalysis
import StakeholderModel

/// A graph with reference values written by tools/reference/make_reference.py (networkx / python-igraph).
struct ReferenceFixture {
  let name: String
  let json: [String: Any]
  let graph: NetworkGraph

  static let all = ["florentine", "kite", "karate", "generated", "empty", "one_node", "self_loops",
                    "disconnected", "zero_weights"]
  static let small = ["florentine", "kite", "karate", "empty", "one_node", "self_loops", "disconnected", "zero_weights"]

  nonisolated(unsafe) private static var cache: [String: ReferenceFixture] = [:]
  private static let lock = NSLock()

  static func load(_ name: String) throws -> ReferenceFixture {
    lock.lock(); defer { lock.unlock() }
    if let f = cache[name] { return f }
    let url = try #require(Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"))
    let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    let nodes = (json["nodes"] as! [[String: Any]]).map { n in
      NetworkNode(id: n["id"] as! String, name: n["name"] as? String, kind: n["kind"] as? String,
                  sector: (n["sector"] as? String).flatMap(Sector.init(rawValue:)))
    }
    let edges = (json["edges"] as! [[Any]]).map { e in
      (e[0] as! String, e[1] as! String, (e[2] as! NSNumber).doubleValue)
    }
    let f = ReferenceFixture(name: name, json: json, graph: try NetworkGraph(nodes: nodes, edges: edges))
    cache[name] = f
    return f
  }

  /// Reference values of a per-node metric by node index (NaN where the file has null), or nil when absent.
  func values(_ key: String) -> [Double]? {
    guard let dict = json[key] as? [String: Any] else { return nil }
    return values(dict)
  }

  func values(_ dict: [String: Any]) -> [Double] {
    var out = [Double](repeating: .nan, count: graph.nodeCount)
    for (id, v) in dict {
      out[graph.index[id]!] = (v as? NSNumber)?.doubleValue ?? .nan
    }
    return out
  }
}

/// Expects two vectors equal within `tolerance` (NaN equals NaN), naming the first differing node.
func expectClose(_ actual: [Double], _ expected: [Double], tolerance: Double = 1e-9, _ what: String,
                 graph: NetworkGraph, sourceLocation: SourceLocation = #_sourceLocation) {
  #expect(actual.count == expected.count, "\(what): length", sourceLocation: sourceLocation)
  for i in 0..<min(actual.count, expected.count) {
    let a = actual[i], e = expected[i]
    let ok = (a.isNaN && e.isNaN) || abs(a - e) <= tolerance * max(1, abs(e))
    if !ok {
      Issue.record("\(what): node \(graph.nodes[i].id): got \(a), expected \(e)", sourceLocation: sourceLocation)
      return
    }
  }
}
