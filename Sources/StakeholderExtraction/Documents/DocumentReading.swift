/// One file's bytes → a ``SourceDocument`` or a one-line reason it was skipped, plus notes on what was assumed.
///
///     let r = DocumentReading.read(bytes: bytes, path: "corpus/a.txt", id: "a.txt")
///
/// Steps: sniff (binary refused), decode (``TextDecoding``), HTML → text for pages (``HTMLText``), normalise
/// (``TextNormaliser``), refuse empty or whitespace-only results. Total: never throws, never traps on any bytes.
/// - Complexity: O(n) in the file's size.
enum DocumentReading {
  struct Result: Sendable {
    var document: SourceDocument?
    var diagnostics: [Diagnostic] = []
  }

  /// How a file is read, from its name; nil when it is not read.
  static func kind(of path: String) -> ContentSniffer.Kind? {
    ContentSniffer.kind(forExtension: fileExtension(path))
  }

  /// The extension of the last path component ("" when none; a leading dot does not start one).
  /// - Complexity: O(length of the last component): scans the UTF-8 backwards, no splitting.
  static func fileExtension(_ path: String) -> String {
    let utf8 = path.utf8
    var end = utf8.endIndex
    while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: "/") { end = utf8.index(before: end) }
    var i = end
    while i > utf8.startIndex {
      let before = utf8.index(before: i)
      let c = utf8[before]
      if c == UInt8(ascii: "/") { return "" }
      if c == UInt8(ascii: ".") {
        // A leading dot (".profile") names a hidden file, not an extension.
        if before == utf8.startIndex || utf8[utf8.index(before: before)] == UInt8(ascii: "/") { return "" }
        return String(path[i..<end])
      }
      i = before
    }
    return ""
  }

  /// The note for a file not read because of its name.
  static func skipByName(_ path: String) -> Result {
    let ext = fileExtension(path)
    let why = ext.isEmpty ? "no file name extension" : ".\(ext) is not a document type read here"
    return Result(document: nil,
                  diagnostics: [Diagnostic(.note, file: path, "skipped: \(why) (reads \(ContentSniffer.readExtensions))")])
  }

  static func read(bytes: [UInt8], path: String, id: String) -> Result {
    guard let kind = kind(of: path) else { return skipByName(path) }
    return bytes.withUnsafeBufferPointer { read($0, kind: kind, path: path, id: id) }
  }

  private static func read(_ b: UnsafeBufferPointer<UInt8>, kind: ContentSniffer.Kind, path: String, id: String) -> Result {
    var diags: [Diagnostic] = []
    func skip(_ message: String, _ severity: Diagnostic.Severity = .note) -> Result {
      diags.append(Diagnostic(severity, file: path, "skipped: \(message)"))
      return Result(document: nil, diagnostics: diags)
    }
    if b.isEmpty { return skip("empty file") }

    let decoded: DecodedText
    switch ContentSniffer.sniff(b) {
    case .binary(let what):
      return skip("\(what), not text (named .\(fileExtension(path)))")
    case .utf16(let bigEndian):
      decoded = TextDecoding.decodeUTF16(b, bigEndian: bigEndian)
    case .text:
      var declared: TextEncoding?
      if kind == .html, let label = HTMLText.declaredCharset(b) {
        declared = HTMLText.encoding(forLabel: label)
        if declared == nil {
          diags.append(Diagnostic(.warning, file: path,
                                  "the page declares charset '\(label)', which is not supported; detecting the encoding"))
        }
      }
      do { decoded = try TextDecoding.decode(b, declared: declared) } catch {
        return skip("UTF-32 text is not supported (convert it to UTF-8)", .warning)
      }
    }
    diags.append(contentsOf: encodingNotes(decoded, raw: b, path: path))

    func normalise(_ utf8: UnsafeBufferPointer<UInt8>) -> TextNormaliser.Result {
      kind == .html ? TextNormaliser.normalise(HTMLText.extract(utf8)) : TextNormaliser.normalise(utf8)
    }
    let normalised = decoded.utf8.map { $0.withUnsafeBufferPointer(normalise) }
      ?? normalise(UnsafeBufferPointer(rebasing: b[decoded.start...]))
    if normalised.droppedControls > 0 {
      diags.append(Diagnostic(.note, file: path, "dropped \(normalised.droppedControls) control character(s)"))
    }
    if !normalised.text.utf8.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 }) {
      return skip(kind == .html ? "no text in the page" : "only whitespace")
    }
    return Result(document: SourceDocument(id: id, text: normalised.text), diagnostics: diags)
  }

  /// The diagnostics saying which encoding was assumed and which bytes were replaced.
  static func encodingNotes(_ d: DecodedText, raw: UnsafeBufferPointer<UInt8>, path: String) -> [Diagnostic] {
    var notes: [Diagnostic] = []
    switch d.encoding {
    case .utf8: break
    case .utf16LE, .utf16BE:
      let severity: Diagnostic.Severity = d.reason == "byte order mark" ? .note : .warning
      notes.append(Diagnostic(severity, file: path, "read as \(d.encoding.rawValue) (\(d.reason ?? "detected"))"))
    case .windows1250, .iso8859_2:
      let declared = d.reason == "declared in the page"
      notes.append(Diagnostic(declared ? .note : .warning, file: path,
                              declared ? "read as \(d.encoding.rawValue) (declared in the page)"
                                       : "not UTF-8; assumed \(d.encoding.rawValue) (\(d.reason ?? "detected"))"))
    }
    if d.invalidCount > 0 {
      let what: String
      switch d.encoding {
      case .utf8: what = "invalid UTF-8 byte sequence(s)"
      case .utf16LE, .utf16BE: what = "invalid \(d.encoding.rawValue) code unit(s)"
      case .windows1250, .iso8859_2: what = "byte(s) that are not text in \(d.encoding.rawValue)"
      }
      var offsets = d.invalidOffsets.map(String.init).joined(separator: ", ")
      if d.invalidCount > d.invalidOffsets.count { offsets += ", …" }
      let line = d.encoding == .utf16LE || d.encoding == .utf16BE ? nil : d.invalidOffsets.first.map { lineNumber(of: $0, in: raw) }
      notes.append(Diagnostic(.warning, file: path, line: line,
                              "replaced \(d.invalidCount) \(what) with U+FFFD at byte offset(s) \(offsets)"))
    }
    return notes
  }

  /// The 1-based line holding byte `offset`, counting LF, CR LF and lone CR as line ends.
  static func lineNumber(of offset: Int, in b: UnsafeBufferPointer<UInt8>) -> Int {
    var line = 1
    var i = 0
    let end = min(offset, b.count)
    while i < end {
      if b[i] == 0x0A { line += 1 } else if b[i] == 0x0D, i + 1 >= b.count || b[i + 1] != 0x0A { line += 1 }
      i += 1
    }
    return line
  }
}
