import StakeholderModel

/// People named only by their surname after a function, in Polish reports that name stakeholders so: "prezes ARW
/// Urbaniak", "zastępca prezydenta Leszna Głowacki", "wójt gminy Rydzyna Wilkowski", "rektor Akademii X prof.
/// Chmielewski". The surname is one the lexicon knows, in the nominative, and no place or given name; a surname read
/// before with a given name is that person.
extension Recognizer {
  /// The last token of the chunk `i..<end` when it is such a surname after a function that names the institution or
  /// town before it ("prezes ARW Urbaniak"), else nil.
  func trailingSurname(_ i: Int, _ end: Int) -> Int? {
    guard language != "en", end - i >= 2, i >= 1 else { return nil }
    // The function right before the chunk, or before one lower-case word ("wójt gminy …", "prezes spółki …").
    let function = roleWords[i - 1] != nil || roleToken[i - 1]
      || (i >= 2 && tokens[i - 1].casing == .lower && tokens[i - 1].kind == .word && (roleWords[i - 2] != nil || roleToken[i - 2]))
    guard function else { return nil }
    let s = end - 1
    guard tokens[s - 1].kind == .word || marks.isMark(s - 1, ")"), firstName(tokens[s - 1].text) == nil, isLoneSurname(s) else { return nil }
    // "Turośń Kościelna", "Aglomeracja Opolska": an adjective-like surname is the name's own adjective, unless it
    // follows an acronym ("prezes ARR Kowalska") or a town in another case ("prezydenta Leszna Głowacki").
    if Inflection.looksAdjectival(tokens[s].text) {
      let before = tokens[s - 1].text
      let inflectedTown = polishPlaceWord(before) && placeName([before]) != before
      guard tokens[s - 1].casing == .upper || inflectedTown else { return nil }
    }
    if names.isLexiconPlace((i..<end).map { tokens[$0].text }) { return nil }
    // "prezes KS Warta" after "Klub Sportowy Warta … (KS Warta)": the two words are the club's short form.
    if twoWordShortForm(at: s - 1) != nil { return nil }
    return s
  }

  /// Whether the one-word chunk at `i` of sentence `s` is a lone surname by its place: after an academic title ("prof.
  /// Chmielewski"), after a verb of speaking ("– mówi Zalewska, przewodnicząca …"), or ending a phrase that a function
  /// opened with no person named yet ("dyrektor Wojewódzkiego Szpitala … w Sieradzu Jasińska").
  func loneSurnameChunk(_ i: Int, _ s: Sentence) -> Bool {
    guard language != "en", i > s.tokens.lowerBound else { return false }
    let p = i - 1
    if vocabulary.has(RoleWords.titles, p) || (marks.isMark(p, ".") && p > s.tokens.lowerBound && vocabulary.has(RoleWords.titles, p - 1)) { return isLoneSurname(i) }
    if vocabulary.has(RoleWords.speechVerbs, p) { return isLoneSurname(i) }
    // The function: a lower-case function word among the ten tokens before, with only names and their joining words after it.
    guard claim[p] >= 0, mentions[claim[p]].kind != .person else { return false }
    for q in stride(from: p - 1, through: max(s.tokens.lowerBound, i - 10), by: -1) {
      if claim[q] >= 0 { if mentions[claim[q]].kind == .person { return false } else { continue } }
      if roleWords[q] != nil, tokens[q].casing == .lower || q == s.tokens.lowerBound { return isLoneSurname(i) }
      if tokens[q].kind != .word || tokens[q].casing != .lower { return false }
    }
    return false
  }

  /// Endings no nominative surname has (oblique cases of adjectives and nouns: "Regionalnego", "Innowacji"): the
  /// lexicon is not asked about such words.
  static let obliqueEndings = ["ego", "ej", "ych", "ich", "ym", "im", "ymi", "imi", "emu", "ą", "cji", "ji", "ów", "ach", "ami", "om"]

