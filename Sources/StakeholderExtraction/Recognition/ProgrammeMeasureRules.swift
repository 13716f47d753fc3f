import StakeholderModel

extension Recognizer {
  /// Capitalised words for a numbered part of a programme, with the nominative each Polish form has.
  static let measureWords: WordMap<String> = [
    "działanie": "Działanie", "działania": "Działanie", "działaniu": "Działanie", "działaniem": "Działanie",
    "poddziałanie": "Poddziałanie", "poddziałania": "Poddziałanie", "poddziałaniu": "Poddziałanie",
    "measure": "Measure", "sub-measure": "Sub-measure", "investment": "Investment", "action": "Action",
  ]

  /// The start of a numbered measure written right before the quoted title that opens at `quote`, and the measure's
  /// nominative words: "w ramach Działania 1.2 „Badania i innowacje”" → "Działanie 1.2", "under Measure 1.2 "Energy
  /// efficiency"" → "Measure 1.2", "Investment C1.1.1 "…"". A programme's measure is named by its number and title
  /// together; the title alone is its short form.
  /// - Complexity: O(1) (at most six tokens back).
  func measureBeforeQuote(_ quote: Int, _ s: Sentence) -> (start: Int, words: String)? {
    var b = quote - 1
    while b > s.tokens.lowerBound, quote - b <= 6,
          tokens[b].kind == .number || marks.isMark(b, ".") || (tokens[b].kind == .word && tokens[b].casing == .upper && tokens[b].text.contains(where: \.isNumber)) {
      b -= 1
    }
    guard b < quote - 1, b >= s.tokens.lowerBound, tokens[b].casing == .capitalized, tokens[b].kind == .word,
          let nominative = Self.measureWords[tokens[b].lower], tokens[b + 1].kind != .punct else { return nil }
    return (b, nominative + " " + text((b + 1)..<quote))
  }
}
