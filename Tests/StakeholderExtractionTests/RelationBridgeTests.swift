import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// The learnt scorer's candidates across neighbouring sentences (bridges) and their features.
/// Made-up texts of the genre whose names occur in no fixture.
@Suite("Relation scorer bridges")
struct RelationBridgeTests {
  /// An institution in one sentence, its president pointed back to ("Jej prezes") in the next, a person two
  /// sentences further on.
  static let text = """
    Konkurs w Łomży

    Nadnarwiańska Fundacja Wodna ogłosiła w poniedziałek nowy konkurs grantowy dla rolników. Jej prezes Halina Kurowiecka zachęcała gospodarzy do udziału. Wnioski można składać do końca marca. O szczegółach mówił Wiesław Pstrokoński.
    """

  static func pair(_ r: (extraction: DocumentExtraction, candidates: [RelationCandidate], features: [[String]]),
                   _ x: String, _ y: String) throws -> Int? {
    let a = try #require(RelationScorerTests.group(r.extraction, x))
    let b = try #require(RelationScorerTests.group(r.extraction, y))
    return r.candidates.firstIndex { $0.a == min(a, b) && $0.b == max(a, b) }
  }

  @Test("an institution and the person named in the next sentence are a candidate citing the later sentence, with its shape")
  func neighbouringSentences() throws {
    let r = RelationScorerTests.run(Self.text)
    let i = try #require(try Self.pair(r, "Halina Kurowiecka", "Nadnarwiańska Fundacja Wodna"))
    let c = r.candidates[i]
    #expect(c.bridge)
    #expect(c.sentence == nil)
    let f = r.features[i]
    #expect(f.contains("xb"))
    #expect(f.contains("xs:1"))
    #expect(f.contains("xana:pron"))
    #expect(f.contains("xk:organization>person|pron"))
    #expect(f.contains("xfirst1") && f.contains("xfirst2") && f.contains("xnear1"))
    #expect(f == f.sorted())
  }

  @Test("entities three sentences apart are no bridge; every bridge joins neighbouring sentences and is marked 'xb'")
  func onlyNeighbours() throws {
    let r = RelationScorerTests.run(Self.text)
    if let i = try Self.pair(r, "Wiesław Pstrokoński", "Nadnarwiańska Fundacja Wodna") {
      #expect(!r.candidates[i].bridge)
    }
    // Bridges are extra candidates, each between mentions of neighbouring sentences.
    let bridges = r.candidates.filter(\.bridge)
    #expect(!bridges.isEmpty && bridges.count < r.candidates.count)
    for (c, f) in zip(r.candidates, r.features) where c.bridge {
      #expect(f.contains("xs:1") && f.contains("xb"))
    }
    #expect(!zip(r.candidates, r.features).contains { !$0.0.bridge && $0.1.contains("xb") })
  }

  @Test("bridgePairs pairs each mention with the first mention and the last one of each kind in the sentence before")
  func antecedents() {
    // Mentions 0, 1, 2 in sentence 0 (organization, person, organization), mention 3 (person) in sentence 1.
    let kinds: [EntityKind] = [.organization, .person, .organization, .person]
    let pairs = RelationCandidates.bridgePairs([[0, 1, 2], [3]], starts: [0, 5, 9, 20], groupOf: [0, 1, 2, 3], kinds: kinds)
    let n = kinds.count
    #expect(pairs.map(\.0) == [0 * n + 3, 1 * n + 3, 2 * n + 3])
    #expect(pairs.allSatisfy { $0.1.bridge && $0.1.sentence == nil && $0.1.evidence == 1 && $0.1.second == 3 })
    #expect(RelationCandidates.bridgePairs([[0], []], starts: [0], groupOf: [0], kinds: [.person]).isEmpty)
  }
}
