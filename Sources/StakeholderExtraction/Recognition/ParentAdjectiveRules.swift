/// Where a unit's name ends and its parent's begins when adjectives stand between them.
extension Recognizer {
  /// Stems of the national and state adjectives that open institutions' names ("Polska Akademia Nauk",
  /// "Państwowa Akademia Nauk Stosowanych", "Narodowy Instytut …", "Krajowa Izba Gospodarcza").
  static let nationalAdjectiveStems = ["polsk", "państwow", "narodow", "krajow", "ogólnopolsk"]

  /// Whether the adjective at `i`, right before the parent's head `parent`, opens the parent's name:
  /// "Instytutu Chemii Bioorganicznej | Polskiej Akademii Nauk". It must be a national or state adjective in the
  /// parent head's genitive ("Katedry Literatury Polskiej Uniwersytetu …" keeps "Polskiej": it does not agree).
  func nationalAdjectiveOpensParent(_ i: Int, _ parent: HeadWord) -> Bool {
    guard !parent.english, tokens[i].casing == .capitalized else { return false }
    let word = tokens[i].lower
    let ending = parent.gender == .feminine ? "ej" : (parent.gender == .plural ? "ych" : "ego")
    return word.hasSuffix(ending) && Self.nationalAdjectiveStems.contains { word.hasPrefix($0) }
  }
}
