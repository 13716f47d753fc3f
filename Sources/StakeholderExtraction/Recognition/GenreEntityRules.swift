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
  /// a year ("June 2025 Gdańsk University of Technology …"), or the year after such a month.
  ///
  ///     // "On 3–4 June 2025 Gdańsk University of Technology hosted …": "June" and "2025" are not the name.
  func datePrefixWord(_ i: Int, _ r: Range<Int>) -> Bool {
    guard r.count > 2 else { return false }
    if Markers.months[tokens[i].lower] != nil, tokens[i].casing == .capitalized { return isYear(i + 1) && tokens[i + 2].isNameLike }
    if isYear(i), i > 0, Markers.months[tokens[i - 1].lower] != nil { return tokens[i + 1].isNameLike }
    return false
  }

  /// Whether the "&" at `j` joins two parts of one English name: "Baltic Food & Drink Forum",
  /// "Research & Innovation Centre" (name-like words on both sides, in an English text).
  func ampersandJoins(_ j: Int, _ end: Int) -> Bool {
    guard language == "en", marks.isMark(j, "&"), j > 0, j + 1 < end, claim[j + 1] < 0 else { return false }
    return tokens[j - 1].kind == .word && tokens[j - 1].isNameLike && tokens[j + 1].kind == .word && tokens[j + 1].casing == .capitalized
  }

  /// Whether "z"/"ze" at `j`, after a patron ("im. Jakuba"), gives the patron's place of origin and so belongs to
  /// the name: "Akademia im. Jana z Kolna", "Szkoła im. Wincentego z Kielczy".
  func patronOrigin(_ j: Int, sawPatron: Bool, _ end: Int) -> Bool {
    guard sawPatron, j + 1 < end, tokens[j + 1].kind == .word, tokens[j + 1].casing == .capitalized, claim[j + 1] < 0 else { return false }
    // The patron's given name comes right before: "im. Jakuba z …", not "im. Jakuba Nowaka z Kielc" (where the
    // place says where the institution stands).
    return j >= 2 && marks.isMark(j - 2, ".") && vocabulary.lowerIs(j - 3, "im")
  }

  /// Whether the chunk from `a` to the conjunction at `j` ends in an acronym defined in the text ("NCU and Toruń
  /// Technology Park", "Later GUT and …"): an organization's short name is complete, what follows the conjunction is
  /// another name.
  func definedAcronymBeforeConjunction(_ a: Int, _ j: Int) -> Bool {
    j > a && tokens[j - 1].casing == .upper && definedAcronyms.contains(tokens[j - 1].text)
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

  /// "odbyła się XII sesja Rady Miasta Leszna", "podczas XXI sesji Rady Powiatu …": a numbered session of a council
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

  /// Lower-case adjectives that may stand between a project noun and the name: "projekcie badawczym AgriSense",
  /// "the research project GreenPort".
  static func projectModifier(_ t: Token) -> Bool {
    guard t.kind == .word, t.casing == .lower else { return false }
    let l = t.lower
    return l.hasSuffix(among: ["ym", "ego", "ej", "ny", "na", "ne", "wy", "wa", "we", "ki", "ka", "kie"])
      || ["research", "pilot", "joint", "flagship", "new"].contains(l)
  }

  /// "o projekcie badawczym AgriSense", "projekt GreenPort": a short name with inner capitals (or in capitals) right
  /// after a project noun (and at most one adjective) is that project when nothing else explains it.
  mutating func projectAfterProjectNoun(_ r: Range<Int>, _ k: Int, nested: Bool) -> Int? {
    guard r.count <= 2, let first = r.first, tokens[first].kind == .word, tokens[first].casing == .camel || tokens[first].casing == .upper,
          tokens[first].text.count >= 4, !definedAcronyms.contains(tokens[first].text), abbreviatedOrganization(at: first) == nil else { return nil }
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
  /// place: one capitalised word of letters inside the sentence ("the Leipzig-based SolarWerk GmbH"), where a
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
    guard marks.isMark(j, "/"), j + 1 < end, claim[j + 1] < 0, tokens[j + 1].kind == .word, tokens[j + 1].casing == .capitalized,
          tokens[j - 1].kind == .word, tokens[j - 1].isNameLike else { return false }
    return vocabulary.lowerIs(a, "interreg")
  }

  /// Whether the chunk `r` of a Polish text, with its head word at `h`, is a foreign name in English word order:
  /// "z Baltic Water Park w Aalborg", "Danube Wood Cluster": the head is the chunk's last word and an English head too,
  /// and the capitalised words before it are neither Polish adjectives, given names nor places, so they belong to
  /// the name (a Polish name puts the head first: "Park Naukowo-Technologiczny").
  func englishWordOrder(_ r: Range<Int>, _ h: Int) -> Bool {
    guard language != "en", h == r.upperBound - 1, h > r.lowerBound, englishHeads[h] != nil else { return false }
    return (r.lowerBound..<h).allSatisfy { q in
      tokens[q].kind == .word && tokens[q].casing == .capitalized && heads[q] == nil && Self.looksForeign(tokens[q].lower) && !Inflection.looksAdjectival(tokens[q].text)
        && firstName(at: q) == nil && names.knownPlace(tokens[q].text) == nil && !names.isLexiconPlace([tokens[q].text])
    }
  }

  /// Whether a lower-cased word reads as no Polish word: no Polish letter and no Polish case ending ("food",
  /// "green", "smart"; not "organizacja", "rozwoju", "nowy", "łąk").
  static func looksForeign(_ w: String) -> Bool {
    guard let last = w.last, !"aąęyiu".contains(last) else { return false }
    return !w.contains(where: { "ąćęłńóśźż".contains($0) }) && !w.hasSuffix("ych") && !w.hasSuffix("ich") && !w.hasSuffix("ów") && !w.hasSuffix("em")
      && !w.hasSuffix("ej") && !w.hasSuffix("ach") && !w.hasSuffix("ami") && !w.hasSuffix("om")
  }

  /// Whether the given name at `i` follows a foreign foundation's head ("Fondazione Luigi Rossi", "Fundación
  /// Carlos Slim"): a foundation named after its patron, whose name stays in the nominative.
  func foundationPatron(_ i: Int) -> Bool {
    guard i > 0, let h = englishHeads[i - 1], h.lemma == "fundación", tokens[i - 1].casing == .capitalized else { return false }
    return firstName(at: i) != nil || givenName(at: i) != nil
  }

  /// "Anna Lis, President of the Management Board, NSEZ": a company's management or supervisory board named
  /// alone is the function's part, no organization of its own (the company is named after it).
  func bareGoverningBoard(_ r: Range<Int>) -> Bool {
    guard language == "en", r.count == 2, vocabulary.lowerIs(r.upperBound - 1, "board") else { return false }
    return vocabulary.lowerIn(r.lowerBound, ["management", "supervisory", "executive"])
  }
}

