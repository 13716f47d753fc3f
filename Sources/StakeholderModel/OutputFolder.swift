import Foundation

/// Replaces a set of files in an output folder as one step, as far as a file system allows: every file
/// is first written into a staging folder beside the output, then each is renamed into place. A failure
/// or an interrupt (SIGINT, SIGTERM) before the renames leaves the previous output as it was and
/// removes the staging folder; files of the folder that are not being replaced are never touched.
///
///     try OutputFolder(URL(fileURLWithPath: "output")).replace(with: [("graph.json", data)])
public struct OutputFolder: Sendable {
  public let url: URL

  public init(_ url: URL) { self.url = url }

  /// Writes every `(name, bytes)` pair; names are plain file names inside the folder.
  /// - Throws: a ``GraphFileError`` naming the path that could not be written.
  public func replace(with files: [(String, Data)]) throws {
    let fm = FileManager.default
    do { try fm.createDirectory(at: url, withIntermediateDirectories: true) } catch {
      throw GraphFileError(file: url.path, line: nil, message: "cannot create the output folder: \(error.localizedDescription)")
    }
    let staging = url.appendingPathComponent(".staging-\(ProcessInfo.processInfo.processIdentifier)")
    try? fm.removeItem(at: staging)
    InterruptCleanup.register(staging.path)
    defer {
      try? fm.removeItem(at: staging)
      InterruptCleanup.unregister(staging.path)
    }
    do { try fm.createDirectory(at: staging, withIntermediateDirectories: true) } catch {
      throw GraphFileError(file: staging.path, line: nil, message: "cannot create: \(error.localizedDescription)")
    }
    // The files are written at the same time (large exports are hundreds of MB); the first failure, in
    // the order given, is reported.
    let url = self.url
    _ = try Concurrent.run(files.map { name, data in
      { @Sendable in
        do { try data.write(to: staging.appendingPathComponent(name)) } catch {
          throw GraphFileError(file: url.appendingPathComponent(name).path, line: nil,
                               message: "cannot write: \(error.localizedDescription)")
        }
      }
    })
    // Refuse before anything moves when a target cannot be replaced by a file (a folder in its place).
    for (name, _) in files {
      var isDir: ObjCBool = false
      let target = url.appendingPathComponent(name)
      if fm.fileExists(atPath: target.path, isDirectory: &isDir), isDir.boolValue {
        throw GraphFileError(file: target.path, line: nil, message: "is a directory; nothing was written")
      }
    }
    for (name, _) in files {
      let target = url.appendingPathComponent(name)
      if rename(staging.appendingPathComponent(name).path, target.path) != 0 {
        throw GraphFileError(file: target.path, line: nil, message: "cannot move into place: \(String(cString: strerror(errno)))")
      }
    }
  }
}

/// Removes registered temporary paths when the process is interrupted (SIGINT, SIGTERM), then exits
/// with 128 + the signal number, as shells expect.
public enum InterruptCleanup {
  nonisolated(unsafe) private static var paths: Set<String> = []
  nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []
  private static let lock = NSLock()

  /// Starts watching SIGINT and SIGTERM (once per process).
  public static func install() {
    lock.lock()
    defer { lock.unlock() }
    guard sources.isEmpty else { return }
    for sig in [SIGINT, SIGTERM] {
      signal(sig, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
      source.setEventHandler {
        lock.lock()
        let pending = paths
        lock.unlock()
        for p in pending { try? FileManager.default.removeItem(atPath: p) }
        exit(128 + sig)
      }
      source.resume()
      sources.append(source)
    }
  }

  static func register(_ path: String) {
    install()
    lock.lock()
    paths.insert(path)
    lock.unlock()
  }

  static func unregister(_ path: String) {
    lock.lock()
    paths.remove(path)
    lock.unlock()
  }
}
