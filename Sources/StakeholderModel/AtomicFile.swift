import Foundation

/// Writes files whole or not at all: to a temporary name in the same folder, then renamed into place,
/// so an interrupted run leaves the previous file as it was.
public enum AtomicFile {
  /// Writes `data` to `url` atomically, creating the parent folder if needed.
  public static func write(_ data: Data, to url: URL) throws {
    let dir = url.deletingLastPathComponent()
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
    do {
      try data.write(to: tmp)
      if rename(tmp.path, url.path) != 0 {
        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
      }
    } catch {
      try? FileManager.default.removeItem(at: tmp)
      throw error
    }
  }

  /// Writes UTF-8 text atomically.
  public static func write(_ text: String, to url: URL) throws {
    try write(Data(text.utf8), to: url)
  }
}
