import Testing
import TestSupport
@testable import StakeholderExport
@testable import StakeholderModel

/// The escaping audit of issue 6: hostile entity names through every escaper, checked by what the output may
/// not contain (a parser's view), plus the edge characters of XML 1.0, DOT and CSV.
@Suite("Escaping: hostile names")
struct EscapingHostileNameTests {
  static let hostile: [String] = [
    "<script>alert(1)</script>",
    "\" onload=\"alert(1)",
    "' onmouseover='alert(1)",
    "]]>",
    "<![CDATA[x]]>",
    "AT&T &amp; &#60;x&#62;",
    "a\u{0}b",
    "=HYPERLINK(\"http://evil\",\"x\")",
    "\\\"; a -> b [label=\"x",
    "</script><!--",
    "line\nbreak\r\nand\rcr",
    "\u{1B}[31mred\u{7}",
    "\u{FFFE}\u{FFFF}\u{85}\u{9F}",
    String(repeating: "Łódź ", count: 2_000),
  ]

  /// The XML 1.0 `Char` production: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF.
  static func isXMLChar(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    return v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v)
      || v >= 0x10000
  }

  @Test("XML/HTML: no markup character, no quote, no forbidden character survives", arguments: hostile)
  func xml(name: String) {
    let out = Escape.xml(name)
    #expect(!out.contains("<") && !out.contains(">") && !out.contains("\"") && !out.contains("'"))
    #expect(out.unicodeScalars.allSatisfy(Self.isXMLChar))
    // Every & starts one of the five entities we write.
    let ampersands = out.components(separatedBy: "&").dropFirst()
    #expect(ampersands.allSatisfy { ["amp;", "lt;", "gt;", "quot;", "#39;", "#9;", "#10;", "#13;"].contains(where: $0.hasPrefix) })
    #expect(Escape.html(name) == out)
  }

  @Test("XML 1.0 edge characters: U+FFFE/U+FFFF and C0 replaced; tab, LF, CR as references; astral, U+FFFD, NEL kept")
  func xmlEdges() {
    #expect(Escape.xml("a\u{FFFE}b\u{FFFF}c") == "a\u{FFFD}b\u{FFFD}c")
    #expect(Escape.xml("\u{1}\u{8}\u{B}\u{C}\u{1F}") == String(repeating: "\u{FFFD}", count: 5))
    #expect(Escape.xml("\u{9F}\u{80}") == "\u{FFFD}\u{FFFD}")  // C1 controls: allowed but discouraged
    #expect(Escape.xml("\u{85}😀\u{FFFD}\u{10FFFF}") == "\u{85}😀\u{FFFD}\u{10FFFF}")
    // A parser normalises raw tab/LF/CR in attribute values to spaces; references survive.
    #expect(Escape.xml("a\tb\nc\r\nd") == "a&#9;b&#10;c&#13;&#10;d")
    #expect(Escape.xml("]]>") == "]]&gt;")
    let long = String(repeating: "Ż", count: 10_000)
    #expect(Escape.xml(long) == long)
  }

  @Test("XML: tab, LF and CR in a name survive a parser in attribute values and in text")
  func xmlWhitespaceRoundTrip() throws {
    let name = "Fundacja\tRozwoju\nRegionu\r\n„Sąsiedzi”"
    let doc = try MiniXML.parse("<n label=\"\(Escape.xml(name))\">\(Escape.xml(name))</n>")
    #expect(doc.attributes["label"] == name)
    #expect(doc.text == name)
    let text = try MiniXML.parse("<title>\(Escape.xmlText(name))</title>")
    #expect(text.text == name)
    #expect(Escape.xmlText(name) == "Fundacja\tRozwoju\nRegionu&#13;\n„Sąsiedzi”")
  }

  /// A DOT double-quoted string ends at the first `"` not preceded by a backslash escape.
  static func closesDOTString(_ s: String) -> Bool {
    var escaped = false
    for c in s.unicodeScalars {
      if escaped { escaped = false; continue }
      if c == "\\" { escaped = true } else if c == "\"" { return true }
    }
    return escaped  // a trailing lone backslash would escape our closing quote
  }

  @Test("DOT: the string cannot be closed, broken over lines, or carry controls", arguments: hostile)
  func dot(name: String) {
    let out = Escape.dot(name)
    #expect(!Self.closesDOTString(out))
    #expect(!out.contains("\n") && !out.contains("\r"))
    #expect(!out.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
  }

  @Test("DOT: backslash at the end and escString sequences are neutralised")
  func dotEdges() {
    #expect(Escape.dot("C:\\") == "C:\\\\")
    #expect(Escape.dot("\\N \\G \\l") == "\\\\N \\\\G \\\\l")  // Graphviz would expand \N to the node name
    #expect(Escape.dot("a\r\nb") == "a\\nb")
  }

  /// DOT labels go through Graphviz into SVG, so what XML 1.0 forbids must not reach it either.
  @Test("DOT: characters XML 1.0 forbids do not reach the SVG Graphviz writes")
  func dotXMLForbidden() {
    #expect(Escape.dot("a\u{FFFE}b\u{FFFF}\u{85}\u{9F}").unicodeScalars.allSatisfy(Self.isXMLChar))
    #expect(Escape.dot("a\u{FFFE}b") == "a\u{FFFD}b")
  }

  @Test("CSV: formulas neutralised, fields quoted, one cell per field", arguments: hostile)
  func csv(name: String) {
    let out = Escape.csv(name)
    var cell = out
    if cell.hasPrefix("\"") {
      #expect(cell.hasSuffix("\"") && cell.count >= 2)
      cell = String(cell.dropFirst().dropLast())
      // Inside quotes, every quote is doubled.
      #expect(!cell.replacingOccurrences(of: "\"\"", with: "").contains("\""))
    } else {
      #expect(!cell.contains(",") && !cell.contains("\n") && !cell.contains("\r") && !cell.contains("\""))
    }
    #expect(!out.contains("\u{0}"))
    if let first = cell.unicodeScalars.first {
      #expect(!"=+-@\t\r".unicodeScalars.contains(first), "formula trigger left at the start: \(out)")
    }
  }

  @Test("CSV: every OWASP trigger (= + - @ tab CR) is neutralised; numbers stay numbers",
        arguments: ["=1+2", "+48 85 123 45 67", "-1+1", "@SUM(A1:A9)", "\t=1", "\r=1", "=cmd|' /C calc'!A0"])
  func csvTriggers(cell: String) {
    let out = Escape.csv(cell)
    let unquoted = out.hasPrefix("\"") ? String(out.dropFirst()) : out
    #expect(unquoted.hasPrefix("'"))
  }

  @Test("CSV: plain numbers are left alone", arguments: ["-0.5", "+3", "-12", "42"])
  func csvNumbers(cell: String) {
    #expect(Escape.csv(cell) == cell)
  }

  @Test("JSON in a script block: no way out of the block", arguments: hostile)
  func scriptJSON(name: String) {
    let out = Escape.scriptJSON(name)
    #expect(!out.contains("<") && !out.contains(">") && !out.contains("&"))
    #expect(!out.contains("\u{2028}") && !out.contains("\u{2029}"))
  }
}