extension Recognizer {
  /// Nouns of an apposition that make a headed name a programme: "the Silver Hub Accelerator, a programme that …".
  static let appositionProgrammeNouns: WordSet = ["programme", "program", "project", "initiative", "scheme"]

  /// "the joint creation of the Green Start Accelerator, a programme that will support start-ups": a name whose
  /// last word is an institution's head, described right after the comma as a programme or project, is that
  /// programme (a project), not an institution.
  mutating func headedProgrammeInApposition(_ r: Range<Int>, _ k: Int, nested: Bool) -> Int? {
    let s = sentences[k]
    let e = r.upperBound
    guard language == "en", r.count >= 2, r.count <= 4, e + 2 < s.tokens.upperBound, marks.isMark(e, ","),
          vocabulary.lowerIn(e + 1, ["a", "an"]), englishHeads[e - 1]?.kind == .organization,
          !(r.lowerBound..<(e - 1)).contains(where: { englishHeads[$0] != nil || heads[$0] != nil }),
          r.allSatisfy({ tokens[$0].kind == .word && tokens[$0].casing == .capitalized }) else { return nil }
    var q = e + 2
    while q < s.tokens.upperBound, q - e <= 4, tokens[q].casing == .lower, !vocabulary.has(Self.appositionProgrammeNouns, q) {
      guard vocabulary.has(Self.appositionModifiers, q) || Inflection.looksAdjectival(tokens[q].text) else { return nil }
      q += 1
    }
    guard q < s.tokens.upperBound, vocabulary.has(Self.appositionProgrammeNouns, q) else { return nil }
    var m = FoundMention(kind: .project, range: r, name: text(r), surface: text(r), sentence: k)
    m.nested = nested
    return add(m)
  }

