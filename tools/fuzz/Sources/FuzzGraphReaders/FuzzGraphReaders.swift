import Foundation
import StakeholderModel

/// libFuzzer entry: arbitrary bytes → the graph readers. Today that is the JSON reader,
/// `StakeholderGraph.decode(json:source:)`; a graph it accepts must also survive a round trip: its
/// `jsonData()` decodes again to the same normalised graph, byte for byte.
///
/// GraphML and CSV readers come later: add them to `readers` below (each takes the bytes and a source name,
/// throws a `GraphFileError` or returns a graph). The first input byte picks the reader, so one corpus serves all.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGraphReaders(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = size == 0 || data == nil ? Data() : Data(bytes: data!, count: size)
  let readers: [(String, (Data) throws -> StakeholderGraph)] = [
    ("fuzz.json", { try StakeholderGraph.decode(json: $0, source: "fuzz.json") }),
    // ("fuzz.graphml", { try StakeholderGraph.decode(graphML: $0, source: "fuzz.graphml") }),
    // ("fuzz.csv", { try StakeholderGraph.decode(csv: $0, source: "fuzz.csv") }),
  ]
  let (source, read) = readers[Int(bytes.first ?? 0) % readers.count]
  let graph: StakeholderGraph
  do {
    graph = try read(bytes)
  } catch let error as GraphFileError {
    precondition(error.file == source, "error does not name the file")
    return 0
  } catch {
    preconditionFailure("reader threw something other than GraphFileError: \(error)")
  }
  let first: Data
  do { first = try graph.jsonData() } catch { preconditionFailure("an accepted graph cannot be written: \(error)") }
  do {
    let again = try StakeholderGraph.decode(json: first, source: "roundtrip.json")
    let second = try again.jsonData()
    precondition(second == first, "JSON round trip changed the bytes")
  } catch {
    preconditionFailure("written JSON of an accepted graph does not read back: \(error)")
  }
  return 0
}

let fuzzEntry: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt = fuzzGraphReaders
