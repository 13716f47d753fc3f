import ArgumentParser
import Foundation
import StakeholderModel

/// A runtime failure the CLI reports as one line on stderr, exiting with code 1.
struct CLIError: Error, CustomStringConvertible {
  var description: String
  init(_ message: String) { description = message }
}

/// Reading the CLI's input files with errors that name them.
enum CLIInput {
  /// The UTF-8 text of a file, or a ``CLIError`` naming it.
  static func readText(_ path: String) throws -> String {
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
      throw CLIError("\(path): no such file")
    }
    if isDir.boolValue { throw CLIError("\(path): is a directory, expected a file") }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw CLIError("\(path): cannot read (permission denied?)")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw CLIError("\(path): not valid UTF-8 text")
    }
    return text
  }
}

/// Writing the CLI's outputs: to a file atomically, or to standard output.
enum CLIOutput {
  /// Writes to `path` atomically (temporary file, then rename), or to stdout when `path` is nil or "-".
  static func write(_ data: Data, to path: String?) throws {
    guard let path, path != "-" else {
      FileHandle.standardOutput.write(data)
      return
    }
    do { try AtomicFile.write(data, to: URL(fileURLWithPath: path)) } catch {
      throw CLIError("\(path): cannot write: \(error.localizedDescription)")
    }
  }
}

/// `--quiet` / `--verbose`, shared by every subcommand that reports progress.
struct LoggingOptions: ParsableArguments {
  @Flag(name: .shortAndLong, help: "Print only errors.")
  var quiet = false

  @Flag(name: .shortAndLong, help: "Print progress and every note.")
  var verbose = false

  /// Applies the flags to ``Log``.
  func apply() {
    Log.level = quiet ? .error : (verbose ? .verbose : .normal)
  }
}

/// Diagnostics on standard error, filtered by the chosen level.
enum Log {
  enum Level: Int, Comparable {
    case error, normal, verbose
    static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
  }

  nonisolated(unsafe) static var level: Level = .normal

  static func error(_ message: String) { write("error: \(message)", at: .error) }
  static func warning(_ message: String) { write("warning: \(message)", at: .normal) }
  static func info(_ message: String) { write(message, at: .normal) }
  static func verbose(_ message: String) { write(message, at: .verbose) }

  private static func write(_ line: String, at needed: Level) {
    guard level >= needed else { return }
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}
