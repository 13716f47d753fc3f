import Foundation
import Testing

@Suite("stakeholders lemma")
struct LemmaCommandTests {
  @Test("prints one canonical form per phrase, in order")
  func phrases() throws {
    let r = try CLIRunner.run(["lemma", "--kind", "person", "Piotra Kuczerę", "Patrycję Sass-Staniszewską"])
    #expect(r.status == 0)
    #expect(r.stdout == "Piotr Kuczera\nPatrycja Sass-Staniszewska\n")
  }

  @Test("places drop a leading preposition")
  func place() throws {
    let r = try CLIRunner.run(["lemma", "--kind", "place", "w Białymstoku"])
    #expect(r.stdout == "Białystok\n")
  }

  @Test("an unknown kind is a usage error (exit 2) naming the kinds")
  func badKind() throws {
    let r = try CLIRunner.run(["lemma", "--kind", "animal", "Burka"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("person, organization, place or other"))
  }

  @Test("--help shows an example")
  func help() throws {
    let r = try CLIRunner.run(["lemma", "--help"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("stakeholders lemma --kind person"))
  }
}
