import Foundation
import Testing
@testable import StakeholderExtraction

/// One document's bytes → text: encodings, repairs, normalisation, HTML, refusals. Bytes are written out here
/// by hand (no checked-in binaries).
@Suite("Document reading")
struct DocumentReadingTests {
  let reader = CorpusReader()

  func read(_ bytes: [UInt8], _ name: String = "doc.txt") -> (text: String?, diagnostics: [String]) {
    let r = reader.readDocument(bytes: bytes, name: name)
    #expect(r.documents.count <= 1)
    return (r.documents.first?.text, r.diagnostics.map(\.description))
  }

  static let polish = "Zażółć gęślą jaźń. ŻÓŁĆ GĘŚLĄ JAŹŃ.\n"

  // MARK: Encodings

  @Test("UTF-8 without a byte order mark reads silently")
  func utf8() {
    let r = read(Array(Self.polish.utf8))
    #expect(r.text == Self.polish)
    #expect(r.diagnostics.isEmpty)
  }

  @Test("UTF-8 with a byte order mark: the mark is dropped")
  func utf8BOM() {
    let r = read([0xEF, 0xBB, 0xBF] + Array(Self.polish.utf8))
    #expect(r.text == Self.polish)
    #expect(r.diagnostics.isEmpty)
  }

  @Test("UTF-16 with a byte order mark, both byte orders", arguments: [false, true])
  func utf16(bigEndian: Bool) {
    var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    for unit in (Self.polish + "😀").utf16 {
      let hi = UInt8(unit >> 8), lo = UInt8(unit & 0xFF)
      bytes += bigEndian ? [hi, lo] : [lo, hi]
    }
    let r = read(bytes)
    #expect(r.text == Self.polish + "😀")
    let name = bigEndian ? "UTF-16BE" : "UTF-16LE"
    #expect(r.diagnostics == ["doc.txt: note: read as \(name) (byte order mark)"])
  }

