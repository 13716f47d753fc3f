/// Words that tell which edition of an event a sentence means, around the event's name:
///
/// - "Tegoroczne Forum Przemysłu X", "Kolejny Kongres Y": an adjective pointing at one edition, capitalised only
///   because it opens the sentence, is not part of the name;
/// - "odbył się I Kongres Wodorowy X": the Roman "I" before an event's name is its edition number, not the
///   conjunction "i".
extension Recognizer {
  /// Stems of adjectives that point at an edition ("tegoroczne", "ubiegłoroczny", "kolejna", "najbliższe").
  static let editionDeterminerStems = [
    "tegoroczn", "ubiegłoroczn", "zeszłoroczn", "przyszłoroczn", "kolejn", "najbliższ", "jubileuszow", "wspomnian",
    "ostatni", "poprzedni", "następn", "dzisiejsz", "wczorajsz", "tamtejsz",
  ]

  /// Whether token `i` is a capitalised adjective pointing at one edition ("Tegoroczne", "Kolejny").
  func isEditionDeterminer(_ i: Int) -> Bool {
    guard i >= 0, i < tokens.count, tokens[i].kind == .word, tokens[i].casing == .capitalized else { return false }
    let lower = tokens[i].lower
    return Self.editionDeterminerStems.contains { lower.hasPrefix($0) }
  }

  /// Whether token `i` is the Roman "I" numbering the event named after it ("I Kongres", "I Regionalne Forum"): the
  /// next capitalised words, up to three, reach an event's head word.
  func isFirstEditionNumeral(_ i: Int) -> Bool {
    guard language != "en", marks.isMark(i, "I") else { return false }
    var j = i + 1
    while j < tokens.count, j - i <= 3, tokens[j].kind == .word, tokens[j].casing == .capitalized {
      if let h = heads[j], !h.english { return h.kind == .event }
      j += 1
    }
    return false
  }
}
