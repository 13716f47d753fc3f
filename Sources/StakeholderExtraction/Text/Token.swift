/// How a word is written: the first clue to whether it starts a name.
enum Casing: UInt8, Sendable {
  /// "spotkanie", "e-usług"
  case lower
  /// "Rybnik", "e-Izba" (first letter after an "e-" style prefix counts)
  case capitalized
  /// "UMWP", "MIASTO" (two or more letters, all upper case)
  case upper
  /// "InfoTech", "Holo4Med", "CityLab": upper case inside the word
  case camel
  /// numbers and punctuation
  case none
}

extension Casing {
  /// Whether a word of this casing can start or continue a name (capitalised, upper case or camel case).
  var isNameLike: Bool { self == .capitalized || self == .upper || self == .camel }
}

/// Which plain-keyboard character a typographically read punctuation token was written as.
enum PlainPunctuation: UInt8, Sendable {
  case asText, hyphen, straightQuote, leftQuote
}

/// What a token is.
enum TokenKind: UInt8, Sendable {
  case word, number, punct
}

/// One token of a document: a word (letters and digits joined by `-`, `'`, `_`), a number
/// (digits joined by `.`, `,`, `/`) or one punctuation character, with Unicode scalar offsets.
struct Token: Sendable {
  /// The surface text.
  var text: String
  /// Lower-cased text (for dictionary look-ups).
  var lower: String
  /// Unicode scalar offset of the first scalar, counted from the start of the document's text.
  var start: Int
  /// Unicode scalar offset just past the last scalar.
  var end: Int
  var kind: TokenKind
  var casing: Casing
  /// Line breaks between the previous token and this one.
  var newlinesBefore: Int
  /// Whether whitespace separates this token from the previous one.
  var spaceBefore: Bool
  /// The plain-keyboard character the text stood for when ``text`` is its typographic form (`"` read as „ or ”,
  /// a lone `-` read as –), so that names keep what the document wrote.
  var written: PlainPunctuation = .asText

  /// The token as the document writes it (``text`` unless a plain quotation mark or dash was read typographically).
  var writtenText: String {
    switch written {
    case .asText: text
    case .hyphen: "-"
    case .straightQuote: "\""
    case .leftQuote: "“"
    }
  }

  /// Whether the word can start or continue a name: capitalised, all caps, camel case, or a number.
  var isNameLike: Bool { casing.isNameLike }
  var isWord: Bool { kind == .word }
  /// Whether the token is a dash or hyphen standing alone (–, - or —): `["–", "-", "—"].contains(text)` without
  /// building that array at every call.
  var isDash: Bool { text == "–" || text == "-" || text == "—" }
  func isPunct(_ s: String) -> Bool { kind == .punct && text == s }
}
