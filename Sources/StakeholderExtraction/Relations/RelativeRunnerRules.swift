import StakeholderModel

/// Who runs a project named before a relative clause, in either Polish word order, and who runs it together with them:
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
  ]
  /// Words of running together: "wspólnie z", "razem z", "together with", "in partnership with".
  static let togetherWords: WordSet = ["wspólnie", "razem", "together", "jointly"]

  /// Adds `organizes` from a project's relative clause or "run by" participle to its runners.
  mutating func relativeClauseRunners() {
    for (k, s) in r.sentences.enumerated() where r.vocabulary.sentenceHas(Self.relativeRunningVerbs, k) {
      for pm in mentions(in: k) where r.mentions[pm].kind == .project {
        var q = claimedEnd(pm, before: s.tokens.upperBound)
        if q < s.tokens.upperBound, SentenceSplitter.closeQuotes.contains(r.tokens[q].text) { q += 1 }
        if q + 2 < s.tokens.upperBound, r.tokens[q].text == "(", r.tokens[q + 2].text == ")" { q += 3 }
        guard q + 2 < s.tokens.upperBound, r.tokens[q].text == "," else { continue }
        q += 1
        // "X, a programme run by Y": the apposition's noun first.
        if r.vocabulary.lowerIn(q, ["a", "an", "the"]) {
          var n = q + 1
          while n < s.tokens.upperBound, n - q <= 3, r.claim[n] < 0, r.tokens[n].kind == .word, r.tokens[n].casing == .lower,
                !r.vocabulary.has(Self.relativeRunningVerbs, n) { n += 1 }
          q = n
        }
        var runner: Int?
        var end = q
        if r.vocabulary.lowerIn(q, ["który", "którą", "które", "którego", "której", "which"]) {
          // Subject, then verb ("którą stowarzyszenie X wdraża"); or verb, then subject ("którą rozwija spółka X").
          var a = pastAdverbials(q + 1, in: s)
          while a < s.tokens.upperBound, r.claim[a] < 0, r.vocabulary.has(Recognizer.companyNouns, a) { a += 1 }
          if a < s.tokens.upperBound, r.claim[a] >= 0, r.mentions[r.claim[a]].kind == .organization {
            let e = claimedEnd(r.claim[a], before: s.tokens.upperBound)
            var v = e
            while v < s.tokens.upperBound, v - e <= 3, r.claim[v] < 0, r.tokens[v].kind == .word, !r.vocabulary.has(Self.relativeRunningVerbs, v) { v += 1 }
            if v < s.tokens.upperBound, r.vocabulary.has(Self.relativeRunningVerbs, v) { runner = r.claim[a]; end = v + 1 }
          } else if a < s.tokens.upperBound, r.vocabulary.has(Self.relativeRunningVerbs, a) {
            var o = pastAdverbials(a + 1, in: s)
            while o < s.tokens.upperBound, r.claim[o] < 0, r.vocabulary.has(Recognizer.companyNouns, o) { o += 1 }
            if o < s.tokens.upperBound, r.claim[o] >= 0, r.mentions[r.claim[o]].kind == .organization {
              runner = r.claim[o]
              end = claimedEnd(r.claim[o], before: s.tokens.upperBound)
            }
          }
        } else if r.language == "en", r.vocabulary.lowerIn(q, ["run", "led", "coordinated", "managed"]), q + 2 < s.tokens.upperBound,
                  r.vocabulary.lowerIs(q + 1, "by") {
          var o = q + 2
          if r.vocabulary.lowerIs(o, "the") { o += 1 }
          if o < s.tokens.upperBound, r.claim[o] >= 0, r.mentions[r.claim[o]].kind == .organization {
            runner = r.claim[o]
            end = claimedEnd(r.claim[o], before: s.tokens.upperBound)
          }
        }
        guard let o = runner else { continue }
        addRunner(g(unitOrSelf(o)), g(pm), k)
        // "… razem z Gminą Z", "together with Y University": a co-runner.
        var t = end
        while t < s.tokens.upperBound, t - end <= 3, r.claim[t] < 0, r.tokens[t].kind == .word, !r.vocabulary.has(Self.togetherWords, t) { t += 1 }
        guard t + 2 < s.tokens.upperBound, r.vocabulary.has(Self.togetherWords, t), r.vocabulary.lowerIn(t + 1, ["z", "ze", "with"]) else { continue }
        var c = t + 2
        if r.vocabulary.lowerIs(c, "the") { c += 1 }
        while c < s.tokens.upperBound, r.claim[c] < 0, r.vocabulary.has(Recognizer.companyNouns, c) { c += 1 }
        if c < s.tokens.upperBound, r.claim[c] >= 0, r.mentions[r.claim[c]].kind == .organization, g(r.claim[c]) != g(o) {
          addRunner(g(r.claim[c]), g(pm), k)
        }
      }
    }
  }
}
