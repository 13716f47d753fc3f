import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the benchmark measured: one row per stage, and the whole run.
struct BenchReport: Codable {
  /// One timed stage.
  struct Stage: Codable {
    var name: String
    var seconds: Double
    /// Documents the stage handled (0 where it does not work per document).
    var documents: Int
    /// Bytes of text the stage handled (0 where not meaningful).
    var bytes: Int
    /// Free-form facts about the stage ("3,214 entities", "1,000 reused from the store").
    var note: String
  }

  var corpus: String
  var documents: Int
  var bytes: Int
  var workers: Int
  var stages: [Stage] = []
  var peakMemoryBytes: Int = 0
  /// Stages the build could not run yet, and why.
  var skipped: [String] = []
  /// The machine's load average when the run started (`/proc/loadavg`), to judge how noisy the figures are.
  var loadAverage: String = LoadAverage.current()

  var totalSeconds: Double { stages.reduce(0) { $0 + $1.seconds } }

  /// Records a stage and prints it on stderr at once, so a long run shows its progress.
  mutating func add(_ stage: Stage) {
    stages.append(stage)
    let line = "bench: \(stage.name) \(String(format: "%.3f", stage.seconds)) s \(stage.note)\n"
    FileHandle.standardError.write(Data(line.utf8))
  }

  /// The human-readable table the command prints.
  func table() -> String {
    var lines: [String] = []
    let mb = Double(bytes) / 1_000_000
    lines.append("corpus: \(corpus): \(documents) documents, \(String(format: "%.1f", mb)) MB; \(workers) worker(s)")
    lines.append(pad("stage", 12) + pad("seconds", 10, right: true) + pad("docs/s", 12, right: true)
                 + pad("MB/s", 10, right: true) + "  note")
    for s in stages {
      let docsPerSec = s.documents > 0 && s.seconds > 0 ? String(format: "%.0f", Double(s.documents) / s.seconds) : "-"
      let mbPerSec = s.bytes > 0 && s.seconds > 0 ? String(format: "%.2f", Double(s.bytes) / 1_000_000 / s.seconds) : "-"
      lines.append(pad(s.name, 12) + pad(String(format: "%.3f", s.seconds), 10, right: true)
                   + pad(docsPerSec, 12, right: true) + pad(mbPerSec, 10, right: true) + "  " + s.note)
    }
    let total = totalSeconds
    let overall = total > 0 ? String(format: "%.0f docs/s, %.2f MB/s", Double(documents) / total, mb / total) : "-"
    lines.append(pad("total", 12) + pad(String(format: "%.3f", total), 10, right: true) + "  " + overall)
    lines.append("peak memory (ru_maxrss): \(String(format: "%.1f", Double(peakMemoryBytes) / 1_048_576)) MiB; "
                 + "load average at start: \(loadAverage)")
    for s in skipped { lines.append("not measured: \(s)") }
    return lines.joined(separator: "\n") + "\n"
  }

  private func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
    let n = s.count
    guard n < width else { return s + " " }
    let fill = String(repeating: " ", count: width - n)
    return right ? fill + s : s + fill
  }
}

/// Wall-clock timing of one stage (monotonic clock).
enum Stopwatch {
  /// Runs `body` and returns its result and the seconds it took.
  static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let value = try body()
    return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
  }

  /// The async form of ``time(_:)``.
  static func time<T>(_ body: () async throws -> T) async rethrows -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let value = try await body()
    return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
  }
}

/// The process's peak resident memory so far, from `getrusage(RUSAGE_SELF)`: `ru_maxrss` is in kilobytes
/// on Linux and in bytes on macOS.
enum PeakMemory {
  static func bytes() -> Int {
    var usage = rusage()
    #if os(Linux)
      let who = __rusage_who_t(RUSAGE_SELF.rawValue)
    #else
      let who = RUSAGE_SELF
    #endif
    guard getrusage(who, &usage) == 0 else { return 0 }
    #if os(Linux)
      return Int(usage.ru_maxrss) * 1024
    #else
      return Int(usage.ru_maxrss)
    #endif
  }
}

/// Runs the synthetic corpus generator (`tools/corpus/generate.py`, a development-time script) for
/// `stakeholders bench --generate N`.
enum CorpusGenerator {
  static let script = "tools/corpus/generate.py"

  /// The generator script: looked for above the current folder, then above the executable.
  static func locate() -> URL? {
    let fm = FileManager.default
    var starts = [URL(fileURLWithPath: fm.currentDirectoryPath)]
    starts.append(URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent())
    for start in starts {
      var dir = start.standardizedFileURL
      while true {
        let candidate = dir.appendingPathComponent(script)
        if fm.fileExists(atPath: candidate.path) { return candidate }
        if dir.path == "/" { break }
        dir.deleteLastPathComponent()
      }
    }
    return nil
  }

  /// Writes `count` documents generated with `seed` into `folder`.
  /// - Throws: ``CLIError`` when the script or python3 is missing or the generator fails.
  static func generate(count: Int, seed: Int, into folder: URL) throws {
    guard let script = locate() else {
      throw CLIError("--generate needs \(Self.script) (run from the repository) and python3; or use --docs")
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script.path, "--n", "\(count)", "--seed", "\(seed)", "--out", folder.path]
    do { try process.run() } catch { throw CLIError("cannot run python3: \(error.localizedDescription)") }
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw CLIError("\(script.path) failed with status \(process.terminationStatus)")
    }
  }
}

/// The 1, 5 and 15-minute load averages from `/proc/loadavg` ("-" where there is none).
enum LoadAverage {
  static func current() -> String {
    guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "-" }
    return text.split(separator: " ").prefix(3).joined(separator: " ")
  }
}
