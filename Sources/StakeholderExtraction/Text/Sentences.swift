/// A sentence (or a heading, a bullet, a caption) as a range of token indices.
struct Sentence: Sendable {
  var tokens: Range<Int>
  /// Unicode scalar offsets of the sentence in the document.
  var start: Int
  var end: Int
}

/// Splits a token stream into sentences, headings and bullet items.
///
/// A sentence ends at `.`, `!`, `?` or `…` followed by a word that is not lower case, unless the dot
/// closes an abbreviation ("ds.", "prof.", "S.A.", "m.in."); at a blank line; before a bullet; and at the
/// end of a short line without closing punctuation (a heading or caption). Quotations („…”) are not split. A
/// run-on sentence longer than ``maxSentenceTokens`` is cut (``cutRunOn(_:_:)``).
/// - Complexity: O(n) in the number of tokens.
enum SentenceSplitter {
  /// Abbreviations after which a dot does not end a sentence.
  static let abbreviations: WordSet = [
    "ds", "prof", "dr", "hab", "inż", "mgr", "im", "ul", "pn", "tzw", "św", "gen", "płk", "mr", "mrs", "ms",
    "st", "nr", "np", "tj", "al", "pl", "tel", "godz", "ok", "ks", "dyr", "wz", "pt", "dot", "sp", "zs", "wg",
    "ang", "tys", "mln", "mld", "lic", "doc", "jr", "vs", "no", "dz", "poz", "art", "ust", "pkt", "etc", "e.g", "eng",
  ]
  /// Characters that start a bullet item.
  static let bullets: WordSet = ["•", "·", "●", "▪", "◦", "*", "-", "–", "—", "►", "✓"]
  static let enders: WordSet = [".", "!", "?", "…", "...", "....", "?!", "!!"]
  static let openQuotes: WordSet = ["„", "“", "\"", "«", "‘"]
  static let closeQuotes: WordSet = ["”", "“", "\"", "»", "’"]

  static func split(_ t: [Token]) -> [Sentence] {
    var out: [Sentence] = []
    guard !t.isEmpty else { return out }
    var begin = 0
    var lineStart = 0  // token index where the current line starts
    var previousLineLength = 0  // length of the line before the current one in the same block (0 after a blank line)
    var inQuote = -1   // token index of an open quotation mark
    // A hard-wrapped text's lines are as long as its wrap width allows: a line is short, and may be a heading,
    // only well below that width (below 70 characters when the text is not wrapped or wrapped wider than 100).
    let (width, longest) = lineLengths(t)
    // Paragraphs written as single lines (some longer than any wrap would leave) and no wrap found: every line
    // break ends a paragraph, a heading or a caption, whatever its length.
    let unwrapped = width == nil && longest > 150
    let shortLine = unwrapped ? Int.max : width.map { min(70, $0 * 7 / 10) } ?? 70
    let longLine = unwrapped ? Int.max : width.map { min(60, $0 * 85 / 100) } ?? 60
    func close(_ end: Int) {
      var a = begin
      while a < end, t[a].kind == .punct, bullets.contains(t[a].text) { a += 1 }
      if a < end { out.append(Sentence(tokens: a..<end, start: t[a].start, end: t[end - 1].end)) }
      begin = end
    }
    // (Fields are read from `t[i]` in place: the token is not copied at every step.)
    for i in 0..<t.count {
      if i > begin {
        var brk = false
        if t[i].newlinesBefore >= 2 {
          brk = true
        } else if t[i].newlinesBefore == 1 {
          if t[i].kind == .punct && bullets.contains(t[i].text) {
            brk = !dashContinuesLine(t, i, inQuote: inQuote >= 0, lineStart: lineStart, inBullet: bullets.contains(t[begin].text), width: width)
          } else {
            let prev = t[i - 1]
            let lineLength = prev.end - t[lineStart].start
            let continues = prev.kind == .punct && [",", ":", ";", "–", "-", "(", "„"].contains(prev.text)
            // A short line after a long one is the end of a wrapped paragraph's line, not a heading.
            let wrapped = previousLineLength >= longLine
            // In a wrapped text the first word of the next line must have fitted on this one: else the wrap broke it.
            let fitted = width.map { lineLength + 1 + (t[i].end - t[i].start) <= $0 } ?? true
            if lineLength < shortLine && fitted && !continues && !wrapped && t[i].casing != .lower { brk = true }
          }
        }
        if brk { close(i); inQuote = -1 }
      }
      if t[i].newlinesBefore > 0 {
        previousLineLength = t[i].newlinesBefore >= 2 || i == 0 ? 0 : t[i - 1].end - t[lineStart].start
        lineStart = i
      }
      if t[i].kind == .punct {
        if inQuote >= 0 {
          if closeQuotes.contains(t[i].text) || t[i].start - t[inQuote].start > 300 { inQuote = -1 }
          continue
        }
        if openQuotes.contains(t[i].text), i + 1 < t.count, !t[i + 1].spaceBefore || t[i].text == "„" {
          inQuote = i
          continue
        }
        if enders.contains(t[i].text), isSentenceEnd(t, i) { close(i + 1) }
      }
    }
    close(t.count)
    // Most documents have no run-on sentence: then no piece is cut and no array is built per sentence.
    guard out.contains(where: { $0.tokens.count > maxSentenceTokens }) else { return out }
    return out.flatMap { cutRunOn($0, t) }
  }

