import Foundation
import Testing
@testable import StakeholderExtraction

/// A temporary folder the test fills with bad inputs, and a snapshot of everything in it (type, mode, size,
/// mtime, content, link target) to prove the reader changed nothing on disk.
final class TempCorpus {
  let root: String

  init() throws {
    root = FileManager.default.temporaryDirectory
      .appendingPathComponent("corpus-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
  }

  deinit {
    // Restore permissions a test may have taken away, so the folder can be removed.
    _ = chmod(root, 0o755)
    try? FileManager.default.removeItem(atPath: root)
  }

  func path(_ rel: String) -> String { rel.isEmpty ? root : root + "/" + rel }

  @discardableResult
  func file(_ rel: String, _ bytes: [UInt8]) throws -> String {
    let p = path(rel)
    try FileManager.default.createDirectory(atPath: (p as NSString).deletingLastPathComponent,
                                            withIntermediateDirectories: true)
    try Data(bytes).write(to: URL(fileURLWithPath: p))
    return p
  }

  @discardableResult
  func file(_ rel: String, _ text: String) throws -> String { try file(rel, Array(text.utf8)) }

  func folder(_ rel: String) throws {
    try FileManager.default.createDirectory(atPath: path(rel), withIntermediateDirectories: true)
  }

  func link(_ rel: String, to target: String) throws {
    try FileManager.default.createDirectory(atPath: (path(rel) as NSString).deletingLastPathComponent,
                                            withIntermediateDirectories: true)
    guard symlink(target, path(rel)) == 0 else { throw CocoaError(.fileWriteUnknown) }
  }

  /// Every entry under the root, not following links: "rel type mode size mtime content-or-target".
  func snapshot() -> [String] {
    var lines: [String] = []
    var stack = [""]
    while let rel = stack.popLast() {
      let p = path(rel)
      var st = stat()
      guard lstat(p, &st) == 0 else { lines.append("\(rel) missing"); continue }
      let kind = st.st_mode & 0o170000
      var line = "\(rel) \(kind) \(st.st_mode & 0o7777) \(st.st_size) \(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)"
      if kind == 0o120000 {
        line += " -> " + ((try? FileManager.default.destinationOfSymbolicLink(atPath: p)) ?? "?")
      } else if kind == 0o100000 {
        line += " " + ((FileManager.default.contents(atPath: p)?.base64EncodedString()) ?? "unreadable")
      } else if kind == 0o040000 {
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: p)) ?? []).sorted() {
          stack.append(rel.isEmpty ? name : rel + "/" + name)
        }
      }
      lines.append(line)
    }
    return lines.sorted()
  }

  /// Reads with the corpus reader and checks that nothing under the root changed.
  func read(_ rels: [String]) throws -> CorpusReadResult {
    let before = snapshot()
    defer { #expect(snapshot() == before, "the reader changed files on disk") }
    return try CorpusReader().read(paths: rels.map(path))
  }

  /// Diagnostics with the root replaced by `$ROOT`, as strings.
  func messages(_ r: CorpusReadResult) -> [String] {
    r.diagnostics.map { $0.description.replacingOccurrences(of: root, with: "$ROOT") }
  }
}

