import StakeholderModel

/// Affiliations stated after a name in a relative clause or a parenthesis that carries more than a name:
///
/// - "Jan Kuśmierz, który na co dzień jest prezesem spółki Alfa Plast, …", "Anna Kozub, która od 2020 r. pełni funkcję
///   dyrektora Centrum X", "Tom Reed, who is also the CEO of Beta Ltd": a relative clause whose verb is "to be" (or
///   "pełni funkcję") and whose complement is a function, then the organization; also a main clause after an
///   apposition that opens the sentence ("Jan Lis, wójt gminy X, od 2019 roku jest przewodniczącym Związku Y").
/// - "• Jan Kuśmierz (Urząd Morski w Gdyni)", "Ewa Rzepa (Agro-Sad, Grójec)", "Piotr Gawlas (Wydział Fizyki Uniwersytetu X
///   w Y)", "Adam Kos (Krajowe Centrum X, Ministerstwo Y)": the organization in the parenthesis is followed by its
///   seat, by its parent in the genitive, or by the body it belongs to.
///
/// - Complexity: O(m) for m mentions, each looking at a window of at most a dozen tokens.
extension RelationFinder {
  /// Relative pronouns that open a clause about the person before them.
  static let personRelativePronouns: WordSet = ["który", "która", "who"]
  /// Forms of "to be" (and "pełni funkcję", read by its verb) that link the clause to the function.
  static let copulaForms = Markers.toBe.union(["pozostaje", "pełni", "pełnił", "pełniła", "remains", "serves"])
  /// Words that may stand between the pronoun and the verb, or between the verb and the function: adverbials
  /// ("na co dzień", "obecnie", "also"), articles and the noun "funkcję" of "pełni funkcję".
  static let relativeFunctionFillers: WordSet = [
    "na", "co", "dzień", "obecnie", "również", "także", "też", "od", "lat", "roku", "funkcję", "also", "currently", "now",
    "the", "a", "an", "as", "since", "jako", "wciąż", "nadal", "still", "r.",
  ]

  /// The first token after "Name, który/która/who" for person mention `i`, when the sentence has `length` more tokens
  /// after it; nil when no relative clause follows the name.
  func relativeClauseStart(afterPerson i: Int, in s: Sentence, length: Int) -> Int? {
    let c = claimedEnd(i, before: s.tokens.upperBound)
    guard c + 1 + length < s.tokens.upperBound, r.tokens[c].text == ",", r.vocabulary.has(Self.personRelativePronouns, c + 1) else { return nil }
    return c + 2
  }

  /// The first token after "Name, <apposition>," for person mention `i` that opens its sentence ("Jan Lis, wójt gminy
  /// X, od 2019 roku jest przewodniczącym Y"): the apposition runs to the next comma within ten tokens.
  func appositionEnd(afterPerson i: Int, in s: Sentence) -> Int? {
    guard r.mentions[i].range.lowerBound == s.tokens.lowerBound else { return nil }
    let c = claimedEnd(i, before: s.tokens.upperBound)
    guard c + 4 < s.tokens.upperBound, r.tokens[c].text == "," else { return nil }
    var q = c + 1
    while q < s.tokens.upperBound, q - c <= 10, r.tokens[q].text != "," {
      if r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .person { return nil }
      q += 1
    }
    guard q + 3 < s.tokens.upperBound, r.tokens[q].text == "," else { return nil }
    return q + 1
  }

