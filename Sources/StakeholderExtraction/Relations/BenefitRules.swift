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

  /// Beneficiary nouns: "X jest beneficjentem projektu P", "jednym z beneficjentów", "Drugim beneficjentem jest X".
  static let beneficiaryNouns: WordSet = ["beneficjentem", "beneficjentów", "beneficjenci", "beneficjentami", "beneficiary", "beneficiaries"]

  /// Copulas that state what a body is ("X jest jednym z beneficjentów").
  static let copulas: WordSet = ["jest", "był", "była", "było", "została", "został", "zostało", "będzie", "is", "was", "became"]

  /// "Wiślanka jest już jednym z beneficjentów projektu „P”", "Drugim beneficjentem jest X": a beneficiary takes part in the
  /// project named after the noun, else in the report's project.
  mutating func beneficiaryNouns() {
    for (k, s) in r.sentences.enumerated() where r.vocabulary.sentenceHas(Self.beneficiaryNouns, k) {
      guard let b = s.tokens.first(where: { r.claim[$0] < 0 && r.vocabulary.has(Self.beneficiaryNouns, $0) }) else { continue }
      let ms = mentions(in: k)
      let named = ms.first { r.mentions[$0].kind == .project && !r.mentions[$0].isProgramme && r.mentions[$0].range.lowerBound > b
        && r.mentions[$0].range.lowerBound - b <= 4 }.map { g($0) }
      guard let project = named ?? mainProject, kind(project) == .project else { continue }
      // The beneficiary: the organization before "jest" ("X jest … beneficjentem") or right after "jest" ("… beneficjentem
      // jest X").
      let before = ms.last { m in
        let e = r.mentions[m].range.upperBound
        return r.mentions[m].kind == .organization && e <= b && b - e <= 5 && (e..<b).contains { r.vocabulary.has(Self.copulas, $0) }
      }
      var q = b + 1
      while q < s.tokens.upperBound, q - b <= 3, r.claim[q] < 0, r.vocabulary.lowerIn(q, ["jest", "został", "została", "zostało", "is", "was", "będzie"]) { q += 1 }
      let after = q < s.tokens.upperBound && q > b + 1 && r.claim[q] >= 0 && r.mentions[r.claim[q]].kind == .organization ? r.claim[q] : nil
      guard let o = (after ?? before).map({ g($0) }), organized[o]?.contains(project) != true else { continue }
      add(o, project, .participatesIn, k)
    }
  }
}
