import Testing
@testable import StakeholderExport
@testable import StakeholderModel

@Suite("Escaping")
struct EscapingTests {
  @Test("XML escapes markup and drops characters XML 1.0 forbids")
  func xml() {
    #expect(Escape.xml("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;")
    #expect(Escape.xml("\" onload=\"x") == "&quot; onload=&quot;x")
    #expect(Escape.xml("a\u{0}b\u{1B}c") == "a\u{FFFD}b\u{FFFD}c")
    #expect(Escape.xml("Łódź & Śląsk") == "Łódź &amp; Śląsk")
  }

  @Test("DOT strings cannot be closed from inside")
  func dot() {
    #expect(Escape.dot(#"a"b\c"#) == #"a\"b\\c"#)
    #expect(Escape.dot("line\nbreak") == "line\\nbreak")
  }

  @Test("CSV quotes fields and neutralises formulas but keeps numbers")
  func csv() {
    #expect(Escape.csv("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"")
    #expect(Escape.csv("@SUM(A1)") == "'@SUM(A1)")
    #expect(Escape.csv("-0.5") == "-0.5")
    #expect(Escape.csv("a,b") == "\"a,b\"")
    #expect(Escape.csv("plain") == "plain")
  }

  @Test("JSON inside a script block cannot close it")
  func scriptJSON() {
    #expect(Escape.scriptJSON(#"{"n":"</script><!--"}"#) == #"{"n":"\u003c/script\u003e\u003c!--"}"#)
  }
}

@Suite("Escaping JSON strings")
struct JSONEscapingTests {
  @Test("quotes, backslashes and control characters are escaped; Polish letters kept")
  func json() {
    #expect(Escape.json("Łódź \"x\"\\\n\u{1}") == #""Łódź \"x\"\\\n\u0001""#)
  }
}
