import StakeholderModel

/// Shapes of names around persons and heads: seats before English names, persons after titles and before "of",
/// surnames, particles, head words and the canonical form of headed names.
extension Recognizer {
  /// The place of an English seat adjective at `i` ("Szczecin-based", "Bielsko-Biała-based"), when the general
  /// lists or the lexicon know the part before "-based" as a place; nil otherwise ("Cloud-based").
  func seatBefore(_ i: Int) -> String? {
    let t = tokens[i]
    guard t.kind == .word, t.casing != .lower, t.lower.hasSuffix("-based") else { return nil }
    let place = String(t.text.dropLast("-based".count))
    guard !place.isEmpty else { return nil }
    if let known = names.knownPlace(place) { return known.name }
    if names.isLexiconPlace([place]) { return place }
    return unknownSeatBefore(i, place) ? place : nil
  }

  /// In an English chunk from `i` to `b`: the index of "of" when two or three name-like words (capitalised, no
  /// head, function, title, month, given name the lists know, place or function word) come before it and an
  /// institution's name after it ("Rūta Vaitkutė of the Klaipėda Maritime Training Centre"); nil otherwise.
  /// `company`: the chunk ends in a legal form ("Réka Szabó of Balaton Wellness Nonprofit Ltd."), which names an
  /// institution without a head word.
  func personBeforeOf(_ i: Int, _ b: Int, company: Bool = false) -> Int? {
    guard i + 2 < b, let of = ((i + 2)...min(i + 3, b - 1)).first(where: { shapes[$0].casing == .lower && vocabulary.lowerIs($0, "of") }) else { return nil }
    for q in i..<of {
      guard isSurnameLike(q), !vocabulary.has(Markers.functionWords, q), firstName(at: q) == nil,
            names.knownPlace(tokens[q].text) == nil else { return nil }
    }
    // English words of a name ("Energy Village of Ghent University", "Management Board of the …") carry no
    // diacritics; a foreign personal name usually has a letter Polish and English lack ("ū", "ř", "é").
    guard (i..<of).contains(where: { tokens[$0].text.unicodeScalars.contains(where: Self.isForeignLetter) }) else { return nil }
    var start = of + 1
    if start < b, vocabulary.lowerIs(start, "the") { start += 1 }
    guard start < b, company || firstHead(start..<b).map({ $0.1.kind == .organization }) == true else { return nil }
    return of
  }

  /// A Latin letter with a diacritic that neither English nor Polish writes ("ū", "ė", "ř", "é", "ö"; not "ó", "ł").
  static func isForeignLetter(_ u: Unicode.Scalar) -> Bool {
    u.value >= 0xC0 && u.value <= 0x24F && u.properties.isAlphabetic && !"ąćęłńóśźżĄĆĘŁŃÓŚŹŻ×÷".unicodeScalars.contains(u)
  }

  /// Name particles inside foreign personal names ("Erik van Dam", "Ruiz de la Fuente").
  /// Particles inside personal names, in either case ("van der", "Van den", "de", "Ní", "Mac", "dos").
  static let nameParticles: WordSet = [
    "van", "von", "de", "der", "den", "la", "da", "di", "du", "del", "della", "ter", "le", "dos", "das", "des", "ní",
    "nic", "mac", "ó",
  ]

  /// Whether token `e` is the second surname of a person whose given name (token `given`) only the
  /// international list knows: Spanish and Portuguese names carry two ("Lucía Martínez Soler"). The word must look
  /// like a surname, be no given name or known place, and end the name (no capitalised word follows).
  func secondSurname(_ e: Int, given: Int, _ b: Int) -> Bool {
    guard isSurnameLike(e), firstName(at: e) == nil, names.knownPlace(tokens[e].text) == nil,
          !vocabulary.has(Markers.functionWords, e), e + 1 >= b || shapes[e + 1].casing != .capitalized else { return false }
    let form = tokens[given].text
    return firstName(form) == nil && givenName(form) != nil
  }

