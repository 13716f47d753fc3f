/// Titles of programmes and projects that punctuation or predicates would cut wrongly.
extension Recognizer {
  /// Whether the comma at `j` lies inside a programme's list of fields that runs on to its period of years:
  /// "Fundusze Europejskie na Infrastrukturę, Klimat, Środowisko 2021-2027". The chunk starts at `a` and must be a
  /// programme's name (a project head or marker word, or "Fundusze"); the words after the comma are capitalised, joined by commas
  /// or "i", up to a year within eight tokens.
  func fieldListReachesPeriod(_ a: Int, _ j: Int, _ s: Sentence) -> Bool {
    let end = s.tokens.upperBound
    guard (a..<j).contains(where: { heads[$0]?.kind == .project || englishHeads[$0]?.kind == .project || vocabulary.lowerIs($0, "funds") })
      || vocabulary.has(Markers.project, a)
      || vocabulary.lowerIn(a, ["fundusze", "funduszy"]) else { return false }
    var q = j + 1
    var words = 0
    while q < end, q - j <= 8, claim[q] < 0 {
      if isYear(q) { return words > 0 }
      if tokens[q].kind == .word, tokens[q].casing == .capitalized { words += 1; q += 1; continue }
      if marks.isMark(q, ",") || vocabulary.lowerIn(q, ["i", "oraz", "and"]) { q += 1; continue }
      return false
    }
    return false
  }

  /// Lower-case words that start the predicate after a title written without quotation marks ("projekt pn. Zielone
  /// Miasta jest finansowany z …"): the title ends before them.
  static let predicateStarts: WordSet = [
    "jest", "był", "była", "było", "są", "byli", "były", "został", "została", "zostało", "zostały", "będzie", "będą",
    "realizowany", "realizowana", "realizowane", "realizowanego", "finansowany", "finansowana", "finansowane",
    "współfinansowany", "współfinansowana", "współfinansowane", "współfinansowanego", "który", "która", "które",
    "którego", "której", "ma", "mają", "otrzymał", "otrzymała", "otrzymało", "obejmuje", "zakłada", "potrwa", "ruszył",
    "ruszyła", "wystartował", "wystartowała", "przewiduje", "zakończył", "zakończyła",
  ]
}
