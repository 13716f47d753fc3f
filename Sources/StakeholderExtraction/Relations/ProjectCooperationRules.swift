/// Cooperation in the report's project stated with the project's common noun: "Projekt realizujemy razem z Gminą X",
/// "The project is carried out in cooperation with Y".
extension RelationFinder {
  /// Words of cooperation that "z" / "with" follows ("razem z", "we współpracy z", "in partnership with").
  static let cooperationPhraseWords: WordSet = [
    "razem", "wspólnie", "współpracy", "partnerstwie", "together", "cooperation", "co-operation", "partnership", "collaboration",
  ]
  /// Common nouns of a project that open a sentence and refer back to it.
  static let projectOpeningNouns: WordSet = ["projekt", "przedsięwzięcie", "project"]

  /// Adds the participation of the bodies named after a phrase of cooperation in a sentence that opens with the
  /// project's common noun and names no other project: the project named before with that noun, else the report's.
  mutating func cooperationInGenericProject() {
    for (k, s) in r.sentences.enumerated() where r.vocabulary.sentenceHas(Self.cooperationPhraseWords, k) {
      var first = s.tokens.lowerBound
      if r.vocabulary.lowerIs(first, "the") { first += 1 }
      guard first < s.tokens.upperBound, r.claim[first] < 0, r.vocabulary.has(Self.projectOpeningNouns, first),
            !mentions(in: k).contains(where: { r.mentions[$0].kind == .project }),
            let project = projectNamedBefore(by: first) ?? mainProject.flatMap({ kind($0) == .project ? $0 : nil }),
            let c = s.tokens.first(where: { r.claim[$0] < 0 && r.vocabulary.has(Self.cooperationPhraseWords, $0) }) else { continue }
      var q = c + 1
      guard q < s.tokens.upperBound, r.vocabulary.lowerIn(q, ["z", "ze", "with"]) else { continue }
      q += 1
      if q < s.tokens.upperBound, r.vocabulary.lowerIs(q, "the") { q += 1 }
      for m in coordinatedOrganizations(from: q, in: s) where organized[g(m)]?.contains(project) != true {
        add(g(m), project, .participatesIn, k)
      }
    }
  }
}