@Suite("Corpus reader: bad folders and files")
struct CorpusReaderFileSystemTests {
  @Test("A messy folder: documents read, everything else skipped with a one-line reason each")
  func messyFolder() throws {
    let t = try TempCorpus()
    try t.file("a.txt", "Jan Kowalski\r\n")
    try t.file("sub/b.md", "# Anna Nowak\n")
    try t.file("sub/c.html", "<p>Urząd&nbsp;Miasta</p>")
    try t.file("scan.pdf", "%PDF-1.4\n")
    try t.file("photo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    try t.file("fake.txt", "%PDF-1.4\n")
    try t.file("README", "read me")
    try t.file("empty.txt", "")
    try t.file("blank.md", "  \n\n")
    try t.file(".DS_Store", [0, 0, 0, 1])
    try t.file("cp1250.txt", [0x9C, 0x6C, 0xB9, 0x73, 0x6B, 0x69])  // "śląski"
    let r = try t.read([""])
    #expect(r.documents.map(\.id) == ["a.txt", "cp1250.txt", "sub/b.md", "sub/c.html"])
    #expect(r.documents.map(\.text) == ["Jan Kowalski\n", "śląski", "# Anna Nowak\n", "Urząd Miasta\n"])
    #expect(t.messages(r) == [
      "$ROOT/.DS_Store: note: skipped: hidden",
      "$ROOT/README: note: skipped: no file name extension (reads .txt, .md, .html, .htm)",
      "$ROOT/blank.md: note: skipped: only whitespace",
      "$ROOT/cp1250.txt: warning: not UTF-8; assumed Windows-1250 (detected: bytes 0x80–0x9F are text only in Windows-1250)",
      "$ROOT/empty.txt: note: skipped: empty file",
      "$ROOT/fake.txt: note: skipped: PDF document, not text (named .txt)",
      "$ROOT/photo.png: note: skipped: .png is not a document type read here (reads .txt, .md, .html, .htm)",
      "$ROOT/scan.pdf: note: skipped: .pdf is not a document type read here (reads .txt, .md, .html, .htm)",
    ])
  }

  @Test("Symbolic link loops are detected and not followed; broken links are reported")
  func symlinkLoops() throws {
    let t = try TempCorpus()
    try t.file("docs/a.txt", "tekst")
    try t.link("docs/deeper/up", to: "..")  // docs/deeper/up → docs: a loop
    try t.link("docs/self", to: "self")  // a link to itself
    try t.link("docs/x.txt", to: "y.txt")
    try t.link("docs/y.txt", to: "x.txt")  // x ↔ y
    try t.link("docs/gone.txt", to: "nowhere.txt")
    let r = try t.read(["docs"])
    #expect(r.documents.map(\.id) == ["a.txt"])
    #expect(t.messages(r) == [
      "$ROOT/docs/deeper/up: warning: skipped: symbolic link loop (leads back to $ROOT/docs)",
      "$ROOT/docs/gone.txt: warning: skipped: broken symbolic link",
      "$ROOT/docs/self: warning: skipped: symbolic link loop",
      "$ROOT/docs/x.txt: warning: skipped: symbolic link loop",
      "$ROOT/docs/y.txt: warning: skipped: symbolic link loop",
    ])
    #expect(throws: CorpusError.symlinkLoop(t.path("docs/self"))) { try CorpusReader().read(paths: [t.path("docs/self")]) }
  }

  @Test("The same file given twice, through a link, or inside a folder given too, is read once")
  func sameFileOnce() throws {
    let t = try TempCorpus()
    try t.file("c/a.txt", "Anna")
    try t.file("c/b.txt", "Beata")
    try t.link("c/alias.txt", to: "a.txt")
    try t.link("c/again", to: ".")  // a link to the folder itself, inside it: a loop
    try t.link("mirror", to: "c")  // the same folder under another name
    let r = try t.read(["c", "c/a.txt", "c", "mirror"])
    #expect(r.documents.map(\.id) == ["a.txt", "b.txt"])
    #expect(t.messages(r) == [
      "$ROOT/c/again: warning: skipped: symbolic link loop (leads back to $ROOT/c)",
      "$ROOT/c/alias.txt: note: skipped: same file as $ROOT/c/a.txt, read once",
      "$ROOT/mirror: note: skipped: same folder as $ROOT/c, already read",
    ])
  }

  @Test("Path order does not matter: shuffled paths give the same documents and diagnostics")
  func orderIndependent() throws {
    let t = try TempCorpus()
    for i in 0..<40 { try t.file("f\(i % 4)/doc\(i).txt", "Dokument \(i) z Łodzi") }
    try t.file("f1/x.pdf", "%PDF")
    try t.file("loose.txt", "luźny")
    let paths = ["f0", "f1", "f2", "f3", "loose.txt"]
    let first = try t.read(paths)
    var rng = SystemRandomNumberGenerator()
    for _ in 0..<3 {
      let again = try t.read(paths.shuffled(using: &rng))
      #expect(again.documents == first.documents)
      #expect(again.diagnostics == first.diagnostics)
    }
    #expect(first.documents.count == 41)
    #expect(first.documents.map(\.id) == first.documents.map(\.id).sorted())
  }

  @Test("Two different files with the same id both keep their path as id")
  func idCollision() throws {
    let t = try TempCorpus()
    try t.file("x/a.txt", "z folderu x")
    try t.file("y/a.txt", "z folderu y")
    let r = try t.read(["y/a.txt", "x/a.txt"])
    #expect(r.documents.map(\.id) == [t.path("x/a.txt"), t.path("y/a.txt")])
    #expect(t.messages(r) == [
      "$ROOT/x/a.txt: warning: another file has the same id 'a.txt'; this one is read as '$ROOT/x/a.txt'",
      "$ROOT/y/a.txt: warning: another file has the same id 'a.txt'; this one is read as '$ROOT/y/a.txt'",
    ])
  }

  @Test("Deep folders are walked without recursion limits")
  func deepFolders() throws {
    let t = try TempCorpus()
    let depth = 200
    let rel = (0..<depth).map { "d\($0 % 10)" }.joined(separator: "/")
    try t.file(rel + "/deep.txt", "na dnie")
    try t.file("top.txt", "na górze")
    let r = try t.read([""])
    #expect(r.documents.map(\.id) == [rel + "/deep.txt", "top.txt"])
    #expect(r.diagnostics.isEmpty)
  }

  @Test("A path that does not exist is an error naming it")
  func missing() throws {
    let t = try TempCorpus()
    #expect(throws: CorpusError.noSuchPath(t.path("nope"))) { try t.read(["nope"]) }
    #expect(CorpusError.noSuchPath("x/nope").description == "x/nope: no such file or directory")
  }

  @Test("A file where a folder is expected (`notes.txt/`, `notes.txt/x`) is an error")
  func fileAsFolder() throws {
    let t = try TempCorpus()
    try t.file("notes.txt", "notatki")
    #expect(throws: CorpusError.notADirectory(t.path("notes.txt"))) {
      try CorpusReader().read(paths: [t.path("notes.txt") + "/"])
    }
    #expect(throws: CorpusError.notADirectory(t.path("notes.txt/x"))) {
      try CorpusReader().read(paths: [t.path("notes.txt/x")])
    }
    #expect(CorpusError.notADirectory("n.txt").description == "n.txt: not a directory")
  }

  @Test("A folder where a file is expected (a folder named `x.txt`) is walked as a folder")
  func folderAsFile() throws {
    let t = try TempCorpus()
    try t.file("archive.txt/inner.txt", "w środku")
    let r = try t.read(["archive.txt"])
    #expect(r.documents.map(\.id) == ["inner.txt"])
    let s = try t.read([""])
    #expect(s.documents.map(\.id) == ["archive.txt/inner.txt"])
  }

  @Test("A named pipe called .txt is skipped unopened (opening it would block)")
  func fifo() throws {
    let t = try TempCorpus()
    try t.file("ok.txt", "dobrze")
    #expect(mkfifo(t.path("pipe.txt"), 0o644) == 0)
    let r = try t.read([""])
    #expect(r.documents.map(\.id) == ["ok.txt"])
    #expect(t.messages(r) == ["$ROOT/pipe.txt: note: skipped: named pipe, not a regular file"])
  }

  /// Root reads files whatever their mode bits, so `chmod 000` proves nothing when the tests run as root.
  /// A write-only sysfs attribute refuses reading even to root; a link to one stands in for the unreadable file.
  @Test("An unreadable file (permission denied) is skipped with a warning; the rest is read")
  func permissionDenied() throws {
    let t = try TempCorpus()
    try t.file("ok.txt", "dobrze")
    let sysfsWriteOnly = "/sys/bus/pci/rescan"
    if getuid() != 0 {
      try t.file("locked.txt", "tajne")
      #expect(chmod(t.path("locked.txt"), 0o000) == 0)
    } else if FileManager.default.fileExists(atPath: sysfsWriteOnly), open(sysfsWriteOnly, O_RDONLY) < 0, errno == EACCES {
      try t.link("locked.txt", to: sysfsWriteOnly)
    } else {
      withKnownIssue("running as root without a write-only sysfs file: no way to make a file unreadable") {
        Issue.record("permission-denied case not exercised")
      }
      return
    }
    let r = try t.read([""])
    #expect(r.documents.map(\.id) == ["ok.txt"])
    #expect(t.messages(r) == ["$ROOT/locked.txt: warning: skipped: permission denied"])
    #expect(FileBytes.Failure(code: EACCES).message == "permission denied")
  }

  @Test("Nothing readable at all is an error that lists why, file by file")
  func noDocuments() throws {
    let t = try TempCorpus()
    try t.file("a.pdf", "%PDF")
    try t.file("b.txt", "")
    #expect(throws: CorpusError.self) { try t.read([""]) }
    do {
      _ = try CorpusReader().read(paths: [t.path("")])
    } catch let error as CorpusError {
      #expect(error.description.replacingOccurrences(of: t.root, with: "$ROOT") == """
        no documents could be read; 2 problem(s):
        $ROOT/a.pdf: note: skipped: .pdf is not a document type read here (reads .txt, .md, .html, .htm)
        $ROOT/b.txt: note: skipped: empty file
        """)
    }
    let empty = try TempCorpus()
    #expect(throws: CorpusError.noDocuments([])) { try empty.read([""]) }
  }

  @Test("Many small files are read in parallel into the same sorted result")
  func manyFiles() throws {
    let t = try TempCorpus()
    for i in 0..<500 { try t.file(String(format: "n/%03d.txt", 499 - i), "Dokument numer \(i)") }
    let r = try t.read(["n"])
    #expect(r.documents.count == 500)
    #expect(r.documents.first?.id == "000.txt")
    #expect(r.documents.last?.text == "Dokument numer 0")
    #expect(r.diagnostics.isEmpty)
  }
}