  /// Longest sentence kept whole, in tokens. Sentences of the genre stay well below (about 100 at most); text
  /// without sentence punctuation (a table or a list pasted as one line) would otherwise make one sentence of
  /// thousands of words, with every pair of names in it a candidate relation and the whole of it as evidence.
  static let maxSentenceTokens = 150

  /// `s` cut into pieces of at most ``maxSentenceTokens`` tokens when it is longer: each piece ends at the last line
  /// break, else semicolon, else comma, of its second half, else where the limit falls.
  ///
  ///     // 400 tokens of names and commas, no full stop → three pieces ending at commas
  /// - Complexity: O(n) in the sentence's tokens.
  static func cutRunOn(_ s: Sentence, _ t: [Token]) -> [Sentence] {
    guard s.tokens.count > maxSentenceTokens else { return [s] }
    var pieces: [Sentence] = []
    var a = s.tokens.lowerBound
    while s.tokens.upperBound - a > maxSentenceTokens {
      let window = (a + maxSentenceTokens / 2)..<(a + maxSentenceTokens)
      let end = window.last(where: { t[$0].newlinesBefore > 0 }) ?? window.last(where: { t[$0 - 1].text == ";" })
        ?? window.last(where: { t[$0 - 1].text == "," }) ?? window.upperBound
      pieces.append(Sentence(tokens: a..<end, start: t[a].start, end: t[end - 1].end))
      a = end
    }
    pieces.append(Sentence(tokens: a..<s.tokens.upperBound, start: t[a].start, end: s.end))
    return pieces
  }

  /// Two facts of a text's lines (lengths in scalars), read in one pass: the width it was hard-wrapped at, and its
  /// longest line. The width is the upper quartile of the lengths of the lines a sentence runs on from (the next line
  /// of the paragraph starts with a lower-case word), when there are at least three; nil for a text whose
  /// paragraphs are single lines (bullets and captions say nothing of a width).
  static func lineLengths(_ t: [Token]) -> (wrapWidth: Int?, longest: Int) {
    guard !t.isEmpty else { return (nil, 0) }
    var runOn: [Int] = []
    var longest = 0
    var lineStart = 0
    for i in 1..<t.count where t[i].newlinesBefore > 0 {
      let length = t[i - 1].end - t[lineStart].start
      longest = max(longest, length)
      if t[i].newlinesBefore == 1, t[i].kind == .word, t[i].casing == .lower { runOn.append(length) }
      lineStart = i
    }
    longest = max(longest, t[t.count - 1].end - t[lineStart].start)
    guard runOn.count >= 3 else { return (nil, longest) }
    runOn.sort()
    return (runOn[runOn.count * 3 / 4], longest)
  }

  /// Whether a dash at the start of line `i` continues a hard-wrapped sentence rather than starting a bullet: inside
  /// an open quotation („Zielona firma na Kujawach⏎– finansowanie rozwoju”); or, in a sentence that is
  /// no bullet item itself, after a full line of a wrapped text that ends in a word ("Główny Instytut Górnictwa⏎–
  /// Państwowy Instytut Badawczy"), or of any text when a lower-case word follows (a parenthetical dash).
  private static func dashContinuesLine(_ t: [Token], _ i: Int, inQuote: Bool, lineStart: Int, inBullet: Bool, width: Int?) -> Bool {
    guard ["–", "-", "—"].contains(t[i].text) else { return false }
    if inQuote { return true }
    let prev = t[i - 1]
    guard !inBullet, prev.kind == .word || prev.kind == .number, i + 1 < t.count, t[i + 1].newlinesBefore == 0 else { return false }
    let previousLine = prev.end - t[lineStart].start
    if let width, previousLine + 2 + (t[i + 1].end - t[i + 1].start) > width { return true }
    return previousLine >= 60 && t[i + 1].casing == .lower
  }

  private static func isSentenceEnd(_ t: [Token], _ i: Int) -> Bool {
    guard i + 1 < t.count else { return true }
    var j = i + 1
    while j < t.count, t[j].kind == .punct, closeQuotes.contains(t[j].text) || t[j].text == ")" { j += 1 }
    guard j < t.count else { return true }
    let next = t[j]
    if next.casing == .lower || (next.kind == .punct && [",", ";", ":", ")"].contains(next.text)) { return false }
    guard t[i].text == ".", i > 0 else { return true }
    let prev = t[i - 1]
    if prev.end != t[i].start { return true }
    if prev.kind == .word {
      if abbreviations.contains(prev.lower) { return false }
      // "S.A. W pierwszej edycji …": after an initial or legal form, a capitalised function word starts a sentence.
      // ("r." of a year is written in lower case; "R." is an initial.)
      if prev.text.unicodeScalars.count == 1 && prev.text != "r" { return Markers.functionWords.contains(next.lower) && next.casing == .capitalized && next.lower != "a" && next.lower != "i" }
      if prev.lower == "in", i >= 3, t[i - 2].text == ".", t[i - 3].lower == "m" { return false }
    }
    return true
  }
}
