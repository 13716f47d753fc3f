/// Lists of grants, as results of a call are published: one line per beneficiary, "Sensolab Sp. z o.o. (Lublin) –
/// „Czujniki wilgotności gleby” – 7 420 000 zł", "City of Mielec – "Warm Homes" – PLN 12.5 million". The quoted
/// title between the dashes is the funded project, though no marker word names it.
extension Recognizer {
  /// Currency words and amounts' units that close a grant line.
  static let amountWords: WordSet = ["zł", "pln", "złotych", "eur", "euro", "€", "mln", "tys", "million", "thousand", "m", "bn"]

  /// Whether the quoted title from `open` to `close` stands between dashes and before an amount: "– „…” – 7 420 000 zł",
  /// "– „…” (4,2 mln zł)".
  ///
  ///     grantListTitle(5, 11, s)   // true for "Sensolab Sp. z o.o. (Lublin) – „Czujniki wilgotności gleby” – 7 420 000 zł"
  /// - Complexity: O(1): at most eight tokens after the title are read.
  func grantListTitle(_ open: Int, _ close: Int, _ s: Sentence) -> Bool {
    // The dash may be the list's bullet, before the sentence ("– „AQUASENS” (1,9 mln zł) – lider: …").
    guard open > s.tokens.lowerBound || (open > 0 && tokens[open - 1].newlinesBefore > 0), Self.isDash(tokens[open - 1]), close + 2 < s.tokens.upperBound,
          Self.isDash(tokens[close + 1]) || marks.isMark(close + 1, ",") || marks.isMark(close + 1, ":") || marks.isMark(close + 1, "(") else { return false }
    var sawNumber = false
    for q in (close + 2)..<min(s.tokens.upperBound, close + 10) {
      if tokens[q].kind == .number { sawNumber = true; continue }
      if vocabulary.has(Self.amountWords, q) { return sawNumber || q == close + 2 }
      if tokens[q].kind == .word, tokens[q].casing != .lower { return false }
    }
    return false
  }

  /// A dash between spaced words: "–", "—" or a lone "-".
  static func isDash(_ t: Token) -> Bool { t.kind == .punct && (t.text == "–" || t.text == "—" || t.text == "-") }
}
