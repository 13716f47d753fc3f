import StakeholderModel

/// Entity shapes of the genre read by small rules the chunker, the classifier and the title reader call: dates
/// written before a name, names joined by "&", patrons with a place of origin, a defined acronym before "and",
/// quoted titles of visits and of events that say their kind in their last word, numbered council sessions,
/// programmes named with their period, and names written right after a project noun.
///
/// Each rule reads a few tokens around one chunk or quote (O(1)), except ``numberedCouncilSessions()`` (one pass
/// over the mentions, O(m)).
extension Recognizer {
  /// Whether token `i`, at the start of chunk `r`, is part of a date written before a name: a month followed by
  /// a year ("June 2025 Nicolaus Copernicus University …"), or the year after such a month.
  ///
  ///     // "On 3–4 June 2025 Nicolaus Copernicus University hosted …": "June" and "2025" are not the name.
  func datePrefixWord(_ i: Int, _ r: Range<Int>) -> Bool {
    guard r.count > 2 else { return false }
    if Markers.months[tokens[i].lower] != nil, tokens[i].casing == .capitalized { return isYear(i + 1) && tokens[i + 2].isNameLike }
    if isYear(i), i > 0, Markers.months[tokens[i - 1].lower] != nil { return tokens[i + 1].isNameLike }
    return false
  }

  /// Whether the "&" at `j` joins two parts of one English name: "Central Poland Textile & Fashion Forum",
  /// "Research & Innovation Centre" (name-like words on both sides, in an English text).
  func ampersandJoins(_ j: Int, _ end: Int) -> Bool {
    guard language == "en", tokens[j].text == "&", j > 0, j + 1 < end, claim[j + 1] < 0 else { return false }
    return tokens[j - 1].kind == .word && tokens[j - 1].isNameLike && tokens[j + 1].kind == .word && tokens[j + 1].casing == .capitalized
  }

  /// Whether "z"/"ze" at `j`, after a patron ("im. Jakuba"), gives the patron's place of origin and so belongs to
  /// the name: "Akademia im. Jana z Kolna", "Szkoła im. Wincentego z Kielczy".
  func patronOrigin(_ j: Int, sawPatron: Bool, _ end: Int) -> Bool {
    guard sawPatron, j + 1 < end, tokens[j + 1].kind == .word, tokens[j + 1].casing == .capitalized, claim[j + 1] < 0 else { return false }
    // The patron's given name comes right before: "im. Jakuba z …", not "im. Jakuba Nowaka z Kielc" (where the
    // place says where the institution stands).
    return j >= 2 && tokens[j - 2].text == "." && vocabulary.lowerIs(j - 3, "im")
  }

  /// Whether the chunk from `a` to the conjunction at `j` is one acronym defined in the text ("NCU and Toruń
  /// Technology Park"): an organization's short name is complete, what follows the conjunction is another name.
  func definedAcronymBeforeConjunction(_ a: Int, _ j: Int) -> Bool {
    j == a + 1 && tokens[a].casing == .upper && definedAcronyms.contains(tokens[a].text)
  }

  /// Whether the visit word at `b` marks a quoted title starting at `quote` as an event: "wizyta studyjna „…”",
  /// "misja gospodarcza „…”", "the study visit "…"" (the visit word at most one word before the quote, so "wizyta
  /// w firmie „…”" names a company, not a visit).
  func visitMarksTitle(_ b: Int, _ quote: Int) -> Bool {
    quote - b <= 2 && tokens[b].casing == .lower && vocabulary.has(Markers.visits, b)
  }

  /// Capitalised last words of English titles that say the title names an event: "… Business Mission 2025",
  /// "… Innovation Days", "… Matchmaking Forum".
  static let eventTitleEnds: WordSet = [
    "forum", "conference", "congress", "summit", "workshop", "workshops", "seminar", "webinar", "festival", "fair", "fairs",
    "expo", "days", "week", "mission", "visit", "hackathon", "meeting", "symposium", "gala", "debate",
  ]

  /// The kind a quoted title gives itself when no marker stands near it: an English title whose last word (before
  /// a year or an edition number) is an event noun is an event ("as part of the "Baltic Business Mission 2025"").
  /// Polish titles put their type first and are read by the head-word rules.
  func titleOwnKind(_ inner: Range<Int>) -> EntityKind? {
    guard language == "en", inner.count >= 2 else { return nil }
    var e = inner.upperBound - 1
    while e > inner.lowerBound, tokens[e].kind == .number || isYear(e) { e -= 1 }
    guard e > inner.lowerBound, tokens[e].kind == .word, tokens[e].casing == .capitalized, vocabulary.has(Self.eventTitleEnds, e) else { return nil }
    return .event
  }

