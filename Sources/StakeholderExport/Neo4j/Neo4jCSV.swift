/// CSV fields as `neo4j-admin database import` reads them (Neo4j 5 defaults: `,` delimiter, `"` quote,
/// `;` array delimiter, `--multiline-fields=false`, `--legacy-style-quoting=false`).
///
///     Neo4jCSV.string("=SUM(A1)")          // "\"=SUM(A1)\""  (kept as written: no apostrophe)
///     Neo4jCSV.array(["UMWP", "a;b"])      // "\"UMWP;a,b\""
///
/// Unlike ``Escape/csv(_:)`` this does **not** neutralise a leading `= + - @`: these files are read by the
/// importer, never opened in a spreadsheet, and an apostrophe would become part of the stored name (a
/// round trip that changes data). What the importer does need:
/// - every string is quoted, with `"` doubled inside (the importer's default; `\"` is not an escape there);
/// - no line breaks inside a field (the default `--multiline-fields=false` rejects them): CR, LF, U+2028/2029
///   and other control characters become a space, NUL is dropped;
/// - a missing value is an empty **unquoted** field, which the importer stores as no property at all
///   (a quoted `""` would store an empty string);
/// - array items cannot contain the array delimiter `;` (the importer has no escape for it), so a `;` inside
///   an item becomes `,`.
enum Neo4jCSV {
  /// The array delimiter the files use (neo4j-admin's default).
  static let arrayDelimiter: Character = ";"

  /// A quoted string field, or an empty field for `nil`.
  static func string(_ value: String?) -> String {
    guard let value else { return "" }
    return "\"" + clean(value).replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// A quoted `string[]` field: items joined with `;`, a `;` inside an item replaced by `,`.
  /// An empty array is written as a missing value.
  static func array(_ items: [String]) -> String {
    guard !items.isEmpty else { return "" }
    let joined = items.map { $0.replacingOccurrences(of: String(arrayDelimiter), with: ",") }
      .joined(separator: String(arrayDelimiter))
    return string(joined)
  }

  /// An `int` or `long` field.
  static func int(_ value: Int?) -> String { value.map(String.init) ?? "" }

  /// A `double` field; non-finite values are written as missing.
  static func double(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "" }
    return "\(value)"
  }

  /// One CSV line from already formatted fields.
  static func line(_ fields: [String]) -> String { fields.joined(separator: ",") + "\n" }

  /// Control characters and line separators to a space; NUL dropped.
  private static func clean(_ s: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in s.unicodeScalars {
      switch scalar.value {
      case 0: continue
      case 0x01...0x1F, 0x7F, 0x85, 0x2028, 0x2029: out.append(" ")
      default: out.append(scalar)
      }
    }
    return String(out)
  }
}
