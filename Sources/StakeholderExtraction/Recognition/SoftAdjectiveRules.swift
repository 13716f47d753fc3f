/// Adjectives of a headed name that the endings test misses.
extension Recognizer {
  /// Whether a capitalised word is the feminine or neuter form of a soft-stem adjective the lexicon knows
  /// ("Wschodnia", "Zachodnie" of "wschodni", "zachodni"), which the endings test misses: "Zachodnia Izba Przemysłowa".
  func isSoftAdjectiveForm(_ w: Token) -> Bool {
    guard w.casing == .capitalized, w.lower.hasSuffix("nia") || w.lower.hasSuffix("nie") else { return false }
    return names.lexicon.isAdjectiveLemma(String(w.text.dropLast()))
  }
}

extension Recognizer {
  /// Whether token `i` is a hyphenated adjective with both parts capitalised ("Śląsko-Małopolskiej",
  /// "Kujawsko-Pomorskiego"), which reads as camel case.
  func isHyphenatedAdjective(_ i: Int) -> Bool {
    tokens[i].casing == .camel && tokens[i].text.includes("-") && Inflection.looksAdjectival(tokens[i].text)
  }
}
