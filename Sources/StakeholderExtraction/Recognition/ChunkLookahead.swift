import StakeholderModel

/// The look-ahead tests ``Recognizer/chunkEnd(_:_:)`` asks before it lets a chunk run on: seats, years, fields of a
/// unit, a parent in the genitive, repeats of known names, legal forms.
extension Recognizer {
  /// Whether an inflected word is a form of a Polish place according to the lexicon ("Toruniu"), or a Polish
  /// place of the general lists.
  func polishPlaceWord(_ w: String) -> Bool {
    if let p = names.knownPlace(w) { return !p.foreign }
    return names.lexicon.analyses(of: w).contains { $0.category == .place || $0.category == .placePart }
  }

  /// Whether the seat written at `i` ("Toruniu", "Nowym Sączu") is a Polish place: its word, or the next
  /// capitalised one, is.
  func polishSeat(_ i: Int, _ end: Int) -> Bool {
    polishPlaceWord(tokens[i].text) || (i + 1 < end && shapes[i + 1].isNameLike && polishPlaceWord(tokens[i + 1].text))
  }

  /// Whether the seat at `i` is one town word followed by a capitalised word that is no part of it ("w Sieradzu
  /// Jasińska", "w Lesznie Urbaniak", "w Szczecinie PKP …"; not "w Ostrowie Wielkopolskim" or "w Ustrzykach Dolnych",
  /// whose second word is a locative adjective, nor "w Zielonej Górze", whose first word is one).
  func seatEndsName(_ i: Int, _ end: Int) -> Bool {
    guard i + 1 < end, polishPlaceWord(tokens[i].text), shapes[i + 1].isNameLike else { return false }
    // "w Zielonej Górze", "w Nowym Sączu": a town whose first word is an adjective goes on.
    if tokens[i].lower.hasSuffix(among: ["ym", "im", "ej", "iej"]) { return false }
    return !tokens[i + 1].lower.hasSuffix(among: ["im", "ym", "iej", "ej", "ich", "ych"])
  }

  /// The lower-case noun of a county ("powiat olecki").
  /// Every word that can open one of ``lowerPatterns(_:_:_:)``'s patterns.
  static let lowerOpeners: WordSet = Places.voivodeshipNouns.union(countyNouns).union(branchForms).union(Markers.project)
    .union(["środków", "pn", "pt"])
  static let countyNouns: WordSet = ["powiat", "powiatu", "powiatowi", "powiatem", "powiecie"]

  /// Words before "w" that make the seat part of an office's name ("Urząd Miejski w Olecku", "Starostwo Powiatowe w …").
  static let officeBeforeSeat: WordSet = [
    "miasta", "gminy", "powiatowe", "powiatowy", "powiatowego", "powiatowym", "pracy", "skarbowy", "skarbowego",
    "wojewódzki", "wojewódzkiego", "statystyczny", "statystycznego", "miejski", "miejskiego", "miejskim",
    "miejskiemu", "miejska", "miejskiej", "miejską", "gminny", "gminnego", "gminna", "gminnej",
  ]
  /// Heads whose official names end with their seat ("… w Toruniu").
  static let headsWithSeat: WordSet = ["uniwersytet", "politechnika", "akademia", "uczelnia", "szkoła", "punkt"]

  /// A four-digit year at token `i`.
  /// A year ("2021"), or a span of years written as one token with a hyphen or slash ("2021-2027", "2018/2019"),
  /// as plain-keyboard text writes what typeset text writes "2021–2027".
  static func isYearToken(_ t: Token) -> Bool {
    guard t.kind == .number else { return false }
    func year(_ s: Substring) -> Bool { s.count == 4 && (s.hasPrefix("19") || s.hasPrefix("20")) }
    if t.text.count == 4 { return year(t.text[...]) }
    let parts = t.text.split(whereSeparator: { $0 == "-" || $0 == "/" })
    return t.text.count == 9 && parts.count == 2 && parts.allSatisfy(year)
  }
  func isYear(_ i: Int) -> Bool { i >= 0 && i < tokens.count && Self.isYearToken(tokens[i]) }

