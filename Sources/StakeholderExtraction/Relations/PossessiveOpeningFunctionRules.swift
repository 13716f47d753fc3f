import StakeholderModel

/// "X is coordinated by the University of Y. Its Vice-President for International Affairs, Prof. Anna Z, said …",
/// "Jej wiceprezes ds. rozwoju, dr Jan Q, …": a function opened by a possessive pronoun at the start of a sentence and
/// set off by a comma before the name (or, a short one, right before it: "Its owner Jan Rybak") belongs to the organization the sentence before is about: the agent after
/// "by" / "przez" when it has one, else its first organization.
///
/// - Complexity: O(k) for the k mentions of the sentence before, for each sentence that opens with a possessive.
extension RelationFinder {
  /// Possessive pronouns that may open a sentence about the organization named before.
  static let openingPossessives: WordSet = ["its", "their", "jej", "jego", "ich"]

  /// "Its Vice-President for International Affairs, Prof. Anna Z": the person works for the organization of the
  /// sentence before.
  mutating func possessiveOpeningFunction() {
    for (k, s) in r.sentences.enumerated() where k > 0 {
      let a = s.tokens.lowerBound
      guard a + 4 < s.tokens.upperBound, r.vocabulary.has(Self.openingPossessives, a) else { continue }
      // The function: words up to the comma, one of them a function word.
      var q = a + 1
      var sawRole = false
      while q < s.tokens.upperBound, q - a <= 8, r.claim[q] < 0, r.tokens[q].kind == .word || r.tokens[q].text == "." {
        if r.roleWords[q] != nil { sawRole = true }
        q += 1
      }
      // "Its owner Jan Rybak said …": a short function may run straight into the name.
      let direct = q < s.tokens.upperBound && r.claim[q] >= 0 && q - a <= 3
      guard sawRole, q + 1 < s.tokens.upperBound, r.tokens[q].text == "," || direct else { continue }
      if !direct { q += 1 }
      while q < s.tokens.upperBound, r.claim[q] < 0, r.vocabulary.has(RoleWords.titles, q) || r.tokens[q].text == "." { q += 1 }
      guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .person else { continue }
      let p = g(r.claim[q])
      guard affiliations[p]?.contains(where: { kind($0) == .organization }) != true else { continue }
      let before = mentions(in: k - 1).filter { r.mentions[$0].kind == .organization && !r.mentions[$0].nested }
      let agent = before.first { m in
        var b = r.mentions[m].range.lowerBound - 1
        if b >= 0, r.vocabulary.lowerIs(b, "the") { b -= 1 }
        return b >= 0 && r.vocabulary.lowerIn(b, ["by", "przez"])
      }
      guard let o = agent ?? introducedCompany(before, pronoun: r.tokens[a].lower) ?? before.first else { continue }
      affiliate(p, g(o), k)
    }
  }

  /// Of the organizations `before`, the one the sentence before introduced with a company noun of the pronoun's
  /// gender ("… powierzyło spółce X sp. z o.o. Jej prezes …": the new company, not the body named first); nil otherwise.
  func introducedCompany(_ before: [Int], pronoun: String) -> Int? {
    guard pronoun == "jej" || pronoun == "jego" else { return nil }
    return before.first { m in
      let b = r.mentions[m].range.lowerBound - 1
      guard b >= 0, r.tokens[b].casing == .lower, r.vocabulary.has(Recognizer.companyNouns, b) else { return false }
      let feminine = r.tokens[b].lower.hasPrefix("spół") || r.tokens[b].lower.hasPrefix("firm")
      return feminine == (pronoun == "jej")
    }
  }

  /// "… leased from Baltic X S.A. of Gdynia; its chief executive Henrik Y told …": a possessive after a semicolon or a
  /// comma, a short function and the name: the person works for the organization named last before it, when that is
  /// the last name before the possessive (or comes right before its seat: "X S.A. of Gdynia; its …").
  mutating func possessiveClauseFunction() {
    for (k, s) in r.sentences.enumerated() where r.vocabulary.sentenceHas(Self.openingPossessives, k) {
      for a in s.tokens where a > s.tokens.lowerBound + 1 && r.vocabulary.has(Self.openingPossessives, a) && (r.tokens[a - 1].text == ";" || r.tokens[a - 1].text == ",") {
        var q = a + 1
        var sawRole = false
        while q < s.tokens.upperBound, q - a <= 4, r.claim[q] < 0, r.tokens[q].kind == .word {
          if r.roleWords[q] != nil { sawRole = true }
          q += 1
        }
        if q < s.tokens.upperBound, r.tokens[q].text == ",", q - a >= 2 { q += 1 }
        while q < s.tokens.upperBound, r.claim[q] < 0, r.vocabulary.has(RoleWords.titles, q) || r.tokens[q].text == "." { q += 1 }
        guard sawRole, q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .person else { continue }
        // The owner: the last name before the possessive, if it is an organization's (a person's "its" is no owner).
        guard let last = mentions(in: k).last(where: { r.mentions[$0].range.upperBound <= a }) else { continue }
        var owner = last
        if r.mentions[last].kind == .place, let before = mentions(in: k).last(where: { r.mentions[$0].range.upperBound <= r.mentions[last].range.lowerBound }),
           r.mentions[before].kind == .organization, r.vocabulary.lowerIn(r.mentions[last].range.lowerBound - 1, ["of", "from", "z", "w", "in"]) {
          owner = before
        }
        guard r.mentions[owner].kind == .organization else { continue }
        let p = g(r.claim[q])
        guard affiliations[p]?.contains(where: { kind($0) == .organization }) != true else { continue }
        affiliate(p, g(owner), k)
      }
    }
  }
}
