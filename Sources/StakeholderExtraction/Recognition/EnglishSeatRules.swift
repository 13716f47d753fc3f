import StakeholderModel

extension Recognizer {
  /// Heads of English names of public institutions that carry their seat after "in", as their Polish names do
  /// with "w": "University of Forestry in Sopot", "Maritime Office in Elbląg", "Regional Branch in Kielce", "Embassy
  /// of Ireland in Warsaw", "Provincial Fund for Environmental Protection and Water Management in Opole".
  static let englishHeadsWithSeat: WordSet = [
    "university", "office", "branch", "institute", "college", "academy", "school", "centre", "center", "collegium",
    "hospital", "museum", "library", "embassy", "consulate", "fund", "directorate", "inspectorate", "chamber",
  ]

  /// Whether "in" at `j` starts the seat of the English institution named from `a` (its last head `lastHead`): one
  /// capitalised word known as a place (or two, when the pair is), which the name does not already say ("Kraków
  /// Technology Park in Kraków" ends before "in"), and no month ("in September"). A marshal's office is named by its
  /// voivodeship, not its seat ("Marshal's Office in Łódź" says where it is).
  /// - Complexity: O(j − a) for the name's words.
  func englishInstitutionSeat(_ a: Int, _ j: Int, _ end: Int, lastHead: String?) -> Bool {
    guard language == "en", let lastHead, Self.englishHeadsWithSeat.contains(lastHead), j - a >= 2, j + 1 < end,
          tokens[j + 1].kind == .word, tokens[j + 1].casing == .capitalized, claim[j + 1] < 0,
          Markers.months[tokens[j + 1].lower] == nil else { return false }
    let twoWords = j + 2 < end && tokens[j + 2].isNameLike
    let seat = twoWords ? tokens[j + 1].text + " " + tokens[j + 2].text : tokens[j + 1].text
    // An embassy or consulate is always in a town, named in English ("Warsaw") where the lexicon has Polish names.
    let mission = lastHead == "embassy" || lastHead == "consulate"
    // "University of Agriculture in Krakow": a Polish town written without its diacritics counts.
    // "District Labour Office in Kędzierzyn-Koźle": a hyphenated town counts when both its parts are place words.
    let hyphenated = seat.utf8.contains(UInt8(ascii: "-")) && seat.split(separator: "-").allSatisfy { polishPlaceWord(String($0)) }
    guard names.knownPlace(seat) != nil || polishPlaceWord(seat) || hyphenated || names.lexicon.placesWithoutDiacritics.polishName(seat) != nil
      || (mission && !twoWords && heads[j + 1] == nil) else { return false }
    if twoWords, j + 3 < end, tokens[j + 3].isNameLike { return false }
    let stem = tokens[j + 1].lower.prefix(4)
    return !(a..<j).contains { tokens[$0].lower.hasPrefix(stem) || tokens[$0].lower.hasPrefix("marshal") }
  }
}