  /// The self-government of a region named in English, an organization (schema convention 6).
  func regionAuthority(_ r: Range<Int>, _ k: Int, nested: Bool) -> FoundMention {
    var m = FoundMention(kind: .organization, range: r, name: text(r), surface: text(r), sentence: k)
    // A voivodeship is Polish; another region's self-government reads as an authority (foreign when no Polish word
    // names it, as the sector rules tell).
    let lemma = vocabulary.lowerIs(r.upperBound - 1, "voivodeship") ? "voivodeship" : "authority"
    m.head = HeadWord(lemma: lemma, kind: .organization, gender: .neuter, isUnit: false, sector: .localGovernment, english: true)
    m.nested = nested
    return m
  }

  /// "List intencyjny w sprawie Regionalnego Centrum Wodoru" before "projekt „Regionalne Centrum
  /// Wodoru”": a chunk whose words share their stems with a quoted title of the text (in another case) is that
  /// project or event, whatever head word it has.
  /// - Complexity: O(b) for the b titles of the text with the chunk's shape (``TitleIndex/firstIndex(sameShapeAs:where:)``).
  mutating func titleWithSameStems(_ r: Range<Int>, _ k: Int, nested: Bool) -> Int? {
    guard !titleIndex.isEmpty, r.count >= 2, r.count <= 8, language != "en", tokens[r.lowerBound].casing == .capitalized,
          let (_, hw) = firstHead(r), hw.kind == .organization else { return nil }
    let form = Normalize.form(text(r))
    guard let src = titleIndex.firstIndex(sameShapeAs: form, where: { key, _ in Self.sameShape(key, form) && Self.sameStem(key, form) })
    else { return nil }
    let prev = mentions[src]
    var m = FoundMention(kind: prev.kind, range: r, name: prev.name, surface: text(r), sentence: k)
    m.isProgramme = prev.isProgramme
    m.nested = nested
    return add(m)
  }

  /// "head of the Tourism Department of the Liberec Region": a unit of a region (a
  /// department, office or board named before "of the … Region/Voivodeship/County") is a unit of the region's
  /// self-government, which is an organization here, and the unit's parent.
  mutating func unitOfRegion(_ r: Range<Int>, _ k: Int, nested: Bool) -> Int? {
    guard language == "en", r.count >= 4, vocabulary.has(HeadWords.englishPlaceHeads, r.upperBound - 1),
          let of = (r.lowerBound..<(r.upperBound - 2)).first(where: { vocabulary.lowerIs($0, "of") }), of > r.lowerBound,
          englishHeads[of - 1]?.isUnit == true, !(r.lowerBound..<of).contains(where: { vocabulary.lowerIs($0, "of") }) else { return nil }
    var q = of + 1
    if vocabulary.lowerIs(q, "the") { q += 1 }
    let rest = q..<r.upperBound
    guard rest.count >= 2, rest.allSatisfy({ tokens[$0].kind == .word && (tokens[$0].isNameLike || vocabulary.lowerIs($0, "nad")) }),
          !rest.dropLast().contains(where: { englishHeads[$0] != nil }) else { return nil }
    guard let unit = classify(r.lowerBound..<of, k, nested: nested) else { return nil }
    let parent = add(regionAuthority(rest, k, nested: nested))
    mentions[unit].parent = parent
    mentions[unit].fullForm = text(r)
    return unit
  }