  /// Whether a list of fields follows a comma in a unit's name and reaches its genitive parent: "Mechatroniki i Automatyki Politechniki …".
  func fieldListReachesParent(_ j: Int, _ s: Sentence) -> Bool {
    var k = j
    while k < s.tokens.upperBound, k - j < 4, shapes[k].kind == .word, shapes[k].casing == .capitalized, lowerHeads[k] == nil, claim[k] < 0 { k += 1 }
    guard k > j, k + 1 < s.tokens.upperBound, vocabulary.lowerIs(k, "i") else { return false }
    k += 1
    let f = k
    while k < s.tokens.upperBound, k - f < 3, shapes[k].kind == .word, shapes[k].casing == .capitalized, lowerHeads[k] == nil, claim[k] < 0 { k += 1 }
    return k > f && genitiveParentFollows(k - 1, s)
  }

  /// Whether a comma at `j - 1` continues the name started at `a` with a list of fields: capitalised words without a
  /// head, place or given name ("Pracy", "Industry"), more after commas, then "i"/"and" and one to three such words,
  /// ending the clause, before a parent acronym or a parent in the genitive. The name must have an institution's
  /// head word; in English its complement must start with "of" ("Chamber of Commerce, Industry and Agriculture"), in
  /// Polish the first listed word must look genitive ("Ministerstwo Rolnictwa, Leśnictwa i Rybołówstwa …").
  /// - Complexity: O(1): at most a dozen tokens are read.
  func fieldListInName(_ a: Int, _ j: Int, _ s: Sentence) -> Bool {
    let end = s.tokens.upperBound
    let english = language == "en"
    guard let h = (a..<j).first(where: { heads[$0] != nil || englishHeads[$0] != nil }).flatMap({ heads[$0] ?? englishHeads[$0] }), h.kind == .organization else { return false }
    if english { guard (a..<j).contains(where: { vocabulary.lowerIs($0, "of") }) else { return false } }
    func field(_ k: Int) -> Bool {
      k < end && claim[k] < 0 && shapes[k].kind == .word && shapes[k].casing == .capitalized && lowerHeads[k] == nil && englishHeads[k] == nil
        && names.knownPlace(tokens[k].text) == nil && firstName(at: k) == nil && roleWords[k] == nil
    }
    // Polish fields are nouns in the genitive: "Pracy", "Geodezji", "Leśnictwa" (a neuter's "-a").
    guard field(j), english || Inflection.looksGenitive(tokens[j].text) || tokens[j].lower.hasSuffix("a") else { return false }
    var k = j
    var items = 0
    while k < end, k - j < 10 {
      let f = k
      while field(k), k - f < 3 { k += 1 }
      guard k > f else { return false }
      items += 1
      guard k < end else { return false }
      if marks.isMark(k, ",") { k += 1; continue }
      if vocabulary.lowerIn(k, ["i", "and"]) { break }
      return false
    }
    guard k < end, vocabulary.lowerIn(k, ["i", "and"]) else { return false }
    k += 1
    let f = k
    while field(k), k - f < 3 { k += 1 }
    guard k > f, items <= 4 else { return false }
    if k >= end || shapes[k].kind == .punct || shapes[k].casing == .lower { return true }
    // "… i Rybołówstwa Kraju Związkowego Saksonia": the territory the body serves, a place among its words.
    var tail = k
    while tail < end, tail - k < 3, claim[tail] < 0, shapes[tail].kind == .word, shapes[tail].casing == .capitalized, lowerHeads[tail] == nil,
          englishHeads[tail] == nil, firstName(at: tail) == nil { tail += 1 }
    if tail > k, tail >= end || shapes[tail].kind == .punct || shapes[tail].casing == .lower { return true }
    if shapes[k].casing == .upper || definedAcronyms.contains(tokens[k].text) { return true }
    return !english && genitiveParentFollows(k, s)
  }

