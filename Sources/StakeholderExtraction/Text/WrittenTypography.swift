import Foundation

/// How a document writes quotation marks and dashes, so that names read with typographic marks (`"` as „…”, a lone
/// `-` as –; see ``Tokenizer/typographicPunct(_:_:)``) are given back the way the document writes them.
///
///     // a document that writes Stowarzyszenie "Zielona Dolina" and Instytut Wód - PIB:
///     typography.asWritten("Stowarzyszenie „Zielona Dolina”")   // Stowarzyszenie "Zielona Dolina"
///
/// A document that mixes both styles keeps the typographic marks (its own most careful form).
struct WrittenTypography: Sendable {
  /// The document writes quotation marks only as plain `"` (or closes „ with “).
  let plainQuotes: Bool
  let leftQuoteClosing: Bool
  /// The document writes a dash between words (spaced) only as a lone hyphen.
  let plainDashes: Bool

  /// The typography of `tokens`, whose punctuation marks are `marks` (built here when not given).
  init(_ tokens: [Token], marks given: TokenMarks? = nil) {
    let marks = given ?? TokenMarks(tokens)
    var straight = false, left = false, typographicQuote = false, hyphen = false, dash = false
    // (By index: a token is read only when it is punctuation, and not copied.)
    for i in tokens.indices where tokens[i].kind == .punct {
      let t = tokens[i]
      switch t.written {
      case .straightQuote: straight = true
      case .leftQuote: left = true
      case .hyphen: hyphen = true
      case .asText:
        // (Marks read from the table: comparing the text takes the slow path of `String ==` for these.)
        if marks.isMark(i, "„") || marks.isMark(i, "”") { typographicQuote = true }
        // A dash between words (spaced), not one inside a span of years ("2021–2027").
        if marks.isMark(i, "–"), t.spaceBefore, i + 1 < tokens.count, tokens[i + 1].spaceBefore { dash = true }
      }
    }
    plainQuotes = straight && !left && !typographicQuote
    leftQuoteClosing = left && !straight
    plainDashes = hyphen && !dash
  }

  /// `text` with the typographic marks this document does not use put back as it writes them.
  func asWritten(_ text: String) -> String {
    guard plainQuotes || leftQuoteClosing || plainDashes else { return text }
    var out = text
    if plainQuotes, out.unicodeScalars.contains(where: { $0 == "„" || $0 == "”" }) {
      out = out.replacingOccurrences(of: "„", with: "\"").replacingOccurrences(of: "”", with: "\"")
    }
    if leftQuoteClosing, out.contains("”") { out = out.replacingOccurrences(of: "”", with: "“") }
    if plainDashes, out.contains(" – ") { out = out.replacingOccurrences(of: " – ", with: " - ") }
    return out
  }
}