  /// "on behalf of the project's Polish partner, the Lower Silesian Voivodeship": a region in apposition to a
  /// partner noun acts as a partner, so it is its self-government (an organization).
  mutating func regionNamedAsPartner(_ r: Range<Int>, _ k: Int, nested: Bool) -> Int? {
    let b = r.lowerBound
    guard language == "en", r.count >= 2, vocabulary.has(HeadWords.englishPlaceHeads, r.upperBound - 1), b - 3 >= sentences[k].tokens.lowerBound,
          vocabulary.lowerIs(b - 1, "the") else { return nil }
    let partnerWords: [StaticString] = ["partner", "partners", "coordinator", "beneficiary"]
    // "… partners, the Lombardy Region"
    if marks.isMark(b - 2, ","), vocabulary.lowerIn(b - 3, partnerWords) { return add(regionAuthority(r, k, nested: nested)) }
    // "The Polish partner is the Lubelskie Voivodeship", "the coordinator was the X Region".
    if vocabulary.lowerIn(b - 2, ["is", "was", "are", "were"]), vocabulary.lowerIn(b - 3, partnerWords) { return add(regionAuthority(r, k, nested: nested)) }
    // "eight partners from six countries, including the Lombardy Region": a list that a partner word opens.
    if vocabulary.lowerIn(b - 2, ["including", "namely"]),
       (max(sentences[k].tokens.lowerBound, b - 10)..<(b - 2)).contains(where: { vocabulary.lowerIn($0, partnerWords) }) {
      return add(regionAuthority(r, k, nested: nested))
    }
    return nil
  }
}

extension Recognizer {
  /// Whether chunk `r` opens with an adjective of origin before a region's own name: "the Czech Liberec
  /// Region", "the Danish Central Denmark Region" (the adjective says whose region it is; it is not part of the name).
  func originBeforeRegion(_ r: Range<Int>) -> Bool {
    guard language == "en", r.count >= 3, Self.englishAdjectivesOfOrigin.contains(tokens[r.lowerBound].lower),
          tokens[r.lowerBound + 1].isNameLike, vocabulary.lowerIn(r.upperBound - 1, ["region", "county", "province", "district"]) else { return false }
    return true
  }
}

extension Recognizer {
  /// Whether token `i` opens its clause: the sentence's first word, or the first word after the dash or quote that
  /// opens a quoted statement ("– Każdy region wnosi …", "„Nasz park …").
  func opensClause(_ i: Int, _ s: Sentence) -> Bool {
    var q = s.tokens.lowerBound
    while q < i, tokens[q].kind == .punct { q += 1 }
    return q == i
  }

  /// Where a name after "przedstawiciele", "a representative of" ends when it starts with an acronym (`e` is the end
  /// the clause would give): "przedstawiciele MARR zachęcali firmy …" names MARR, and the verb after it is no part of
  /// the name.
  func acronymNameEnd(_ i: Int, _ e: Int) -> Int {
    guard e > i + 1, tokens[i].casing == .upper, tokens[i + 1].kind == .word, tokens[i + 1].casing == .lower else { return e }
    return i + 1
  }
}

extension Recognizer {
  /// Functions that manage an institution: after them, "sieci X" names the network's operating body.
  static let managingFunctions: WordSet = [
    "dyrektor", "dyrektora", "dyrektorem", "dyrektorka", "dyrektorki", "prezes", "prezesa", "prezeska", "zarządzający",
    "zarządzająca", "zarządzającego", "generalny", "wykonawczy", "director", "ceo", "president",
  ]

  /// Whether the network noun at `i` follows a managing function: "Jens Bauer, dyrektor zarządzający sieci
  /// Robotiknetz Sachsen", "prezes sieci X" (a network with a director is an organization, not a project).
  func networkUnderManagement(_ i: Int) -> Bool {
    guard i >= 1, vocabulary.lowerIn(i, ["sieć", "sieci", "siecią", "network"]) else { return false }
    return vocabulary.has(Self.managingFunctions, i - 1)
  }

  /// Endings of Polish abstract nouns in the locative ("Transformacji", "Przedsiębiorczości", "Praktyce").
  static func abstractLocative(_ lower: String) -> Bool {
    lower.hasSuffix(among: ["cji", "zji", "ści", "aniu", "eniu"])
  }