  /// Whether the capitalised words from `j` reach an inflected (genitive) parent head: "Środowiska Politechniki …".
  func genitiveParentFollows(_ j: Int, _ s: Sentence) -> Bool {
    var k = j
    while k < s.tokens.upperBound, k - j < 5, shapes[k].kind == .word, shapes[k].isNameLike {
      if let h = lowerHeads[k] {
        return k > j && HeadWords.parentHeads.contains(h.lemma) && tokens[k].lower != h.lemma && !h.isUnit
      }
      k += 1
    }
    return false
  }

  /// Whether the capitalised words from `j` are an organization's name (or its name in apposition) read before,
  /// in any case: "Aglomeracji Opolskiej" after "Stowarzyszenie „Aglomeracja Opolska”".
  func runRepeatsKnownName(_ j: Int, _ s: Sentence) -> Bool {
    var words: [String] = []
    var k = j
    while k < s.tokens.upperBound, k - j < 5, shapes[k].kind == .word, shapes[k].isNameLike { words.append(tokens[k].lower); k += 1 }
    guard words.count >= 2 else { return false }
    while memo.nameWordsRead < mentions.count {
      let m = mentions[memo.nameWordsRead]
      memo.nameWordsRead += 1
      guard m.kind == .organization else { continue }
      for n in [m.name] + [m.innerName].compactMap({ $0 }) {
        let w = Self.nameWords(n)
        if w.count >= 2 { memo.nameWords[Memo.stemBucket(w[0]), default: []].append(w) }
      }
    }
    for w in memo.nameWords[Memo.stemBucket(words[0])] ?? [] {
      if w.count == words.count, zip(w, words).allSatisfy({ Self.sameStem($0, $1) }) { return true }
    }
    return false
  }

  /// The lower-cased words of a name between spaces and quotation marks (`n.lowercased().split(whereSeparator:
  /// { $0 == " " || "„”\"“".contains($0) })`), cut on UTF-8 bytes when the text is ``Swift/String/isSimpleText``:
  /// there the typographic quotes cannot occur and a space or a straight quote is one byte.
  ///
  ///     nameWords("Fundacja „Dolina Mleka”")   // ["fundacja", "dolina", "mleka"]
  /// - Complexity: O(n) in the name's bytes.
  static func nameWords(_ n: String) -> [String] {
    n.fastLowercased.words(separatorBytes: [0x20, 0x22]) { $0 == " " || "„”\"“".contains($0) }
  }

  /// Whether the capitalised words from `j` end in a legal form: "Narew Dairy Tech sp. z o.o.", "TatraSense s.r.o.".
  func runEndsInLegalForm(_ j: Int, _ s: Sentence) -> Bool {
    var k = j
    while k < s.tokens.upperBound, k - j < 6, shapes[k].kind == .word, shapes[k].isNameLike, legalForm(k, s) == nil { k += 1 }
    return k > j && legalForm(k, s) != nil
  }

  /// Whether "Systems and Metal Engineering of …" follows at `j`: capitalised words (no head, no place), commas and
  /// one "and", then "of".
  func commaListReachesOf(_ j: Int, _ s: Sentence) -> Bool {
    var k = j
    var sawAnd = false
    var words = 0
    while k < s.tokens.upperBound, k - j < 8 {
      let t = tokens[k]
      if t.kind == .word, t.isNameLike, heads[k] == nil, Places.table[t.text] == nil { words += 1; k += 1; continue }
      if marks.isMark(k, ",") || t.lower == "and" { if t.lower == "and" { sawAnd = true }; k += 1; continue }
      break
    }
    return sawAnd && words >= 2 && k < s.tokens.upperBound && vocabulary.lowerIs(k, "of") && shapes[k - 1].kind == .word
  }

