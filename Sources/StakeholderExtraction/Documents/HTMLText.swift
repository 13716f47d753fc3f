/// The readable text of an HTML page: markup, scripts, styles and comments dropped, entities decoded,
/// block elements turned into line breaks.
///
///     HTMLText.extract(Array("<p>Jan &amp; Anna</p><script>x()</script><p>Łódź</p>".utf8))
///     // "Jan & Anna\n\nŁódź\n" as UTF-8
///
/// Not a full HTML5 parser (no tree, no error recovery rules) but a single forward scan that never fails:
/// whitespace runs collapse to one space as browsers render them (except inside `<pre>`); `<br>`, list items and
/// table rows end a line; paragraphs, headings and other blocks are separated by a blank line; table cells by a
/// space. The content of `script`, `style`, `template`, `noscript`, `textarea`, `svg` and `math` is skipped up to
/// the end tag; `title` is kept, as the first line.
/// - Complexity: O(n).
enum HTMLText {
  static func extract(_ bytes: [UInt8]) -> [UInt8] {
    bytes.withUnsafeBufferPointer { extract($0) }
  }

  /// Elements whose content is not page text.
  static let skippedElements: WordSet = ["script", "style", "template", "noscript", "textarea", "svg", "math"]
  /// Elements that end a line.
  static let lineElements: WordSet = ["br", "li", "tr", "dt", "dd", "option", "caption", "figcaption", "title"]
  /// Elements separated from their neighbours by a blank line.
  static let blockElements: WordSet = [
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "section", "article", "header",
    "footer", "nav", "aside", "main", "blockquote", "pre", "hr", "form", "fieldset", "figure", "address",
    "details", "summary", "body", "html", "head", "center", "menu",
  ]
  /// Elements separated by a space.
  static let cellElements: WordSet = ["td", "th"]

  static func extract(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(b.count / 2)
    let n = b.count
    var i = 0
    var pendingBreaks = 0  // line breaks owed before the next text
    var pendingSpace = false
    var preDepth = 0

    func emitText(_ bytes: UnsafeBufferPointer<UInt8>) {
      for x in bytes { emitByte(x) }
    }
    func emitByte(_ x: UInt8) {
      let isSpace = x == 0x20 || x == 0x09 || x == 0x0A || x == 0x0D || x == 0x0C
      if preDepth == 0 && isSpace { pendingSpace = true; return }
      if !out.isEmpty {
        if pendingBreaks > 0 {
          for _ in 0..<min(pendingBreaks, 2) { out.append(0x0A) }
        } else if pendingSpace && preDepth == 0 {
          out.append(0x20)
        }
      }
      pendingBreaks = 0
      pendingSpace = false
      out.append(x)
    }
    func lineBreak(_ count: Int) {
      pendingBreaks = max(pendingBreaks, count)
    }

    while i < n {
      let c = b[i]
      if c == UInt8(ascii: "<") {
        if let end = skipSpecial(b, at: i) { i = end; continue }
        guard let tag = parseTag(b, at: i) else { emitByte(c); i += 1; continue }
        i = tag.end
        if !tag.closing && skippedElements.contains(tag.name) && !tag.selfClosing {
          i = findEndTag(b, name: tag.name, from: i)
          pendingSpace = true
          continue
        }
        if tag.name == "pre" { preDepth = max(0, preDepth + (tag.closing ? -1 : 1)) }
        if tag.name == "br" || lineElements.contains(tag.name) { lineBreak(1) }
        else if blockElements.contains(tag.name) { lineBreak(2) }
        else if cellElements.contains(tag.name) { pendingSpace = true }
        continue
      }
      if c == UInt8(ascii: "&"), let (scalar, end) = HTMLEntities.decode(b, at: i) {
        var utf8: [UInt8] = []
        TextDecoding.appendScalar(scalar, to: &utf8)
        utf8.withUnsafeBufferPointer { emitText($0) }
        i = end
        continue
      }
      emitByte(c)
      i += 1
    }
    if !out.isEmpty { out.append(0x0A) }
    return out
  }

  /// A start or end tag: its lowercased name and the index just past its `>`.
  struct Tag {
    var name: String
    var closing: Bool
    var selfClosing: Bool
    var end: Int
  }

  @inline(__always)
  static func isLetter(_ x: UInt8) -> Bool { (x | 0x20) >= 0x61 && (x | 0x20) <= 0x7A }