  /// Whether "w" at `j` continues a project's name (its head `headLemma`): "Platforma Regionów Górniczych w
  /// Transformacji", "Sieć Firm w Przedsiębiorczości": a capitalised abstract noun after "w" is no place.
  func projectNameGoesOnAfterW(_ j: Int, _ headLemma: String?, _ end: Int) -> Bool {
    guard language != "en", let hl = headLemma, HeadWords.head(hl)?.kind == .project, j + 1 < end, claim[j + 1] < 0,
          tokens[j + 1].kind == .word, tokens[j + 1].casing == .capitalized, Self.abstractLocative(tokens[j + 1].lower) else { return false }
    return names.knownPlace(tokens[j + 1].text) == nil && !polishPlaceWord(tokens[j + 1].text)
  }
}

extension Recognizer {
  /// Whether "in" at `j` starts a seat that the acronym after it spells out: "Polish Chamber of Commerce in Norway
  /// (PCCN)", "German Business Club in Łódź (GBCL)": one capitalised word, then the acronym in parentheses ending
  /// in that word's initial, so the seat is part of the official name (schema convention 2).
  func acronymCoversSeat(_ j: Int, _ end: Int) -> Bool {
    guard language == "en", j + 4 < end, tokens[j + 1].kind == .word, tokens[j + 1].casing == .capitalized, claim[j + 1] < 0,
          marks.isMark(j + 2, "("), tokens[j + 3].casing == .upper, marks.isMark(j + 4, ")"),
          let initial = tokens[j + 1].text.first, let last = tokens[j + 3].text.last else { return false }
    return tokens[j + 3].text.count >= 3 && Character(initial.uppercased()) == last
  }
}

extension Recognizer {
  /// "zgłosi „Zieloną Dolinę Mleka” do sieci" after "inicjatywy „Zielona Dolina Mleka”": a quoted title of a Polish
  /// text whose words share their stems with an earlier title of the same kind is that title, named as it was
  /// first written (the first quotation is usually the nominative after a marker noun).
  /// - Complexity: O(b) for the b titles read so far of the same shape (``TitleIndex/firstIndex(sameShapeAs:where:)``).
  func earlierTitleName(_ surface: String, _ kind: EntityKind) -> String? {
    guard language != "en", !titleIndex.isEmpty, surface.includes(" ") else { return nil }
    let form = Normalize.form(surface)
    if titleIndex[form] != nil { return nil }
    let hit = titleIndex.firstIndex(sameShapeAs: form) { key, idx in
      Self.sameShape(key, form) && mentions[idx].kind == kind && Self.sameStem(key, form)
    }
    return hit.map { mentions[$0].name }
  }

  /// "„Letniego Festiwalu Rzeki 2027”" written only in the genitive ("plan organizacji „…”", "w sprawie „…”"): a
  /// Polish title that opens with an adjective in the genitive singular is named in the nominative.
  func nominativeTitle(_ surface: String) -> String {
    guard language != "en", surface.includes(" "), let first = surface.split(separator: " ").first, first.count > 5,
          first.hasSuffix("ego"), first.first?.isUppercase == true else { return surface }
    return names.organizationName(surface)
  }
}

extension Recognizer {
  /// Pronouns and determiners that open a clause capitalised ("– Każdy region wnosi …", "Ten projekt …"): no name.
  static let clauseDeterminers: WordSet = [
    "każdy", "każda", "każde", "ten", "ta", "to", "ci", "te", "nasz", "nasza", "nasze", "cały", "cała", "całe", "który", "która",
    "które", "jaki", "jaka", "jakie", "żaden", "żadna", "żadne", "wszystkie", "wszyscy", "inny", "inna", "inne",
  ]
}

extension Recognizer {
  /// Nouns of creating something new, Polish (genitive) and English.
  static let creationWords: WordSet = [
    "utworzenia", "utworzeniu", "tworzenia", "tworzeniu", "stworzenia", "stworzeniu", "powołania", "powołaniu", "creation",
    "establishment",
  ]

