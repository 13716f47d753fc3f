import Foundation
import StakeholderModel

/// Checks XML bytes before they reach `XMLParser`.
///
///     try XMLInputGuard.requireUTF8(data, file: "net.graphml")
///
/// FoundationXML on Linux (Swift 6.3) terminates the process, instead of reporting a parse error, when an element
/// or attribute *name* holds bytes that are not valid UTF-8 (swiftlang/swift-corelibs-foundation#5534; found here
/// by tools/fuzz). Input is therefore required to be UTF-8, as Gephi, yEd and networkx write GraphML; UTF-16 with
/// a byte order mark is left to the parser, which converts it itself.
/// - Complexity: O(n), no copy.
enum XMLInputGuard {
  static func requireUTF8(_ data: Data, file: String) throws {
    if data.count >= 2, (data.first == 0xFF && data[data.startIndex + 1] == 0xFE)
      || (data.first == 0xFE && data[data.startIndex + 1] == 0xFF) { return }
    guard let offset = firstInvalidUTF8(data) else { return }
    let line = 1 + data.prefix(offset).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    throw GraphFileError(file: file, line: line,
                         message: "not valid UTF-8 (byte offset \(offset)); save the file as UTF-8")
  }

  /// Refuses processing instructions without data (`<?name?>`, `<?name ?>`): FoundationXML on Linux
  /// (Swift 6.3) passes their NULL data to `strlen` and the process dies (found by tools/fuzz). GraphML
  /// writers emit no such instruction; the XML declaration always has data.
  /// - Complexity: O(n).
  static func refuseEmptyProcessingInstructions(_ data: Data, file: String) throws {
    let bytes = [UInt8](data)
    var i = 0
    var line = 1
    while i + 1 < bytes.count {
      if bytes[i] == 0x0A { line += 1 }
      guard bytes[i] == UInt8(ascii: "<"), bytes[i + 1] == UInt8(ascii: "?") else { i += 1; continue }
      var j = i + 2
      while j < bytes.count, !isSpace(bytes[j]), bytes[j] != UInt8(ascii: "?"), bytes[j] != UInt8(ascii: ">") { j += 1 }
      var k = j
      while k < bytes.count, isSpace(bytes[k]) { k += 1 }
      if k + 1 < bytes.count, bytes[k] == UInt8(ascii: "?"), bytes[k + 1] == UInt8(ascii: ">") {
        let name = String(decoding: bytes[(i + 2)..<j], as: UTF8.self)
        throw GraphFileError(file: file, line: line,
                             message: "processing instruction <?\(name)?> without data is not supported")
      }
      i += 2
    }
  }

  private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

  /// The byte offset of the first ill-formed UTF-8 sequence, or nil.
  static func firstInvalidUTF8(_ data: Data) -> Int? {
    var parser = Unicode.UTF8.ForwardParser()
    var bytes = data.makeIterator()
    var offset = 0
    while true {
      switch parser.parseScalar(from: &bytes) {
      case .valid(let encoded): offset += encoded.count
      case .emptyInput: return nil
      case .error: return offset
      }
    }
  }
}