  @Test("UTF-16 with a lone surrogate and an odd last byte: replaced, offsets reported")
  func utf16Broken() {
    // BOM, "A", lone high surrogate D800, "B", then one stray byte.
    let r = read([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00, 0x43])
    #expect(r.text == "A\u{FFFD}B\u{FFFD}")
    #expect(r.diagnostics == [
      "doc.txt: note: read as UTF-16LE (byte order mark)",
      "doc.txt: warning: replaced 2 invalid UTF-16LE code unit(s) with U+FFFD at byte offset(s) 4, 8",
    ])
  }

  @Test("UTF-16LE without a byte order mark is recognised by its zero bytes")
  func utf16NoBOM() {
    let bytes = Array("Urząd Miasta Białystok\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let r = read(bytes)
    #expect(r.text == "Urząd Miasta Białystok\n")
    #expect(r.diagnostics == ["doc.txt: warning: read as UTF-16LE (detected from its zero bytes (no byte order mark))"])
  }

  @Test("UTF-32 is refused, not misread")
  func utf32() {
    let r = read([0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00])
    #expect(r.text == nil)
    #expect(r.diagnostics == ["doc.txt: warning: skipped: UTF-32 text is not supported (convert it to UTF-8)"])
  }

  /// "Zażółć gęślą jaźń" by hand from the Windows-1250 chart: ż BF, ó F3, ł B3, ć E6, ę EA, ś 9C, ą B9, ź 9F, ń F1.
  static let zazolcWindows1250: [UInt8] = [
    0x5A, 0x61, 0xBF, 0xF3, 0xB3, 0xE6, 0x20, 0x67, 0xEA, 0x9C, 0x6C, 0xB9, 0x20, 0x6A, 0x61, 0x9F, 0xF1,
  ]
  /// The same in ISO-8859-2: ś B6, ą B1, ź BC; the rest as in Windows-1250.
  static let zazolcISO88592: [UInt8] = [
    0x5A, 0x61, 0xBF, 0xF3, 0xB3, 0xE6, 0x20, 0x67, 0xEA, 0xB6, 0x6C, 0xB1, 0x20, 0x6A, 0x61, 0xBC, 0xF1,
  ]

  @Test("Windows-1250 is detected, decoded, and named in a warning")
  func windows1250() {
    // „cytat” – with Windows-1250 quotes 0x84 0x94 and an en dash 0x96.
    let r = read(Self.zazolcWindows1250 + [0x20, 0x84, 0x63, 0x94, 0x20, 0x96, 0x0A])
    #expect(r.text == "Zażółć gęślą jaźń „c” –\n")
    #expect(r.diagnostics == [
      "doc.txt: warning: not UTF-8; assumed Windows-1250 (detected: bytes 0x80–0x9F are text only in Windows-1250)"
    ])
  }

  @Test("ISO-8859-2 is detected from its Polish letters")
  func iso88592() {
    let r = read(Self.zazolcISO88592 + [0x0A])
    #expect(r.text == "Zażółć gęślą jaźń\n")
    #expect(r.diagnostics == ["doc.txt: warning: not UTF-8; assumed ISO-8859-2 (detected from its Polish letters)"])
  }

  @Test("Windows-1250 without bytes 0x80–0x9F is told from ISO-8859-2 by ą (B9)")
  func windows1250Letters() {
    let r = read([0x6D, 0xB9, 0x6B, 0x61, 0x20, 0xA5, 0x0A])  // "mąka Ą"
    #expect(r.text == "mąka Ą\n")
    #expect(r.diagnostics == ["doc.txt: warning: not UTF-8; assumed Windows-1250 (detected from its Polish letters)"])
  }

  @Test("Letters the two code pages share: Windows-1250, and the message says it makes no difference")
  func sharedLetters() {
    let r = read([0xA3, 0xF3, 0x64, 0xBF, 0x0A])  // "Łódż"
    #expect(r.text == "Łódż\n")
    #expect(r.diagnostics == ["doc.txt: warning: not UTF-8; assumed Windows-1250 (detected; ISO-8859-2 would read the same)"])
  }

  @Test("Every defined byte of both code pages decodes to the scalar the published chart gives")
  func codePageSpotChecks() {
    #expect(CodePage.windows1250.scalar(for: 0x8C) == 0x015A)  // Ś
    #expect(CodePage.windows1250.scalar(for: 0x81) == 0)  // undefined
    #expect(CodePage.windows1250.scalar(for: 0xFF) == 0x02D9)  // ˙
    #expect(CodePage.iso8859_2.scalar(for: 0xA6) == 0x015A)  // Ś
    #expect(CodePage.iso8859_2.scalar(for: 0x85) == 0)  // C1 control: not text
    #expect(CodePage.iso8859_2.scalar(for: 0xFF) == 0x02D9)
    for page in CodePage.allCases {
      for byte in UInt8(0xC0)...0xFF { #expect(page.scalar(for: byte) != 0) }
    }
  }

  @Test("Stray invalid bytes in UTF-8 are replaced and their offsets and line reported")
  func strayBytes() {
    // "Łódź\n" is 8 bytes; then "ok", 0xFF at offset 10, "x", a truncated "ą" (0xC4) at offset 12, "y".
    let bytes = Array("Łódź\nok".utf8) + [0xFF, 0x78, 0xC4, 0x79, 0x0A]
    let r = read(bytes)
    #expect(r.text == "Łódź\nok\u{FFFD}x\u{FFFD}y\n")
    #expect(r.diagnostics == [
      "doc.txt:2: warning: replaced 2 invalid UTF-8 byte sequence(s) with U+FFFD at byte offset(s) 10, 12"
    ])
  }

  @Test("Bytes undefined in Windows-1250 are replaced and reported")
  func undefinedLegacyByte() {
    let r = read(Self.zazolcWindows1250 + [0x81, 0x0A])
    #expect(r.text == "Zażółć gęślą jaźń\u{FFFD}\n")
    #expect(r.diagnostics.contains("doc.txt:1: warning: replaced 1 byte(s) that are not text in Windows-1250 with U+FFFD at byte offset(s) 17"))
  }

  @Test("Only the first ten offsets are listed")
  func manyInvalid() {
    var bytes = Array("ąę".utf8)
    for _ in 0..<1 { bytes += Array(repeating: 0x41, count: 3) }
    bytes += Array(repeating: 0xFF, count: 1)
    bytes += Array("ąęść".utf8)
    let r = read(bytes)
    #expect(r.diagnostics == ["doc.txt:1: warning: replaced 1 invalid UTF-8 byte sequence(s) with U+FFFD at byte offset(s) 7"])
    let many = Array("ąęśćźżółń".utf8) + Array(repeating: 0xFF, count: 12) + Array("ąęśćźżółńąęśćźżółń".utf8)
    let m = read(many)
    #expect(m.diagnostics == [
      "doc.txt:1: warning: replaced 12 invalid UTF-8 byte sequence(s) with U+FFFD at byte offset(s) "
        + "18, 19, 20, 21, 22, 23, 24, 25, 26, 27, …"
    ])
  }

  // MARK: Normalisation

  @Test("CRLF and CR line ends become LF")
  func lineEnds() {
    #expect(read(Array("a\r\nb\rc\n\rd".utf8)).text == "a\nb\nc\n\nd")
  }

  @Test("NBSP and other spaces become spaces; soft hyphens and zero-width characters are dropped")
  func invisibles() {
    let input = "Jan\u{00A0}Ko\u{00AD}wal\u{200B}ski\u{202F}i\u{2009}Anna\u{FEFF} No\u{200D}wak\u{2060}\u{200E}."
    let r = read(Array(input.utf8))
    #expect(r.text == "Jan Kowalski i Anna Nowak.")
    #expect(r.diagnostics.isEmpty)
  }

  @Test("Typographic quotes and dashes are kept as they are")
  func quotesAndDashes() {
    let input = "„Fundacja” – «Rada» — ‚Hub’ “Lab” ‒ ― ‐ −"
    #expect(read(Array(input.utf8)).text == input)
  }

  @Test("Text becomes NFC (a decomposed ó composes)")
  func nfc() {
    let r = read(Array("Ło\u{0301}dz\u{0301}".utf8))
    #expect(r.text == "Łódź")
    #expect(r.text?.unicodeScalars.count == 4)
  }

  @Test("Control characters are dropped and counted; tabs stay")
  func controls() {
    let r = read(Array("a\u{01}b\tc\u{7F}d\u{85}e\u{9B}f".utf8))
    #expect(r.text == "ab\tcd\nef")
    #expect(r.diagnostics == ["doc.txt: note: dropped 3 control character(s)"])
  }

  @Test("NFC is applied only where needed, and chunking at line breaks does not change the result")
  func nfcChunks() {
    let line = String(repeating: "Białystok Łódź „x” – ", count: 50) + "\n"
    let text = String(repeating: line, count: 200) + "e\u{0301}\n" + String(repeating: line, count: 200)
    #expect(TextNormaliser.nfc(text) == text.precomposedStringWithCanonicalMapping)
    #expect(TextNormaliser.nfc(line) == line)
  }

  // MARK: Refusals

  @Test("Binary content in a .txt file is skipped with what it looks like",
        arguments: [
          (Array("%PDF-1.7\n".utf8), "PDF document"),
          ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00], "PNG image"),
          ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "ZIP archive (or DOCX/ODT/XLSX/EPUB document)"),
          ([0xFF, 0xD8, 0xFF, 0xE0], "JPEG image"),
          ([0x1F, 0x8B, 0x08, 0x00], "gzip archive"),
          ([0x7F, 0x45, 0x4C, 0x46, 0x02], "ELF executable"),
          (Array("abc".utf8) + [0x00, 0x01, 0x02] + Array("def".utf8), "binary content (zero byte at offset 3)"),
        ] as [([UInt8], String)])
  func binary(bytes: [UInt8], what: String) {
    let r = read(bytes)
    #expect(r.text == nil)
    #expect(r.diagnostics == ["doc.txt: note: skipped: \(what), not text (named .txt)"])
  }

  @Test("Mostly control bytes is binary")
  func controlHeavy() {
    let r = read(Array(repeating: [0x41, 0x01, 0x02, 0x03], count: 20).flatMap { $0 })
    #expect(r.diagnostics == ["doc.txt: note: skipped: binary content (75% control bytes), not text (named .txt)"])
  }

  @Test("Empty and whitespace-only documents are skipped with a note",
        arguments: [
          ("", "empty file"), (" \n\t\r\n", "only whitespace"), ("\u{00A0}\u{200B}\u{FEFF}\n", "only whitespace"),
        ])
  func empty(text: String, why: String) {
    let r = read(Array(text.utf8))
    #expect(r.text == nil)
    #expect(r.diagnostics == ["doc.txt: note: skipped: \(why)"])
  }

  @Test("Files are read by extension; others are skipped unread with the reason")
  func byName() {
    #expect(read(Array("x".utf8), "scan.PDF").diagnostics
      == ["scan.PDF: note: skipped: .PDF is not a document type read here (reads .txt, .md, .html, .htm)"])
    #expect(read(Array("x".utf8), "README").diagnostics
      == ["README: note: skipped: no file name extension (reads .txt, .md, .html, .htm)"])
    #expect(read(Array("x".utf8), ".txt").text == nil)
    #expect(read(Array("# Tytuł\n".utf8), "notes.MD").text == "# Tytuł\n")
  }

  // MARK: HTML

  @Test("HTML: markup, scripts, styles and comments dropped; entities decoded; blocks become line breaks")
  func html() {
    let page = """
      <!DOCTYPE html><html><head><title>Konferencja</title>
      <style>p { color: red }</style><script>if (a < b) document.write("<p>x</p>")</script></head>
      <body><!-- menu <p>hidden</p> -->
      <h1>Forum   Rozwoju</h1>
      <p>Marsza&lstrok;ek Jan&nbsp;Kowalski &amp; prof.&#160;Anna Nowak
      (Politechnika&nbsp;Bia&#322;ostocka) &#8222;otworzyli&#8221; &#150; &bdquo;spotkanie&rdquo;.<br>Druga linia</p>
      <ul><li>Punkt 1</li><li>Punkt&nbsp;2 &unknown; &amp</li></ul>
      <table><tr><td>a</td><td>b</td></tr></table>
      <p>5 < 6 &lt;b&gt;</p>
      </body></html>
      """
    let r = read(Array(page.utf8), "page.html")
    #expect(r.text == """
      Konferencja

      Forum Rozwoju

      Marszałek Jan Kowalski & prof. Anna Nowak (Politechnika Białostocka) „otworzyli” – „spotkanie”.
      Druga linia

      Punkt 1
      Punkt 2 &unknown; &

      a b

      5 < 6 <b>

      """)
    #expect(r.diagnostics.isEmpty)
  }

  @Test("HTML: a declared ISO-8859-2 charset is used for bytes that are not UTF-8")
  func htmlCharset() {
    let head = Array("<html><head><meta charset=\"ISO-8859-2\"></head><body><p>".utf8)
    let r = read(head + Self.zazolcISO88592 + Array("</p></body></html>".utf8), "page.htm")
    #expect(r.text == "Zażółć gęślą jaźń\n")
    #expect(r.diagnostics == ["page.htm: note: read as ISO-8859-2 (declared in the page)"])
  }

  @Test("HTML: an unsupported declared charset is reported and the encoding detected")
  func htmlUnknownCharset() {
    let head = Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"><p>".utf8)
    let r = read(head + Self.zazolcWindows1250, "page.html")
    #expect(r.text == "Zażółć gęślą jaźń\n")
    #expect(r.diagnostics == [
      "page.html: warning: not UTF-8; assumed Windows-1250 (detected: bytes 0x80–0x9F are text only in Windows-1250)",
      "page.html: warning: the page declares charset 'koi8-r', which is not supported; detecting the encoding",
    ])
  }

  @Test("HTML: a page with no text is skipped; unterminated markup does not trap")
  func htmlEdge() {
    #expect(read(Array("<html><script>x</script><!-- c --></html>".utf8), "a.html").diagnostics
      == ["a.html: note: skipped: no text in the page"])
    for broken in ["<p", "<", "&", "&#", "&#x", "<!--", "<![CDATA[", "<script>", "</", "<a href='x", "&#99999999999;", "<?x"] {
      _ = read(Array(("ok " + broken).utf8), "b.html")
    }
    #expect(read(Array("a &#0; &#xD800; &#x110000; b".utf8), "c.html").text == "a \u{FFFD} \u{FFFD} \u{FFFD} b\n")
    #expect(read(Array("<pre>a   b\n  c</pre>".utf8), "d.html").text == "a   b\n  c\n")
  }
}

@Suite("Document reading: file name extensions")
struct FileExtensionTests {
  @Test(arguments: [
    ("a.txt", "txt"), ("dir.d/a", ""), ("dir/.hidden", ""), (".txt", ""), ("a.b.HTML", "HTML"), ("dir/a.md/", "md"),
    ("a.", ""), ("", ""), ("/", ""), ("ż.tXt", "tXt"), ("x/y.z/w", ""),
  ])
  func fileExtension(path: String, ext: String) {
    #expect(DocumentReading.fileExtension(path) == ext)
  }
}
