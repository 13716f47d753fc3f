/// Names of units for cooperation with someone: "Biuro ds. Współpracy z Biznesem", "Dział Współpracy z Otoczeniem
/// Gospodarczym", "Centrum Relacji z Przemysłem". The partner after "z" belongs to the unit's name.
extension Recognizer {
  /// The word stems of "cooperation with …" in a unit's name (capitalised, right before "z").
  static let cooperationStems = ["współprac", "kontakt", "relacj"]

  /// Whether the "z" at `j` joins a cooperation word of an institution's name to its capitalised partner
  /// ("Współpracy z Biznesem"), so that the name reads on.
  /// - Parameters:
  ///   - headLemma: the lemma of the chunk's first head word, if any.
  ///   - nextOK: whether the word after "z" can continue a name (capitalised, no given name, no head of its own).
  func cooperationPartnerInName(_ j: Int, headLemma: String?, nextOK: Bool) -> Bool {
    guard nextOK, j > 0, j + 1 < tokens.count, tokens[j + 1].casing == .capitalized,
          tokens[j - 1].casing == .capitalized, let hl = headLemma, HeadWords.head(hl)?.kind == .organization else { return false }
    let before = tokens[j - 1].lower
    return Self.cooperationStems.contains { before.hasPrefix($0) }
  }
}
