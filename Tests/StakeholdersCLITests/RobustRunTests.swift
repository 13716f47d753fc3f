import Foundation
import Testing

/// Determinism and safety of whole runs: file order, locale, failures half-way.
@Suite("analyze: determinism and failures", .serialized)
struct RobustRunTests {
  static let seeds = CLIRunner.packageRoot.appendingPathComponent("seeds")

  static func seedFiles() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
      .map { seeds.appendingPathComponent($0).path }
  }

  static func contents(of dir: URL) throws -> [String: Data] {
    var out: [String: Data] = [:]
    for f in try FileManager.default.contentsOfDirectory(atPath: dir.path) {
      var isDir: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: dir.appendingPathComponent(f).path, isDirectory: &isDir)
      out[f] = isDir.boolValue ? Data("<folder>".utf8) : try Data(contentsOf: dir.appendingPathComponent(f))
    }
    return out
  }

  @Test("files listed in any order, and any locale, give identical output bytes")
  func orderAndLocale() throws {
    let base = try CLIRunner.temporaryDirectory("order")
    defer { try? FileManager.default.removeItem(at: base) }
    let files = try Self.seedFiles()
    var env = ProcessInfo.processInfo.environment
    let runs: [(String, [String], [String: String])] = [
      ("sorted", files, env),
      ("reversed", files.reversed(), env),
      ("shuffled", [files[2], files[0], files[4], files[1], files[3]], env),
      ("polish-locale", files, { env["LANG"] = "pl_PL.UTF-8"; env["LC_ALL"] = "pl_PL.UTF-8"; return env }()),
      ("c-locale", files, { env["LANG"] = "C"; env["LC_ALL"] = "C"; return env }()),
    ]
    var reference: [String: Data]? = nil
    for (label, paths, environment) in runs {
      let out = base.appendingPathComponent(label)
      let r = try CLIRunner.run(["analyze"] + paths + ["--out", out.path, "--quiet"], environment: environment)
      #expect(r.status == 0, "\(label): \(r.stderr)")
      let files = try Self.contents(of: out)
      if let reference {
        #expect(files.keys.sorted() == reference.keys.sorted(), "\(label): other files")
        for (name, data) in files where reference[name] != data { Issue.record("\(label): \(name) differs") }
      } else {
        reference = files
      }
    }
  }

  @Test("a run that cannot write leaves the previous output as it was")
  func failureKeepsPreviousOutput() throws {
    let out = try CLIRunner.temporaryDirectory("keep")
    defer { try? FileManager.default.removeItem(at: out) }
    #expect(try CLIRunner.run(["analyze", Self.seeds.path, "--out", out.path, "--quiet"]).status == 0)
    // Block one output name with a folder: the second run must refuse before replacing anything.
    try FileManager.default.removeItem(at: out.appendingPathComponent("report.md"))
    try FileManager.default.createDirectory(at: out.appendingPathComponent("report.md"), withIntermediateDirectories: false)
    let before = try Self.contents(of: out)
    let file = try Self.seedFiles()[0]
    let r = try CLIRunner.run(["analyze", file, "--out", out.path, "--quiet"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("report.md"))
    let after = try Self.contents(of: out)
    #expect(after == before, "output changed after a failed run")
  }

  @Test("a folder with no readable document is an error naming it")
  func emptyCorpus() throws {
    let dir = try CLIRunner.temporaryDirectory("empty")
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0]).write(to: dir.appendingPathComponent("picture.png"))
    let r = try CLIRunner.run(["analyze", dir.path, "--out", dir.appendingPathComponent("out").path])
    #expect(r.status == 1)
    #expect(r.stderr.contains(dir.path))
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/graph.json").path))
  }
}

@Suite("analyze: interrupted", .serialized)
struct InterruptTests {
  @Test("SIGINT half-way leaves the previous output as it was and no staging folder behind")
  func sigint() throws {
    let base = try CLIRunner.temporaryDirectory("sigint")
    defer { try? FileManager.default.removeItem(at: base) }
    let corpus = base.appendingPathComponent("corpus")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    for (i, file) in try RobustRunTests.seedFiles().enumerated() {
      try FileManager.default.copyItem(atPath: file, toPath: corpus.appendingPathComponent("doc\(i).txt").path)
    }
    let out = base.appendingPathComponent("out")
    #expect(try CLIRunner.run(["analyze", corpus.path, "--out", out.path, "--quiet", "--no-store"]).status == 0)
    let before = try RobustRunTests.contents(of: out)

    // A larger corpus, so the second run is still working when the signal comes.
    for copy in 0..<60 {
      for (i, file) in try RobustRunTests.seedFiles().enumerated() {
        try FileManager.default.copyItem(atPath: file, toPath: corpus.appendingPathComponent("copy\(copy)-\(i).txt").path)
      }
    }
    let process = Process()
    process.executableURL = CLIRunner.productsDirectory.appendingPathComponent("stakeholders")
    process.arguments = ["analyze", corpus.path, "--out", out.path, "--quiet", "--no-store"]
    process.standardError = FileHandle.nullDevice
    try process.run()
    Thread.sleep(forTimeInterval: 1.5)
    process.interrupt()
    process.waitUntilExit()
    #expect(process.terminationStatus != 0, "the run finished before the signal; the test needs a larger corpus")
    let after = try RobustRunTests.contents(of: out)
    #expect(after.keys.sorted() == before.keys.sorted())
    #expect(after == before, "output changed after an interrupted run")
  }
}
