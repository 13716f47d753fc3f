/// Events named by a capitalised phrase of their kind and a quoted title together: "IV Forum Rozwoju Kadr „Praca na
/// Jutro”", "na Targach Pracy „Praca na Start”" → "Targi Pracy „Praca na Start”". A single word of kind before the
/// title ("konferencja „X”", "Forum „Y”") stays a marker, and the title alone names the event.
extension Recognizer {
  /// The start of a capitalised event phrase of at least two words (a roman numeral of the edition may open it)
  /// written right before the quote at `quote`, and the phrase in the nominative; nil when there is none.
  /// - Complexity: O(1) (at most six tokens back).
  func eventPhraseBeforeQuote(_ quote: Int, _ s: Sentence) -> (start: Int, words: String)? {
    guard language != "en" else { return nil }
    var b = quote
    var head: (at: Int, word: HeadWord)?
    var words = 0
    while b > s.tokens.lowerBound, quote - b < 6, claim[b - 1] < 0, tokens[b - 1].kind == .word,
          tokens[b - 1].casing == .capitalized && !vocabulary.has(Markers.functionWords, b - 1) || Markers.romanNumerals.contains(tokens[b - 1].text) {
      b -= 1
      words += 1
      if let h = HeadWords.head(tokens[b].lower), h.kind == .event, !h.english { head = (b, h) }
    }
    // The roman numeral counts only as the edition before the phrase.
    if b < quote, Markers.romanNumerals.contains(tokens[b].text) { words -= 1 }
    guard let head, words >= 2, quote - head.at < 4 else { return nil }
    return (b, headedName(b..<quote, head: head.at, head.word))
  }
}
