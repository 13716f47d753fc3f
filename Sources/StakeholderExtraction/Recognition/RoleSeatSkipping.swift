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
    if q + 2 < s.tokens.upperBound, marks.isMark(q, "("), tokens[q + 1].casing == .upper, marks.isMark(q + 2, ")") { q += 3 }
    return q
  }
}

extension Recognizer {
  /// "dyrektor Departamentu Rolnictwa Urzędu Marszałkowskiego Adam Nowak", "dyrektor Departamentu Rozwoju UMWŚ Jan
  /// Wrona": past the parent institutions written right after a unit (up to three levels), to where the name of the
  /// function's holder may start.
  /// - Parameters:
  ///   - a: The token right after the unit `unit`.
  ///   - unit: The mention of the institution the function names.
  ///   - s: The sentence.
  /// - Returns: The token after the parents, or `a` when none follows.
  func pastParents(_ a: Int, of unit: Int, _ s: Sentence) -> Int {
    var q = a
    var child = unit
    for _ in 0..<3 {
      guard q < s.tokens.upperBound, claim[q] >= 0, claim[q] != child, mentions[claim[q]].kind == .organization,
            mentions[child].parent == claim[q] || mentions[claim[q]].range.lowerBound == q && isParentAcronym(claim[q], of: child) else { break }
      child = claim[q]
      while q < s.tokens.upperBound, claim[q] == child { q += 1 }
    }
    return q
  }

  /// Whether `acronym` is a one-token mention of an institution in capitals that `child` is part of in the text
  /// ("Departamentu Rozwoju UMWŚ").
  private func isParentAcronym(_ acronym: Int, of child: Int) -> Bool {
    let r = mentions[acronym].range
    return r.count == 1 && tokens[r.lowerBound].casing == .upper && mentions[child].parent == nil
      && mentions[child].head?.isUnit == true
  }
}

extension Recognizer {
  /// "zastępca prezydenta Gdyni ds. gospodarki Jan Nowak": a field written with "ds." and lower-case words (at most
  /// four) right after the institution or territory of a function, before the holder's name.
  /// - Parameters:
  ///   - a: The token right after the institution.
  ///   - s: The sentence.
  /// - Returns: The token after the field and the field as written ("ds. gospodarki"), or nil when none follows.
  func fieldAfterInstitution(_ a: Int, _ s: Sentence) -> (Int, String)? {
    guard a + 2 < s.tokens.upperBound, claim[a] < 0, vocabulary.lowerIs(a, "ds"), marks.isMark(a + 1, ".") else { return nil }
    var q = a + 2
    while q < s.tokens.upperBound, q - a <= 6, claim[q] < 0, tokens[q].kind == .word, tokens[q].casing == .lower { q += 1 }
    guard q > a + 2, q < s.tokens.upperBound, claim[q] >= 0, mentions[claim[q]].kind == .person else { return nil }
    return (q, text(a..<q))
  }
}
