import Foundation
import Testing

@Suite("CLI exit codes")
struct ExitCodeTests {
  @Test("a usage error exits with 2 and says what is wrong")
  func usage() throws {
    let r = try CLIRunner.run(["render", "x.dot", "--no-such-option"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("--no-such-option"))
  }

  @Test("a missing input file exits with 1 and names the file")
  func missingFile() throws {
    let r = try CLIRunner.run(["render", "/no/such/graph.dot"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("/no/such/graph.dot"))
  }

  @Test("--help exits with 0 and shows an example")
  func help() throws {
    let r = try CLIRunner.run(["render", "--help"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("Example"))
  }
}
