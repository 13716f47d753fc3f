import StakeholderModel

extension Recognizer {
  /// Whether the chunk `r` of a Polish text follows a preposition of place: "prowadzi w Tarnowie program „X”" names
  /// where the programme runs, so the noun after the chunk does not make it the programme's name.
  func afterPolishPlacePreposition(_ r: Range<Int>) -> Bool {
    language != "en" && r.lowerBound > 0 && tokens[r.lowerBound - 1].casing == .lower && vocabulary.has(Self.placePrepositions, r.lowerBound - 1)
  }
}
