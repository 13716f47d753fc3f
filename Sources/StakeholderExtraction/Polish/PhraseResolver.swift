/// Lemmatises a place or institution name: finds the longest agreeing "adjectives* noun adjectives*" core,
/// puts it into the nominative and keeps the rest as written.
///
///     PhraseResolver(generator: g, kind: .organization).lemma(["Politechniki", "Śląskiej"])  // "Politechnika Śląska"
///     PhraseResolver(generator: g, kind: .organization).lemma(["Urzędu", "Miasta", "Wrocławia"])
///     // "Urząd Miasta Wrocławia": "Miasta" is not an adjective, so the core ends at "Urzędu"
///
/// Hyphenated place names (Bielsko-Biała, Jastrzębie-Zdrój) are read part by part in one case.
/// - Complexity: O(k² · candidates · 6) for a core of k words (k is small: the core stops at the first word
///   that is neither the head nor an agreeing adjective).
struct PhraseResolver {
  let generator: CandidateGenerator
  let kind: NameKind

  private static let cases: [PolishCases] = [.nominative, .genitive, .dative, .accusative, .instrumental, .locative]

  /// Noun and adjective candidates of one word (for hyphenated place names, combined per case).
  private func candidates(_ token: String) -> [WordCandidate] {
    var out = generator.adjectives(token)
    if token.utf8.contains(UInt8(ascii: "-")) {
      let parts = token.split(separator: "-").map(String.init)
      if parts.count == 2, parts.allSatisfy({ $0.first?.isUppercase ?? false }) {
        return out + compound(parts[0], parts[1], separator: "-")
      }
    }
    out += generator.nouns(token, kind: kind, knownAdjective: out.contains { $0.score >= 2 })
    return out
  }

  /// A two-part place name read part by part in one case: Bielsku-Białej → Bielsko-Biała,
  /// Jastrzębiu Zdroju → Jastrzębie Zdrój. Each case gives one candidate with the best parts.
  private func compound(_ first: String, _ second: String, separator: String, nounsOnly: Bool = false) -> [WordCandidate] {
    var out: [WordCandidate] = []
    let left = generator.nouns(first, kind: kind, inCompound: true)
    let right = generator.nouns(second, kind: kind, inCompound: true) + (nounsOnly ? [] : generator.adjectives(second))
    for c in Self.cases {
      guard let l = left.filter({ $0.cases.contains(c) }).max(by: { $0.score < $1.score }),
        let r = right.filter({ $0.cases.contains(c) }).max(by: { $0.score < $1.score })
      else { continue }
      out.append(WordCandidate(
        lemma: matchCapitalisation(l.lemma, like: first) + separator + matchCapitalisation(r.lemma, like: second),
        gender: l.gender, cases: c, role: .noun, score: l.score + r.score))
    }
    return out
  }

  /// English function words: a phrase with one of them is left as written ("University of Bialystok").
  static let englishWords: WordSet = ["of", "the", "and", "for", "in", "on", "at", "to", "&"]

  func lemma(_ tokens: [String]) -> String {
    if isFrozenToken(tokens[0]) || tokens.contains(where: { $0.utf8.count <= 3 && Self.englishWords.contains($0.lowercased()) }) {
      return tokens.joined(separator: " ")
    }
    if let plural = pluralHeadPhrase(tokens) { return plural }
    let limit = freezeLimit(tokens, from: 0)
    guard let left = core(tokens, 0..<limit, requiredCase: nil) else { return tokens.joined(separator: " ") }
    // Two place-name nouns written without the hyphen: "Jastrzębiu Zdroju" → "Jastrzębie Zdrój".
    if kind == .place, left.end == 1, limit == 2, tokens[1].first?.isUppercase == true {
      let pair = compound(tokens[0], tokens[1], separator: " ", nounsOnly: true).filter { $0.score >= 5 }
      if let best = pair.max(by: { $0.score < $1.score }) {
        return ([best.lemma] + tokens[2...]).joined(separator: " ")
      }
    }
    var out = left.lemmas
    var rest = left.end
    // Coordinated institutions: "Opery i Filharmonii Podlaskiej" → "Opera i Filharmonia Podlaska".
    if left.end == limit, limit + 1 < tokens.count, ["i", "oraz"].contains(tokens[limit]) {
      let rightLimit = freezeLimit(tokens, from: limit + 1)
      if rightLimit > limit + 1,
        let right = core(tokens, (limit + 1)..<rightLimit, requiredCase: left.grammaticalCase, minimumHeadScore: 1.2)
      {
        out += [tokens[limit]] + right.lemmas
        rest = right.end
      }
    }
    return (out + tokens[rest...]).joined(separator: " ")
  }

