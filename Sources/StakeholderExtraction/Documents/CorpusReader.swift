import Dispatch

/// The documents read from a set of paths, and what was skipped or assumed on the way.
public struct CorpusReadResult: Sendable {
  /// Documents sorted by id.
  public var documents: [SourceDocument]
  /// Skipped files, assumed encodings, replaced bytes: sorted by file, line, message.
  public var diagnostics: [Diagnostic]
}

/// Reads a corpus: files and folders (recursively) of text documents and HTML pages, in whatever encoding.
///
///     let corpus = try CorpusReader().read(paths: ["seeds"])
///     corpus.diagnostics.forEach { print($0) }   // "seeds/scan.pdf: note: skipped: .pdf is not …"
///
/// A document's id is its path relative to the folder given (or its file name, for a file given directly).
/// What is read, and how:
/// - `.txt`, `.md` as text; `.html`, `.htm` as pages (see ``HTMLText``); every other file is skipped unread with a
///   one-line note, and so is a text-named file whose content is binary (see ``ContentSniffer``), an empty or
///   whitespace-only file, a FIFO, socket or device, a hidden entry, a broken link or a link loop.
/// - Encodings (see ``TextDecoding``): UTF-8 with or without BOM, UTF-16LE/BE with BOM (or ASCII-range text
///   without one), Windows-1250 and ISO-8859-2, detected, with a diagnostic naming the encoding assumed;
///   invalid bytes become U+FFFD and their byte offsets in the file are reported.
/// - Text is normalised (see ``TextNormaliser``): `\n` line ends, NBSP and other spaces as plain spaces, soft
///   hyphens and zero-width characters dropped, NFC. Offsets the extractor reports count Unicode scalars of this
///   normalised text, not bytes of the file.
/// - Deterministic: documents sorted by id whatever the order of the paths; the same file reached twice (repeated
///   path, symbolic or hard link) is read once, under its smallest id; two different files with the same id (the
///   same name given from two folders) both keep their path as id.
/// - Complexity: O(total bytes); files are read and decoded on all cores, each with a single `read`.
public struct CorpusReader: Sendable {
  /// File name extensions read as text documents.
  public static let textExtensions: Set<String> = ["txt", "md"]
  /// File name extensions read as HTML pages.
  public static let htmlExtensions: Set<String> = ["html", "htm"]

  public init() {}

  /// Reads every document under `paths` (files and folders).
  /// - Throws: ``CorpusError`` when a path given does not exist, is not a folder although written as one
  ///   (`notes.txt/`), or is a link loop; and ``CorpusError/noDocuments(_:)`` when nothing at all could be read.
  public func read(paths: [String]) throws -> CorpusReadResult {
    let walk = try CorpusWalker.walk(paths)
    var diagnostics = walk.diagnostics
    let files = Self.resolveDuplicates(walk.files, diagnostics: &diagnostics)
    let results = Self.readAll(files)
    var documents: [SourceDocument] = []
    documents.reserveCapacity(files.count)
    for result in results {
      if let doc = result.document { documents.append(doc) }
      diagnostics.append(contentsOf: result.diagnostics)
    }
    documents.sort { $0.id < $1.id }
    diagnostics.sort()
    guard !documents.isEmpty else { throw CorpusError.noDocuments(diagnostics) }
    return CorpusReadResult(documents: documents, diagnostics: diagnostics)
  }

  /// Reads one document from bytes already in memory (standard input, a fuzzer), as if from a file called `name`.
  ///
  ///     CorpusReader().readDocument(bytes: Array("<p>Łódź</p>".utf8), name: "page.html").documents[0].text
  ///     // "Łódź\n"
  ///
  /// - Parameters:
  ///   - bytes: The file's content.
  ///   - name: The document id and the name diagnostics use; its extension says how to read the bytes.
  /// - Returns: No document, or one, and the diagnostics about it.
  public func readDocument(bytes: [UInt8], name: String) -> CorpusReadResult {
    let result = DocumentReading.read(bytes: bytes, path: name, id: name)
    return CorpusReadResult(documents: result.document.map { [$0] } ?? [], diagnostics: result.diagnostics.sorted())
  }

