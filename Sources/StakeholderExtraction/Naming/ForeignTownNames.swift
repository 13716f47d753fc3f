/// German town names declined in Polish text: "w Senftenbergu", "z Hamburgu", "burmistrza Neustadtu".
extension NameServices {
  /// Endings of German town names (after which Polish adds "-u" in the genitive and locative); not "-wald", as
  /// "Eberswalde" is written "z Eberswalde".
  static let germanTownEndings = ["berg", "burg", "dorf", "stadt", "hagen", "feld", "heim", "hausen", "furt", "stein", "bach", "brück"]

  /// The nominative of a German town name in the Polish genitive or locative, or nil for any other word.
  ///
  ///     NameServices.germanTownStem("Senftenbergu") // "Senftenberg"
  ///     NameServices.germanTownStem("Hamburgu")    // "Hamburg"
  ///     NameServices.germanTownStem("Krakowu")     // nil
  static func germanTownStem(_ word: String) -> String? {
    guard word.count >= 6, word.hasSuffix("u"), word.first?.isUppercase == true else { return nil }
    let stem = String(word.dropLast())
    let lower = stem.lowercased()
    return germanTownEndings.contains(where: { lower.hasSuffix($0) && lower.count > $0.count }) ? stem : nil
  }
}
