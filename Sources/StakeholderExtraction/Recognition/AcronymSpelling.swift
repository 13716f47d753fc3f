import StakeholderModel

extension Recognizer {
  /// Whether the conjunction at `j` is inside the name that starts at `a`, because the acronym defined right after
  /// the name spells every word including the conjunction: "Zarząd Portów Gdańsk i Gdynia S.A. (ZPGiG)", "Instytut
  /// Zdrowia i Środowiska (IZiŚ)". The run after the conjunction is capitalised words, then a legal form if any, then
  /// the acronym in parentheses; letters are compared without case.
  /// - Complexity: O(w) for the w words of the run (at most 12).
  func acronymSpellsThroughConjunction(_ a: Int, _ j: Int, _ s: Sentence) -> Bool {
    let end = s.tokens.upperBound
    var k = j + 1
    while k < end, k - a < 12, tokens[k].kind == .word, tokens[k].isNameLike, legalForm(k, s) == nil { k += 1 }
    guard k > j + 1 else { return false }
    if let legal = legalForm(k, s) { k = legal.1 }
    guard k + 2 < end, marks.isMark(k, "("), marks.isMark(k + 2, ")"), tokens[k + 1].kind == .word,
          tokens[k + 1].casing != .lower else { return false }
    var initials = ""
    for i in a..<k where tokens[i].kind == .word {
      if legalForm(i, s) != nil { break }
      guard let c = tokens[i].text.first else { return false }
      initials.append(c)
    }
    return initials.count >= 3 && initials.lowercased() == tokens[k + 1].text.lowercased()
  }
}