  /// Whether the capitalised words from `j` (no head, no place among them) are followed by "of": "Ports of the …".
  func coordinatedComplementReachesOf(_ j: Int, _ s: Sentence) -> Bool {
    var k = j
    while k < s.tokens.upperBound, k - j < 4, shapes[k].kind == .word, shapes[k].isNameLike {
      if heads[k] != nil || Places.table[tokens[k].text] != nil { return false }
      k += 1
    }
    return k > j && k < s.tokens.upperBound && vocabulary.lowerIs(k, "of")
  }

  /// Whether the capitalised run starting at `j` contains a head word.
  /// Whether the capitalised run at `j` itself contains a head (then it is another institution, not a seat).
  func runContinuesIntoHead(_ j: Int, _ s: Sentence) -> Bool {
    var k = j
    while k < s.tokens.upperBound, shapes[k].kind == .word, shapes[k].isNameLike {
      if heads[k] != nil { return true }
      k += 1
    }
    return false
  }

  /// English: anywhere in the run (through "of", "for", "and"); Polish: at its start or after adjectives only
  /// ("Lubuski Klaster …" starts a name; "Wychowania Urzędu …" continues one).
  func nextRunHasHead(_ j: Int, _ s: Sentence) -> Bool {
    var k = j
    let english = vocabulary.lowerIs(j - 1, "and") || vocabulary.lowerIs(j - 1, "&")
    while k < s.tokens.upperBound, shapes[k].kind == .word,
          shapes[k].isNameLike || (english && vocabulary.lowerIn(k, ["of", "for", "the", "and"])) {
      if shapes[k].isNameLike, heads[k] != nil { return true }
      if !english, !(Inflection.looksAdjectival(tokens[k].text) && shapes[k].casing == .capitalized), !isSoftAdjectiveForm(tokens[k]) { return false }
      k += 1
    }
    return false
  }

  /// A legal form starting at token `j` ("S.A.", "sp. z o.o.", "Ltd"), with the index after it.
  func legalForm(_ j: Int, _ s: Sentence) -> (String, Int)? {
    let end = s.tokens.upperBound
    guard j < end, mayStartLegalForm(j, end) else { return nil }
    func tx(_ k: Int) -> String { k < end ? tokens[k].text : "" }
    if tx(j) == "S", tx(j + 1) == ".", tx(j + 2) == "A" { return ("S.A.", tx(j + 3) == "." ? j + 4 : j + 3) }
    if vocabulary.lowerIs(j, "sp"), tx(j + 1) == ".", tx(j + 2) == "z", tx(j + 3) == "o", tx(j + 4) == ".", tx(j + 5) == "o" {
      // As written: "sp. z o.o." or "Sp. z o.o." (the canonical name keeps the text's form).
      return (tx(j) + ". z o.o.", tx(j + 6) == "." ? j + 7 : j + 6)
    }
    // Danish and Norwegian companies: "Nordfjord A/S".
    if shapes[j].spaceBefore, tx(j) == "A", tx(j + 1) == "/", tx(j + 2) == "S", !shapes[j + 1].spaceBefore { return ("A/S", j + 3) }
    // Czech and Slovak companies: "TatraSense s.r.o.".
    if tx(j) == "s", tx(j + 1) == ".", tx(j + 2) == "r", tx(j + 3) == ".", tx(j + 4) == "o" { return ("s.r.o.", tx(j + 5) == "." ? j + 6 : j + 5) }
    if vocabulary.lowerIs(j, "sp"), tx(j + 1) == ".", ["j", "k"].contains(tx(j + 2)) { return ("\(tx(j)).\(tx(j + 2)).", tx(j + 3) == "." ? j + 4 : j + 3) }
    // "Daesan Materials Co.": "Co" is a legal form only with its full stop.
    if shapes[j].spaceBefore, tx(j) == "Co", tx(j + 1) == ".", j > 0, shapes[j - 1].casing == .capitalized { return ("Co.", j + 2) }
    if shapes[j].spaceBefore, Self.legalFormWords.contains(tx(j)) {
      // "Nonprofit Ltd.", "Acme Inc.": an abbreviated form keeps its full stop.
      if tx(j + 1) == ".", Self.abbreviatedLegalForms.contains(tx(j)) { return (tx(j) + ".", j + 2) }
      // "ReWeave AB." at a sentence's end: the full stop after a form that is no abbreviation ends the sentence.
      let stopEndsSentence = tx(j + 1) == "." && tx(j) != "S.L" && (j + 2 >= end || shapes[j + 2].casing == .capitalized && shapes[j + 2].spaceBefore)
      return (tx(j), tx(j + 1) == "." && !stopEndsSentence ? j + 2 : j + 1)
    }
    if shapes[j].spaceBefore, let dotted = dottedLegalForm(j, s) { return dotted }
    return nil
  }

