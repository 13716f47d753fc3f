/// Companies written as the items of a bulleted list, with no head word or legal form: "• Dronex Systems z Ostrowca
/// Świętokrzyskiego, który tworzy drony …", "- Soilbit, a start-up from Leszno …", "- Optiray Labs, which has
/// opened …". The shape of the item (its seat, a description or a relative clause after the name) says that the
/// name is a body, and a body without a head word in such a list is a company.
extension Recognizer {
  /// Bullets that open a list item.
  static let listBullets: WordSet = ["•", "-", "–", "*", "·", "▪"]
  /// Words after the name (and its comma) that describe a company: relative pronouns and company nouns.
  static let companyDescriptionWords: WordSet = [
    "który", "która", "które", "rozwijający", "rozwijająca", "producent", "producenta", "twórca", "dostawca", "spółka",
    "firma", "start-up", "startup", "which", "whose", "a", "an", "the", "maker", "manufacturer", "producer", "developer",
    "provider", "supplier",
  ]

  /// Common nouns that open list items about kinds of actors ("• Region, który …", "- Firma z Gdyni").
  static let genericListWords: WordSet = [
    "region", "regiony", "miasto", "miasta", "gmina", "gminy", "uczelnia", "uczelnie", "samorząd", "samorządy", "nauka",
    "biznes", "przedsiębiorcy", "city", "cities", "region's", "university", "universities", "business", "science",
    "government", "companies",
  ]

  /// Whether the capitalised chunk `r` opens a bulleted list item and names a company: one to three capitalised
  /// words, no given name or known place, then a seat ("z Kielc", "from Leszno") or a comma and a description.
  func isListItemCompany(_ r: Range<Int>) -> Bool {
    let b = r.lowerBound - 1
    guard (1...3).contains(r.count), b >= 0, tokens[b].kind == .punct, vocabulary.has(Self.listBullets, b), tokens[b].newlinesBefore > 0,
          r.upperBound + 1 < tokens.count, r.allSatisfy({ tokens[$0].kind == .word && tokens[$0].casing != .lower && heads[$0] == nil }),
          firstName(at: r.lowerBound) == nil, names.knownPlace(text(r)) == nil,
          !(r.count == 1 && (vocabulary.has(Self.genericListWords, r.lowerBound) || vocabulary.has(Self.companyNouns, r.lowerBound))) else { return false }
    let a = r.upperBound
    if vocabulary.lowerIn(a, ["z", "ze", "from"]), tokens[a + 1].kind == .word, tokens[a + 1].casing == .capitalized { return true }
    return marks.isMark(a, ",") && tokens[a + 1].kind == .word && tokens[a + 1].casing == .lower && vocabulary.has(Self.companyDescriptionWords, a + 1)
  }

  /// "Przed publicznością wystąpiły: Solvix (magazyny energii), Medora AI (asystent dla przychodni) i …": the items of
  /// a list run on after a colon, each name (one to three capitalised words, no head word, given name or known place)
  /// followed by a lower-case description in parentheses, are companies.
  func isDescribedListCompany(_ r: Range<Int>) -> Bool {
    let b = r.lowerBound - 1
    guard (1...3).contains(r.count), b >= 0, r.upperBound + 2 < tokens.count, marks.isMark(r.upperBound, "("),
          tokens[r.upperBound + 1].kind == .word, tokens[r.upperBound + 1].casing == .lower,
          marks.isAny(b, ":", ",") || vocabulary.lowerIn(b, ["i", "oraz", "and"]),
          r.allSatisfy({ tokens[$0].kind != .punct && tokens[$0].casing != .lower && heads[$0] == nil }),
          firstName(at: r.lowerBound) == nil, names.knownPlace(text(r)) == nil, !names.isLexiconPlace(r.map { tokens[$0].text }) else { return false }
    // The list opens with a colon earlier in the sentence.
    let start = sentences[sentenceOf[r.lowerBound]].tokens.lowerBound
    return (start..<r.lowerBound).contains { marks.isMark($0, ":") }
  }
}

