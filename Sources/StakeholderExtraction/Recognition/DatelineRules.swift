/// The town of a dateline: "Rzeszów, 2 października 2026 r.", "KRAKÓW, 3 March 2025 –", "Gdańsk, March 3, 2025".
/// Press releases open with it; the town is named there, often nowhere else, and a sentence-initial capitalised
/// word has nothing else to vouch for it.
extension Recognizer {
  /// The canonical name of the known town that chunk `r` names when it opens its sentence and a comma and a date
  /// follow it; nil otherwise. A town written in capitals ("KRAKÓW") is named in the usual case ("Kraków").
  ///
  ///     datelinePlace(0..<1)   // "Rzeszów" for "Rzeszów, 2 października 2026 r. …"
  /// - Complexity: O(|r|).
  func datelinePlace(_ r: Range<Int>) -> String? {
    guard r.count <= 3, sentenceOf[r.lowerBound] >= 0, r.lowerBound == sentences[sentenceOf[r.lowerBound]].tokens.lowerBound,
          r.upperBound + 3 < tokens.count, marks.isMark(r.upperBound, ","),
          r.allSatisfy({ tokens[$0].kind == .word && (tokens[$0].casing == .capitalized || tokens[$0].casing == .upper) }) else { return nil }
    let k = r.upperBound + 1
    let monthFirst = Markers.months[tokens[k].lower] != nil && tokens[k + 1].kind == .number
    guard monthFirst || DocumentMetadata.dayMonthYear(tokens, k) != nil else { return nil }
    let words = r.map { i -> String in
      let w = tokens[i].text
      return tokens[i].casing == .upper ? w.prefix(1) + w.dropFirst().lowercased() : w
    }
    let joined = words.joined(separator: " ")
    if let known = names.knownPlace(joined) { return known.name }
    return names.isLexiconPlace(words) ? placeName(words) : nil
  }
}