  /// End of a personal name of one to four words starting at `i` (after a title), or nil when the words
  /// there do not look like a person (a head word, a function, a place, a lower-case word).
  func personAfterTitle(_ i: Int, _ b: Int) -> Int? {
    var e = i
    var words = 0
    while e < b, e - i < 5 {
      let t = tokens[e]
      if t.kind == .word, t.casing == .capitalized, isSurnameLike(e), Places.table[t.text] == nil || words > 0 {
        words += 1
        e += 1
        continue
      }
      if words > 0, t.kind == .word, t.casing == .lower, vocabulary.has(Self.nameParticles, e), e + 1 < b, shapes[e + 1].casing == .capitalized {
        e += 1
        continue
      }
      break
    }
    guard words >= 1, words <= 4, shapes[e - 1].casing == .capitalized else { return nil }
    return e
  }

  /// An earlier person mention whose surname is `form` (or an inflected form of it).
  /// - Complexity: O(k) for the k persons whose surname shares the form's first four letters.
  func personWithSurname(_ form: String) -> Int? {
    // No person with a surname yet: nothing to find, and the form is not lower-cased.
    guard !memo.surnames.isEmpty else { return nil }
    let l = form.fastLowercased
    // With a fleeting "e" the surname's first four letters differ: "Sobek" → "Sobkowi" (look under "sobe" too).
    let keys = [Substring(l).prefix(4), Substring(l.prefix(3) + "e")]
    // (A surname of three letters or fewer is kept under itself: "Kuś".)
    for key in keys where key.count == 4 || key.count == l.count {
      for idx in memo.surnames[key] ?? [] {
        if let s = mentions[idx].surname?.fastLowercased, s == l || Self.sameStem(s, l) { return idx }
      }
    }
    return nil
  }

  /// Nouns that introduce a street or square by its name.
  static let streetNouns: WordSet = ["ulica", "ulicy", "ulicą", "ulicę", "aleja", "alei", "aleją", "aleję", "plac", "placu", "placem", "rondo", "ronda", "rondzie", "osiedle", "osiedlu"]

  /// Capitalised English role words ending in "of" ("Management Board Member of", "Director of the"): the end
  /// of the phrase, or nil.
  func englishRolePhrase(_ i: Int, _ b: Int) -> Int? {
    var e = i
    var sawRole = false
    while e < b, e - i < 5, shapes[e].kind == .word {
      let l = tokens[e].lower
      if RoleWords.role(l) != nil, HeadWords.head(l) == nil { sawRole = true; e += 1; continue }
      if Self.englishRoleModifiers.contains(l) { e += 1; continue }
      break
    }
    guard sawRole, e < b, vocabulary.lowerIs(e, "of") else { return nil }
    e += 1
    if e < b, vocabulary.lowerIs(e, "the") { e += 1 }
    var f = e
    while f < b, shapes[f].casing == .capitalized, lowerHeads[f] == nil { f += 1 }
    if f > e, f < tokens.count, vocabulary.lowerIs(f, "at") { return f }
    return e < b ? e : nil
  }

  /// Capitalised words that modify an English function ("Management Board Member", "Deputy Director").
  static let englishRoleModifiers: WordSet = [
    "management", "board", "supervisory", "executive", "deputy", "vice", "chief", "senior", "general", "managing",
    "project", "programme", "regional", "policy", "communication", "communications", "technical", "financial",
    "scientific", "lead", "acting", "assistant", "associate", "principal",
  ]

  func isSurnameLike(_ i: Int) -> Bool {
    let t = tokens[i]
    return t.kind == .word && t.casing == .capitalized && heads[i] == nil && roleWords[i] == nil
      && !vocabulary.has(RoleWords.titles, i) && Markers.months[t.lower] == nil
  }

  /// The head word right before the capitalised adjectives that end at `i - 1` ("Uniwersytet Lubelski" before
  /// `i`), within the segment starting at `start`; nil when a non-adjective comes first.
  func headBeforeAdjectives(_ i: Int, _ start: Int) -> HeadWord? {
    var q = i - 1
    while q >= start, q >= i - 2, heads[q] == nil, shapes[q].casing == .capitalized, Inflection.looksAdjectival(tokens[q].text) { q -= 1 }
    return q >= start && q < i - 1 ? heads[q] : nil
  }

