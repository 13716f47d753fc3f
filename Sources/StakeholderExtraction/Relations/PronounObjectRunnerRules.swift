import StakeholderModel

/// "Program „P” jest współfinansowany z programu F, a realizuje go Wydział X", "Platformę „Q” uruchomiono w maju;
/// prowadzi ją spółka Y": a verb of running, a pronoun standing for the project, then the organization that runs it
/// (Polish word order, subject last). The project is the first one named before the verb in the sentence that is not a
/// source of money, else the last one of the sentence before.
///
/// - Complexity: O(n) for the n tokens of the sentences that hold a pronoun of the kind (one index look-up each).
extension RelationFinder {
  /// Verbs of running a project before an object pronoun: "realizuje go", "prowadzi ją", "koordynuje je".
  static let pronounRunningVerbs: WordSet = [
    "realizuje", "realizują", "realizował", "realizowała", "prowadzi", "prowadzą", "koordynuje", "koordynują",
    "przygotował", "przygotowała", "przygotowało", "zarządza", "obsługuje", "wdraża",
  ]
  /// Object pronouns of a project in the accusative.
  static let projectObjectPronouns: WordSet = ["go", "ją", "je"]

  /// "…, a realizuje go Wydział X": the organization after "verb + pronoun" organizes the project referred to.
  mutating func pronounObjectRunner() {
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Self.projectObjectPronouns, k), r.vocabulary.sentenceHas(Self.pronounRunningVerbs, k) else { continue }
      for v in s.tokens where v + 2 < s.tokens.upperBound && r.claim[v] < 0 && r.vocabulary.has(Self.pronounRunningVerbs, v) {
        guard r.vocabulary.has(Self.projectObjectPronouns, v + 1) else { continue }
        let q = pastAdverbials(v + 2, in: s)
        guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization else { continue }
        let here = allMentions(in: k).first { m in
          r.mentions[m].kind == .project && r.mentions[m].range.upperBound <= v && !funderLike(m) && !isNamedAsFunder(m, in: s)
        }
        let before = k > 0 ? mentions(in: k - 1).last(where: { r.mentions[$0].kind == .project && !funderLike($0) }) : nil
        guard let p = here ?? before else { continue }
        let og = g(unitOrSelf(r.claim[q])), proj = g(p)
        add(og, proj, .organizes, k)
        organizers.insert(og)
        let partner = Key(source: og, target: proj, type: .participatesIn)
        if found[partner] != nil { found[partner] = nil; order.removeAll { $0 == partner } }
      }
    }
  }

  /// Whether project mention `m` follows a funding word within four tokens of sentence `s` ("współfinansowany z
  /// programu F"): a source of money named in the clause, not the project run.
  func isNamedAsFunder(_ m: Int, in s: Sentence) -> Bool {
    let start = r.mentions[m].range.lowerBound
    return (max(s.tokens.lowerBound, start - 4)..<start).contains { r.claim[$0] < 0 && r.vocabulary.has(Markers.fundingCue, $0) }
  }
}
