import Foundation

/// Escaping for every text format the exporters write. Every string that comes from a document or a
/// user goes through one of these before it is written.
public enum Escape {
  /// XML 1.0 text and attribute values (SVG, GraphML, GEXF, HTML): escapes `& < > " '`, writes tab, LF and CR
  /// as character references (a parser would turn them into spaces inside an attribute value, and CR into LF
  /// in text), and replaces characters XML 1.0 forbids (other C0 controls; U+FFFE/U+FFFF) with U+FFFD.
  public static func xml(_ s: String) -> String { xmlEscaped(s, rawTabAndLF: false) }

  /// XML 1.0 element content only (never an attribute value): as ``xml(_:)``, but tab and LF stay as they
  /// are, since a parser keeps them in text (an SVG `<title>` tooltip breaks its lines there); CR is still
  /// written `&#13;`, which a parser would otherwise turn into LF.
  public static func xmlText(_ s: String) -> String { xmlEscaped(s, rawTabAndLF: true) }

  private static func xmlEscaped(_ s: String, rawTabAndLF: Bool) -> String {
    if !mayChange(s, xmlMayChange) { return s }
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count + 16)
    func add(_ text: StaticString) { text.withUTF8Buffer { out.append(contentsOf: $0) } }
    for scalar in s.unicodeScalars {
      switch scalar {
      case "&": add("&amp;")
      case "<": add("&lt;")
      case ">": add("&gt;")
      case "\"": add("&quot;")
      case "'": add("&#39;")
      case "\t": if rawTabAndLF { out.append(9) } else { add("&#9;") }
      case "\n": if rawTabAndLF { out.append(10) } else { add("&#10;") }
      case "\r": add("&#13;")
      default:
        let v = scalar.value
        if v < 0x20 || v == 0xFFFE || v == 0xFFFF || (v >= 0x7F && v <= 0x84) || (v >= 0x86 && v <= 0x9F) {
          add("\u{FFFD}")
        } else {
          UTF8.encode(scalar) { out.append($0) }
        }
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// HTML text and attribute values: the XML escaping (valid in HTML too).
  public static func html(_ s: String) -> String { xml(s) }

  /// A DOT double-quoted string body: escapes `"` and `\`, turns line breaks into `\n`, turns controls into
  /// spaces and what XML 1.0 forbids (U+FFFE, U+FFFF, C1 controls) into U+FFFD, since labels reach the SVG.
  public static func dot(_ s: String) -> String {
    if !mayChange(s, dotMayChange) { return s }
    var out = ""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": break
      default:
        let v = scalar.value
        if v < 0x20 || v == 0x7F {
          out += " "
        } else if v == 0xFFFE || v == 0xFFFF || (v >= 0x80 && v <= 0x9F && v != 0x85) {
          // Graphviz copies labels into SVG as they are; XML 1.0 forbids these (C1 controls are discouraged).
          out += "\u{FFFD}"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }

  /// A CSV field (RFC 4180): quoted when it holds a comma, quote or line break; a leading
  /// `= + - @`, tab or CR is neutralised with a leading apostrophe, as OWASP advises against formula injection.
  public static func csv(_ s: String) -> String {
    if let first = s.utf8.first, !"=+-@\t\r".utf8.contains(first),
       !s.utf8.contains(where: { $0 == 0 || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }) {
      return s
    }
    var v = s.utf8.contains(0) ? String(s.unicodeScalars.filter { $0 != "\u{0}" }) : s
    if let first = v.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
      // Plain numbers such as -0.5 stay numbers.
      if Double(v) == nil { v = "'" + v }
    }
    guard v.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }) else { return v }
    var out: [UInt8] = [UInt8(ascii: "\"")]
    out.reserveCapacity(v.utf8.count + 8)
    for b in v.utf8 {
      out.append(b)
      if b == UInt8(ascii: "\"") { out.append(b) }
    }
    out.append(UInt8(ascii: "\""))
    return String(decoding: out, as: UTF8.self)
  }

  /// Per UTF-8 byte: whether it may start something the XML (or DOT) escaper changes: one of its special
  /// characters, a C0 control or DEL, or the lead byte of a C1 control (0xC2) or of U+FFFE/U+FFFF (0xEF).
  /// Strings without such a byte (most names and sentences) are returned as they are; a table lookup
  /// keeps that scan cheap on hundreds of MB of exports.
  private static let xmlMayChange = mayChangeTable("&<>\"'")
  private static let dotMayChange = mayChangeTable("\"\\")

  /// Whether any byte of `s` is marked in `table` (one pass over the UTF-8 bytes, no per-byte calls).
  @inline(__always) private static func mayChange(_ s: String, _ table: [Bool]) -> Bool {
    var s = s
    return s.withUTF8 { bytes in table.withUnsafeBufferPointer { t in bytes.contains { t[Int($0)] } } }
  }

  private static func mayChangeTable(_ specials: String) -> [Bool] {
    (0..<256).map { (b: Int) -> Bool in
      let byte = UInt8(b)
      if byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xEF { return true }
      return specials.utf8.contains(byte)
    }
  }

  /// A JSON string literal, quotes included: `"`, `\\` and control characters escaped.
  public static func json(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
      }
    }
    return out + "\""
  }

  /// Text safe inside an HTML `<script>` block holding JSON: `<`, `>` and `&` become `\u003c` etc.,
  /// so `</script>` and `<!--` cannot close or confuse the block.
  public static func scriptJSON(_ json: String) -> String {
    var out = ""
    for scalar in json.unicodeScalars {
      switch scalar {
      case "<": out += "\\u003c"
      case ">": out += "\\u003e"
      case "&": out += "\\u0026"
      case "\u{2028}": out += "\\u2028"
      case "\u{2029}": out += "\\u2029"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Text for a Markdown table cell or paragraph: Markdown punctuation backslash-escaped, `< > &`
  /// as entities (so no raw HTML gets through), line breaks and controls folded into spaces.
  public static func markdown(_ s: String) -> String {
    var out = ""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\\", "`", "*", "_", "[", "]", "|", "#", "!", "~": out += "\\"; out.unicodeScalars.append(scalar)
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "&": out += "&amp;"
      case "\n", "\r", "\t": out += " "
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F { out += " " } else { out.unicodeScalars.append(scalar) }
      }
    }
    return out
  }
}
