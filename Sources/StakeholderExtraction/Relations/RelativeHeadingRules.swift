import StakeholderModel

/// "Halina Struś, która kieruje również spółką Drewmax Sp. z o.o.", "Tom Brecken, who runs Vexel Robotics": a relative
/// clause after a person whose verb is one of heading, running or owning names the organization the person works for.
///
/// - Complexity: O(m) for m mentions, each looking at a window of at most a dozen tokens.
extension RelationFinder {
  /// Verbs of heading, running or owning a body, in the forms a relative clause about a person takes.
  static let personHeadingVerbs: WordSet = [
    "kieruje", "kierował", "kierowała", "zarządza", "zarządzał", "zarządzała", "prowadzi", "prowadził", "prowadziła",
    "szefuje", "współprowadzi", "heads", "headed", "runs", "ran", "manages", "managed", "leads", "led", "owns", "founded",
    "co-founded",
  ]

  /// Lower-case words that may follow the organization a heading verb takes: a seat, an origin, a conjunction, a time.
  static let objectEnds: WordSet = ["w", "we", "z", "ze", "i", "oraz", "od", "jako", "in", "from", "and", "since", "as", "for"]

  /// "X, która kieruje również spółką Y", "X, who also runs Y": the person is affiliated with the organization the
  /// verb takes (past adverbs and a company noun).
  mutating func relativeClauseHeading() {
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Self.personRelativePronouns, k), r.vocabulary.sentenceHas(Self.personHeadingVerbs, k) else { continue }
      for i in allMentions(in: k) where r.mentions[i].kind == .person && !r.mentions[i].nested {
        guard let start = relativeClauseStart(afterPerson: i, in: s, length: 2) else { continue }
        var q = start
        while q < s.tokens.upperBound, q - start <= 3, r.claim[q] < 0, r.vocabulary.has(Self.relativeFunctionFillers, q) { q += 1 }
        guard q < s.tokens.upperBound, r.claim[q] < 0, r.vocabulary.has(Self.personHeadingVerbs, q) else { continue }
        q += 1
        while q < s.tokens.upperBound, q - start <= 7, r.claim[q] < 0,
              r.vocabulary.has(Self.relativeFunctionFillers, q) || r.vocabulary.has(Recognizer.companyNouns, q) { q += 1 }
        guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization else { continue }
        // "who leads the X team at …": an organization that only qualifies a noun is not what the verb takes.
        let e = claimedEnd(r.claim[q], before: s.tokens.upperBound)
        if e < s.tokens.upperBound, r.tokens[e].kind == .word, r.tokens[e].casing == .lower, !r.vocabulary.has(Self.objectEnds, e) { continue }
        affiliateBeside(g(i), g(r.claim[q]), k)
      }
    }
  }
}
