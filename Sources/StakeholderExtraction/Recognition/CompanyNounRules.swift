/// Company nouns written before a name with adjectives between them.
extension Recognizer {
  /// Whether the lower-case words ending at `before` are a company noun and one or two adjectives describing the
  /// company: "firmy farmaceutycznej Vitapharm", "spółką informatyczną X", "start-upu medycznego X".
  func companyNounBeforeAdjectives(_ before: Int) -> Bool {
    guard language != "en" else { return false }
    var b = before
    var adjectives = 0
    while b >= 0, adjectives < 2, tokens[b].kind == .word, tokens[b].casing == .lower, Inflection.looksAdjectival(tokens[b].text) {
      adjectives += 1
      b -= 1
    }
    return adjectives > 0 && b >= 0 && tokens[b].casing == .lower && vocabulary.has(Self.companyNouns, b)
  }
}
