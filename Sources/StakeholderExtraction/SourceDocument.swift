/// A document's text as the extractor sees it: an id (the file name relative to the corpus folder) and
/// normalised text (NFC, `\n` line ends). Offsets in mentions and evidence count Unicode scalars of `text`.
public struct SourceDocument: Hashable, Sendable {
  public var id: String
  public var text: String

  public init(id: String, text: String) {
    self.id = id
    self.text = text
  }
}

/// A note about the input that is not fatal: a skipped file, an assumed encoding, a replaced byte.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible, Comparable {
  public enum Severity: String, Sendable, Comparable {
    case note, warning, error
    public static func < (a: Severity, b: Severity) -> Bool {
      [Severity.note, .warning, .error].firstIndex(of: a)! < [Severity.note, .warning, .error].firstIndex(of: b)!
    }
  }

  public var severity: Severity
  /// The file (or document id) the diagnostic is about.
  public var file: String
  /// 1-based line, where known.
  public var line: Int?
  public var message: String

  public init(_ severity: Severity, file: String, line: Int? = nil, _ message: String) {
    self.severity = severity
    self.file = file
    self.line = line
    self.message = message
  }

  /// `file:line: severity: message`, the form compilers use.
  public var description: String {
    "\(file)\(line.map { ":\($0)" } ?? ""): \(severity.rawValue): \(message)"
  }

  public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
    (a.file, a.line ?? 0, a.message) < (b.file, b.line ?? 0, b.message)
  }
}
