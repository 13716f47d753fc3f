import StakeholderModel

/// A project referred to by its common noun in a runner's relative clause: "Organizatorem był X sp. z o.o., który
/// prowadzi program od 2020 roku", "the park, which has run the programme since 2021": the organization before the
/// clause organizes the project the noun refers to (the last one named with that noun before, in this sentence or the
/// two before).
///
/// - Complexity: O(m) for m organization mentions, each looking at a window of a few tokens.
extension RelationFinder {
  /// Adds `organizes` from an organization to the project its relative clause runs by a common noun.
  mutating func genericProjectRunners() {
    for (k, s) in r.sentences.enumerated() where r.vocabulary.sentenceHas(Self.relativeRunningVerbs, k) {
      for o in mentions(in: k) where r.mentions[o].kind == .organization {
        let q = pastParenthesisedWord(claimedEnd(o, before: s.tokens.upperBound), before: s.tokens.upperBound)
        guard q + 3 < s.tokens.upperBound, r.tokens[q].text == ",", r.vocabulary.lowerIn(q + 1, ["który", "która", "które", "which"]) else { continue }
        var v = q + 2
        if r.vocabulary.lowerIn(v, ["has", "have"]) { v += 1 }
        guard v + 1 < s.tokens.upperBound, r.claim[v] < 0, r.vocabulary.has(Self.relativeRunningVerbs, v) else { continue }
        var n = v + 1
        if r.vocabulary.lowerIs(n, "the") { n += 1 }
        guard n < s.tokens.upperBound, r.claim[n] < 0, r.tokens[n].casing == .lower, let h = HeadWords.head(r.tokens[n].lower), h.kind == .project,
              n + 1 >= s.tokens.upperBound || r.claim[n + 1] < 0,
              let p = projectNamed(byNoun: h.lemma, before: n, sentence: k), p != g(o) else { continue }
        add(g(o), p, .organizes, k)
        organizers.insert(g(o))
      }
    }
  }

  /// The project (group) named last before token `at`, in sentence `k` or the two before, whose head or marker noun
  /// has lemma `lemma`: the noun right before its name, past adjectives ("programu akceleracyjnego X"), or in an
  /// apposition right after it ("X, a project financed by …"). Sources of money are skipped.
  func projectNamed(byNoun lemma: String, before at: Int, sentence k: Int) -> Int? {
    func isNoun(_ t: Int) -> Bool {
      t >= 0 && t < r.tokens.count && r.claim[t] < 0 && r.tokens[t].casing == .lower && HeadWords.head(r.tokens[t].lower)?.lemma == lemma
    }
    for b in stride(from: k, through: max(0, k - 2), by: -1) {
      for m in allMentions(in: b).reversed() where r.mentions[m].kind == .project && r.mentions[m].range.upperBound <= at && !funderLike(m) {
        if r.mentions[m].head?.lemma == lemma { return g(m) }
        var t = r.mentions[m].range.lowerBound - 1
        if t >= 0, r.tokens[t].kind == .punct { t -= 1 }
        while t >= 0, r.claim[t] < 0, r.tokens[t].casing == .lower, !isNoun(t), Inflection.looksAdjectival(r.tokens[t].text) { t -= 1 }
        if isNoun(t) { return g(m) }
        let e = claimedEnd(m)
        if e + 2 < r.tokens.count, r.tokens[e].text == ",", r.vocabulary.lowerIn(e + 1, ["a", "an", "the"]), isNoun(e + 2) { return g(m) }
      }
    }
    return nil
  }
}
