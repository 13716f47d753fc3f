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
  /// Whether the one word before the conjunction at `j` names a company read before ("Fjordlab" after "Fjordlab AS"):
  /// "Fjordlab and Rogaland County Council" are two organizations.
  func knownCompanyBeforeConjunction(_ a: Int, _ j: Int) -> Bool {
    guard j == a + 1, tokens[a].kind == .word, tokens[a].casing != .lower else { return false }
    if companyNamedByFirstWord(a) != nil { return true }
    // Mentions are only appended: the index reads each once.
    while memo.legalFirstWordsRead < mentions.count {
      let m = mentions[memo.legalFirstWordsRead]
      if m.kind == .organization, m.legalForm != nil { memo.legalFirstWords.insert(tokens[m.range.lowerBound].text) }
      memo.legalFirstWordsRead += 1
    }
    return memo.legalFirstWords.contains(tokens[a].text)
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