  /// "X, który na co dzień jest prezesem spółki Y", "X, wójt gminy Z, jest przewodniczącym Y": the person is affiliated
  /// with the organization after the function of a clause with "to be".
  mutating func relativeClauseFunction() {
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Self.copulaForms, k) else { continue }
      for i in allMentions(in: k) where r.mentions[i].kind == .person && !r.mentions[i].nested {
        guard let start = relativeClauseStart(afterPerson: i, in: s, length: 3) ?? appositionEnd(afterPerson: i, in: s) else { continue }
        // The verb, past a few adverbial words (a year is a number).
        var q = start
        while q < s.tokens.upperBound, q - start <= 4, r.claim[q] < 0, !r.vocabulary.has(Self.copulaForms, q),
              r.vocabulary.has(Self.relativeFunctionFillers, q) || r.tokens[q].kind == .number { q += 1 }
        guard q < s.tokens.upperBound, r.claim[q] < 0, r.vocabulary.has(Self.copulaForms, q) else { continue }
        q += 1
        while q < s.tokens.upperBound, r.claim[q] < 0, r.vocabulary.has(Self.relativeFunctionFillers, q) { q += 1 }
        // The function: a role word, with its modifiers, within four tokens; then "of", a company noun or "the".
        guard let f = (q..<min(s.tokens.upperBound, q + 4)).first(where: { r.claim[$0] < 0 && r.roleWords[$0] != nil }),
              (q..<f).allSatisfy({ r.claim[$0] < 0 && r.tokens[$0].kind == .word }) else { continue }
        var o = f + 1
        while o < s.tokens.upperBound, o - f <= 4, r.claim[o] < 0, r.tokens[o].kind == .word,
              r.vocabulary.lowerIn(o, ["of", "the", "ds.", "for"]) || r.vocabulary.has(Recognizer.companyNouns, o)
                || r.roleWords[o] != nil || r.vocabulary.has(Recognizer.englishRoleModifiers, o) { o += 1 }
        o = pastOriginAndCompany(o)
        guard o < s.tokens.upperBound, r.claim[o] >= 0, r.mentions[r.claim[o]].kind == .organization else { continue }
        affiliateBeside(g(i), g(r.claim[o]), k)
      }
    }
  }

  /// "Jan Kuśmierz (Urząd Morski w Gdyni)", "Ewa Rzepa (Agro-Sad, Grójec)", "Piotr Gawlas (Wydział Fizyki Uniwersytetu X)",
  /// "Adam Kos (Krajowe Centrum X, Ministerstwo Y)": the first organization of the parenthesis is the person's, when
  /// what follows it before ")" is its seat, its parent in the genitive or one more organization; a seat after a
  /// comma places the organization, and a ministry or office after a comma is the body the first belongs to.
  mutating func parenthesisedOrganizationWithSeat() {
    for i in mentions(ofKind: .person) {
      let m = r.mentions[i]
      guard !m.nested else { continue }
      let s = r.sentences[m.sentence]
      let e = claimedEnd(i, before: s.tokens.upperBound)
      guard e + 3 < s.tokens.upperBound, r.tokens[e].text == "(" else { continue }
      // A unit before its parent is a mention of its own that the tokens' claims may not point to.
      guard let o = r.claim[e + 1] >= 0 && r.mentions[r.claim[e + 1]].range.lowerBound == e + 1 ? r.claim[e + 1]
              : allMentions(in: m.sentence).first(where: { r.mentions[$0].range.lowerBound == e + 1 }),
            r.mentions[o].kind == .organization else { continue }
      let nameEnd = claimedEnd(o, before: s.tokens.upperBound)
      var q = pastParentOfUnit(o, at: nameEnd, in: s)
      var seat: Int?
      var body: Int?
      if q + 2 < s.tokens.upperBound, r.claim[q] < 0, r.claim[q + 1] >= 0, r.mentions[r.claim[q + 1]].kind == .place,
         r.vocabulary.lowerIn(q, ["w", "we", "in"]) || r.tokens[q].text == "," {
        if r.tokens[q].text == "," { seat = r.claim[q + 1] }
        q = claimedEnd(r.claim[q + 1], before: s.tokens.upperBound)
      } else if q + 2 < s.tokens.upperBound, r.tokens[q].text == ",", r.claim[q + 1] >= 0, r.mentions[r.claim[q + 1]].kind == .organization {
        // A unit and its parent, in either order, are read by ``parenthesisedAffiliation()``.
        func isUnit(_ x: Int) -> Bool { r.mentions[x].head.map { $0.isUnit || Self.researchUnitHeads.contains($0.lemma) } ?? false }
        if isUnit(o) || isUnit(r.claim[q + 1]) { continue }
        body = r.claim[q + 1]
        q = claimedEnd(r.claim[q + 1], before: s.tokens.upperBound)
      } else if q == nameEnd {
        continue  // a plain "(Organization)" is read by ``apposition()``.
      }
      guard q < s.tokens.upperBound, r.tokens[q].text == ")" else { continue }
      affiliate(g(i), g(o), m.sentence)
      if let p = seat { add(g(o), g(p), .locatedIn, m.sentence) }
      if let b = body, g(b) != g(o), parents[g(o)] == nil, r.mentions[o].head?.isUnit != true,
         let h = r.mentions[b].head, ["ministerstwo", "ministry", "urząd", "office"].contains(h.lemma) {
        add(g(o), g(b), .partOf, m.sentence)
        parents[g(o)] = g(b)
      }
    }
  }
}