  /// Heads whose generic names take the seat after "w" into the name ("Regionalna Izba Handlowa w Koninie",
  /// "Zespół Szkół Zawodowych w Wieluniu", "Izba Rzemieślnicza w Getyndze", "Koło Gospodyń Wiejskich w Zalesiu").
  static let headsWithGenericSeat: WordSet = [
    "izba", "zespół", "szkoła", "cech", "liceum", "technikum", "sąd", "szpital", "kuratorium", "muzeum", "biblioteka", "teatr", "filharmonia",
    "koło", "zakład", "straż",
  ]

  /// Whether the name starting at `a` opens with an adjective of a place ("Opolska Izba", "Łódzkiej Izby"): then
  /// the name already says where it is.
  /// An owner's adjective ("Wojewódzki Szpital …", "Miejska Izba …") says who runs the body, not where it is.
  func opensWithPlaceAdjective(_ a: Int) -> Bool {
    let l = tokens[a].lower
    if opensWithOwnerAdjective(a) { return false }
    return ["ska", "cka", "zka", "ski", "cki", "zki", "skiej", "ckiej", "zkiej", "skiego", "ckiego", "zkiego", "ską", "cką", "zką", "skie", "ckie", "zkie"]
      .contains { l.hasSuffix($0) }
  }

  /// Whether the name starting at `a` opens with the adjective of its owner, a commune, town, county or voivodeship
  /// ("Wojewódzki Fundusz …", "Miejska Pracownia …", "Powiatowy Urząd Pracy").
  func opensWithOwnerAdjective(_ a: Int) -> Bool {
    let l = tokens[a].lower
    return PublicBodyTypes.ownerAdjectives.contains { l.hasPrefix($0) }
  }

  /// Whether the capitalised run from `j` has two words or more, ends in a place the general lists or the text know, and is
  /// followed by punctuation or a lower-case word ("Business Oulu," / "Business Oulu, the city's …").
  func runEndsInKnownPlace(_ j: Int, _ s: Sentence) -> Bool {
    var k = j
    while k < s.tokens.upperBound, k - j < 4, shapes[k].kind == .word, shapes[k].isNameLike { k += 1 }
    let w = tokens[k - 1].text
    guard k - j >= 2, names.knownPlace(w) != nil || placesInNames[w.fastLowercased] != nil || mentions.contains(where: { $0.kind == .place && $0.name == w })
    else { return false }
    return k >= s.tokens.upperBound || shapes[k].kind == .punct || shapes[k].casing == .lower
  }

  /// Whether token `i` is a name particle written with a capital ("Van", "De") before a lower-case particle or a
  /// surname inside the chunk ending at `b`: "Joris Van der Velde", "Karel De Gucht".
  func capitalisedParticle(_ i: Int, _ b: Int) -> Bool {
    i + 1 < b && shapes[i].casing == .capitalized && vocabulary.has(Self.nameParticles, i)
      && (vocabulary.has(Self.nameParticles, i + 1) && shapes[i + 1].casing == .lower || isSurnameLike(i + 1))
  }

  /// "Ewa Starosta, head of …", "Jan Wójcik": a capitalised function word right after a given name, ending the
  /// chunk, is a surname (Polish surnames are often old function nouns: Wójt, Kanclerz, Starosta, Burmistrz).
  func functionSurname(_ i: Int, _ b: Int) -> Bool {
    let t = tokens[i]
    return i + 1 == b && t.kind == .word && t.casing == .capitalized && roleWords[i] != nil && heads[i] == nil
      && !vocabulary.has(RoleWords.titles, i) && Markers.months[t.lower] == nil
  }

