/// Reading past what may follow an institution in a function before a name.
extension Recognizer {
  /// "prezes Agencji Rozwoju S.A. w Kole (ARK) Anna Nowak": past a seat ("w" / "we" and a place) and an acronym in
  /// parentheses written after the institution of a function, to where the name of the function's holder may start.
  ///
  ///     // tokens: … S.A. | w Kole | ( ARK ) | Anna Nowak  →  the index of "Anna"
  ///
  /// - Parameters:
  ///   - a: The token right after the institution.
  ///   - s: The sentence.
  /// - Returns: The token after the seat and the acronym, or `a` when neither follows.
  func pastSeatAndAcronym(_ a: Int, _ s: Sentence) -> Int {
    var q = a
    if q + 1 < s.tokens.upperBound, vocabulary.lowerIn(q, ["w", "we"]), claim[q + 1] >= 0, mentions[claim[q + 1]].kind == .place {
      let p = claim[q + 1]
      q += 1
      while q < s.tokens.upperBound, claim[q] == p { q += 1 }
    }
    if q + 2 < s.tokens.upperBound, tokens[q].text == "(", tokens[q + 1].casing == .upper, tokens[q + 2].text == ")" { q += 3 }
    return q
  }
}
