import StakeholderModel

/// Who runs a project or event named before a relative clause, in either Polish word order, and who runs it together
/// with them:
///
/// - "„Szlak Serów X”, który Stowarzyszenie Y realizuje razem z Gminą Z", "strategii (S), którą stowarzyszenie X wdraża",
///   "farmę Bałtyk Północ, którą rozwija spółka W": the organization in the clause (before or after its verb of
///   running) organizes the project; so does one after "wspólnie z" / "razem z" / "together with".
/// - "the Laboratory of X, which the park intends to build", "a programme run by X Park together with Y University": the same in
///   English, with "which" or a participle "run by" / "led by" / "coordinated by".
///
/// - Complexity: O(m) for m project mentions, each looking at a window of at most a dozen tokens.
extension RelationFinder {
  /// Verbs of running, launching or building a project in a relative clause (third person, any tense).
  static let relativeRunningVerbs: WordSet = [
    "realizuje", "realizują", "realizowała", "realizował", "realizowało", "zrealizuje", "zrealizują", "prowadzi", "prowadzą",
    "poprowadzi", "wdraża", "wdrażają", "wdroży", "rozwija", "rozwijają", "tworzy", "tworzą", "stworzy", "uruchomi",
    "uruchamia", "uruchomiła", "uruchomił", "przygotowuje", "przygotowują", "opracowuje", "opracowała", "opracował",
    "koordynuje", "koordynują", "zarządza", "runs", "run", "leads", "led", "coordinates", "coordinated", "manages",
    "managed", "build", "builds", "develops", "launched", "implements",
    // Events: "Forum X, które w listopadzie zorganizuje w Gdyni Y", "„Święto Z”, które muzeum organizuje od lat".
    "organizuje", "organizują", "zorganizuje", "zorganizują", "zorganizował", "zorganizowała", "zorganizowało",
    "współorganizuje", "przygotuje",
  ]
  /// Words of running together: "wspólnie z", "razem z", "together with", "in partnership with".
  static let togetherWords: WordSet = ["wspólnie", "razem", "together", "jointly"]

  /// Adds `organizes` from a project's relative clause or "run by" participle to its runners.
  mutating func relativeClauseRunners() {
    for (k, s) in r.sentences.enumerated() where r.vocabulary.sentenceHas(Self.relativeRunningVerbs, k) {
      for pm in mentions(in: k) where r.mentions[pm].kind == .project || r.mentions[pm].kind == .event {
        guard let q = clauseAfterProject(pm, in: s), let (o, end) = runnerOfClause(at: q, in: s) else { continue }
        addRunner(g(unitOrSelf(o)), g(pm), k)
        if let c = coRunner(after: end, in: s), g(c) != g(o) { addRunner(g(c), g(pm), k) }
      }
    }
  }

  /// Where the clause about project mention `pm` starts: past a closing quote, an acronym in parentheses, the comma
  /// and the article and noun of an apposition ("X, a programme run by Y"); nil when no comma follows the name.
  func clauseAfterProject(_ pm: Int, in s: Sentence) -> Int? {
    var q = claimedEnd(pm, before: s.tokens.upperBound)
    if q < s.tokens.upperBound, SentenceSplitter.closeQuotes.contains(r.tokens[q].text) { q += 1 }
    q = pastParenthesisedWord(q, before: s.tokens.upperBound)
    guard q + 2 < s.tokens.upperBound, r.tokens[q].text == "," else { return nil }
    q += 1
    if r.vocabulary.lowerIn(q, ["a", "an", "the"]) {
      var n = q + 1
      while n < s.tokens.upperBound, n - q <= 3, r.claim[n] < 0, r.tokens[n].kind == .word, r.tokens[n].casing == .lower,
            !r.vocabulary.has(Self.relativeRunningVerbs, n) { n += 1 }
      q = n
    }
    return q
  }

  /// The organization that runs the project in the clause starting at `q`, and where its part of the clause ends:
  /// "którą stowarzyszenie X wdraża" (subject, then verb), "którą rozwija spółka X" (verb, then subject), "run by X".
  func runnerOfClause(at q: Int, in s: Sentence) -> (runner: Int, end: Int)? {
    if r.vocabulary.lowerIn(q, ["który", "którą", "które", "którego", "której", "which"]) {
      let a = pastCompanyNouns(pastAdverbials(q + 1, in: s), in: s)
      let direct = organization(at: a, in: s)
      if let o = direct ?? bodyReferredToByNoun(at: a, in: s) {
        let e = direct == nil ? a + 1 : claimedEnd(o, before: s.tokens.upperBound)
        var v = e
        while v < s.tokens.upperBound, v - e <= 3, r.claim[v] < 0, r.tokens[v].kind == .word, !r.vocabulary.has(Self.relativeRunningVerbs, v) { v += 1 }
        return v < s.tokens.upperBound && r.vocabulary.has(Self.relativeRunningVerbs, v) ? (o, v + 1) : nil
      }
      let after = a < s.tokens.upperBound ? pastCompanyNouns(pastAdverbials(a + 1, in: s), in: s) : a
      guard a < s.tokens.upperBound, r.vocabulary.has(Self.relativeRunningVerbs, a),
            let o = organization(at: after, in: s) ?? bodyReferredToByNoun(at: after, in: s) else { return nil }
      return (o, r.claim[after] == o ? claimedEnd(o, before: s.tokens.upperBound) : after + 1)
    }
    guard r.language == "en", r.vocabulary.lowerIn(q, ["run", "led", "coordinated", "managed"]), q + 2 < s.tokens.upperBound,
          r.vocabulary.lowerIs(q + 1, "by") else { return nil }
    var o = q + 2
    if r.vocabulary.lowerIs(o, "the") { o += 1 }
    guard let runner = organization(at: o, in: s) else { return nil }
    return (runner, claimedEnd(runner, before: s.tokens.upperBound))
  }

  /// "… razem z Gminą Z", "together with the Y University": the organization after a word of running together within
  /// three words after `end`.
  func coRunner(after end: Int, in s: Sentence) -> Int? {
    var t = end
    while t < s.tokens.upperBound, t - end <= 3, r.claim[t] < 0, r.tokens[t].kind == .word, !r.vocabulary.has(Self.togetherWords, t) { t += 1 }
    guard t + 2 < s.tokens.upperBound, r.vocabulary.has(Self.togetherWords, t), r.vocabulary.lowerIn(t + 1, ["z", "ze", "with"]) else { return nil }
    var c = t + 2
    if r.vocabulary.lowerIs(c, "the") { c += 1 }
    return organization(at: pastCompanyNouns(c, in: s), in: s)
  }

  /// `q` past unclaimed company nouns ("spółka", "firmy"): where the organization they introduce would start.
  func pastCompanyNouns(_ q: Int, in s: Sentence) -> Int {
    var a = q
    while a < s.tokens.upperBound, r.claim[a] < 0, r.vocabulary.has(Recognizer.companyNouns, a) { a += 1 }
    return a
  }

  /// "które muzeum organizuje", "który departament realizuje": a mention of the one body that a lower-case head noun
  /// at `q` refers to, if any.
  func bodyReferredToByNoun(at q: Int, in s: Sentence) -> Int? {
    guard q < s.tokens.upperBound, r.claim[q] < 0, let o = organizationReferredTo(at: q) else { return nil }
    return mentions(ofGroup: o).first
  }

  /// The organization mention claiming token `q`, if any.
  func organization(at q: Int, in s: Sentence) -> Int? {
    q < s.tokens.upperBound && r.claim[q] >= 0 && r.mentions[r.claim[q]].kind == .organization ? r.claim[q] : nil
  }
}
