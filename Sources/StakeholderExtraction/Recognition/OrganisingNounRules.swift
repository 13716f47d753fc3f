/// "Organizacja" as the head of a name ("Małopolska Organizacja Turystyczna") or as the noun of organising.
extension Recognizer {
  /// Whether the capitalised "Organizacja" at `i` is the noun of organising something, not an organization's head:
  /// "Organizacja Forum to …", "Organizacja konferencji była …" (an event word or a lower-case word follows).
  func organisingNoun(_ i: Int, _ s: Sentence) -> Bool {
    guard tokens[i].lower.hasPrefix("organizacj"), i + 1 < s.tokens.upperBound else { return false }
    let next = tokens[i + 1]
    return next.casing == .lower || HeadWords.head(next.lower)?.kind == .event || Markers.event.contains(next.lower)
  }
}
