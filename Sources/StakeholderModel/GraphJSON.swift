import Foundation

/// Reading and writing the graph as the schema's JSON.
extension StakeholderGraph {
  /// Pretty, key-sorted JSON of the normalised graph, ending in a newline: the same graph gives the same bytes.
  /// (Written by ``GraphJSONWriter``: the bytes `JSONEncoder` gives with `.prettyPrinted, .sortedKeys,
  /// .withoutEscapingSlashes`, several times faster.)
  public func jsonData() throws -> Data {
    var bytes = GraphJSONWriter.write(normalized())
    bytes.append(0x0A)
    return Data(bytes)
  }

  /// Decodes and validates a graph from JSON bytes.
  /// - Parameter source: a name for error messages (usually the file path).
  /// - Throws: ``GraphFileError`` naming the source and, where known, the line.
  public static func decode(json data: Data, source: String) throws -> StakeholderGraph {
    // The fast reader takes the plain form; anything else goes to JSONDecoder, for its located errors.
    let graph = try data.withUnsafeBytes({ GraphJSONReader.read($0.bindMemory(to: UInt8.self)) })
      ?? decodeWithFoundation(data, source: source)
    do { try graph.validate() } catch let error as GraphValidationError {
      throw GraphFileError(file: source, line: line(of: error, in: graph, data: data), message: "\(error)")
    }
    return graph
  }

  /// `JSONDecoder`'s reading, with its errors turned into ``GraphFileError``s that name the line.
  private static func decodeWithFoundation(_ data: Data, source: String) throws -> StakeholderGraph {
    do {
      return try JSONDecoder().decode(StakeholderGraph.self, from: data)
    } catch let error as DecodingError {
      if let line = JSONLocation.syntaxErrorLine(in: data) {
        throw GraphFileError(file: source, line: line, message: "not valid JSON")
      }
      throw GraphFileError(file: source, line: JSONLocation.line(of: codingPath(error), in: data), message: describe(error))
    } catch {
      throw GraphFileError(file: source, line: JSONLocation.syntaxErrorLine(in: data),
                           message: "not valid JSON: \(error.localizedDescription)")
    }
  }

  /// Reads and validates a graph from a JSON file.
  public static func read(from url: URL) throws -> StakeholderGraph {
    let data: Data
    do { data = try Data(contentsOf: url) } catch {
      throw GraphFileError(file: url.path, line: nil, message: "cannot read: \(error.localizedDescription)")
    }
    return try decode(json: data, source: url.path)
  }

  /// The line of the entity or relation a validation error is about.
  private static func line(of error: GraphValidationError, in graph: StakeholderGraph, data: Data) -> Int? {
    struct Key: CodingKey {
      var stringValue: String
      var intValue: Int?
      init(_ s: String) { stringValue = s }
      init(_ i: Int) { stringValue = "\(i)"; intValue = i }
      init?(stringValue: String) { self.stringValue = stringValue }
      init?(intValue: Int) { self.init(intValue) }
    }
    switch error {
    case .unknownEntity(_, let index):
      return JSONLocation.line(of: [Key("relations"), Key(index)], in: data)
    case .duplicateEntityID(let id):
      let second = graph.entities.indices.filter { graph.entities[$0].id == id }.dropFirst().first
      return second.flatMap { JSONLocation.line(of: [Key("entities"), Key($0)], in: data) }
    }
  }

  private static func codingPath(_ error: DecodingError) -> [any CodingKey] {
    switch error {
    case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): return c.codingPath
    case .keyNotFound(_, let c): return c.codingPath
    @unknown default: return []
    }
  }

  private static func describe(_ error: DecodingError) -> String {
    func path(_ p: [any CodingKey]) -> String {
      p.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
    switch error {
    case .typeMismatch(_, let c): return "wrong type at \(path(c.codingPath)): \(c.debugDescription)"
    case .valueNotFound(_, let c): return "missing value at \(path(c.codingPath)): \(c.debugDescription)"
    case .keyNotFound(let k, let c): return "missing key '\(k.stringValue)' at \(path(c.codingPath))"
    case .dataCorrupted(let c):
      let under = (c.underlyingError as NSError?).map { " (\($0.localizedDescription))" } ?? ""
      return "invalid data at \(path(c.codingPath)): \(c.debugDescription)\(under)"
    @unknown default: return "\(error)"
    }
  }
}

/// An input file that cannot be read as a graph; names the file and, where known, the line.
public struct GraphFileError: Error, CustomStringConvertible, Equatable {
  public var file: String
  public var line: Int?
  public var message: String

  public init(file: String, line: Int?, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  public var description: String {
    if let line { return "\(file):\(line): \(message)" }
    return "\(file): \(message)"
  }
}
