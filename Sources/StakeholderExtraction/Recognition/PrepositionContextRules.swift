import StakeholderModel

extension Recognizer {
  /// Whether the chunk `r` of a Polish text follows a preposition of place: "prowadzi w Tarnowie program „X”" names
  /// where the programme runs, so the noun after the chunk does not make it the programme's name.
  func afterPolishPlacePreposition(_ r: Range<Int>) -> Bool {
    language != "en" && r.lowerBound > 0 && tokens[r.lowerBound - 1].casing == .lower && vocabulary.has(Self.placePrepositions, r.lowerBound - 1)
  }
}

extension Recognizer {
  /// Whether the chunk `r` follows an English "to" after a verb of giving and no list or lexicon knows it as a place:
  /// "Second place went to Leakwise", "the prize was awarded to X", "the stand belonged to X" name a winner or an
  /// owner, not a destination, so the chunk's kind is left to the rest of the text.
  func unknownAfterEnglishTo(_ r: Range<Int>, _ before: Int) -> Bool {
    guard language == "en", vocabulary.lowerIs(before, "to"), before >= 1,
          vocabulary.lowerIn(before - 1, ["went", "go", "goes", "awarded", "given", "presented", "handed", "granted", "belonged", "belongs", "belong"]) else { return false }
    let words = r.map { tokens[$0].text }
    return names.knownPlace(words.joined(separator: " ")) == nil && !names.isLexiconPlace(words)
  }
}