  /// "list intencyjny w sprawie wspólnego tworzenia Centrum Kompetencji Cyfrowych", "a letter of intent on the joint
  /// creation of the Green Start Hub": an institution that an agreement is about to create does not exist yet; it is
  /// the undertaking of the signatories (a project), whatever its head word.
  mutating func institutionToBeCreated(_ r: Range<Int>, _ k: Int, nested: Bool) -> Int? {
    let s = sentences[k]
    guard r.count >= 2, r.count <= 6, tokens[r.lowerBound].casing == .capitalized else { return nil }
    var b = r.lowerBound - 1
    if language == "en" {
      if b >= s.tokens.lowerBound, vocabulary.lowerIs(b, "the") { b -= 1 }
      guard b >= s.tokens.lowerBound, vocabulary.lowerIs(b, "of") else { return nil }
      b -= 1
    }
    guard b >= s.tokens.lowerBound else { return nil }
    // One adjective may stand before the noun of creating: "wspólnego tworzenia", "the joint creation".
    if !vocabulary.has(Self.creationWords, b), b - 1 >= s.tokens.lowerBound, tokens[b].casing == .lower,
       Inflection.looksAdjectival(tokens[b].text) || vocabulary.lowerIn(b, ["joint", "new"]) { b -= 1 }
    // (The given-name test last: the noun of creating before the chunk is rare.)
    guard b >= s.tokens.lowerBound, tokens[b].casing == .lower, vocabulary.has(Self.creationWords, b), firstName(at: r.lowerBound) == nil,
          let (_, hw) = firstHead(r), hw.kind == .organization, !hw.isUnit else { return nil }
    let surface = text(r)
    var m = FoundMention(kind: .project, range: r, name: language == "en" ? surface : names.organizationName(surface), surface: surface, sentence: k)
    m.nested = nested
    return add(m)
  }
}

extension Recognizer {
  /// Whether `short` is a word of `long` or its plural / inflected form ("lab" and "labs", "forum" and "forum").
  static func wordCovered(_ short: Substring, by long: Substring) -> Bool {
    short == long || (short.count >= 3 && long.hasPrefix(short) && long.count - short.count <= 2)
  }

  /// "Water forum in Opole ends with …" above "the Opole Water & Climate Forum 2025", "a Smart Village
  /// workshop" beside "the "Smart Village Labs Workshop"": an event read from one or two capitalised words before an
  /// event noun, whose words all stand in the name of another event of the text, is that event named short; it takes
  /// the full name (so both are one entity). The longest such name wins, the first one on ties.
  /// - Complexity: O(e²) for the e event mentions (a handful per text).
  mutating func shortEventNames() {
    let events = mentions.indices.filter { mentions[$0].kind == .event }
    guard events.count >= 2 else { return }
    let words = events.map { mentions[$0].name.fastLowercased.split(whereSeparator: { $0 == " " || $0 == "&" || $0 == "-" }) }
    for (a, i) in events.enumerated() where words[a].count <= 2 && !mentions[i].nested {
      var best: Int?
      for (b, j) in events.enumerated() where b != a && words[b].count > words[a].count {
        guard words[a].allSatisfy({ w in words[b].contains { Self.wordCovered(w, by: $0) } }) else { continue }
        if best.map({ words[b].count > words[events.firstIndex(of: $0)!].count }) ?? true { best = j }
      }
      if let j = best { mentions[i].name = mentions[j].name }
    }
  }
}

extension Recognizer {
  /// Nouns of a product built in a project: "the winning app, "CleanCommute"", "aplikacja „Zielona Trasa”".
  static let productNouns: WordSet = ["app", "application", "aplikacja", "aplikacji", "aplikację", "aplikacją", "prototype", "prototyp", "prototypu"]

  /// Whether the product noun at `b` marks the quoted title at `quote` (the noun right before it, or before a
  /// comma): a named app or prototype is a project's result, read as a project.
  func productMarksTitle(_ b: Int, _ quote: Int) -> Bool {
    guard quote - b <= 2, tokens[b].casing == .lower, vocabulary.has(Self.productNouns, b) else { return false }
    return quote - b == 1 || marks.isMark(b + 1, ",")
  }
}

