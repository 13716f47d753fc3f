import StakeholderModel

/// "Spółka X jako jedna z pierwszych skorzystała z Bonu Y", "X benefited from the Y scheme": an organization that
/// draws on a programme or instrument is its beneficiary, and a beneficiary takes part in it (schema: participates_in).
///
/// - Complexity: O(n) for the n tokens of the sentences with a verb of benefiting (one index look-up per token).
extension RelationFinder {
  /// Verbs of drawing on a programme, followed by "z" / "ze" / "from".
  static let benefitVerbs: WordSet = [
    "skorzystała", "skorzystał", "skorzystało", "skorzystały", "skorzystali", "korzysta", "korzystają", "benefited",
    "benefitted", "benefits", "benefit",
  ]
  /// Words between the subject and the verb: "jako jedna z pierwszych", "już", "also".
  static let benefitSubjectFillers: WordSet = ["jako", "jedna", "jeden", "jedno", "z", "pierwszych", "już", "też", "także", "również", "already", "also", "has", "have"]

  /// Records participates_in for the organization right before a verb of benefiting and the project after it.
  mutating func beneficiaries() {
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Self.benefitVerbs, k) else { continue }
      for v in s.tokens where v + 2 < s.tokens.upperBound && r.claim[v] < 0 && r.vocabulary.has(Self.benefitVerbs, v) {
        guard r.vocabulary.lowerIn(v + 1, ["z", "ze", "from"]) else { continue }
        var q = v + 2
        while q < s.tokens.upperBound, q - v <= 4, r.claim[q] < 0, r.vocabulary.lowerIs(q, "the") || r.vocabulary.has(Self.programmeNouns, q) { q += 1 }
        guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .project else { continue }
        // The subject: an organization ending at most five filler words before the verb.
        var b = v - 1
        while b > s.tokens.lowerBound, v - b <= 5, r.claim[b] < 0, r.vocabulary.has(Self.benefitSubjectFillers, b) || r.tokens[b].text == "," { b -= 1 }
        guard b >= s.tokens.lowerBound, r.claim[b] >= 0, r.mentions[r.claim[b]].kind == .organization else { continue }
        let o = g(r.claim[b]), proj = g(r.claim[q])
        guard organized[o]?.contains(proj) != true else { continue }
        add(o, proj, .participatesIn, k)
      }
    }
  }
}
