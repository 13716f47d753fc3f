/// Towns of some size, for English texts, which name Polish towns without the cues Polish gives ("w Kaliszu").
extension NameServices {
  /// Whether `words` name a Polish town the lexicon ranks among the `maxRank` largest, every word a place or
  /// place-name part, and written as the lexicon's base form (English texts do not decline Polish names).
  ///
  ///     names.isTown(["Kalisz"], maxRank: 1500)   // true
  ///     names.isTown(["Plan"], maxRank: 1500)     // false
  func isTown(_ words: [String], maxRank: Int) -> Bool {
    var ranked = false
    for w in words {
      let analyses = lexicon.analyses(of: w)
      guard analyses.contains(where: { $0.category == .place || $0.category == .placePart }) else { return false }
      if analyses.contains(where: { $0.category == .place && ($0.rank ?? Int.max) <= maxRank }) { ranked = true }
    }
    return ranked
  }
}
