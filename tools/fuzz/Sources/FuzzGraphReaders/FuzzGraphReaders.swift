import Foundation
import StakeholderAnalysis
import StakeholderModel

/// libFuzzer entry: arbitrary bytes → the graph readers. The first input byte picks the reader, so one corpus
/// serves all (the whole input, that byte included, is the file):
/// - 0: the project's JSON, `StakeholderGraph.decode(json:source:)`. A graph it accepts must survive a round
///   trip: its `jsonData()` decodes again to the same bytes.
/// - 1: GraphML, `GraphMLReader.parse(_:file:)` (DOCTYPE/entity declarations refused before parsing).
/// - 2: CSV, `CSVGraphReader.parse(nodes:nodesFile:edges:edgesFile:)`; the bytes up to the first NUL are the
///   nodes file, the rest the edges file.
/// Every reader must return or throw a `GraphFileError` naming its file (the GraphML/CSV readers may also throw
/// `NetworkGraphError`, which `GraphInput.load` wraps into a `GraphFileError`); nothing may trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGraphReaders(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = size == 0 || data == nil ? Data() : Data(bytes: data!, count: size)
  let which = Int(bytes.first ?? 0) % 3
  do {
    switch which {
    case 0:
      let graph = try StakeholderGraph.decode(json: bytes, source: "fuzz.json")
      roundTrip(graph)
    case 1:
      _ = try GraphMLReader.parse(bytes, file: "fuzz.graphml")
    default:
      let split = bytes.firstIndex(of: 0) ?? bytes.endIndex
      let nodes = String(decoding: bytes[bytes.startIndex..<split], as: UTF8.self)
      let edges = split < bytes.endIndex ? String(decoding: bytes[(split + 1)...], as: UTF8.self) : ""
      _ = try CSVGraphReader.parse(nodes: nodes, nodesFile: "fuzz.nodes.csv", edges: edges, edgesFile: "fuzz.edges.csv")
    }
  } catch let error as GraphFileError {
    precondition(error.file.hasPrefix("fuzz."), "error does not name the file: \(error)")
  } catch is NetworkGraphError {
    // Wrapped into a GraphFileError naming the file by GraphInput.load.
  } catch {
    preconditionFailure("reader \(which) threw something other than GraphFileError: \(error)")
  }
  return 0
}

/// An accepted graph writes, and the written JSON reads back to the same bytes.
private func roundTrip(_ graph: StakeholderGraph) {
  let first: Data
  do { first = try graph.jsonData() } catch { preconditionFailure("an accepted graph cannot be written: \(error)") }
  do {
    let again = try StakeholderGraph.decode(json: first, source: "roundtrip.json")
    let second = try again.jsonData()
    precondition(second == first, "JSON round trip changed the bytes")
  } catch {
    preconditionFailure("written JSON of an accepted graph does not read back: \(error)")
  }
}

let fuzzEntry: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt = fuzzGraphReaders