  /// Legal forms written as letters with full stops ("d.o.o.", "a.s.", "e.V.", "S.p.A.", "B.V."; the Polish simple
  /// joint-stock company "P.S.A."), lower-cased.
  static let dottedLegalForms: Set<String> = [
    "d.o.o.", "d.d.", "a.s.", "e.v.", "s.p.a.", "s.r.l.", "b.v.", "n.v.", "k.s.", "v.o.s.", "o.p.s.", "z.s.", "s.a.s.",
    "s.l.", "a.d.", "j.s.c.", "s.c.", "p.s.a.", "s.k.a.",
  ]

  /// A legal form of single letters and full stops at `j`: "Drava Logistika d.o.o.", "Elbtal Netzwerk e.V.",
  /// "Morava Stroje a.s.", with the index after it (the last full stop included).
  /// - Complexity: O(1): at most eight tokens are read.
  func dottedLegalForm(_ j: Int, _ s: Sentence) -> (String, Int)? {
    let end = s.tokens.upperBound
    guard shapes[j].kind == .word, tokens[j].text.characterCount <= 2, j + 1 < end, marks.isMark(j + 1, "."), !shapes[j + 1].spaceBefore else { return nil }
    var k = j
    var form = ""
    while k + 1 < end, k - j < 8, shapes[k].kind == .word, tokens[k].text.characterCount <= 2, marks.isMark(k + 1, "."), !shapes[k + 1].spaceBefore,
          k == j || !shapes[k].spaceBefore {
      form += tokens[k].text + "."
      k += 2
    }
    let lower = form.fastLowercased
    guard form.characterCount >= 4, Self.dottedLegalForms.contains(lower) else { return nil }
    return (form, k)
  }

  /// One-word legal forms that are abbreviations and keep a full stop written after them.
  static let abbreviatedLegalForms: WordSet = ["Ltd", "Inc", "Corp", "Co", "Kft", "Zrt", "Bhd"]

  /// Legal forms written as one word ("Ltd", "GmbH", "SpA").
  static let legalFormWords: WordSet = [
    "Ltd", "GmbH", "Inc", "LLC", "Oy", "Oyj", "AB", "AG", "SE", "plc", "PLC", "BV", "NV", "SA", "SpA", "Srl", "S.L",
    "UAB", "SIA", "OÜ", "AS", "ASA", "ApS", "Kft", "Zrt", "Nyrt", "KG", "Corp", "Ltda", "SARL", "SAS", "Sarl",
  ]

  func legalEnd(_ j: Int, _ s: Sentence) -> Int { legalForm(j, s)?.1 ?? j }