  /// "Ji-ho Kang, Vice President of X", "Sarah Hall, director of Y": in English, two words whose last is a head word
  /// name a person when the first is a given name (known, or of the hyphenated Korean shape "Ji-ho") and a
  /// function follows after a comma.
  func personWithHeadSurname(_ r: Range<Int>) -> Bool {
    guard language == "en", r.count == 2, r.upperBound + 1 < tokens.count, marks.isMark(r.upperBound, ","),
          roleWords[r.upperBound + 1] != nil || (vocabulary.lowerIn(r.upperBound + 1, ["vice", "deputy"]) && r.upperBound + 2 < tokens.count && roleWords[r.upperBound + 2] != nil),
          heads[r.lowerBound] == nil, englishHeads[r.lowerBound] == nil, englishHeads[r.upperBound - 1] != nil || heads[r.upperBound - 1] != nil else { return false }
    return givenName(at: r.lowerBound) != nil || Self.hyphenatedGivenNameShape(tokens[r.lowerBound].text)
  }

  /// "Ji-ho", "Seo-yeon": a capitalised syllable, a hyphen and a lower-case syllable (Korean given names).
  static func hyphenatedGivenNameShape(_ w: String) -> Bool {
    let parts = w.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, let a = parts[0].first, let b = parts[1].first else { return false }
    return a.isUppercase && b.isLowercase && parts[0].count <= 4 && parts[1].count <= 4 && parts[1].allSatisfy(\.isLowercase)
  }

  /// Adds the person named at `r` (English names as written, Polish ones in the nominative); returns its index.
  @discardableResult
  mutating func addPerson(_ r: Range<Int>, _ k: Int) -> Int {
    let words = r.map { tokens[$0].text }
    // English texts write names in the nominative.
    let name = language == "en" ? words.joined(separator: " ") : names.personName(given: Array(words.dropLast()), surname: words.last!)
    var m = FoundMention(kind: .person, range: r, name: name, surface: text(r), sentence: k)
    m.feminine = givenName(words[0])?.feminine
    m.surname = name.spaceSeparatedWords.last.map(String.init)
    return add(m)
  }

  /// The first Polish head (or last English head) in a range.
  func firstHead(_ r: Range<Int>) -> (Int, HeadWord)? {
    var pl: (Int, HeadWord)?
    var en: (Int, HeadWord)?
    // A foreign head is written in lower case inside its name ("Krajský úřad …", "Obecní úřad …").
    for i in r where shapes[i].kind == .word && (shapes[i].casing != .lower || vocabulary.has(HeadWordsForeign.lemmas, i)) {
      if let h = englishHeads[i] { en = (i, h) }
      if pl == nil, let h = heads[i], !h.english { pl = (i, h) }
    }
    // "Department of Innovation Strategy", "Office of Innovation Programmes": an English unit head before "of"
    // heads the name whatever its complement's last word is.
    if language == "en", r.count >= 3, let h = englishHeads[r.lowerBound], h.kind == .organization, h.isUnit, vocabulary.lowerIs(r.lowerBound + 1, "of") {
      return (r.lowerBound, h)
    }
    // In English texts a Polish head counts only where a Polish name starts with it ("Agencja Rozwoju …").
    if language == "en" { return en ?? (pl.map { $0.0 == r.lowerBound } == true ? pl : nil) }
    return pl ?? en
  }

  /// Heads in "-um" whose genitive is their nominative ("Centrum", "Forum").
  static let indeclinableHeads: WordSet = [
    "centrum", "forum", "seminarium", "sympozjum", "muzeum", "liceum", "gimnazjum", "technikum", "obserwatorium", "laboratorium", "konsorcjum",
  ]

