import Foundation

/// Finds the line of a problem in JSON text, for error messages that say where.
enum JSONLocation {
  /// The 1-based line of a syntax error, from Foundation's "around character N" (a UTF-16 offset).
  static func syntaxErrorLine(in data: Data) -> Int? {
    do {
      _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
      return nil
    } catch {
      let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
      if text.contains("end of file") {
        // Truncated input: the last line that has anything on it.
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.lastIndex { !$0.allSatisfy(\.isWhitespace) } ?? 0) + 1
      }
      guard let range = text.range(of: "character "),
        let offset = Int(text[range.upperBound...].prefix(while: \.isNumber))
      else { return nil }
      let source = String(decoding: data, as: UTF8.self)
      var line = 1
      for (i, unit) in source.utf16.enumerated() {
        if i >= offset { break }
        if unit == 0x0A { line += 1 }
      }
      return line
    }
  }

  /// The 1-based line where the value at `path` starts (for a missing key: where its object starts).
  static func line(of path: [any CodingKey], in data: Data) -> Int? {
    let bytes = [UInt8](data)
    var scanner = Scanner(bytes: bytes)
    guard let offset = scanner.locate(path[...]) else { return nil }
    return bytes[..<offset].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
  }

  /// A forward-only walk over JSON bytes that skips values it does not need.
  private struct Scanner {
    let bytes: [UInt8]
    var i = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func skipSpace() {
      while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
    }

    /// Offset of the value at `path`, or of the deepest value reached on the way.
    mutating func locate(_ path: ArraySlice<any CodingKey>) -> Int? {
      skipSpace()
      guard i < bytes.count else { return nil }
      let start = i
      guard let key = path.first else { return start }
      if let index = key.intValue, bytes[i] == UInt8(ascii: "[") {
        i += 1
        for n in 0... {
          skipSpace()
          if i >= bytes.count || bytes[i] == UInt8(ascii: "]") { return start }
          if n == index { return locate(path.dropFirst()) }
          guard skipValue() else { return start }
          skipSpace()
          if i < bytes.count, bytes[i] == UInt8(ascii: ",") { i += 1 }
        }
      } else if bytes[i] == UInt8(ascii: "{") {
        i += 1
        while true {
          skipSpace()
          guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return start }
          let name = readString()
          skipSpace()
          guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return start }
          i += 1
          if name == key.stringValue { return locate(path.dropFirst()) }
          guard skipValue() else { return start }
          skipSpace()
          if i < bytes.count, bytes[i] == UInt8(ascii: ",") { i += 1 }
        }
      }
      return start
    }

    /// Reads a string at `i` (which is on its opening quote); escapes are kept as written.
    mutating func readString() -> String {
      i += 1
      let from = i
      while i < bytes.count, bytes[i] != UInt8(ascii: "\"") { i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1 }
      let s = String(decoding: bytes[from..<min(i, bytes.count)], as: UTF8.self)
      i += 1
      return s
    }

    /// Skips one value; false at the end of the input.
    mutating func skipValue() -> Bool {
      skipSpace()
      guard i < bytes.count else { return false }
      switch bytes[i] {
      case UInt8(ascii: "\""): _ = readString()
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        var depth = 0
        repeat {
          switch bytes[i] {
          case UInt8(ascii: "\""): _ = readString(); continue
          case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
          case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
          default: break
          }
          i += 1
        } while depth > 0 && i < bytes.count
      default:
        while i < bytes.count, ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]")].contains(bytes[i]) { i += 1 }
      }
      return true
    }
  }
}