  /// Whether a legal form can start at token `j` (of a sentence ending before `end`): every form ``legalForm(_:_:)``
  /// reads starts with a word that is one of ``legalFormWords`` or is followed by "." or "/" ("S.A.", "sp. z o.o.",
  /// "A/S", "s.r.o.", "d.o.o."). Most tokens fail this at once and are spared the full reading (a new form that starts
  /// otherwise must be let through here).
  ///
  ///     mayStartLegalForm(j, end)   // "sp" before "." → true; "Rozwoju" → false
  /// - Complexity: O(1) for a token before "." or "/" or whose lower-cased word is no legal form; otherwise one
  ///   ``WordSet`` look-up, O(n) in the word's bytes.
  @inline(__always)
  func mayStartLegalForm(_ j: Int, _ end: Int) -> Bool {
    guard shapes[j].kind == .word else { return false }
    if j + 1 < end, marks.isMark(j + 1, ".") || marks.isMark(j + 1, "/") { return true }
    // (The lower-cased word first, from the document's index: a word that is no legal form in any case is not
    // looked up by its text.)
    return vocabulary.has(Self.lowerCasedLegalFormWords, j) && Self.legalFormWords.contains(tokens[j].text)
  }

  /// ``legalFormWords`` lower-cased: a token whose lower-cased text is none of these is none of those.
  static let lowerCasedLegalFormWords = WordSet(legalFormWords.map { $0.lowercased() })
}

extension Recognizer {
  /// Where the legal form stands when a company's name without an institution's head runs on through its seat, or
  /// through "i" and its seat, up to the legal form: "Miejskie Wodociągi i Kanalizacja w X sp. z o.o.",
  /// "Przedsiębiorstwo Komunikacji Miejskiej w Y sp. z o.o." (a place never carries a legal form, so the seat is the
  /// company's). `j` is the "w" / "we" / "i" after the run `a..<j`; nil when the words do not read so.
  func companyRunsToLegalForm(_ a: Int, _ j: Int, _ s: Sentence) -> Int? {
    guard language != "en", !(a..<j).contains(where: { heads[$0] != nil && !vocabulary.has(Self.companyNouns, $0) }) else { return nil }
    let end = s.tokens.upperBound
    var k = j
    if vocabulary.lowerIs(k, "i") {
      k += 1
      while k < end, k - j <= 4, shapes[k].kind == .word, shapes[k].casing == .capitalized, heads[k] == nil, firstName(at: k) == nil { k += 1 }
      guard k > j + 1 else { return nil }
    }
    guard k + 1 < end, vocabulary.lowerIn(k, ["w", "we"]), shapes[k + 1].kind == .word, shapes[k + 1].casing == .capitalized else { return nil }
    if legalForm(k + 2, s) != nil { return k + 2 }
    if k + 2 < end, shapes[k + 2].kind == .word, shapes[k + 2].casing == .capitalized, legalForm(k + 3, s) != nil { return k + 3 }
    return nil
  }
}

extension Recognizer {
  /// Where an English title after a marker ends when it runs, through small joining words, up to its acronym in
  /// parentheses: "the project Green Roofs and Water Gardens in Lower Town (GRWG)" names "Green Roofs and Water Gardens
  /// in Lower Town". Nil when the words do not reach "(ACRONYM)" or when no joining word is crossed (the chunk is then read as
  /// usual).
  func titleBeforeAcronym(_ j: Int, _ s: Sentence) -> Int? {
    guard language == "en" else { return nil }
    let end = s.tokens.upperBound
    var q = j
    var crossed = false
    while q < end, q - j <= 12 {
      if shapes[q].kind == .word, shapes[q].isNameLike { q += 1; continue }
      if vocabulary.has(Self.englishTitleJoiners, q), q + 1 < end, shapes[q + 1].isNameLike { crossed = true; q += 1; continue }
      break
    }
    guard crossed, q + 2 < end, marks.isMark(q, "("), shapes[q + 1].casing == .upper || shapes[q + 1].casing == .camel,
          marks.isMark(q + 2, ")") || (q + 4 < end && marks.isDash(q + 2) && marks.isMark(q + 4, ")")) else { return nil }
    return q
  }
}
