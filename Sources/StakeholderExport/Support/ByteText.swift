import StakeholderModel

/// A text file being built as UTF-8 bytes: appending a string copies its bytes, with no intermediate
/// strings, which is what makes the large exports (GraphML, GEXF, CSV of a 10,000-document graph,
/// hundreds of MB) cheap to build.
///
///     var t = ByteText()
///     t.add("<name>"); t.xml(entity.name); t.add("</name>\n")
///     let data = Data(t.bytes)
struct ByteText {
  var bytes: [UInt8] = []

  /// An empty buffer with room for `capacity` bytes.
  init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

  /// Appends text as it is.
  mutating func add(_ s: String) { bytes.append(contentsOf: s.utf8) }

  /// Appends an integer in decimal.
  mutating func add(_ n: Int) { bytes.append(contentsOf: String(n).utf8) }

  /// Appends text escaped for XML (``Escape/xml(_:)``).
  mutating func xml(_ s: String) { add(Escape.xml(s)) }

  /// Appends one CSV field (``Escape/csv(_:)``).
  mutating func csv(_ s: String) { add(Escape.csv(s)) }

  /// Appends a CSV record: the fields escaped, comma-separated, and a line end.
  mutating func csvLine(_ fields: [String]) {
    for (i, f) in fields.enumerated() {
      if i > 0 { bytes.append(UInt8(ascii: ",")) }
      csv(f)
    }
    bytes.append(0x0A)
  }

  /// The text as a string.
  var string: String { String(decoding: bytes, as: UTF8.self) }
}