  /// Parses `<name attrs…>` or `</name …>` at `i`, attribute values quoted with `"` or `'` skipped whole;
  /// nil when `<` does not start a tag (then it is text).
  static func parseTag(_ b: UnsafeBufferPointer<UInt8>, at start: Int) -> Tag? {
    let n = b.count
    var i = start + 1
    let closing = i < n && b[i] == UInt8(ascii: "/")
    if closing { i += 1 }
    guard i < n, isLetter(b[i]) else { return nil }
    var name: [UInt8] = []
    while i < n, isLetter(b[i]) || (b[i] >= 0x30 && b[i] <= 0x39) || b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: ":") {
      if name.count < 32 { name.append(b[i] | (isLetter(b[i]) ? 0x20 : 0)) }
      i += 1
    }
    var quote: UInt8 = 0
    var last: UInt8 = 0
    while i < n {
      let x = b[i]
      if quote != 0 {
        if x == quote { quote = 0 }
      } else if x == UInt8(ascii: "\"") || x == UInt8(ascii: "'") {
        quote = x
      } else if x == UInt8(ascii: ">") {
        return Tag(name: String(decoding: name, as: UTF8.self), closing: closing,
                   selfClosing: last == UInt8(ascii: "/"), end: i + 1)
      }
      if x > 0x20 { last = x }
      i += 1
    }
    return Tag(name: String(decoding: name, as: UTF8.self), closing: closing, selfClosing: false, end: n)
  }

  /// Comments, `<!DOCTYPE …>`, `<![CDATA[…]]>` and `<?…?>`: the index just past them, or nil.
  static func skipSpecial(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
    let n = b.count
    guard i + 1 < n else { return nil }
    let next = b[i + 1]
    if next == UInt8(ascii: "!") {
      if starts(b, at: i, with: "<!--") { return find(b, "-->", from: i + 4).map { $0 + 3 } ?? n }
      if starts(b, at: i, with: "<![CDATA[") { return find(b, "]]>", from: i + 9).map { $0 + 3 } ?? n }
      return find(b, ">", from: i + 2).map { $0 + 1 } ?? n
    }
    if next == UInt8(ascii: "?") { return find(b, ">", from: i + 2).map { $0 + 1 } ?? n }
    return nil
  }

  /// The index just past `</name …>` (ASCII case-insensitive), or the end of the input.
  static func findEndTag(_ b: UnsafeBufferPointer<UInt8>, name: String, from start: Int) -> Int {
    let pattern = Array("</\(name)".utf8)
    let n = b.count
    var i = start
    while i + pattern.count <= n {
      if b[i] == UInt8(ascii: "<"), b[i + 1] == UInt8(ascii: "/") {
        var match = true
        for k in 2..<pattern.count where (b[i + k] | 0x20) != pattern[k] { match = false; break }
        if match, i + pattern.count == n || !isLetter(b[i + pattern.count]) {
          return find(b, ">", from: i + pattern.count).map { $0 + 1 } ?? n
        }
      }
      i += 1
    }
    return n
  }

  static func starts(_ b: UnsafeBufferPointer<UInt8>, at i: Int, with s: String) -> Bool {
    let p = Array(s.utf8)
    guard i + p.count <= b.count else { return false }
    for k in 0..<p.count where (b[i + k] | (isLetter(b[i + k]) ? 0x20 : 0)) != (p[k] | (isLetter(p[k]) ? 0x20 : 0)) {
      return false
    }
    return true
  }

  static func find(_ b: UnsafeBufferPointer<UInt8>, _ s: String, from start: Int) -> Int? {
    let p = Array(s.utf8)
    guard !p.isEmpty, start <= b.count - p.count else { return nil }
    var i = start
    while i + p.count <= b.count {
      if b[i] == p[0] {
        var match = true
        for k in 1..<p.count where b[i + k] != p[k] { match = false; break }
        if match { return i }
      }
      i += 1
    }
    return nil
  }

  /// The encoding a page declares in its first 2 KB (`<meta charset=…>` or `content="…; charset=…"`), as
  /// its label, lowercased; nil when none.
  static func declaredCharset(_ b: UnsafeBufferPointer<UInt8>) -> String? {
    let head = UnsafeBufferPointer(rebasing: b[0..<min(b.count, 2048)])
    guard var i = findCaseless(head, "charset=") else { return nil }
    i += 8
    while i < head.count, head[i] == UInt8(ascii: "\"") || head[i] == UInt8(ascii: "'") || head[i] == 0x20 { i += 1 }
    var label: [UInt8] = []
    while i < head.count, label.count < 40 {
      let x = head[i]
      guard isLetter(x) || (x >= 0x30 && x <= 0x39) || x == UInt8(ascii: "-") || x == UInt8(ascii: "_") else { break }
      label.append(isLetter(x) ? x | 0x20 : x)
      i += 1
    }
    return label.isEmpty ? nil : String(decoding: label, as: UTF8.self)
  }

  /// The encoding a charset label names, among those the decoder knows.
  static func encoding(forLabel label: String) -> TextEncoding? {
    switch label {
    case "utf-8", "utf8", "unicode-1-1-utf-8": .utf8
    case "windows-1250", "cp1250", "x-cp1250": .windows1250
    case "iso-8859-2", "iso8859-2", "iso_8859-2", "latin2", "l2", "csisolatin2", "iso-ir-101": .iso8859_2
    default: nil
    }
  }

  private static func findCaseless(_ b: UnsafeBufferPointer<UInt8>, _ s: String) -> Int? {
    var i = 0
    while i < b.count {
      if starts(b, at: i, with: s) { return i }
      i += 1
    }
    return nil
  }
}
