import StakeholderModel

extension Recognizer {
  /// Whether the Polish name from `a` to the conjunction at `j` is complete as a head and one adjective that agrees
  /// with it ("Politechnika Kaliska", "Uniwersytetu Pilskiego"), and what follows the conjunction is no adjective:
  /// then "i X" starts another name ("Politechnika Kaliska i Termobud Polska"), while complements in the
  /// genitive still coordinate ("Wydział Oświaty i Wychowania") and so do two adjectives ("Wydział Mechaniczny i
  /// Elektryczny").
  func headAndAdjectiveComplete(_ a: Int, _ j: Int) -> Bool {
    guard language != "en", j - a == 2, let h = heads[a], h.kind == .organization, !h.isUnit, !h.english,
          tokens[a + 1].casing == .capitalized, Self.clearlyAdjectival(tokens[a + 1].lower),
          j + 1 < tokens.count, tokens[j + 1].kind == .word else { return false }
    return !Inflection.looksAdjectival(tokens[j + 1].text)
  }

  /// Endings no noun of a name's complement has ("Rolnictwa" ends like "Nowa" but is a noun): the place, relational
  /// and "-owy" adjectives, nominative and genitive.
  static let adjectiveEndings: SuffixList = [
    "ska", "cka", "ski", "cki", "skie", "ckie", "skiej", "ckiej", "skiego", "ckiego", "na", "ny", "ne", "nej", "nego",
    "owa", "owy", "owe", "owej", "owego",
  ]

  /// Whether a lower-cased word of five letters or more ends like an adjective of ``adjectiveEndings``.
  static func clearlyAdjectival(_ l: String) -> Bool {
    l.count >= 5 && l.hasSuffix(among: adjectiveEndings)
  }
}
