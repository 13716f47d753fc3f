import Foundation
import Testing
@testable import StakeholderExtraction

/// The 159-row development list from the project's morphology research (forms with their lemmas).
@Suite("Polish names dev set")
struct PolishNameDevsetTests {
  struct Row {
    var id: String
    var category: String
    var form: String
    var expected: String
  }

  static func rows() throws -> [Row] {
    let url = try #require(Bundle.module.url(forResource: "polish-names-devset", withExtension: "tsv", subdirectory: "Fixtures"))
    let text = try String(contentsOf: url, encoding: .utf8)
    return text.split(separator: "\n").dropFirst().map { line in
      let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      return Row(id: f[0], category: f[2], form: f[3], expected: f[4])
    }
  }

  /// The name kind each dev-set category is looked up as.
  static func kind(_ category: String) -> NameKind {
    switch category {
    case "first_m", "first_f", "surname_m", "surname_f", "person": .person
    case "place", "region", "place_mw", "voiv": .place
    default: .organization
    }
  }

  @Test("at least 150 of the 159 rows come out right")
  func devset() throws {
    let rows = try Self.rows()
    #expect(rows.count == 159)
    let lemmatizer = PolishLemmatizer()
    var wrong: [String] = []
    for row in rows {
      let got = lemmatizer.lemma(row.form, kind: Self.kind(row.category))
      if got != row.expected { wrong.append("\(row.id) \(row.form) → \(got) (want \(row.expected))") }
    }
    let correct = rows.count - wrong.count
    print("polish-names-devset: \(correct)/\(rows.count) correct; wrong: \(wrong.joined(separator: "; "))")
    #expect(correct >= 150, "\(correct)/\(rows.count): \(wrong.joined(separator: "; "))")
  }
}
