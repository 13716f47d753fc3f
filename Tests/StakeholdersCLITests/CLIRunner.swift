import Foundation

/// Runs the built `stakeholders` executable (built beside the test bundle) and captures its output.
struct CLIRunner {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The folder holding the test bundle and the `stakeholders` executable.
  static var productsDirectory: URL {
    let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var dir = exe.deletingLastPathComponent()
    // On Linux the test runner is `<products>/<Package>PackageTests.xctest`; on macOS it is inside a bundle.
    while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("stakeholders").path),
      dir.path != "/"
    {
      dir.deleteLastPathComponent()
    }
    return dir
  }

  /// The repository root (for `seeds/`).
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// Runs `stakeholders args…` and waits for it.
  static func run(_ args: [String], environment: [String: String]? = nil, currentDirectory: URL? = nil) throws -> Result {
    let process = Process()
    process.executableURL = productsDirectory.appendingPathComponent("stakeholders")
    process.arguments = args
    if let environment { process.environment = environment }
    if let currentDirectory { process.currentDirectoryURL = currentDirectory }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read both pipes before waiting so a large output cannot block the child.
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(status: process.terminationStatus,
                  stdout: String(decoding: outData, as: UTF8.self),
                  stderr: String(decoding: errData, as: UTF8.self))
  }

  /// A fresh temporary folder, removed by the caller.
  static func temporaryDirectory(_ label: String) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sg-\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }
}
