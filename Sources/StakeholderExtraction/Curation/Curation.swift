import Foundation
import StakeholderModel
import Yams

/// Corrections a user keeps beside the corpus (`stakeholders.yaml`), applied after extraction.
///
///     merge:
///       - into: Izba Gospodarki Elektronicznej      # an id, a name or an alias
///         entities: [e-Izba, IGE]
///     aliases:
///       - entity: Urząd Marszałkowski Województwa Podlaskiego
///         add: [UMWP]
///     set:
///       - entity: Holo4Med
///         sector: business                          # and/or kind, name, role
///     drop: [Human centric 4.0]
///     relations:
///       - {source: Robert Król, target: Holo4Med, type: affiliated_with}
///
/// Operations apply in that order. A reference that names no entity is a warning naming the YAML line;
/// a malformed file is a ``CurationError`` naming the line.
public struct Curation: Sendable {
  /// One correction, with the line it was written on.
  enum Operation: Sendable {
    case merge(into: String, entities: [String], line: Int)
    case alias(entity: String, add: [String], line: Int)
    case set(entity: String, sector: Sector?, kind: EntityKind?, name: String?, role: String?, line: Int)
    case drop(entity: String, line: Int)
    case relation(source: String, target: String, type: RelationType, line: Int)
  }

  var operations: [Operation]
  /// The file the corrections came from (for messages).
  public var source: String

  /// Reads a curation file.
  /// - Throws: ``CurationError`` naming the file and line of the first problem.
  public static func load(from url: URL) throws -> Curation {
    let text: String
    do { text = try String(contentsOf: url, encoding: .utf8) } catch {
      throw CurationError(file: url.path, line: nil, message: "cannot read: \(error.localizedDescription)")
    }
    return try parse(text, source: url.path)
  }

  /// Parses curation YAML text; `source` names it in errors.
  public static func parse(_ text: String, source: String) throws -> Curation {
    let root: Node?
    do { root = try Yams.compose(yaml: text) } catch let e as YamlError {
      throw CurationError(file: source, line: Self.line(of: e), message: "not valid YAML: \(Self.problem(of: e))")
    } catch {
      throw CurationError(file: source, line: nil, message: "not valid YAML: \(error)")
    }
    var ops: [Operation] = []
    guard let root else { return Curation(operations: [], source: source) }
    guard let map = root.mapping else { throw CurationError(file: source, line: root.line, message: "expected a mapping with merge, aliases, set, drop or relations") }
    func err(_ n: Node, _ m: String) -> CurationError { CurationError(file: source, line: n.line, message: m) }
    func string(_ n: Node?, _ what: String, in parent: Node) throws -> String {
      guard let n else { throw err(parent, "missing '\(what)'") }
      guard let s = n.scalar?.string, !s.isEmpty else { throw err(n, "'\(what)' must be a text value") }
      return s
    }
    func strings(_ n: Node?, _ what: String, in parent: Node) throws -> [String] {
      guard let n else { throw err(parent, "missing '\(what)'") }
      if let s = n.scalar?.string { return [s] }
      guard let seq = n.sequence else { throw err(n, "'\(what)' must be a list of names") }
      return try seq.map { try string($0, what, in: n) }
    }
    func items(_ n: Node, _ key: String) throws -> [Node] {
      guard let seq = n.sequence else { throw err(n, "'\(key)' must be a list") }
      return Array(seq)
    }
    let known: Set<String> = ["merge", "aliases", "set", "drop", "relations"]
    for (k, v) in map {
      guard let key = k.scalar?.string else { throw err(k, "expected a key") }
      guard known.contains(key) else { throw err(k, "unknown section '\(key)'; use merge, aliases, set, drop or relations") }
      for item in try items(v, key) {
        switch key {
        case "drop":
          ops.append(.drop(entity: try string(item, "drop", in: v), line: item.line ?? 0))
        case "merge":
          guard let m = item.mapping else { throw err(item, "a merge is {into: NAME, entities: [NAMES]}") }
          ops.append(.merge(into: try string(m["into"], "into", in: item), entities: try strings(m["entities"], "entities", in: item), line: item.line ?? 0))
        case "aliases":
          guard let m = item.mapping else { throw err(item, "an alias entry is {entity: NAME, add: [ALIASES]}") }
          ops.append(.alias(entity: try string(m["entity"], "entity", in: item), add: try strings(m["add"], "add", in: item), line: item.line ?? 0))
        case "set":
          guard let m = item.mapping else { throw err(item, "a set entry is {entity: NAME, sector: …, kind: …, name: …, role: …}") }
          var sector: Sector?
          var kind: EntityKind?
          if let s = m["sector"] {
            let v = try string(s, "sector", in: item)
            guard let x = Sector(rawValue: v) else { throw err(s, "unknown sector '\(v)'; use \(Sector.allCases.map(\.rawValue).joined(separator: ", "))") }
            sector = x
          }
          if let s = m["kind"] {
            let v = try string(s, "kind", in: item)
            guard let x = EntityKind(rawValue: v) else { throw err(s, "unknown kind '\(v)'; use \(EntityKind.allCases.map(\.rawValue).joined(separator: ", "))") }
            kind = x
          }
          let name = try m["name"].map { try string($0, "name", in: item) }
          let role = try m["role"].map { try string($0, "role", in: item) }
          if sector == nil && kind == nil && name == nil && role == nil { throw err(item, "set needs at least one of sector, kind, name, role") }
          ops.append(.set(entity: try string(m["entity"], "entity", in: item), sector: sector, kind: kind, name: name, role: role, line: item.line ?? 0))
        case "relations":
          guard let m = item.mapping else { throw err(item, "a relation is {source: NAME, target: NAME, type: TYPE}") }
          let t = try string(m["type"], "type", in: item)
          guard let type = RelationType(rawValue: t) else {
            throw err(m["type"]!, "unknown relation type '\(t)'; use \(RelationType.allCases.map(\.rawValue).joined(separator: ", "))")
          }
          ops.append(.relation(source: try string(m["source"], "source", in: item), target: try string(m["target"], "target", in: item), type: type, line: item.line ?? 0))
        default: break
        }
      }
    }
    let order: [String: Int] = ["drop": 0, "merge": 1, "alias": 2, "set": 3, "relation": 4]
    func rank(_ o: Operation) -> (Int, Int) {
      switch o {
      case .drop(_, let l): return (order["drop"]!, l)
      case .merge(_, _, let l): return (order["merge"]!, l)
      case .alias(_, _, let l): return (order["alias"]!, l)
      case .set(_, _, _, _, _, let l): return (order["set"]!, l)
      case .relation(_, _, _, let l): return (order["relation"]!, l)
      }
    }
    ops.sort { rank($0) < rank($1) }
    return Curation(operations: ops, source: source)
  }

  static func line(of e: YamlError) -> Int? {
    switch e {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
    default: return nil
    }
  }

  static func problem(of e: YamlError) -> String {
    switch e {
    case .scanner(_, let p, _, _), .parser(_, let p, _, _), .composer(_, let p, _, _): return p
    default: return "\(e)"
    }
  }
}

/// A curation file that cannot be used; names the file and line.
public struct CurationError: Error, CustomStringConvertible, Equatable {
  public var file: String
  public var line: Int?
  public var message: String
  public var description: String { line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)" }
}

extension Node {
  var line: Int? { mark?.line }
}
