import Foundation
import Testing
@testable import StakeholderModel

@Suite("Atomic file writes")
struct AtomicFileTests {
  @Test("replaces the file whole and leaves no temporary behind")
  func replaces() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sg-atomic-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("out.txt")
    try AtomicFile.write("first", to: url)
    try AtomicFile.write("second", to: url)
    #expect(try String(contentsOf: url, encoding: .utf8) == "second")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.txt"])
  }

  @Test("a write into a read-only place fails and keeps the old file")
  func failureKeepsOld() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sg-atomic-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("out.txt")
    try AtomicFile.write("old", to: url)
    // A directory where the file should go makes the rename fail.
    let blocked = dir.appendingPathComponent("sub")
    try FileManager.default.createDirectory(at: blocked.appendingPathComponent("x"), withIntermediateDirectories: true)
    #expect(throws: (any Error).self) { try AtomicFile.write("new", to: blocked) }
    #expect(try String(contentsOf: url, encoding: .utf8) == "old")
  }
}
