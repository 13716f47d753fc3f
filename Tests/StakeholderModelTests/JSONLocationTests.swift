import Foundation
import Testing
@testable import StakeholderModel

@Suite("JSON errors say the line")
struct JSONLocationTests {
  func error(_ json: String) -> GraphFileError? {
    do {
      _ = try StakeholderGraph.decode(json: Data(json.utf8), source: "g.json")
      return nil
    } catch { return error as? GraphFileError }
  }

  @Test("a syntax error (missing comma) names its line")
  func syntax() {
    let e = error("{\n \"entities\": [\n  {\"id\": \"a\", \"kind\": \"person\"\n   \"name\": \"x\"}\n ]\n}\n")
    #expect(e?.line == 4)
    #expect(e?.description.hasPrefix("g.json:4: not valid JSON") == true)
  }

  @Test("a truncated file names the last line")
  func truncated() {
    let e = error("{\n \"entities\": [\n  {\"id\": \"a\",")
    #expect(e?.line == 3)
  }

  @Test("a wrong type names the line of the value")
  func wrongType() {
    let e = error("{\n \"entities\": [\n  {\"id\": \"a\", \"kind\": \"person\", \"name\": \"x\"},\n  {\"id\": \"b\",\n   \"kind\": \"robot\", \"name\": \"y\"}\n ]\n}\n")
    #expect(e?.line == 5)
    #expect(e?.message.contains("entities[1].kind") == true)
  }

  @Test("a duplicate id names the line of the second entity")
  func duplicate() {
    let e = error("{\"entities\": [\n{\"id\": \"a\", \"kind\": \"place\", \"name\": \"A\"},\n{\"id\": \"a\", \"kind\": \"place\", \"name\": \"B\"}\n]}")
    #expect(e?.line == 3)
    #expect(e?.message == "duplicate entity id 'a'")
  }
}