  /// Forms of the Polish noun "sesja" (a council's session).
  static let sessionForms: WordSet = ["sesja", "sesji", "sesję", "sesją"]

  /// "odbyła się XIV sesja Rady Miasta Konina", "podczas XXI sesji Rady Powiatu …": a numbered session of a council
  /// is an event of its own, named in the nominative with the council's name as written (the council stays an
  /// organization).
  /// - Complexity: O(m) over the mentions found so far.
  mutating func numberedCouncilSessions() {
    guard language != "en" else { return }
    let count = mentions.count
    for idx in 0..<count where mentions[idx].kind == .organization && !mentions[idx].nested {
      let a = mentions[idx].range.lowerBound
      guard a >= 2, tokens[a].lower.hasPrefix("rad"), vocabulary.has(Self.sessionForms, a - 1), tokens[a - 1].casing == .lower,
            claim[a - 1] < 0, claim[a - 2] < 0, sentenceOf[a - 2] == mentions[idx].sentence,
            Markers.romanNumerals.contains(tokens[a - 2].text) else { continue }
      let r = (a - 2)..<mentions[idx].range.upperBound
      let name = tokens[a - 2].text + " sesja " + text(a..<r.upperBound)
      var m = FoundMention(kind: .event, range: r, name: name, surface: text(r), sentence: mentions[idx].sentence)
      m.nested = true
      let e = add(m, claimTokens: false)
      claim[a - 2] = e
      claim[a - 1] = e
    }
  }

  /// "co-financed from the European Funds for Silesia 2021-2027 (FESL) programme": a capitalised name without a
  /// head word that ends in a programming period (two years) names a programme.
  mutating func programmeWithPeriod(_ r: Range<Int>, _ k: Int, nested: Bool) -> Int? {
    guard r.count >= 3, isYear(r.upperBound - 1), tokens[r.upperBound - 1].text.count == 9 || isYear(r.upperBound - 3),
          tokens[r.lowerBound].kind == .word, tokens[r.lowerBound].casing == .capitalized,
          !r.contains(where: { heads[$0]?.kind == .organization || englishHeads[$0]?.kind == .organization }) else { return nil }
    let surface = text(r)
    var m = FoundMention(kind: .project, range: r, name: language == "en" ? surface : names.organizationName(surface), surface: surface, sentence: k)
    m.isProgramme = true
    m.nested = nested
    return add(m)
  }

  /// Lower-case adjectives that may stand between a project noun and the name: "projekcie badawczym HyAgri",
  /// "the research project GreenPort".
  static func projectModifier(_ t: Token) -> Bool {
    guard t.kind == .word, t.casing == .lower else { return false }
    let l = t.lower
    return ["ym", "ego", "ej", "ny", "na", "ne", "wy", "wa", "we", "ki", "ka", "kie"].contains(where: { l.hasSuffix($0) })
      || ["research", "pilot", "joint", "flagship", "new"].contains(l)
  }

  /// "o projekcie badawczym HyAgri", "projekt GreenPort": a short name with inner capitals (or in capitals) right
  /// after a project noun (and at most one adjective) is that project when nothing else explains it.
  mutating func projectAfterProjectNoun(_ r: Range<Int>, _ k: Int, nested: Bool) -> Int? {
    guard r.count <= 2, let first = r.first, tokens[first].kind == .word, tokens[first].casing == .camel || tokens[first].casing == .upper,
          tokens[first].text.count >= 4, !definedAcronyms.contains(tokens[first].text), abbreviatedOrganization(tokens[first]) == nil else { return nil }
    let s = sentences[k]
    var b = r.lowerBound - 1
    guard b >= s.tokens.lowerBound else { return nil }
    if Self.projectModifier(tokens[b]), !vocabulary.has(Markers.project, b) { b -= 1 }
    guard b >= s.tokens.lowerBound, tokens[b].casing == .lower, vocabulary.lowerIn(b, ["projekt", "projektu", "projektem", "projekcie", "project"]) else { return nil }
    var m = FoundMention(kind: .project, range: r, name: text(r), surface: text(r), sentence: k)
    m.nested = nested
    return add(m)
  }

  /// Legal forms of associations (German "e.V.", Czech "z.s.", Slovak "o.z."): the body is civil society, not a
  /// company.
  static let associationLegalForms: Set<String> = ["e.V.", "z.s.", "o.z.", "e.v.", "ASBL", "asbl", "VZW", "vzw"]

