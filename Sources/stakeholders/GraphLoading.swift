import Foundation
import StakeholderAnalysis
import StakeholderModel

/// Loading a graph file for `metrics` and `brokers` and choosing the view, with errors as ``CLIError``.
enum GraphLoading {
  /// Reads `path` (.json, .graphml, nodes .csv with `edges`) and returns the requested (or default) view.
  static func load(_ path: String, edges: String?, view: String?) throws -> (LoadedGraph, NetworkGraph, GraphView) {
    guard FileManager.default.fileExists(atPath: path) else { throw CLIError("\(path): no such file") }
    let loaded: LoadedGraph
    do { loaded = try GraphInput.load(path: path, edges: edges) } catch let e as GraphFileError {
      throw CLIError(e.description)
    } catch {
      throw CLIError("\(path): \(error)")
    }
    let chosen: GraphView
    if let view {
      guard let v = GraphView(rawValue: view) else {
        throw CLIError("unknown view '\(view)'; use full, organizations or people")
      }
      chosen = v
    } else {
      chosen = GraphView.defaultView(for: loaded.network)
    }
    return (loaded, loaded.network.projected(chosen), chosen)
  }
}
