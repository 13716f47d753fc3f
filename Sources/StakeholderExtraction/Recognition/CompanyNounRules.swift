/// Company nouns written before a name with adjectives between them.
extension Recognizer {
  /// Whether the lower-case words ending at `before` are a company noun and one or two adjectives describing the
  /// company: "firmy farmaceutycznej Lekoplast", "spółką informatyczną X", "start-upu medycznego X".
  func companyNounBeforeAdjectives(_ before: Int) -> Bool {
    guard language != "en" else { return false }
    var b = before
    var adjectives = 0
    while b >= 0, adjectives < 2, tokens[b].kind == .word, tokens[b].casing == .lower, Inflection.looksAdjectival(tokens[b].text) {
      adjectives += 1
      b -= 1
    }
    return adjectives > 0 && b >= 0 && tokens[b].casing == .lower && vocabulary.has(Self.companyNouns, b)
  }
}

extension Recognizer {
  /// Whether the one word before the conjunction at `j` names a company (read before by its first word, or written
  /// before a legal form in the text: "Fjordlab" of "Fjordlab AS"): "Fjordlab and Rogaland County Council" are two
  /// organizations.
  func knownCompanyBeforeConjunction(_ a: Int, _ j: Int) -> Bool {
    guard j == a + 1 else { return false }
    return companyNamedByFirstWord(a) != nil || companyWordElsewhere(a)
  }
}

extension Recognizer {
  /// Whether the word at `q` is written right before a legal form somewhere in the document ("Odlewex" of "Odlewex
  /// sp. z o.o."): after "i" it starts another organization, "Uniwersytet Kaliski i Odlewex".
  /// - Complexity: O(n) for n tokens on the first call (the words are collected once), O(1) after.
  func companyWordElsewhere(_ q: Int) -> Bool {
    guard tokens[q].kind == .word, tokens[q].casing != .lower else { return false }
    if memo.wordsBeforeLegalForms == nil {
      var words: Set<String> = []
      for s in sentences {
        for j in s.tokens where j > s.tokens.lowerBound && tokens[j].spaceBefore && tokens[j - 1].kind == .word && legalForm(j, s) != nil {
          words.insert(tokens[j - 1].text)
        }
      }
      memo.wordsBeforeLegalForms = words
    }
    return memo.wordsBeforeLegalForms!.contains(tokens[q].text)
  }
}

extension Recognizer {
  /// Whether chunk `r` opens its sentence with "Spółka", "Firma" or a trade noun ("Deweloper", "Producent",
  /// "Przewoźnik"; capitalised only by its place) before a brand: "Spółka Tremvex Sp. z o.o. zbuduje …", "Firma Kovalux
  /// zatrudni …", "Deweloper Murbex S.A. buduje …" name the company without the noun. A word in
  /// the genitive or an adjective after the noun is part of the name ("Spółka Restrukturyzacji Kopalń S.A.",
  /// "Spółka Wodna …"), and so is the noun then.
  func companyNounOpensSentence(_ r: Range<Int>, _ k: Int) -> Bool {
    guard language != "en", r.count >= 2, r.lowerBound == sentences[k].tokens.lowerBound, tokens[r.lowerBound].casing == .capitalized,
          vocabulary.has(Self.sentenceOpeningCompanyNouns, r.lowerBound) else { return false }
    let next = tokens[r.lowerBound + 1]
    guard next.kind == .word, next.casing != .lower, !Inflection.looksAdjectival(next.text), heads[r.lowerBound + 1] == nil else { return false }
    guard !["u", "i", "y", "ów", "ji"].contains(where: { next.lower.hasSuffix($0) }) else { return false }
    // "Zespół Tarmo AI": a team only of a body named before ("Zespół Szkół …" is a school complex).
    return !vocabulary.lowerIs(r.lowerBound, "zespół") || namedOrganization(text((r.lowerBound + 1)..<r.upperBound))
  }
}

extension Recognizer {
  /// Nouns that open a sentence before a company's own name (``companyNounOpensSentence(_:_:)``).
  /// ("Spółkę X sp. z o.o. założyła …": the object first; "Zespół X rozpocznie …": a start-up's team.)
  static let sentenceOpeningCompanyNouns: WordSet = ["spółka", "firma", "deweloper", "producent", "przewoźnik", "spółkę", "firmę", "zespół"]
}
