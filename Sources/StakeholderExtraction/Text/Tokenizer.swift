/// Splits text into ``Token``s in one pass over its Unicode scalars.
///
///     let tokens = Tokenizer.tokenize("Prezes e-Izby (IGE), 01.12.2021.")
///     // Prezes · e-Izby · ( · IGE · ) · , · 01.12.2021 · .
///
/// Words keep internal joiners (`-`, `'`, `’`, `_`) between letters or digits ("Sass-Staniszewska",
/// "Marshal's", "Holo4Med"); numbers keep `.`, `,`, `/` between digits ("4.0", "2018/2019").
/// Text glued by a lost line break ("WoliPOZOSTAŁE") is split where a lower-case letter meets two upper-case ones.
/// - Complexity: O(n) in the number of scalars.
enum Tokenizer {
  static func tokenize(_ text: String) -> [Token] {
    return tokenize(text.scalarArray)
  }

  static func tokenize(_ s: [Unicode.Scalar]) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(s.count / 5)
    var i = 0
    var newlines = 0
    var space = false
    let n = s.count
    while i < n {
      let c = s[i]
      if c == "\n" { newlines += 1; space = true; i += 1; continue }
      if c.isSpaceLike || c == "\u{FEFF}" { space = true; i += 1; continue }
      let start = i
      var kind: TokenKind
      var lineBreak: Range<Int>?  // "Euro-⏎pejskie", "Sass-⏎Staniszewska": a word divided at a line end, read without the break
      if isAlnum(c) {
        kind = isDigit(c) ? .number : .word
        i += 1
        while i < n {
          let d = s[i]
          // (The hyphen is tested here: most letters are not one, and the call is then saved.)
          if d == "-", lineBreak == nil, let divided = dividedWordContinues(s, start, i) {
            lineBreak = (divided.keepsHyphen ? i + 1 : i)..<divided.next
            i = divided.next
            continue
          }
          if isAlnum(d) {
            if !isDigit(d) { kind = .word }
            // "WoliPOZOSTAŁE": lower followed by two upper-case letters starts a new token.
            // Not inside parentheses ("(FEdKP)" is an acronym) and only before a run of three or more capitals.
            // A glued word has three letters or more before the capitals: "ReBOOST" is a brand, not "Re" + "BOOST".
            if i + 2 < n, isUpper(d), isUpper(s[i + 1]), isUpper(s[i + 2]), isLower(s[i - 1]), i - start >= 3,
               start == 0 || s[start - 1] != "(" { break }
            i += 1
            continue
          }
          if i + 1 < n, isAlnum(s[i + 1]) {
            if d == "-" || d == "'" || d == "’" || d == "_" { i += 1; continue }
            if (d == "." || d == "," || d == "/") && isDigit(s[i - 1]) && isDigit(s[i + 1]) { i += 1; continue }
          }
          break
        }
      } else {
        kind = .punct
        i += 1
        // "..." and "…" as one token; everything else one scalar.
        if c == "." { while i < n && s[i] == "." { i += 1 } }
      }
      var text = lineBreak.map { String(scalars: s, start..<$0.lowerBound) + String(scalars: s, $0.upperBound..<i) }
        ?? String(scalars: s, start..<i)
      var written = PlainPunctuation.asText
      if kind == .punct, i == start + 1, let typographic = typographicPunct(s, start) {
        text = typographic
        written = s[start] == "-" ? .hyphen : s[start] == "\"" ? .straightQuote : .leftQuote
      }
      let casing: Casing
      if kind != .word {
        casing = .none
      } else if lineBreak != nil {
        let joined = Array(text.unicodeScalars)
        casing = Self.casing(joined, 0, joined.count)
      } else {
        casing = Self.casing(s, start, i)
      }
      // The lower-cased text, written from the scalars (not from `text`) when the word was not divided at a line end.
      let lower = casing == .lower ? text : lineBreak == nil && kind == .word ? String(lowercasing: s, start..<i) : text.fastLowercased
      tokens.append(Token(
        text: text, lower: lower, start: start, end: i, kind: kind,
        casing: casing, newlinesBefore: newlines, spaceBefore: space || start == 0, written: written))
      newlines = 0
      space = false
    }
    return tokens
  }

  /// Where a word divided at a line end goes on: the index of its next letter when scalar `i` is a hyphen ending
  /// the line, the word so far (from `start`) is letters and the next line starts with a letter; nil otherwise.
  /// `keepsHyphen` tells a compound ("Sass-⏎Staniszewska", "e-⏎usługi": an upper-case letter follows, or one letter
  /// precedes) from a word the line end divided ("Euro-⏎pejskie", "działal-⏎ność"), which is read without it.
  static func dividedWordContinues(_ s: [Unicode.Scalar], _ start: Int, _ i: Int) -> (next: Int, keepsHyphen: Bool)? {
    guard s[i] == "-", i > start, i + 2 < s.count else { return nil }
    var j = i + 1
    if s[j] == "\r" { j += 1 }
    guard j + 1 < s.count, s[j] == "\n", isLower(s[j + 1]) || isUpper(s[j + 1]) else { return nil }
    guard (start..<i).allSatisfy({ isLower(s[$0]) || isUpper(s[$0]) }) else { return nil }
    let keepsHyphen = isUpper(s[j + 1]) || i - start == 1 || !isLower(s[i - 1])
    return (j + 1, keepsHyphen)
  }

  /// The typographic form the rules read for a plain-keyboard quotation mark or dash, by where it stands: `"` opening
  /// a quotation is „, closing it ”; a German-style closing “ is ”; a hyphen standing alone between spaces is the
  /// dash –. Nil for every other character. The token keeps its offsets, so evidence quotes the text as written.
  static func typographicPunct(_ s: [Unicode.Scalar], _ i: Int) -> String? {
    let c = s[i]
    guard c == "\"" || c == "-" || c == "“" else { return nil }
    let spaceBefore = i == 0 || s[i - 1].isSpaceLike || s[i - 1] == "\n" || "([{/".unicodeScalars.contains(s[i - 1])
    let spaceAfter = i + 1 == s.count || s[i + 1].isSpaceLike || s[i + 1] == "\n"
    switch c {
    case "-": return spaceBefore && spaceAfter ? "–" : nil
    case "\"": return spaceBefore && !spaceAfter ? "„" : "”"
    default: return spaceBefore ? nil : "”"
    }
  }

  @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
  @inline(__always) static func isAlnum(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 128 { return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
    // Latin-1 letters and Latin Extended-A (Polish, Czech, Baltic, Nordic letters) without a table look-up.
    if v >= 0xC0 && v <= 0x17F { return v != 0xD7 && v != 0xF7 }
    return c.properties.isAlphabetic
  }
  /// Case of Latin Extended-A letters: +1 for upper case, -1 for lower case, 0 when not known here.
  @inline(__always) static func latinExtendedCase(_ v: UInt32) -> Int {
    if v >= 0xC0 && v <= 0xDE { return v == 0xD7 ? 0 : 1 }
    if v >= 0xDF && v <= 0xFF { return v == 0xF7 ? 0 : -1 }
    if v >= 0x100 && v <= 0x137 { return v % 2 == 0 ? 1 : -1 }
    if v >= 0x139 && v <= 0x148 { return v % 2 == 1 ? 1 : -1 }
    if v >= 0x14A && v <= 0x177 { return v % 2 == 0 ? 1 : -1 }
    if v == 0x178 { return 1 }
    if v >= 0x179 && v <= 0x17E { return v % 2 == 1 ? 1 : -1 }
    return 0
  }
  @inline(__always) static func isUpper(_ c: Unicode.Scalar) -> Bool {
    if c.value < 128 { return c.value >= 65 && c.value <= 90 }
    let k = latinExtendedCase(c.value)
    if k != 0 { return k > 0 }
    return c.properties.isUppercase
  }
  @inline(__always) static func isLower(_ c: Unicode.Scalar) -> Bool {
    if c.value < 128 { return c.value >= 97 && c.value <= 122 }
    let k = latinExtendedCase(c.value)
    if k != 0 { return k < 0 }
    return c.properties.isLowercase
  }

  /// Casing of the word `s[a..<b]`; a short lower-case prefix joined by a hyphen ("e-Izba") is skipped.
  static func casing(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Casing {
    var first = a
    if b - a > 3, s[a + 1] == "-", isLower(s[a]), isUpper(s[a + 2]) { first = a + 2 }
    var firstLetter: Unicode.Scalar?
    var uppers = 0, lowers = 0, innerUpper = false
    for k in first..<b {
      let c = s[k]
      if isUpper(c) {
        uppers += 1
        if firstLetter == nil { firstLetter = c } else if lowers > 0 { innerUpper = true }
      } else if isLower(c) {
        lowers += 1
        if firstLetter == nil { firstLetter = c }
      }
    }
    guard let f = firstLetter else { return .none }
    if !isUpper(f) { return .lower }
    if lowers == 0 { return uppers >= 2 ? .upper : .capitalized }
    if innerUpper {
      // "Sass-Staniszewska", "Bielsko-Biała", "Marshal's" are capitalised words, not camel case.
      var k = first + 1
      var camel = false
      while k < b {
        if isUpper(s[k]) && s[k - 1] != "-" && s[k - 1] != "'" && s[k - 1] != "_" { camel = true; break }
        k += 1
      }
      return camel ? .camel : .capitalized
    }
    return .capitalized
  }
}
