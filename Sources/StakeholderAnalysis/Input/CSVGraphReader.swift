import Foundation
import StakeholderModel

/// Reads a graph from two CSV files: nodes (`id,name,kind,sector`; only `id` required, columns in any
/// order, others ignored) and edges (`source,target,weight`; `weight` optional, default 1).
///
///     let g = try CSVGraphReader.read(nodes: "net.nodes.csv", edges: "net.edges.csv")
///
/// Errors name the file and the line: missing columns, empty or duplicate ids, unknown node ids in
/// edges, weights that are not finite non-negative numbers, unknown sectors. Nothing is returned on error.
public enum CSVGraphReader {
  /// The edges file conventionally paired with a nodes file: the last "nodes" in the file name
  /// replaced by "edges" (`net.nodes.csv` → `net.edges.csv`, `nodes.csv` → `edges.csv`).
  public static func edgesPath(forNodes path: String) -> String? {
    let url = URL(fileURLWithPath: path)
    let name = url.lastPathComponent
    guard let r = name.range(of: "nodes", options: .backwards) else { return nil }
    return url.deletingLastPathComponent().appendingPathComponent(name.replacingCharacters(in: r, with: "edges")).path
  }

  /// Reads both files.
  public static func read(nodes nodesPath: String, edges edgesPath: String) throws -> NetworkGraph {
    try parse(nodes: readText(nodesPath), nodesFile: nodesPath, edges: readText(edgesPath), edgesFile: edgesPath)
  }

  /// Parses CSV texts; the file names are used in errors.
  public static func parse(nodes: String, nodesFile: String, edges: String, edgesFile: String) throws -> NetworkGraph {
    let nt = try CSVTable(parsing: nodes, file: nodesFile)
    guard let header = nt.records.first else { throw GraphFileError(file: nodesFile, line: 1, message: "empty file; expected a header id,name,kind,sector") }
    let cols = columns(header)
    guard let idCol = cols["id"] else { throw GraphFileError(file: nodesFile, line: header.line, message: "no 'id' column in the header") }
    var list: [NetworkNode] = []
    var seen: [String: Int] = [:]
    for rec in nt.records.dropFirst() {
      func field(_ name: String) -> String? {
        guard let c = cols[name], c < rec.fields.count else { return nil }
        let v = rec.fields[c].trimmingCharacters(in: .whitespaces)
        return v.isEmpty ? nil : v
      }
      guard idCol < rec.fields.count, let id = field("id") else {
        throw GraphFileError(file: nodesFile, line: rec.line, message: "empty node id")
      }
      if let first = seen[id] {
        throw GraphFileError(file: nodesFile, line: rec.line, message: "duplicate node id '\(id)' (first on line \(first))")
      }
      seen[id] = rec.line
      var sector: Sector?
      if let s = field("sector") {
        guard let parsed = SectorName.parse(s) else {
          throw GraphFileError(file: nodesFile, line: rec.line, message: "unknown sector '\(s)'; use \(SectorName.allowed)")
        }
        sector = parsed
      }
      list.append(NetworkNode(id: id, name: field("name"), kind: field("kind"), sector: sector))
    }
    let et = try CSVTable(parsing: edges, file: edgesFile)
    guard let eh = et.records.first else { throw GraphFileError(file: edgesFile, line: 1, message: "empty file; expected a header source,target,weight") }
    let ec = columns(eh)
    guard let sc = ec["source"], let tc = ec["target"] else {
      throw GraphFileError(file: edgesFile, line: eh.line, message: "header needs 'source' and 'target' columns")
    }
    var edgeList: [(String, String, Double)] = []
    for rec in et.records.dropFirst() {
      guard sc < rec.fields.count, tc < rec.fields.count else {
        throw GraphFileError(file: edgesFile, line: rec.line, message: "expected \(eh.fields.count) fields, found \(rec.fields.count)")
      }
      let s = rec.fields[sc].trimmingCharacters(in: .whitespaces), t = rec.fields[tc].trimmingCharacters(in: .whitespaces)
      for id in [s, t] where seen[id] == nil {
        throw GraphFileError(file: edgesFile, line: rec.line, message: "unknown node id '\(id)' (not in \(nodesFile))")
      }
      var w = 1.0
      if let wc = ec["weight"], wc < rec.fields.count {
        let text = rec.fields[wc].trimmingCharacters(in: .whitespaces)
        if !text.isEmpty {
          guard let v = Double(text), v.isFinite, v >= 0 else {
            throw GraphFileError(file: edgesFile, line: rec.line, message: "weight '\(text)' is not a finite non-negative number")
          }
          w = v
        }
      }
      edgeList.append((s, t, w))
    }
    return try NetworkGraph(nodes: list, edges: edgeList)
  }

  private static func columns(_ header: CSVTable.Record) -> [String: Int] {
    var out: [String: Int] = [:]
    for (i, f) in header.fields.enumerated() {
      let key = f.trimmingCharacters(in: .whitespaces).lowercased()
      if out[key] == nil { out[key] = i }
    }
    return out
  }

  static func readText(_ path: String) throws -> String {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw GraphFileError(file: path, line: nil, message: "cannot read (no such file or permission denied)")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw GraphFileError(file: path, line: nil, message: "not valid UTF-8 text")
    }
    return text
  }
}

/// Sector names as files write them: the schema's words, case-insensitive, spaces or hyphens for `_`.
enum SectorName {
  static func parse(_ text: String) -> Sector? {
    let key = text.lowercased().replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
    return Sector(rawValue: key)
  }
  static var allowed: String { Sector.allCases.map(\.rawValue).joined(separator: ", ") }
}
