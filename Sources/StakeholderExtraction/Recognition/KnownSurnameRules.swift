import StakeholderModel

extension Recognizer {
  /// The person read before whose surname opens the Polish chunk `r` in another case, when the rest of the chunk is
  /// a Polish place: "Zdaniem prezydenta Nowaka Kielce potrzebują …" after "prezydent Kielc Jan Nowak" (the surname
  /// is no first word of a place called "Nowak Kielce"). A function comes right before (so "z Ostrowca
  /// Świętokrzyskiego" stays a town even after a Ms Ostrowska). The first word is no given name; that a village may share
  /// the surname does not matter once the person is known.
  /// - Complexity: O(k) for the k people read with a surname of the same first letters.
  func knownSurnameBeforePlace(_ r: Range<Int>) -> Int? {
    guard language != "en", r.count >= 2, r.count <= 3, r.lowerBound > 0, roleWords[r.lowerBound - 1] != nil,
          tokens[r.lowerBound].casing == .capitalized,
          firstName(tokens[r.lowerBound].text) == nil, let known = personWithSurname(tokens[r.lowerBound].text) else { return nil }
    let rest = (r.lowerBound + 1)..<r.upperBound
    let words = rest.map { tokens[$0].text }
    guard rest.allSatisfy({ tokens[$0].kind == .word && tokens[$0].casing == .capitalized }),
          words.count == 1 ? polishPlaceWord(words[0]) : names.isLexiconPlace(words) else { return nil }
    return known
  }
}
