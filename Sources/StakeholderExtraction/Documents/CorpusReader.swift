import Foundation

/// The documents read from a set of paths, and what was skipped or assumed on the way.
public struct CorpusReadResult: Sendable {
  /// Documents sorted by id.
  public var documents: [SourceDocument]
  public var diagnostics: [Diagnostic]
}

/// Reads a corpus: files and folders (recursively) of text documents.
///
///     let corpus = try CorpusReader().read(paths: ["seeds"])
///
/// A document's id is its path relative to the folder given (or its file name, for a file given directly).
/// Text is normalised to NFC with `\n` line ends.
public struct CorpusReader: Sendable {
  /// File name extensions read as documents.
  public static let textExtensions: Set<String> = ["txt", "md"]

  public init() {}

  /// Reads every document under `paths`.
  /// - Throws: ``CorpusError`` when a path does not exist or no document can be read at all.
  public func read(paths: [String]) throws -> CorpusReadResult {
    var documents: [SourceDocument] = []
    var diagnostics: [Diagnostic] = []
    let fm = FileManager.default
    for path in paths {
      var isDir: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDir) else { throw CorpusError.noSuchPath(path) }
      if isDir.boolValue {
        let root = URL(fileURLWithPath: path).standardizedFileURL
        let files = (fm.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])?.allObjects as? [URL]) ?? []
        for url in files.sorted(by: { $0.path < $1.path }) {
          guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
          let rel = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
          readFile(url, id: rel, into: &documents, &diagnostics)
        }
      } else {
        let url = URL(fileURLWithPath: path)
        readFile(url, id: url.lastPathComponent, into: &documents, &diagnostics)
      }
    }
    documents.sort { $0.id < $1.id }
    return CorpusReadResult(documents: documents, diagnostics: diagnostics.sorted())
  }

  private func readFile(_ url: URL, id: String, into docs: inout [SourceDocument], _ diags: inout [Diagnostic]) {
    guard Self.textExtensions.contains(url.pathExtension.lowercased()) else {
      diags.append(Diagnostic(.note, file: url.path, "skipped: not a text document (.\(url.pathExtension))"))
      return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      diags.append(Diagnostic(.warning, file: url.path, "skipped: cannot read (permission denied?)"))
      return
    }
    let text = String(decoding: data, as: UTF8.self)
    docs.append(SourceDocument(id: id, text: Self.normalise(text)))
  }

  /// NFC, and CRLF / CR line ends as `\n`.
  static func normalise(_ text: String) -> String {
    text.precomposedStringWithCanonicalMapping
      .replacingOccurrences(of: "\r\n", with: "\n")
      .replacingOccurrences(of: "\r", with: "\n")
  }
}

/// A corpus path that cannot be read at all.
public enum CorpusError: Error, CustomStringConvertible, Equatable {
  case noSuchPath(String)

  public var description: String {
    switch self {
    case .noSuchPath(let p): "\(p): no such file or directory"
    }
  }
}