  /// Whether the word at `q` is a capitalised nominative surname the lexicon knows, no head, function, place or given name.
  func isLoneSurname(_ q: Int) -> Bool {
    let t = tokens[q]
    guard t.kind == .word, t.casing == .capitalized, heads[q] == nil, roleWords[q] == nil, !vocabulary.has(RoleWords.titles, q),
          Markers.months[t.lower] == nil, !t.lower.hasSuffix(among: Self.obliqueEndings),
          firstName(t.text) == nil, !polishPlaceWord(t.text), names.knownPlace(t.text) == nil else { return false }
    return names.isNominativeSurname(t.text)
  }

  /// Adds the person named by the surname at `q` alone: the person read before with that surname, else a new one.
  mutating func addLoneSurname(_ q: Int, _ k: Int) {
    if let known = personWithSurname(tokens[q].text) {
      add(surnameMention(of: known, q..<(q + 1), sentence: k))
      return
    }
    var m = FoundMention(kind: .person, range: q..<(q + 1), name: tokens[q].text, surface: tokens[q].text, sentence: k)
    m.surname = tokens[q].text
    add(m)
  }
}

extension Recognizer {
  /// Lone surnames read before the person's full name was (the full name found later, in the pending pass: "…
  /// prezeską jest Iryna Hrycenko. … – mówi Hrycenko") take that person's name.
  mutating func linkLoneSurnames() {
    for idx in mentions.indices where mentions[idx].kind == .person && mentions[idx].range.count == 1 && mentions[idx].name == mentions[idx].surface {
      let l = mentions[idx].surface.fastLowercased
      let named = mentions.indices.first { o in
        o != idx && mentions[o].kind == .person && mentions[o].name.contains(" ")
          && mentions[o].surname.map { s in s.fastLowercased == l || Self.sameStem(s.fastLowercased, l) } == true
      }
      guard let named else { continue }
      mentions[idx].name = mentions[named].name
      mentions[idx].surname = mentions[named].surname
      mentions[idx].feminine = mentions[named].feminine
    }
  }
}

extension Recognizer {
  /// The end of a person named by an initial and a surname starting at `i` ("J. Wiśniewski", "A. Nowakowską"), or nil:
  /// one capital letter, its period, and a capitalised word the lexicon knows as a surname (or, in English, any
  /// surname-like word), no head, function, place or month.
  func initialAndSurname(_ i: Int, _ s: Sentence) -> Int? {
    // (The full stop first: most words are followed by none, and their scalars are then not counted.)
    guard i + 2 < s.tokens.upperBound, marks.isMark(i + 1, "."), shapes[i].kind == .word, shapes[i].casing != .lower, tokens[i].text.unicodeScalars.count == 1,
          isSurnameLike(i + 2), !polishPlaceWord(tokens[i + 2].text), names.knownPlace(tokens[i + 2].text) == nil,
          firstName(tokens[i + 2].text) == nil else { return nil }
    if language != "en", !names.isLexiconSurname(tokens[i + 2].text), !tokens[i + 2].lower.hasSuffix(among: Self.surnameEndings) { return nil }
    // "J. Wiśniewski-Nowak": a hyphenated surname is one token; a second capitalised word makes it a name of its own.
    if i + 3 < s.tokens.upperBound, tokens[i + 3].isNameLike { return nil }
    return i + 3
  }

  /// Endings of Polish surnames, in any case, for those the lexicon lacks ("Nowakowską", "Sitarzewicz").
  static let surnameEndings = ["ski", "ska", "cki", "cka", "dzki", "dzka", "skiego", "skiej", "ską", "cką", "wicz", "czyk", "czak", "iak", "uk"]

  /// Adds the person named by the initial at `i` and the surname at `i + 2`: "J. Wiśniewski" (the surname in the
  /// nominative), or the person read before with that surname.
  mutating func addInitialAndSurname(_ i: Int, _ k: Int) {
    let word = tokens[i + 2].text
    let surname = language == "en" ? word : names.personName(given: [], surname: word)
    let name = tokens[i].text + ". " + surname
    var m = FoundMention(kind: .person, range: i..<(i + 3), name: name, surface: text(i..<(i + 3)), sentence: k)
    m.surname = surname
    add(m)
  }
}
