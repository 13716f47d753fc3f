import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// Text without sentence punctuation (a table, a list or a whole article pasted as one line) must not make one
/// sentence of thousands of words: every pair of names in it would be a candidate relation, and each relation would
/// carry the whole text as its evidence (before the cut, 40 KB of synthetic articles written so gave 6,355
/// relations and a 272 MB graph; 200 KB ran out of memory).
@Suite("Run-on text: sentences are cut at a bounded length")
struct RunOnTextTests {
  /// The seeds as one line with no full stops, colons or semicolons (commas kept).
  static let runOn: String = ExtractionFixtures.seeds.map(\.text).joined(separator: " ")
    .filter { !".!?;:\n".contains($0) }

  @Test("a long sentence is cut at its last comma in the second half of each window")
  func cutAtCommas() {
    let text = Array(repeating: "Ala ma kota i psa, a Jan ma rybki", count: 60).joined(separator: " ")
    let tokens = Tokenizer.tokenize(text)
    let sentences = SentenceSplitter.split(tokens)
    #expect(tokens.count > 3 * SentenceSplitter.maxSentenceTokens)
    #expect(sentences.count >= 3)
    #expect(sentences.allSatisfy { $0.tokens.count <= SentenceSplitter.maxSentenceTokens })
    // Every piece but the last ends right after a comma; together they cover every token once.
    #expect(sentences.dropLast().allSatisfy { tokens[$0.tokens.upperBound - 1].text == "," })
    #expect(sentences.first?.tokens.lowerBound == 0 && sentences.last?.tokens.upperBound == tokens.count)
    #expect(zip(sentences, sentences.dropFirst()).allSatisfy { $0.tokens.upperBound == $1.tokens.lowerBound })
  }

  @Test("a sentence of the genre's length is not cut")
  func ordinarySentenceKept() {
    let sentence = Array(repeating: "spotkanie partnerów projektu w Lublinie,", count: 20).joined(separator: " ") + " koniec."
    let tokens = Tokenizer.tokenize(sentence)
    #expect(tokens.count < SentenceSplitter.maxSentenceTokens)
    #expect(SentenceSplitter.split(tokens).count == 1)
  }

  @Test("the seeds run together: bounded evidence and relations, the people still found")
  func seedsRunTogether() {
    let graph = ExtractionFixtures.extract(Self.runOn, id: "run-on.txt")
    let longestEvidence = graph.relations.flatMap(\.evidence).map { $0.text.unicodeScalars.count }.max() ?? 0
    #expect(Self.runOn.unicodeScalars.count > 10_000)
    #expect(longestEvidence < 2_000)
    #expect(graph.relations.count < 4 * graph.entities.count)
    // The seeds' persons are still read as persons without their full stops.
    let seedPersons = Set(ExtractionFixtures.seedGraph.entities.filter { $0.kind == .person }.map(\.name))
    let found = Set(graph.entities.filter { $0.kind == .person }.map(\.name))
    #expect(Double(seedPersons.intersection(found).count) >= 0.6 * Double(seedPersons.count))
  }
}