  /// One file per identity (the smallest id wins; the others are noted), then unique ids.
  static func resolveDuplicates(_ files: [CorpusFile], diagnostics: inout [Diagnostic]) -> [CorpusFile] {
    let sorted = files.sorted { ($0.id, $0.path) < ($1.id, $1.path) }
    var firstOfIdentity: [FileIdentity: CorpusFile] = [:]
    var unique: [CorpusFile] = []
    for file in sorted {
      if let first = firstOfIdentity[file.identity] {
        if first.path != file.path {
          diagnostics.append(Diagnostic(.note, file: file.path, "skipped: same file as \(first.path), read once"))
        }
        continue
      }
      firstOfIdentity[file.identity] = file
      unique.append(file)
    }
    // Two different files with one id (x/a.txt and y/a.txt given as files): each keeps its path as id.
    var result: [CorpusFile] = []
    var i = 0
    while i < unique.count {
      var j = i + 1
      while j < unique.count, unique[j].id == unique[i].id { j += 1 }
      if j - i == 1 {
        result.append(unique[i])
      } else {
        for var file in unique[i..<j] {
          diagnostics.append(Diagnostic(.warning, file: file.path,
                                        "another file has the same id '\(file.id)'; this one is read as '\(file.path)'"))
          file.id = file.path
          result.append(file)
        }
      }
      i = j
    }
    return result
  }

  /// Reads and decodes `files` on all cores; results in the order of `files`.
  static func readAll(_ files: [CorpusFile]) -> [DocumentReading.Result] {
    var results = [DocumentReading.Result](repeating: DocumentReading.Result(), count: files.count)
    let read: @Sendable (CorpusFile) -> DocumentReading.Result = { file in
      guard DocumentReading.kind(of: file.path) != nil else { return DocumentReading.skipByName(file.path) }
      do throws(FileBytes.Failure) {
        let bytes = try FileBytes.read(file.path)
        return DocumentReading.read(bytes: bytes, path: file.path, id: file.id)
      } catch {
        return DocumentReading.Result(document: nil,
                                      diagnostics: [Diagnostic(.warning, file: file.path, "skipped: \(error.message)")])
      }
    }
    if files.count < 32 {
      for (k, file) in files.enumerated() { results[k] = read(file) }
      return results
    }
    results.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let out = buffer
      // Batches of 16 files keep the scheduling cost small for corpora of tiny files.
      let batches = (files.count + 15) / 16
      DispatchQueue.concurrentPerform(iterations: batches) { batch in
        for k in batch * 16..<min(files.count, batch * 16 + 16) { out[k] = read(files[k]) }
      }
    }
    return results
  }
}

/// A corpus path that cannot be read at all.
public enum CorpusError: Error, CustomStringConvertible, Equatable {
  case noSuchPath(String)
  /// The path names a file but was written as a folder (`notes.txt/`), or goes through a file.
  case notADirectory(String)
  /// The path is a symbolic link that leads back to itself.
  case symlinkLoop(String)
  /// The path exists but cannot be examined (for example, permission denied on a folder on the way).
  case unreadable(String, String)
  /// Nothing under the paths given could be read; the diagnostics say why for each file.
  case noDocuments([Diagnostic])

  public var description: String {
    switch self {
    case .noSuchPath(let p): "\(p): no such file or directory"
    case .notADirectory(let p): "\(p): not a directory"
    case .symlinkLoop(let p): "\(p): symbolic link loop"
    case .unreadable(let p, let why): "\(p): \(why)"
    case .noDocuments(let diagnostics):
      diagnostics.isEmpty
        ? "no documents found (read: \(ContentSniffer.readExtensions))"
        : "no documents could be read; \(diagnostics.count) problem(s):\n"
          + diagnostics.map(\.description).joined(separator: "\n")
    }
  }
}
