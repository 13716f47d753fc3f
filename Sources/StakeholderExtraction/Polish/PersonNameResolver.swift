/// Lemmatises a personal name by choosing one gender and one case for all its words.
///
///     PersonNameResolver(generator: g).lemma(["Annie", "Nowak"])   // "Anna Nowak"
///
/// All words but the last are first names; the last is the surname (hyphenated surnames per part).
/// - Complexity: O(words × candidates × 12) (2 genders × 6 cases).
struct PersonNameResolver {
  let generator: CandidateGenerator

  private static let cases: [PolishCases] = [.nominative, .genitive, .dative, .accusative, .instrumental, .locative]

  func lemma(_ tokens: [String]) -> String {
    if tokens.count == 1 && !tokens[0].includes("-") {
      return single(tokens[0])
    }
    // Lower-case particles (von, der, de, van …) and initials are kept as written and not scored.
    let kept = tokens.dropLast().map { t in
      isFrozenToken(t) || (t.first?.isLowercase ?? true) || t.hasSuffix(".")
    }
    let firsts = tokens.dropLast().enumerated().map { i, t in kept[i] ? [] : generator.firstNames(t) }
    let surnameParts = tokens.last!.split(separator: "-").map { generator.surnames(String($0)) }
    // The surname's parts as written (split once, not once per gender and case).
    let surfaceParts = tokens.last!.split(separator: "-").map(String.init)
    var best: (score: Double, lemmas: [String])? = nil
    for gender in [GrammaticalGender.m1, .f] {
      for c in Self.cases {
        var score = 0.0
        var lemmas: [String] = []
        for (i, candidates) in firsts.enumerated() {
          if kept[i] {
            lemmas.append(tokens[i])
          } else if let pick = Self.best(candidates, gender, c) {
            score += pick.score
            lemmas.append(matchCapitalisation(pick.lemma, like: tokens[i]))
          } else {
            score -= 1
            lemmas.append(tokens[i])
          }
        }
        var parts: [String] = []
        var ok = true
        for (j, candidates) in surnameParts.enumerated() {
          guard let pick = Self.best(candidates, gender, c) else { ok = false; break }
          score += pick.score
          parts.append(matchCapitalisation(pick.lemma, like: surfaceParts[j]))
        }
        guard ok else { continue }
        lemmas.append(parts.joined(separator: "-"))
        if best == nil || score > best!.score { best = (score, lemmas) }
      }
    }
    return best?.lemmas.joined(separator: " ") ?? tokens.joined(separator: " ")
  }

  /// One word on its own: the best first-name or surname reading.
  private func single(_ token: String) -> String {
    if isFrozenToken(token) { return token }
    let candidates = generator.firstNames(token) + generator.surnames(token)
    guard let pick = candidates.max(by: { ($0.score, $1.lemma) < ($1.score, $0.lemma) }) else { return token }
    return matchCapitalisation(pick.lemma, like: token)
  }

  static func best(_ candidates: [WordCandidate], _ gender: GrammaticalGender, _ c: PolishCases) -> WordCandidate? {
    var best: WordCandidate? = nil
    for cand in candidates where cand.gender == gender && cand.cases.contains(c) {
      if best == nil || cand.score > best!.score { best = cand }
    }
    return best
  }
}