extension Recognizer {
  /// "Photo: Anna Nowak / Sucha City Hall", "Jan Lis of Kraków Town Hall": an English "City Hall" or "Town Hall" with
  /// its town's name is the town's office (local government), unless it is where something happens ("at", "in"; "at"
  /// right after a unit names the unit's office).
  mutating func cityHall(_ r: Range<Int>, _ k: Int, nested: Bool) -> Int? {
    guard language == "en", r.count >= 3, vocabulary.lowerIs(r.upperBound - 1, "hall"), vocabulary.lowerIn(r.upperBound - 2, ["city", "town"]),
          tokens[r.upperBound - 2].casing == .capitalized, tokens[r.upperBound - 1].casing == .capitalized else { return nil }
    var b = r.lowerBound - 1
    if b >= sentences[k].tokens.lowerBound, vocabulary.lowerIs(b, "the") { b -= 1 }
    // "Director of the Department of Economic Development at Gdynia City Hall": after a unit, "at" names where it is.
    let afterUnit = b - 1 >= sentences[k].tokens.lowerBound && vocabulary.lowerIs(b, "at") && claim[b - 1] >= 0
      && mentions[claim[b - 1]].kind == .organization && mentions[claim[b - 1]].head?.isUnit == true
    if b >= sentences[k].tokens.lowerBound, vocabulary.lowerIn(b, ["at", "in", "inside", "outside", "before", "near"]), !afterUnit { return nil }
    var m = FoundMention(kind: .organization, range: r, name: text(r), surface: text(r), sentence: k)
    m.head = HeadWord(lemma: "municipality", kind: .organization, gender: .neuter, isUnit: false, sector: .localGovernment, english: true)
    m.placeInName = text(r.lowerBound..<(r.upperBound - 2))
    m.nested = nested
    return add(m)
  }
}

extension Recognizer {
  /// "przystąpienia Miasta Leszna do projektu", "umowa z Gminą Brzesko": a town's or commune's authority named by its
  /// head and the town is canonically "Miasto X" / "Gmina X" with the town in the nominative (the official name), as
  /// the place read from the name says, not the genitive the sentence gave it ("Miasto Konina").
  func townAuthorityName(_ m: inout FoundMention, _ r: Range<Int>, _ h: Int, _ hw: HeadWord) {
    guard language != "en", r.count == 2, h == r.lowerBound, ["miasto", "gmina"].contains(hw.lemma), m.legalForm == nil,
          tokens[h].lower != hw.lemma, let place = m.placeInName, !place.isEmpty, !place.includes(" "),
          names.knownPlace(place) != nil || names.isLexiconPlace([place]) else { return }
    // The head written in the nominative ("Miasto Legnica") already names the town as it is.
    m.name = recase(hw.lemma, like: tokens[h].text) + " " + place
  }
}

extension Recognizer {
  /// A cheap test before ``sameStem(_:_:)`` on two normalised phrases: the same first letter and the same number of
  /// words.
  static func sameShape(_ a: String, _ b: String) -> Bool {
    guard a.first == b.first else { return false }
    return a.utf8.reduce(0) { $0 + ($1 == 32 ? 1 : 0) } == b.utf8.reduce(0) { $0 + ($1 == 32 ? 1 : 0) }
  }
}

extension Recognizer {
  /// Whether "in" at `j` gives the Polish seat of an English collegium's name from `a`, which the name keeps as the
  /// Polish name does ("Collegium Medicum … w Bydgoszczy"): "the Jan Nowak Collegium Medicum in Bydgoszcz". The seat
  /// is one capitalised word the Polish lists or lexicon know as a place, and the clause goes on after it (no further
  /// capitalised word). A university keeps its seat only with an acronym after it (the chunker's "in" rule).
  func englishUniversitySeat(_ a: Int, _ j: Int, _ end: Int) -> Bool {
    guard language == "en", j + 1 < end, tokens[j + 1].kind == .word, tokens[j + 1].casing == .capitalized, claim[j + 1] < 0,
          j + 2 >= end || !tokens[j + 2].isNameLike,
          (a..<j).contains(where: { vocabulary.lowerIs($0, "collegium") && tokens[$0].casing == .capitalized }) else { return false }
    if let p = names.knownPlace(tokens[j + 1].text) { return !p.foreign }
    return polishPlaceWord(tokens[j + 1].text)
  }
}
