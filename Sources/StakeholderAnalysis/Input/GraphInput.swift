import Foundation
import StakeholderModel

/// A graph read from a user's file: the full network, plus the typed graph when the file was the
/// project's JSON (needed to explain brokers through their events and projects).
public struct LoadedGraph: Sendable {
  public var network: NetworkGraph
  public var typed: StakeholderGraph?
  public var source: String
}

/// Reads any supported graph file, choosing the format by extension.
///
///     let g = try GraphInput.load(path: "output/graph.json")
///     let c = try GraphInput.load(path: "net.nodes.csv")          // pairs with net.edges.csv
///     let d = try GraphInput.load(path: "n.csv", edges: "e.csv")
///
/// `.json` is the project's graph (StakeholderModel), `.graphml`/`.xml` GraphML, `.csv` a nodes file
/// with its edges file (given, or found by replacing the last "nodes" in the name with "edges").
public enum GraphInput {
  public static func load(path: String, edges: String? = nil) throws -> LoadedGraph {
    let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
    switch ext {
    case "json":
      let typed = try StakeholderGraph.read(from: URL(fileURLWithPath: path))
      return LoadedGraph(network: NetworkGraph(full: typed), typed: typed, source: path)
    case "graphml", "xml":
      return LoadedGraph(network: try wrap(path) { try GraphMLReader.read(path: path) }, typed: nil, source: path)
    case "csv":
      guard let edgesPath = edges ?? CSVGraphReader.edgesPath(forNodes: path) else {
        throw GraphFileError(file: path, line: nil,
                             message: "which edges file? pass --edges FILE or name the files X.nodes.csv and X.edges.csv")
      }
      guard FileManager.default.fileExists(atPath: edgesPath) else {
        throw GraphFileError(file: edgesPath, line: nil, message: "edges file not found (pass --edges FILE)")
      }
      return LoadedGraph(network: try wrap(path) { try CSVGraphReader.read(nodes: path, edges: edgesPath) },
                         typed: nil, source: path)
    default:
      throw GraphFileError(file: path, line: nil, message: "unknown graph format '.\(ext)'; use .json, .graphml or .csv")
    }
  }

  /// Turns a ``NetworkGraphError`` (which has no line) into a ``GraphFileError`` naming the file.
  private static func wrap(_ path: String, _ body: () throws -> NetworkGraph) throws -> NetworkGraph {
    do { return try body() } catch let e as NetworkGraphError {
      throw GraphFileError(file: path, line: nil, message: e.description)
    }
  }
}
