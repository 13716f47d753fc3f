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
    let parts = token.split(separator: "-").map(String.init)
    if parts.count == 2, parts.allSatisfy({ $0.first?.isUppercase ?? false }) {
      let left = generator.nouns(parts[0], kind: kind, inCompound: true)
      let right = generator.nouns(parts[1], kind: kind, inCompound: true) + generator.adjectives(parts[1])
      for c in Self.cases {
        guard let l = left.filter({ $0.cases.contains(c) }).max(by: { $0.score < $1.score }),
          let r = right.filter({ $0.cases.contains(c) }).max(by: { $0.score < $1.score })
        else { continue }
        out.append(WordCandidate(
          lemma: matchCapitalisation(l.lemma, like: parts[0]) + "-" + matchCapitalisation(r.lemma, like: parts[1]),
          gender: l.gender, cases: c, role: .noun, score: l.score + r.score))
      }
      return out
    }
    out += generator.nouns(token, kind: kind)
    return out
  }

  func lemma(_ tokens: [String]) -> String {
    // The inflectable prefix ends at the first preposition, conjunction, quotation, acronym or number.
    var limit = tokens.count
    for (i, t) in tokens.enumerated() where i > 0 {
      if PolishLemmatizer.freezeWords.contains(t.lowercased()) || isFrozenToken(t) {
        limit = i
        break
      }
    }
    if isFrozenToken(tokens[0]) { return tokens.joined(separator: " ") }
    let cands = tokens[..<limit].map(candidates)

    // Pre-head adjectives must agree; the core is tokens[0..<end] with exactly one noun at `head`.
    var best: (end: Int, score: Double, lemmas: [String])? = nil
    for head in 0..<limit {
      if head > 0 && !cands[head - 1].contains(where: { $0.role == .adjective }) { break }
      for nounCand in cands[head] where nounCand.role == .noun {
        for c in Self.cases where nounCand.cases.contains(c) {
          var score = nounCand.score
          var lemmas: [String] = []
          var ok = true
          for i in 0..<head {
            guard let adj = Self.bestAdjective(cands[i], nounCand.gender, c) else { ok = false; break }
            score += adj.score
            lemmas.append(matchCapitalisation(adj.lemma, like: tokens[i]))
          }
          guard ok else { continue }
          lemmas.append(matchCapitalisation(nounCand.lemma, like: tokens[head]))
          var end = head + 1
          while end < limit, let adj = Self.bestAdjective(cands[end], nounCand.gender, c) {
            score += adj.score
            lemmas.append(matchCapitalisation(adj.lemma, like: tokens[end]))
            end += 1
          }
          if best == nil || end > best!.end || (end == best!.end && score > best!.score) {
            best = (end, score, lemmas)
          }
        }
      }
    }
    guard let best else { return tokens.joined(separator: " ") }
    return (best.lemmas + tokens[best.end...]).joined(separator: " ")
  }

  static func bestAdjective(_ candidates: [WordCandidate], _ gender: GrammaticalGender, _ c: PolishCases) -> WordCandidate? {
    var best: WordCandidate? = nil
    for cand in candidates where cand.role == .adjective && cand.agrees(gender: gender, case: c) {
      if best == nil || cand.score > best!.score { best = cand }
    }
    return best
  }
}
