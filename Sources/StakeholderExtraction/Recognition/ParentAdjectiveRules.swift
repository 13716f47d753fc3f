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
    let ending = parent.gender.genitiveAdjectiveEnding
    return word.hasSuffix(ending) && Self.nationalAdjectiveStems.contains { word.hasPrefix($0) }
  }
}

extension Recognizer {
  /// Where the parent's name starts when adjectives follow a genitive noun of the unit's name: at the first of the
  /// last adjectives that agree with the parent's head in the genitive, when one before them does not ("Rozwoju
  /// Gospodarczego | Śląskiej Metropolii") or cannot agree with the noun ("Transportu | Śląskiej Metropolii"); at the
  /// parent's head when they may all agree with the noun ("Wydziału Rozwoju Gospodarczego | Urzędu …").
  /// - Parameters:
  ///   - first: the first of the adjectives between the noun and the parent's head.
  ///   - parentStart: the parent's head.
  func parentAgreementStart(after first: Int, _ parentStart: Int) -> Int {
    guard let ph = heads[parentStart], !ph.english, language != "en" else { return parentStart }
    let ending = ph.gender.genitiveAdjectiveEnding
    var q = parentStart
    while q > first, tokens[q - 1].lower.hasSuffix(ending) { q -= 1 }
    if q > first && q < parentStart { return q }
    // "Transportu | Śląskiej Metropolii": a feminine adjective cannot describe the masculine or neuter genitive noun
    // ("-u", "-a") before it.
    if q == first, ending == "ej", first >= 1, tokens[first - 1].lower.hasSuffix("u") || tokens[first - 1].lower.hasSuffix("a") { return q }
    return parentStart
  }
}
