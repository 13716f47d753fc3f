/// Which punctuation mark each token of a document is, one byte per token, so that a rule asks "is token `i` a
/// period?" with one array read instead of comparing the token's text with a `String` (a comparison that, for the
/// Polish words most tokens are, takes the slow Unicode path).
///
///     let marks = TokenMarks(Tokenizer.tokenize("Łódź, ul. Piotrkowska – centrum"))
///     marks.isMark(1, ",")   // true: tokens[1].text == ","
///     marks.isMark(0, ",")   // false
///     marks.isDash(5)        // true: tokens[5].isDash
///
/// A token whose text is one ASCII character is kept as that byte; the typographic marks the rules ask about
/// (``typographic``) as a code of their own; every other token as 0, which no mark has. So `isMark(i, c)` is exactly
/// `tokens[i].text == String(c)` for any mark `c` the table knows.
/// - Complexity: O(n) in the tokens to build; O(1) per question.
struct TokenMarks: Sendable {
  /// The typographic marks that get a code of their own; ASCII characters are their own code (below 0x80).
  static let typographic: [Unicode.Scalar] = ["„", "”", "“", "–", "—", "’"]

  /// Token index → the code of its mark, or 0.
  private let codes: [UInt8]

  /// The marks of `tokens`.
  init(_ tokens: [Token]) {
    var codes = [UInt8](repeating: 0, count: tokens.count)
    for i in tokens.indices {
      let bytes = tokens[i].text.utf8
      if bytes.count == 1, let b = bytes.first, b != 0, b < 0x80 {
        codes[i] = b
      } else if bytes.count == 3, tokens[i].kind == .punct, let c = Self.typographicCode(tokens[i].text) {
        codes[i] = c
      }
    }
    self.codes = codes
  }

  /// The code of a typographic mark written as `text`, if it is one of ``typographic`` (a mark is one scalar, and
  /// no other text equals it canonically: none of them decomposes or composes).
  private static func typographicCode(_ text: String) -> UInt8? {
    let scalars = text.unicodeScalars
    guard scalars.count == 1, let c = scalars.first, typographic.contains(c) else { return nil }
    return code(c)
  }

  /// The code of mark `c`: its ASCII byte, or its place among ``typographic``.
  @inline(__always)
  static func code(_ c: Unicode.Scalar) -> UInt8 {
    switch c {
    case "„": 0x80
    case "”": 0x81
    case "“": 0x82
    case "–": 0x83
    case "—": 0x84
    case "’": 0x85
    default:
      // (0 is no mark's code: the text of a token is never the NUL character alone.)
      if c.isASCII && c.value != 0 { UInt8(c.value) } else { preconditionFailure("no code for the mark \(c)") }
    }
  }

  /// Whether token `i`'s text is the mark `c` (`tokens[i].text == String(c)`).
  @inline(__always)
  func isMark(_ i: Int, _ c: Unicode.Scalar) -> Bool { codes[i] == Self.code(c) }

  /// Whether token `i` is a dash or hyphen standing alone (``Token/isDash``: –, - or —).
  @inline(__always)
  func isDash(_ i: Int) -> Bool {
    let c = codes[i]
    return c == Self.code("-") || c == Self.code("–") || c == Self.code("—")
  }
}

extension TokenMarks {
  /// Whether token `i`'s text is one of `marks` (`[",", "–"].contains(tokens[i].text)` without comparing strings).
  @inline(__always)
  func isAny(_ i: Int, _ marks: Unicode.Scalar...) -> Bool {
    for c in marks where isMark(i, c) { return true }
    return false
  }
}

/// The plain facts of one token that the rules read most (its kind, casing and whether a space comes before it),
/// without its strings: a copy of a ``Token`` retains and releases its text, a copy of this is three bytes.
///
///     let shapes = TokenShape.of(tokens)
///     shapes[3].casing == .capitalized   // tokens[3].casing == .capitalized
struct TokenShape: Sendable {
  var kind: TokenKind
  var casing: Casing
  var spaceBefore: Bool

  /// Whether the word can start or continue a name (``Token/isNameLike``).
  var isNameLike: Bool { casing.isNameLike }

  /// The shape of every token, in order.
  static func of(_ tokens: [Token]) -> [TokenShape] {
    var shapes: [TokenShape] = []
    shapes.reserveCapacity(tokens.count)
    for i in tokens.indices { shapes.append(TokenShape(kind: tokens[i].kind, casing: tokens[i].casing, spaceBefore: tokens[i].spaceBefore)) }
    return shapes
  }
}