  /// Nominative of a headed Polish name: the head and the adjectives agreeing with it change, the genitive
  /// complement stays ("Urzędu Marszałkowskiego Województwa Podlaskiego" → "Urząd Marszałkowski Województwa Podlaskiego").
  func headedName(_ r: Range<Int>, head h: Int, _ hw: HeadWord) -> String {
    if hw.english || language == "en" { return text(r) }
    let headTok = tokens[h]
    // Nominative already: nothing to change (indeclinable heads like "Centrum" still need their adjectives).
    let indeclinable = Self.indeclinableHeads.contains(hw.lemma)
    // "Świętokrzyskich Dni …": a plural head whose genitive is its nominative shows its case by the adjective before.
    let obliqueAdjective = hw.gender == .plural && (r.lowerBound..<h).contains { tokens[$0].lower.hasSuffix("ych") || tokens[$0].lower.hasSuffix("ich") }
    if !indeclinable, !obliqueAdjective, headTok.lower == hw.lemma || headTok.lower.hasSuffix("-" + hw.lemma) { return text(r) }
    // "na Forum Gospodarczym X": an adjective after the indeclinable head shows the case.
    if indeclinable, h == r.lowerBound, !(h + 1 < r.upperBound && tokens[h + 1].lower.hasSuffix(among: ["ego", "emu", "ym"])) { return text(r) }
    var words: [(String, Bool)] = []  // (word, space before)
    var frozen = false
    for i in r {
      let t = tokens[i]
      var w = t.text
      if i == h {
        w = recase(hw.lemma, like: t.text)
      } else if !frozen, t.kind == .word, t.casing != .lower || i < h {
        // "Klastra Wodorowego Dolnego Śląska": a known place after the head keeps its case.
        if i > h, i + 1 < r.upperBound, Places.table[t.text + " " + tokens[i + 1].text] != nil {
          frozen = true
        } else if i < h {
          if !Markers.romanNumerals.contains(t.text), let a = Inflection.adjective(t.text, hw.gender) { w = a }
        } else if Inflection.looksAdjectival(t.text), let a = Inflection.adjective(t.text, hw.gender), t.lower.hasSuffix(among: ["ego", "emu", "ym", "im", "ej", "ą"]) {
          w = a
        } else if hw.gender == .plural, i == h + 1, t.lower.hasSuffix("ych") || t.lower.hasSuffix("ich"),
                  hw.kind == .organization || i + 1 == r.upperBound || shapes[i + 1].casing == .lower,
                  let a = Inflection.adjective(t.text, .plural) {
          // "Zakładów Chemicznych X S.A.": a plural institution's adjective right after it agrees with it; so does an
          // event's that ends the name ("Targów Edukacyjnych", not "Dni Otwartych Drzwi").
          w = a
        } else {
          frozen = true
        }
      } else if i > h {
        frozen = true
      }
      words.append((w, i > r.lowerBound && t.spaceBefore))
    }
    var out = ""
    for (n, (w, sp)) in words.enumerated() { if n > 0 && sp { out += " " }; out += w }
    return out
  }

  /// `lemma` written with the capitalisation of `surface` (keeping an "e-" prefix).
  func recase(_ lemma: String, like surface: String) -> String {
    var prefix = ""
    var body = surface
    // The first hyphen is the second character (read from the first two characters, not by searching).
    let rest = surface.dropFirst()
    if surface.first != "-", rest.first == "-" {
      prefix = String(surface[...rest.startIndex])
      body = String(rest.dropFirst())
    }
    let l: String
    if body.count > 1 && !Self.hasLowerCaseLetter(body) && body == body.uppercased() { l = lemma.uppercased() }
    else if body.first?.isUppercase == true { l = lemma.prefix(1).uppercased() + lemma.dropFirst() }
    else { l = lemma }
    return prefix + l
  }

  /// Whether `text` has a lower-case letter of ASCII, Latin-1 or Latin Extended-A (``Tokenizer/isLower(_:)`` on those
  /// ranges): such a text differs from its upper-cased form. False leaves the question open for other letters.
  static func hasLowerCaseLetter(_ text: String) -> Bool {
    text.unicodeScalars.contains { c in c.value < 0x180 && (c.value < 128 ? c.value >= 97 && c.value <= 122 : Tokenizer.latinExtendedCase(c.value) < 0) }
  }
}

extension Recognizer {
  /// Whether the given name at `i` and the adjective after it name a two-word town the lexicon lists: "z Kazimierza
  /// Biskupiego", "w Kazimierzu Pomorskim" are places, not people.
  func givenNameOpensPlace(_ i: Int) -> Bool {
    guard language != "en", i + 1 < tokens.count, Inflection.looksAdjectival(tokens[i + 1].text) else { return false }
    return names.isListedMultiwordPlace(placeName([tokens[i].text, tokens[i + 1].text]))
  }
}