  /// The sector a legal form gives an organization named `lowerName` (lower-cased): an association is civil
  /// society, except a cluster (a business network whatever its legal form); every other form is business.
  ///
  ///     Recognizer.associationSector("e.V.", name: "wasserstoff nord e.v.")     // .civilSociety
  ///     Recognizer.associationSector("e.V.", name: "holzcluster elbe e.v.")     // .business
  static func associationSector(_ legalForm: String, name lowerName: String) -> Sector {
    guard associationLegalForms.contains(legalForm), !lowerName.includes("cluster"), !lowerName.includes("klaster") else { return .business }
    return .civilSociety
  }
}

extension Recognizer {
  /// Whether `place`, the part of the seat adjective at `i` before "-based" that no list knows, still reads as a
  /// place: one capitalised word of letters inside the sentence ("the Leipzig-based DataKraft GmbH"), where a
  /// capital means a name; at a sentence's start ("Cloud-based tools …") the capital says nothing.
  func unknownSeatBefore(_ i: Int, _ place: String) -> Bool {
    guard language == "en", sentenceOf[i] >= 0, i > sentences[sentenceOf[i]].tokens.lowerBound, place.count >= 3, place.allSatisfy(\.isLetter),
          place.first?.isUppercase == true, place.dropFirst().allSatisfy(\.isLowercase) else { return false }
    return true
  }
}

extension Recognizer {
  /// Whether the "/" at `j` joins the parts of a cross-border programme's name in a chunk starting at `a`:
  /// "Interreg VI A Meklemburgia-Pomorze Przednie/Brandenburgia/Polska" (the countries and regions of the programme).
  func programmeSlashJoins(_ a: Int, _ j: Int, _ end: Int) -> Bool {
    guard tokens[j].text == "/", j + 1 < end, claim[j + 1] < 0, tokens[j + 1].kind == .word, tokens[j + 1].casing == .capitalized,
          tokens[j - 1].kind == .word, tokens[j - 1].isNameLike else { return false }
    return vocabulary.lowerIs(a, "interreg")
  }

  /// Whether the chunk `r` of a Polish text, with its head word at `h`, is a foreign name in English word order:
  /// "z Agro Food Park w Aarhus", "Nordic Energy Cluster": the head is the chunk's last word and an English head too,
  /// and the capitalised words before it are neither Polish adjectives, given names nor places, so they belong to
  /// the name (a Polish name puts the head first: "Park Naukowo-Technologiczny").
  func englishWordOrder(_ r: Range<Int>, _ h: Int) -> Bool {
    guard language != "en", h == r.upperBound - 1, h > r.lowerBound, englishHeads[h] != nil else { return false }
    return (r.lowerBound..<h).allSatisfy { q in
      tokens[q].kind == .word && tokens[q].casing == .capitalized && heads[q] == nil && Self.looksForeign(tokens[q].lower) && !Inflection.looksAdjectival(tokens[q].text)
        && firstName(tokens[q].text) == nil && names.knownPlace(tokens[q].text) == nil && !names.isLexiconPlace([tokens[q].text])
    }
  }

  /// Whether a lower-cased word reads as no Polish word: no Polish letter and no Polish case ending ("food",
  /// "green", "smart"; not "organizacja", "rozwoju", "nowy", "łąk").
  static func looksForeign(_ w: String) -> Bool {
    guard let last = w.last, !"aąęyiu".contains(last) else { return false }
    return !w.contains(where: { "ąćęłńóśźż".contains($0) }) && !w.hasSuffix("ych") && !w.hasSuffix("ich") && !w.hasSuffix("ów") && !w.hasSuffix("em")
      && !w.hasSuffix("ej") && !w.hasSuffix("ach") && !w.hasSuffix("ami") && !w.hasSuffix("om")
  }

  /// Whether the given name at `i` follows a foreign foundation's head ("Fondazione Bruno Kessler", "Fundación
  /// Carlos Slim"): a foundation named after its patron, whose name stays in the nominative.
  func foundationPatron(_ i: Int) -> Bool {
    guard i > 0, let h = englishHeads[i - 1], h.lemma == "fundación", tokens[i - 1].casing == .capitalized else { return false }
    return firstName(tokens[i].text) != nil || givenName(tokens[i].text) != nil
  }

  /// "Ewa Kruszewska, President of the Management Board, SSEZ": a company's management or supervisory board named
  /// alone is the function's part, no organization of its own (the company is named after it).
  func bareGoverningBoard(_ r: Range<Int>) -> Bool {
    guard language == "en", r.count == 2, vocabulary.lowerIs(r.upperBound - 1, "board") else { return false }
    return vocabulary.lowerIn(r.lowerBound, ["management", "supervisory", "executive"])
  }
}
