import StakeholderModel

extension Recognizer {
  /// The person read before whose surname opens the Polish chunk `r` in another case, when the rest of the chunk is
  /// a Polish place: "Zdaniem prezydenta Kociołka Kielce potrzebują …" after "prezydent Kielc Jan Kociołek" (the surname
  /// is no first word of a place called "Kociołek Kielce"). A function comes right before (so "z Ostrowca
  /// Świętokrzyskiego" stays a town even after a Ms Ostrowicka). The first word is no given name; that a village may share
  /// the surname does not matter once the person is known.
  /// - Complexity: O(k) for the k people read with a surname of the same first letters.
  func knownSurnameBeforePlace(_ r: Range<Int>) -> Int? {
    guard language != "en", r.count >= 2, r.count <= 3, r.lowerBound > 0, roleWords[r.lowerBound - 1] != nil,
          tokens[r.lowerBound].casing == .capitalized,
          firstName(at: r.lowerBound) == nil, let known = personWithSurname(tokens[r.lowerBound].text) else { return nil }
    let rest = (r.lowerBound + 1)..<r.upperBound
    let words = rest.map { tokens[$0].text }
    guard rest.allSatisfy({ tokens[$0].kind == .word && tokens[$0].casing == .capitalized }),
          words.count == 1 ? polishPlaceWord(words[0]) : names.isLexiconPlace(words) else { return nil }
    return known
  }
}

extension Recognizer {
  /// The person read before whose surname the word at `i` is in another case, when the word is no place the lexicon
  /// or the general lists know ("Trzebuchowskim" after "Jan Trzebuchowski"; never "Wrocławiu" after a Mr Wrocławski).
  /// - Complexity: one stem look-up; when it fails, a scan of the surnames' first letters (one key per person read),
  ///   then one lemmatisation when one matches.
  func knownPersonNotPlace(_ i: Int) -> Int? {
    guard tokens[i].casing == .capitalized || tokens[i].text.contains("-"), firstName(at: i) == nil,
          !polishPlaceWord(tokens[i].text) else { return nil }
    if let known = personWithSurname(tokens[i].text) { return known }
    // The stem test misses alternations ("Trzebuchowskim" / "Trzebuchowski") and a hyphenated surname's inner ending
    // ("Wierzbiętą-Cebulską"): the lemmatiser's nominative settles them. It is asked only when a surname read before
    // starts with the same three letters (endings change, the start of a surname does not).
    let start = tokens[i].lower.prefix(3)
    guard memo.surnames.keys.contains(where: { $0.hasPrefix(start) }) else { return nil }
    let lemma = names.personName(given: [], surname: tokens[i].text)
    guard lemma != tokens[i].text else { return nil }
    return personWithSurname(lemma).flatMap { mentions[$0].surname == lemma ? $0 : nil }
  }
}

extension Recognizer {
  /// A mention of the person read before at `known`, by a surname-only form over `range` ("Kociołka", "Trzebuchowskim").
  func surnameMention(of known: Int, _ range: Range<Int>, sentence k: Int) -> FoundMention {
    var m = FoundMention(kind: .person, range: range, name: mentions[known].name, surface: text(range), sentence: k)
    m.surname = mentions[known].surname
    m.feminine = mentions[known].feminine
    return m
  }
}
