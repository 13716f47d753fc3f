import StakeholderModel

/// A document's language, title and date, read from its text.
enum DocumentMetadata {
  static let polishWords: WordSet = ["i", "w", "z", "na", "się", "do", "oraz", "jest", "że", "nie", "od", "przez", "dla", "po", "to", "o", "jak", "także", "który", "która", "które", "ze", "we", "był", "była", "było"]
  static let englishWords: WordSet = ["the", "and", "of", "to", "in", "is", "was", "for", "on", "with", "by", "that", "as", "were", "are", "this", "from", "at", "an", "be"]

  /// The longest function word in UTF-8 bytes: longer words are not looked up.
  static let maxFunctionWordBytes = polishWords.union(englishWords).map(\.utf8.count).max() ?? 0

  /// "pl" or "en", by counting common function words (ties go to Polish).
  static func language(_ tokens: [Token]) -> String {
    var pl = 0, en = 0
    // Longer words cannot be function words (simple text is NFC, so equal words have equal bytes).
    // (Tokens read in place, by index: no copy of each token; the word lists read once.)
    let polish = polishWords, english = englishWords, maxBytes = maxFunctionWordBytes
    for i in tokens.indices where tokens[i].kind == .word && tokens[i].casing == .lower
      && (tokens[i].lower.utf8.count <= maxBytes || !tokens[i].lower.isSimpleText) {
      if polish.contains(tokens[i].lower) { pl += 1 }
      if english.contains(tokens[i].lower) { en += 1 }
    }
    return en > pl ? "en" : "pl"
  }

  /// The first line when it stands alone as a heading: short, on its own line, not ending in a full stop.
  static func title(_ tokens: [Token], _ sentences: [Sentence], scalars: [Unicode.Scalar]) -> String? {
    guard let s = sentences.first, sentences.count > 1 else { return nil }
    let next = tokens[sentences[1].tokens.lowerBound]
    let last = tokens[s.tokens.upperBound - 1]
    guard next.newlinesBefore >= 1, s.end - s.start <= 150, !(last.kind == .punct && [".", ",", ":", ";"].contains(last.text)) else { return nil }
    guard !s.tokens.contains(where: { tokens[$0].newlinesBefore > 0 && $0 != s.tokens.lowerBound }) else { return nil }
    return Evidence.sentenceText(scalars, s.start, s.end)
  }

  /// The first full date the text gives: "01.12.2021", "2021-12-01", "10 grudnia 2021", "5 XI 2024",
  /// "5.XI.2024", "18th of February 2025", "October 12, 2021".
  static func date(_ tokens: [Token]) -> String? {
    for (i, t) in tokens.enumerated() {
      if t.kind == .number {
        let parts = t.text.split(whereSeparator: { $0 == "." || $0 == "-" || $0 == "/" }).map(String.init)
        if parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) {
          if parts[0].count == 4, (1...12).contains(b), (1...31).contains(c) { return fmt(a, b, c) }
          if parts[2].count == 4, (1...12).contains(b), (1...31).contains(a), t.text.includes(".") || t.text.includes("/") { return fmt(c, b, a) }
        }
      }
      if t.kind == .number || t.kind == .word, let found = dayMonthYear(tokens, i) { return found }
      // "October 12, 2021" / "October 12th, 2021"
      if t.kind == .word, t.casing == .capitalized, i + 3 < tokens.count, let m = Markers.months[t.lower] {
        let dayText = tokens[i + 1].text.prefix(while: { $0.isNumber })
        if let d = Int(dayText), (1...31).contains(d) {
          var j = i + 2
          if tokens[j].text == "," { j += 1 }
          if j < tokens.count, tokens[j].kind == .number, let y = Int(tokens[j].text), (1900...2100).contains(y) { return fmt(y, m, d) }
        }
      }
    }
    return nil
  }

  /// A date written day first from token `i` on: "10 grudnia 2021", "18th of February 2025", "5 XI 2024",
  /// "5.XI.2024" (a Roman month), or nil.
  static func dayMonthYear(_ tokens: [Token], _ i: Int) -> String? {
    // A day starts with an ASCII digit (``dayNumber(_:)``): any other token is passed over without copying it.
    guard startsWithDigit(tokens[i].text), let d = dayNumber(tokens[i]) else { return nil }
    func token(_ k: Int) -> Token? { k < tokens.count ? tokens[k] : nil }
    var j = i + 1
    let dotted = token(j)?.text == "."
    if dotted { j += 1 } else if token(j)?.lower == "of" { j += 1 }
    guard let monthToken = token(j) else { return nil }
    let named = Markers.months[monthToken.lower]
    // A dot after the day only before a Roman month ("5.XI.2024"): "5. grudnia" is too rare to risk a list item.
    guard let m = dotted ? romanMonth(monthToken.text) : named ?? romanMonth(monthToken.text) else { return nil }
    j += 1
    if dotted || named == nil, token(j)?.text == "." { j += 1 } else if token(j)?.text == "," { j += 1 }
    guard let yearToken = token(j), yearToken.kind == .number, let y = Int(yearToken.text), (1900...2100).contains(y)
    else { return nil }
    return fmt(y, m, d)
  }

  /// Whether the first byte of `text` is an ASCII digit: otherwise its first character is no ASCII digit either
  /// (a character starting with a digit byte and not ASCII, "1\u{20E3}", is refused by ``dayNumber(_:)`` too).
  @inline(__always)
  static func startsWithDigit(_ text: String) -> Bool {
    guard let b = text.utf8.first else { return false }
    return b >= 0x30 && b <= 0x39
  }

  /// The day of a month: "5", "05", "18th", "1st", "22nd", "3rd".
  static func dayNumber(_ t: Token) -> Int? {
    let digits = t.text.prefix(while: { $0.isASCII && $0.isNumber })
    guard (1...2).contains(digits.count), let d = Int(digits), (1...31).contains(d) else { return nil }
    let rest = t.lower.dropFirst(digits.count)
    guard rest.isEmpty || ["st", "nd", "rd", "th"].contains(rest) else { return nil }
    return d
  }

  /// Roman month numbers as Polish dates write them ("5 XI 2024"): "I"…"XII" → 1…12.
  static func romanMonth(_ text: String) -> Int? {
    let months = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
    return months.firstIndex(of: text).map { $0 + 1 }
  }

  static func fmt(_ y: Int, _ m: Int, _ d: Int) -> String {
    func two(_ x: Int) -> String { x < 10 ? "0\(x)" : "\(x)" }
    return "\(y)-\(two(m))-\(two(d))"
  }
}

extension Evidence {
  /// The text between two scalar offsets with runs of whitespace folded to one space.
  /// - Complexity: O(n) in the scalars; the UTF-8 is written straight into the string's storage (four bytes a scalar
  ///   at most).
  static func sentenceText(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
    String(unsafeUninitializedCapacity: 4 * (end - start)) { buf in
      var p = 0
      var space = false
      for c in scalars[start..<end] {
        if c.isSpaceLike { space = true; continue }
        if space && p > 0 { buf[p] = 0x20; p += 1 }
        space = false
        String.writeUTF8(c.value, into: buf, at: &p)
      }
      return p
    }
  }
}
