#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file found in the corpus, not yet read.
struct CorpusFile: Sendable, Hashable {
  /// The path to open and to name in diagnostics (the folder as given, then the path inside it).
  var path: String
  /// The document id: the path relative to the folder given, or the file name for a file given directly.
  var id: String
  /// Device and inode: the same file reached twice (symlink, hard link, repeated path) is read once.
  var identity: FileIdentity
}

/// A file's device and inode number.
struct FileIdentity: Hashable, Sendable {
  var device: UInt64
  var inode: UInt64
}

/// Finds the files under the paths given: folders recursively, sorted by name, symbolic links followed once.
///
///     let walk = try CorpusWalker.walk(["seeds", "extra/article.txt"])
///     walk.files.map(\.id)   // ["000_….txt", …, "article.txt"]
///
/// Uses `opendir`/`readdir` and the entry types they report, so a folder of 100,000 files costs one `stat` per
/// folder, not per file. An explicit stack instead of recursion: deep folders cannot exhaust the call stack.
/// Every folder's device and inode is remembered, so a symbolic link back to an ancestor (a loop) or to a folder
/// already read is reported and not entered. Hidden entries (`.git`, `.DS_Store`) are skipped with a note.
/// Errors for a path given on the command line are thrown; problems inside folders become diagnostics.
/// - Complexity: O(files · log(files per folder)) time.
enum CorpusWalker {
  struct Walk {
    var files: [CorpusFile] = []
    var diagnostics: [Diagnostic] = []
  }

  static func walk(_ paths: [String]) throws(CorpusError) -> Walk {
    var walk = Walk()
    var visited: [FileIdentity: String] = [:]
    var seen: Set<String> = []
    for (original, given) in paths.map({ ($0, trimmedPath($0)) }).sorted(by: { ($0.1, $0.0) < ($1.1, $1.0) }) {
      // The same path twice is read once, silently.
      guard seen.insert(original).inserted else { continue }
      var st = stat()
      // The path as given: "notes.txt/" must fail as "not a directory".
      if stat(original, &st) != 0 {
        let e = errno
        switch e {
        case ENOENT: throw .noSuchPath(given)
        case ENOTDIR: throw .notADirectory(given)
        case ELOOP: throw .symlinkLoop(given)
        default: throw .unreadable(given, FileBytes.Failure(code: e).message)
        }
      }
      let identity = FileIdentity(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
      switch st.st_mode & 0o170000 {
      case 0o040000:
        walkFolder(given, identity: identity, into: &walk, visited: &visited)
      case 0o100000:
        walk.files.append(CorpusFile(path: given, id: lastComponent(given), identity: identity))
      default:
        walk.diagnostics.append(Diagnostic(.note, file: given, "skipped: \(typeName(st.st_mode)), not a regular file"))
      }
    }
    return walk
  }

  /// One folder being walked: its path, the id prefix of its entries, and the folders above it.
  private struct Frame {
    var path: String
    var prefix: String
    var identity: FileIdentity
    var ancestors: [FileIdentity]
  }

  private static func walkFolder(_ root: String, identity: FileIdentity, into walk: inout Walk,
                                 visited: inout [FileIdentity: String]) {
    if let first = visited[identity] {
      walk.diagnostics.append(Diagnostic(.note, file: root, "skipped: same folder as \(first), already read"))
      return
    }
    visited[identity] = root
    var stack = [Frame(path: root, prefix: "", identity: identity, ancestors: [])]
    while let frame = stack.popLast() {
      guard let dir = opendir(frame.path) else {
        let message = FileBytes.Failure(code: errno).message
        walk.diagnostics.append(Diagnostic(.warning, file: frame.path, "skipped folder: \(message)"))
        continue
      }
      var entries: [(name: String, type: UInt8, inode: UInt64)] = []
      while let entry = readdir(dir) {
        let name = withUnsafePointer(to: &entry.pointee.d_name) {
          $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
        }
        if name == "." || name == ".." { continue }
        entries.append((name, entry.pointee.d_type, UInt64(entry.pointee.d_ino)))
      }
      closedir(dir)
      entries.sort { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
      var subfolders: [Frame] = []
      let ancestors = frame.ancestors + [frame.identity]
      for (name, type, inode) in entries {
        let path = frame.path == "/" ? "/" + name : frame.path + "/" + name
        let id = frame.prefix + name
        if name.hasPrefix(".") {
          walk.diagnostics.append(Diagnostic(.note, file: path, "skipped: hidden"))
          continue
        }
        var mode: UInt32
        var fileIdentity = FileIdentity(device: frame.identity.device, inode: 0)
        var isLink = false
        switch type {
        case 8:  // DT_REG: readdir's inode and the folder's device identify it without a stat
          mode = 0o100000
          fileIdentity.inode = inode
        case 4: mode = 0o040000  // DT_DIR
        default:
          var st = stat()
          guard lstat(path, &st) == 0 else {
            walk.diagnostics.append(Diagnostic(.warning, file: path, "skipped: \(FileBytes.Failure(code: errno).message)"))
            continue
          }
          mode = UInt32(st.st_mode)
          fileIdentity = FileIdentity(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
        }
        if mode & 0o170000 == 0o120000 {
          isLink = true
          var st = stat()
          if stat(path, &st) != 0 {
            let e = errno
            let what = e == ENOENT ? "broken symbolic link" : e == ELOOP ? "symbolic link loop" : FileBytes.Failure(code: e).message
            walk.diagnostics.append(Diagnostic(.warning, file: path, "skipped: \(what)"))
            continue
          }
          mode = UInt32(st.st_mode)
          fileIdentity = FileIdentity(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
        }
        switch mode & 0o170000 {
        case 0o100000:
          walk.files.append(CorpusFile(path: path, id: id, identity: fileIdentity))
        case 0o040000:
          if !isLink || fileIdentity.inode == 0 {
            var st = stat()
            guard stat(path, &st) == 0 else {
              walk.diagnostics.append(Diagnostic(.warning, file: path, "skipped folder: \(FileBytes.Failure(code: errno).message)"))
              continue
            }
            fileIdentity = FileIdentity(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
          }
          if ancestors.contains(fileIdentity) {
            let target = visited[fileIdentity] ?? "an enclosing folder"
            walk.diagnostics.append(Diagnostic(.warning, file: path, "skipped: symbolic link loop (leads back to \(target))"))
            continue
          }
          if let first = visited[fileIdentity] {
            walk.diagnostics.append(Diagnostic(.note, file: path, "skipped: same folder as \(first), already read"))
            continue
          }
          visited[fileIdentity] = path
          subfolders.append(Frame(path: path, prefix: id + "/", identity: fileIdentity, ancestors: ancestors))
        default:
          walk.diagnostics.append(Diagnostic(.note, file: path, "skipped: \(typeName(mode)), not a regular file"))
        }
      }
      // Depth-first in name order: push in reverse so the first name is walked first.
      stack.append(contentsOf: subfolders.reversed())
    }
  }

  /// The path without trailing slashes (but "/" stays "/").
  static func trimmedPath(_ p: String) -> String {
    var s = Substring(p)
    while s.count > 1, s.hasSuffix("/") { s = s.dropLast() }
    return String(s)
  }

  static func lastComponent(_ p: String) -> String {
    p.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? p
  }

  static func typeName<M: BinaryInteger>(_ mode: M) -> String {
    switch UInt32(truncatingIfNeeded: mode) & 0o170000 {
    case 0o010000: "named pipe"
    case 0o140000: "socket"
    case 0o020000: "character device"
    case 0o060000: "block device"
    case 0o120000: "symbolic link"
    default: "special file"
    }
  }
}
