/// Names in Czech, Slovak, Lithuanian, Latvian or Hungarian write their inner words in lower case ("Sdružení obcí
/// Jesenicka", "Odbor regionálního rozvoje", "Krajský úřad …"): after a word with those languages' letters, such
/// lower-case words go on with the name instead of ending it.
extension Recognizer {
  /// Letters of the neighbouring countries' languages that Polish does not use.
  static let foreignLetters: Set<Unicode.Scalar> = Set("áéíúůýčďěňřťľĺŕôäšžėįųūāēīģķļņőűöüß".unicodeScalars)

  /// Whether `word` has a letter of ``foreignLetters``.
  ///
  ///     Recognizer.hasForeignLetters("rozvoje")    // false
  ///     Recognizer.hasForeignLetters("úřad")       // true
  static func hasForeignLetters(_ word: String) -> Bool {
    word.unicodeScalars.contains { s in
      s.value < 0x80 ? false : s.value < 0x180 ? foreignLetterTable[Int(s.value) - 0x80] : foreignLetters.contains(s)
    }
  }

  /// ``foreignLetters`` as flags for U+0080–U+017F, where all of them are: the test of a letter without hashing it.
  static let foreignLetterTable: [Bool] = (0x80..<0x180).map { foreignLetters.contains(Unicode.Scalar($0)!) }

  /// Whether a name is written in a neighbouring country's language: a lower-case inner word with its letters, or
  /// one of its institution head words.
  ///
  ///     Recognizer.namedInForeignLanguage("Krajský úřad Olomouckého kraje")   // true
  ///     Recognizer.namedInForeignLanguage("Rada Miejska w Kutnie")            // false
  static func namedInForeignLanguage(_ name: String) -> Bool {
    name.spaceSeparatedWords.contains { w in
      let lower = String(w).fastLowercased
      return (w.first?.isUppercase == false && hasForeignLetters(lower)) || HeadWordsForeign.lemmas.contains(lower)
    }
  }

  /// Whether the lower-case word at `j` continues the chunk that starts at `a`: it and a capitalised word before it
  /// in the chunk are foreign (foreign letters, or a head word of ``HeadWordsForeign``), and a capitalised word
  /// follows the run of such lower-case words.
  ///
  ///     foreignLowerContinues(a, j)   // true at "obcí" in "Sdružení obcí Jesenicka"
  /// - Complexity: O(j − a).
  /// Lower-case words for territories that end such names without a foreign letter ("… Moravskoslezského kraje",
  /// "… rajono").
  static let foreignNameTerritories: WordSet = ["kraje", "kraja", "kraj", "okresu", "okres", "rajono", "apskrities", "novada", "megye"]

  func foreignLowerContinues(_ a: Int, _ j: Int) -> Bool {
    func foreign(_ q: Int) -> Bool {
      vocabulary.has(HeadWordsForeign.lemmas, q) || Self.hasForeignLetters(tokens[q].lower) || vocabulary.has(Self.foreignNameTerritories, q)
    }
    // "Mládežnický parlament města …": a word both languages share, before a foreign one, goes on too.
    // ("… from Kežmarok": a capitalised foreign word after a shared one is a name of its own).
    let sharedBeforeForeign = j + 1 < tokens.count && tokens[j + 1].kind == .word && tokens[j + 1].casing == .lower && foreign(j + 1)
    guard tokens[j].kind == .word, tokens[j].casing == .lower, foreign(j) || sharedBeforeForeign,
          (a..<j).contains(where: { tokens[$0].kind == .word && tokens[$0].casing != .lower && foreign($0) }) else { return false }
    // The lower-case words lead to a capitalised one: a name does not end in them ("Odbor regionálního rozvoje"
    // is read up to its head), unless the last is the name's head ("Slezský nábytkářský klastr").
    var q = j + 1
    while q < tokens.count, q - j <= 3, tokens[q].kind == .word, tokens[q].casing == .lower, foreign(q) { q += 1 }
    return (q < tokens.count && tokens[q].kind == .word && tokens[q].isNameLike && claim[q] < 0) || vocabulary.has(Self.foreignNameTerritories, q - 1)
      || (vocabulary.has(HeadWordsForeign.lemmas, q - 1) && (a..<q).contains { Self.hasForeignLetters(tokens[$0].lower) })
  }

  /// "the Slovak Nadácia Pod Javorinou", "the German Verein Grenzenlos": a nationality adjective before a name in the
  /// language of that nation is no part of the name (it says the body is abroad: ``DocumentSectors/nationalityBefore(_:_:)``).
  /// The chunk without it, or nil.
  func withoutNationality(_ r: Range<Int>) -> Range<Int>? {
    guard language == "en", r.count >= 3, SectorClassifier.nationalityCue.matches(tokens[r.lowerBound].lower),
          SectorClassifier.nationalities.contains(tokens[r.lowerBound].lower) else { return nil }
    let next = r.lowerBound + 1
    guard vocabulary.has(HeadWordsForeign.lemmas, next) || Self.hasForeignLetters(tokens[next].lower) else { return nil }
    return next..<r.upperBound
  }
}

extension Recognizer {
  /// Whether the "in" at `j` joins an English title quoted in a Polish text: "projektu Timber Loops in Central Europe
  /// (TIMLOOP)". Polish has no word "in", so between capitalised words of a project named after a
  /// project marker it is part of the title.
  func englishTitleInPolishText(_ a: Int, _ j: Int) -> Bool {
    guard language != "en", a >= 1, vocabulary.has(Markers.project, a - 1), tokens[a - 1].casing == .lower,
          j + 1 < tokens.count, tokens[j + 1].kind == .word, tokens[j + 1].casing == .capitalized, claim[j + 1] < 0 else { return false }
    return names.knownPlace(tokens[j - 1].text) == nil
  }
}