  /// Index of the first word after `start` that ends the inflectable part: a preposition, conjunction,
  /// quotation, acronym or number.
  private func freezeLimit(_ tokens: [String], from start: Int) -> Int {
    for i in (start + 1)..<max(start + 1, tokens.count) {
      let t = tokens[i]
      if (t.utf8.count <= 8 && PolishLemmatizer.freezeWords.contains(t.lowercased())) || isFrozenToken(t) { return i }
    }
    return tokens.count
  }

  /// The best agreeing core "adjectives* noun adjectives*" starting at `range.lowerBound`: its end, lemmas
  /// and case. Longer cores win; among equally long ones the higher score.
  private func core(
    _ tokens: [String], _ range: Range<Int>, requiredCase: PolishCases?, minimumHeadScore: Double = 0
  ) -> (end: Int, score: Double, lemmas: [String], grammaticalCase: PolishCases)? {
    guard !range.isEmpty, !isFrozenToken(tokens[range.lowerBound]) else { return nil }
    let start = range.lowerBound
    let limit = range.upperBound
    // Candidates are made on first use: the core usually stops long before the end of the name.
    var memo = [[WordCandidate]?](repeating: nil, count: range.count)
    func cands(_ i: Int) -> [WordCandidate] {
      if let known = memo[i] { return known }
      let made = candidates(tokens[start + i])
      memo[i] = made
      return made
    }
    var best: (end: Int, score: Double, lemmas: [String], grammaticalCase: PolishCases)? = nil
    for head in start..<limit {
      if head > start && !cands(head - 1 - start).contains(where: { $0.role == .adjective }) { break }
      for nounCand in cands(head - start) where nounCand.role == .noun && nounCand.score >= minimumHeadScore {
        for c in Self.cases where nounCand.cases.contains(c) && (requiredCase == nil || requiredCase == c) {
          var score = nounCand.score
          var lemmas: [String] = []
          var ok = true
          for i in start..<head {
            guard let adj = Self.bestAdjective(cands(i - start), nounCand, c) else { ok = false; break }
            score += adj.score
            lemmas.append(matchCapitalisation(adj.lemma, like: tokens[i]))
          }
          guard ok else { continue }
          lemmas.append(matchCapitalisation(nounCand.lemma, like: tokens[head]))
          var end = head + 1
          // "Przedstawicielstwa Regionalnego | Dolnego Śląska": a known place written after the core keeps its case.
          while end < limit, !Self.opensKnownPlace(tokens, end), let adj = Self.bestAdjective(cands(end - start), nounCand, c) {
            score += adj.score
            lemmas.append(matchCapitalisation(adj.lemma, like: tokens[end]))
            end += 1
          }
          // A two-word place name on the TERYT list (Bielsk Podlaski beats Bielsko Podlaskie).
          if kind == .place, lemmas.count == 2, let rank = generator.lexicon.store.multiwordPlaceRank(lemmas.joined(separator: " ")) {
            score += 2 + CandidateGenerator.rankBonus(rank)
          }
          if best == nil || end > best!.end || (end == best!.end && score > best!.score) {
            best = (end, score, lemmas, c)
          }
        }
      }
    }
    return best
  }

  /// Whether the words at `i` and `i + 1` are a known place in some case ("Dolnego Śląska", "Górnym Śląsku").
  static func opensKnownPlace(_ tokens: [String], _ i: Int) -> Bool {
    i + 1 < tokens.count && Places.table[tokens[i] + " " + tokens[i + 1]] != nil
  }

  static func bestAdjective(_ candidates: [WordCandidate], _ head: WordCandidate, _ c: PolishCases) -> WordCandidate? {
    var best: WordCandidate? = nil
    for cand in candidates where cand.role == .adjective && cand.agrees(gender: head.gender, case: c, plural: head.plural) {
      if best == nil || cand.score > best!.score { best = cand }
    }
    return best
  }
}
