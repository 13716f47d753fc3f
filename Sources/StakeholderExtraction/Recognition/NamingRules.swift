import StakeholderModel

/// Naming conventions of the genre that the chunk classifier consults before its general rules: units written
/// after their parent's acronym, bodies created by an agreement, territorial authorities that act, programmes
/// named before their type words, persons after a function and its project marker, surnames that are month names.
///
/// Each rule looks at a few tokens around one chunk (O(1) per chunk, O(m) for the look-ups among m mentions).
extension Recognizer {
  /// Nouns of creating a body or initiative: the name after them is what the agreement creates.
  static let creationNouns: WordSet = ["utworzenia", "utworzeniu", "powołania", "powołaniu", "założenia", "założeniu"]

  /// "w sprawie utworzenia Sudeckiej Doliny Wodorowej": a name without a head word right after a noun of creating
  /// is the partnership or initiative created (a project), not a place; the name is its nominative.
  mutating func createdUndertaking(_ r: Range<Int>, _ k: Int, nested: Bool) -> Int? {
    let b = r.lowerBound - 1
    guard language != "en", r.count >= 2, r.count <= 5, b >= sentences[k].tokens.lowerBound, vocabulary.has(Self.creationNouns, b),
          allCapitalized(r), r.allSatisfy({ heads[$0] == nil }), firstName(at: r.lowerBound) == nil else { return nil }
    let surface = text(r)
    var m = FoundMention(kind: .project, range: r, name: names.organizationName(surface), surface: surface, sentence: k)
    m.nested = nested
    return add(m)
  }

  /// "… nad Sudecką Doliną Wodorową": a later place reading of a name the text made a project (and no gazetteer
  /// knows as a place) takes that kind.
  /// - Complexity: O(m) for m mentions.
  mutating func alignKindsWithEarlierNames() {
    var kindOf: [String: Int] = [:]
    for i in mentions.indices where mentions[i].kind == .project {
      let m = mentions[i]
      let f = Normalize.form(m.name)
      if kindOf[f] == nil { kindOf[f] = i }
    }
    guard !kindOf.isEmpty else { return }
    for i in mentions.indices where mentions[i].kind == .place {
      guard let src = kindOf[Normalize.form(mentions[i].name)], names.knownPlace(mentions[i].name) == nil else { continue }
      mentions[i].kind = mentions[src].kind
      mentions[i].head = mentions[src].head
      mentions[i].isProgramme = mentions[src].isProgramme
    }
  }

  /// "The X and the Podkarpackie Voivodeship signed …. … Anna Y, Marshal of the Podkarpackie Voivodeship": in English,
  /// a region named where it acts is its self-government, and so is every other mention of that name in the text.
  mutating func alignRegionAuthorities() {
    guard language == "en" else { return }
    var authority: [String: Int] = [:]
    for i in mentions.indices where mentions[i].kind == .organization && mentions[i].head?.lemma == "voivodeship" {
      if authority[mentions[i].name] == nil { authority[mentions[i].name] = i }
    }
    guard !authority.isEmpty else { return }
    for i in mentions.indices where mentions[i].kind == .place {
      guard let src = authority[mentions[i].name] else { continue }
      mentions[i].kind = .organization
      mentions[i].head = mentions[src].head
    }
  }

  /// "AGH Faculty of Management", "MARR's Innovation Department": an English unit written after its parent's
  /// acronym (or the acronym's possessive) is its own organization, part of that parent; the whole is an alias.
  mutating func unitAfterParentAcronym(_ r: Range<Int>, _ k: Int, nested: Bool) -> Int? {
    // (The unit head after it first: most chunks have none, and their first word is then not read.)
    guard language == "en", r.count >= 2, ((r.lowerBound + 1)..<r.upperBound).contains(where: { englishHeads[$0]?.isUnit == true }) else { return nil }
    let first = tokens[r.lowerBound]
    let possessive = first.text.endsInPossessive
    let bare = possessive ? String(first.text.dropLast(2)) : first.text
    // An acronym in capitals ("AGH", "MARR") or a short name with inner capitals ("TalTech").
    guard first.kind == .word, (2...8).contains(bare.characterCount), bare.first?.isUppercase == true, bare.dropFirst().contains(where: \.isUppercase),
          let known = mentions.firstIndex(where: { $0.kind == .organization && !$0.nested && ($0.acronyms.contains(bare) || $0.name.hasPrefix(bare + " ")) })
    else { return nil }
    var pm = FoundMention(kind: .organization, range: r.lowerBound..<(r.lowerBound + 1), name: mentions[known].name, surface: bare, sentence: k)
    pm.head = mentions[known].head
    pm.nested = true
    let parent = add(pm, claimTokens: false)
    guard let unit = classify((r.lowerBound + 1)..<r.upperBound, k, nested: nested) else { return nil }
    mentions[unit].parent = parent
    mentions[unit].fullForm = text(r)
    mentions[unit].range = r.lowerBound..<mentions[unit].range.upperBound
    if !nested { claim[r.lowerBound] = unit }
    return unit
  }

  /// "Action Planning Network of the URBACT IV programme": capitalised type words of a project before "of (the)"
  /// name no project themselves; the programme is what follows.
  mutating func programmeAfterTypeWords(_ r: Range<Int>, _ k: Int, legal: String?, legalEnd: Int?, nested: Bool) -> Int? {
    guard language == "en", r.count >= 4 else { return nil }
    var q = r.lowerBound
    while q < r.upperBound, vocabulary.has(Self.projectTypeWords, q), shapes[q].casing == .capitalized { q += 1 }
    guard q - r.lowerBound >= 2, q < r.upperBound, vocabulary.lowerIs(q, "of") else { return nil }
    q += 1
    if q < r.upperBound, vocabulary.lowerIs(q, "the") { q += 1 }
    guard q < r.upperBound else { return nil }
    for i in r.lowerBound..<q where claim[i] < 0 { claim[i] = Self.nonEntity }
    return classify(q..<r.upperBound, k, legal: legal, legalEnd: legalEnd, nested: nested)
  }

  /// "the European Union's Horizon Europe research and innovation programme": a name followed, within four
  /// lower-case words, by "programme" is a programme.
  func programmeNounSoonAfter(_ r: Range<Int>) -> Bool {
    var q = r.upperBound
    let s = sentences[sentenceOf[r.lowerBound]]
    while q < s.tokens.upperBound, q - r.upperBound <= 4, shapes[q].kind == .word, shapes[q].casing == .lower {
      if vocabulary.lowerIn(q, ["programme", "programmes", "program"]) {
        // A town before "region's development programme" is no programme.
        return q > r.upperBound && names.knownPlace(text(r)) == nil && !names.isLexiconPlace(r.map { tokens[$0].text })
      }
      if possessive[q] { return false }
      q += 1
    }
    return false
  }

  /// Adjectives written before an English territorial authority: "Autonomous Province of Trento".
  static let authorityAdjectives: WordSet = ["autonomous", "free", "federal", "metropolitan", "regional", "provincial", "special", "capital"]

  /// "the Autonomous Province of Trento": an adjective, a territory head and "of" name the authority (an organization).
  mutating func qualifiedTerritoryAuthority(_ r: Range<Int>, _ k: Int, nested: Bool) -> Int? {
    guard language == "en", r.count >= 4, vocabulary.has(Self.authorityAdjectives, r.lowerBound),
          vocabulary.has(Self.territoryHeads, r.lowerBound + 1), vocabulary.lowerIs(r.lowerBound + 2, "of") else { return nil }
    var m = FoundMention(kind: .organization, range: r, name: text(r), surface: text(r), sentence: k)
    m.head = HeadWord(lemma: "municipality", kind: .organization, gender: .neuter, isUnit: false, sector: .localGovernment, english: true)
    m.placeInName = text((r.lowerBound + 3)..<r.upperBound)
    m.nested = nested
    return add(m)
  }

  /// "organised by the Euroregion X together with the Nowy Targ District": an English territory named by its place
  /// head ("District", "County", "Region") that organizes or hosts is its authority (schema convention 6).
  mutating func actingTerritory(_ r: Range<Int>, _ k: Int, nested: Bool) -> Int? {
    // "the Nowy Targ District" (head last), "Region Skåne" (head first, a region's own name for its authority).
    let headLast = vocabulary.has(HeadWords.englishPlaceHeads, r.upperBound - 1) && tokens[r.upperBound - 1].lower != "voivodeship"
    let headFirst = r.count == 2 && vocabulary.lowerIn(r.lowerBound, ["region", "county", "province"]) && heads[r.lowerBound + 1] == nil
    guard language == "en", r.count >= 2, headLast || headFirst else { return nil }
    var b = r.lowerBound - 1
    if b >= 0, vocabulary.lowerIs(b, "the") { b -= 1 }
    let s = sentences[k]
    guard b > s.tokens.lowerBound, vocabulary.lowerIn(b, ["by", "with"]),
          (s.tokens.lowerBound..<b).contains(where: { vocabulary.has(Markers.organizedByCue, $0) }) else { return nil }
    var m = FoundMention(kind: .organization, range: r, name: text(r), surface: text(r), sentence: k)
    m.head = HeadWord(lemma: tokens[r.upperBound - 1].lower, kind: .organization, gender: .neuter, isUnit: false, sector: .localGovernment, english: true)
    m.nested = nested
    return add(m)
  }

  /// "koordynatorka projektu Lucía Ferrer": after a function and its project marker, two or three capitalised words
  /// with no head word (not an adjective first) are the person holding the function, not the project's name.
  func personAfterFunctionMarker(_ i: Int, _ j: Int, _ s: Sentence) -> Int? {
    guard i > s.tokens.lowerBound, roleWords[i - 1] != nil, !Inflection.looksAdjectival(tokens[j].text) else { return nil }
    var e = j
    while e < s.tokens.upperBound, e - j < 4, shapes[e].kind == .word, shapes[e].casing == .capitalized, heads[e] == nil, claim[e] < 0 { e += 1 }
    guard (2...3).contains(e - j), e >= s.tokens.upperBound || shapes[e].kind == .punct || shapes[e].casing == .lower else { return nil }
    return e
  }

  /// "Krzysztof Maj", "Anna Marzec": a month name right after a given name (not before a year or a number) is a
  /// surname.
  func monthSurname(_ i: Int) -> Bool {
    guard i >= 1, i < tokens.count, shapes[i].kind == .word, shapes[i].casing == .capitalized, Markers.months[tokens[i].lower] != nil,
          firstName(at: i - 1) != nil else { return false }
    return !(i + 1 < tokens.count && shapes[i + 1].kind == .number)
  }

  /// "członek Zarządu Województwa Podkarpackiego": the board of a region or county is a named body, not a
  /// continuation of the function ("prezes Zarządu X" names a company's board).
  func isRegionalBoard(_ i: Int, _ b: Int) -> Bool {
    guard i + 1 < b, shapes[i + 1].casing == .capitalized else { return false }
    if tokens[i].lower.hasPrefix("zarząd") && vocabulary.lowerIn(i + 1, ["województwa", "powiatu"]) { return true }
    // "dyrektor Zarządu Transportu Miejskiego", "kierownik Zarządu Dróg Powiatowych": a director heads an
    // institution named "Zarząd …"; only presidents and members sit on a company's board ("prezes Zarządu …").
    if shapes[i].casing == .capitalized, tokens[i].lower.hasPrefix("zarząd"), i > 0,
       let role = roleWords[i - 1], Self.officeHeadRoles.contains(role.base) { return true }
    // "członek Rady Kraju Żylińskiego", "przewodniczący Rady Miasta Kalisza": the council of a territory is a
    // body of its own, not part of the function.
    // "przewodniczący Rady Miejskiej w Kutnie": a town's or commune's council named by its adjective, too.
    return shapes[i].casing == .capitalized && vocabulary.lowerIn(i, ["rada", "rady", "radzie", "radę", "radą"])
      && (vocabulary.has(Self.territoryGenitives, i + 1) || vocabulary.has(Self.councilAdjectives, i + 1))
  }

  /// Functions that head an office rather than sit on a board: "Zarząd …" after them is the office's name.
  static let officeHeadRoles: Set<String> = ["dyrektor", "kierownik", "naczelnik", "rzecznik"]

  /// Adjectives of local councils in the cases a function's complement takes ("Rady Miejskiej", "Radzie Gminnej").
  static let councilAdjectives: WordSet = ["miejskiej", "gminnej", "powiatowej", "sołeckiej", "miejską", "gminną", "powiatową"]

  /// Territories in the genitive after a council's name ("Rada Miasta", "Rady Kraju", "Radzie Powiatu").
  static let territoryGenitives: WordSet = ["województwa", "powiatu", "miasta", "gminy", "kraju", "regionu", "obwodu", "okręgu", "dzielnicy", "osiedla"]

  /// "Małopolska" after "the Małopolska Region", "Lubelskie" with "województwo lubelskie": a region's short name is
  /// the same place as its full name in the text.
  /// - Complexity: O(m) for m mentions.
  mutating func regionShortForms() {
    var full: [String: String] = [:]
    for i in mentions.indices where mentions[i].kind == .place {
      let m = mentions[i]
      let n = m.name
      for suffix in [" Region", " Voivodeship"] where n.hasSuffix(suffix) { full[Normalize.form(String(n.dropLast(suffix.count)))] = n }
    }
    guard !full.isEmpty else { return }
    for i in mentions.indices where mentions[i].kind == .place {
      // Only a region's own name ("Małopolska"), not a town that names its region ("Opole" / "Opole Voivodeship").
      if let f = full[Normalize.form(mentions[i].name)], names.knownPlace(mentions[i].name) != nil { mentions[i].name = f }
    }
  }

  /// "(VILNIUS TECH)": two upper-case words in parentheses right after an organization are its short name.
  func twoWordAcronym(after e: Int) -> String? {
    guard e + 3 < tokens.count, marks.isMark(e, "("), marks.isMark(e + 3, ")"), shapes[e + 1].kind == .word, shapes[e + 2].kind == .word,
          shapes[e + 1].casing == .upper, shapes[e + 2].casing == .upper, tokens[e + 1].text.count + tokens[e + 2].text.count <= 16 else { return nil }
    return text((e + 1)..<(e + 3))
  }

  /// Descriptors written before a name: "the local NGO Fundacja Zielone Podwórka".
  static let descriptorAcronyms: WordSet = ["ngo", "ngos"]

  /// "Centrum Innowacji i Transferu Technologii UZ (CITT)": an acronym defined after a unit written with its parent's
  /// acronym names the unit, not the parent.
  mutating func moveAcronymToUnit(_ unit: Int, from parent: Int) {
    guard mentions[parent].range.count == 1, !mentions[parent].acronyms.isEmpty, mentions[parent].range.lowerBound == mentions[unit].range.upperBound else { return }
    mentions[unit].acronyms += mentions[parent].acronyms
    mentions[parent].acronyms = []
  }

  /// "Instytut Uprawy … – Państwowy Instytut Badawczy": the head at `i` is the status of a state research institute
  /// written after a dash, not a parent institution.
  func isStateInstituteStatus(_ i: Int) -> Bool {
    i >= 2 && tokens[i - 1].lower.hasPrefix("państwow") && marks.isAny(i - 2, "–", "-", "—")
  }

  /// The status of a state research institute in the nominative: "… – Państwowego Instytutu Badawczego" →
  /// "… – Państwowy Instytut Badawczy".
  func withStateInstituteStatus(_ name: String) -> String {
    for dash in [" – ", " - ", " — "] {
      guard let d = name.range(of: dash) else { continue }
      let tail = name[d.upperBound...].lowercased()
      guard tail.hasPrefix("państwow"), tail.contains("instytut"), tail.contains("badawcz") else { continue }
      return String(name[..<d.upperBound]) + "Państwowy Instytut Badawczy"
    }
    return name
  }
}

extension Recognizer {
  /// Words of a relative copula between a person and a function: "…, który jest jednocześnie przewodniczącym".
  static let copulaWords = Markers.toBe.union([
    "jednocześnie", "również", "także", "też", "obecnie", "also", "currently",
    // "Prezesem zarządu KEP ponownie został Jan X": a function named before the verb of taking it.
    "został", "została", "zostanie", "ponownie", "wybrany", "wybrana",
  ])

  /// "Krzysztof Domagała, który jest jednocześnie przewodniczącym zarządu ZGZR": from the token `b` before a
  /// function, back over the relative copula to the comma after the person; `b` when there is none.
  func pastRelativeCopula(_ b: Int, _ s: Sentence) -> Int {
    var q = b
    while q > s.tokens.lowerBound, vocabulary.has(Self.copulaWords, q) { q -= 1 }
    guard q < b, q > s.tokens.lowerBound, vocabulary.lowerIn(q, ["który", "która", "who"]) else { return b }
    return q - 1
  }

  /// Polish words for a foreign region's self-government written before its native name: "Region Lombardia",
  /// "Kraj Vysočina".
  static let regionNouns: WordSet = ["region", "kraj", "prowincja"]

  /// "Pozostali partnerzy to … Kraj Vysočina z Czech, … włoski Region Lombardia": a region's self-government named
  /// among a project's partners acts, so it is an organization (schema convention 6).
  mutating func regionAmongPartners(_ r: Range<Int>, _ k: Int, nested: Bool) -> Int? {
    guard language != "en", r.count == 2, vocabulary.has(Self.regionNouns, r.lowerBound), shapes[r.lowerBound].casing == .capitalized,
          shapes[r.lowerBound + 1].casing == .capitalized, heads[r.lowerBound + 1] == nil,
          sentences[k].tokens.contains(where: { vocabulary.has(RelationFinder.partnerNouns, $0) }) else { return nil }
    var m = FoundMention(kind: .organization, range: r, name: text(r), surface: text(r), sentence: k)
    m.head = HeadWord(lemma: "region", kind: .organization, gender: .masculine, isUnit: false, sector: .localGovernment)
    m.nested = nested
    return add(m)
  }
}

extension Recognizer {
  /// Lower-case nouns of a settlement before "of": "the port of Świnoujście", "the town of Rumia".
  static let settlementNouns: WordSet = ["port", "city", "town", "village", "municipality", "commune", "harbour", "seaport"]

  /// Whether the words before `r` make it an item of a list of examples: "m.in. Sopot i Rumia", "np. Kielce,
  /// Radom", "including Tartu and Narva" (back over coordinated capitalised words to the marker).
  func afterExampleMarker(_ r: Range<Int>) -> Bool {
    let s = sentences[sentenceOf[r.lowerBound]]
    var b = r.lowerBound - 1
    var steps = 0
    while b > s.tokens.lowerBound, steps < 12 {
      if vocabulary.lowerIs(b, "including") || (vocabulary.lowerIs(b, "as") && vocabulary.lowerIs(b - 1, "such")) { return true }
      // "m.in.": m . in . — "np.": np .
      if marks.isMark(b, "."), vocabulary.lowerIs(b - 1, "in"), b - 3 >= s.tokens.lowerBound, marks.isMark(b - 2, "."), vocabulary.lowerIs(b - 3, "m") { return true }
      if marks.isMark(b, "."), vocabulary.lowerIs(b - 1, "np") { return true }
      guard marks.isMark(b, ",") || vocabulary.lowerIn(b, ["i", "oraz", "and", "or", "lub"]) || (shapes[b].kind == .word && shapes[b].casing == .capitalized) else { return false }
      b -= 1
      steps += 1
    }
    return false
  }

  /// "kolejne gminy, m.in. Sopot i Rumia", "the port of Świnoujście": one to three capitalised words the Polish
  /// lexicon knows as a town, in a list of examples or after a settlement noun and "of", are a place.
  mutating func lexiconPlaceInContext(_ r: Range<Int>, _ k: Int, nested: Bool) -> Int? {
    guard r.count <= 3, !nested, allCapitalized(r), r.allSatisfy({ heads[$0] == nil }) else { return nil }
    let b = r.lowerBound - 1
    let ofSettlement = b >= 1 && vocabulary.lowerIs(b, "of") && vocabulary.has(Self.settlementNouns, b - 1) && shapes[b - 1].casing == .lower
    // (The given-name test after the context: a place's context is rare.)
    guard ofSettlement || afterExampleMarker(r) || representedByOfficeHolder(r) || polishPlaceInEnglish(r), firstName(at: r.lowerBound) == nil else { return nil }
    let words = r.map { tokens[$0].text }
    guard names.isLexiconPlace(words) else { return nil }
    let name = language == "en" ? text(r) : placeName(words)
    var m = FoundMention(kind: .place, range: r, name: name, surface: text(r), sentence: k)
    m.foreign = false
    return add(m)
  }

  /// Nouns after a place used as a modifier in English: "the Olecko and Gołdap areas", "a Toruń start-up".
  static let placeModifiedNouns: WordSet = [
    "area", "areas", "region", "district", "county", "start-up", "startup", "company", "firm", "plant", "factory",
    "office", "branch", "campus", "site", "municipality", "commune",
  ]

  /// In an English text, whether the chunk is written like a Polish place the lexicon may confirm: it has a Polish
  /// letter ("Toruń", "Łańcut": English never declines them, so the form is the name), follows a compass word
  /// and "of" ("just north of X"), or modifies a noun of area or business ("the X area", "a X start-up").
  func polishPlaceInEnglish(_ r: Range<Int>) -> Bool {
    guard language == "en", r.count <= 2 else { return false }
    // "the Śląskie project": a name before a project or event noun is that thing's name.
    if r.upperBound < tokens.count, shapes[r.upperBound].casing == .lower,
       vocabulary.has(Markers.project, r.upperBound) || vocabulary.has(Markers.event, r.upperBound) || vocabulary.has(HeadWords.projectPostMarkers, r.upperBound)
        || vocabulary.has(HeadWords.eventPostMarkers, r.upperBound) { return false }
    if r.contains(where: { tokens[$0].text.unicodeScalars.contains(where: { "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ".unicodeScalars.contains($0) }) }) { return true }
    let b = r.lowerBound - 1
    if b >= 1, vocabulary.lowerIs(b, "of"), vocabulary.has(Self.compassWords, b - 1) { return true }
    let e = r.upperBound
    return e < tokens.count && shapes[e].casing == .lower && vocabulary.has(Self.placeModifiedNouns, e)
  }

  /// "Gołdap reprezentował jej burmistrz …", "a Olecko – burmistrz …": a name followed by a verb of representing or
  /// by a dash and a territorial function is the territory the office-holder speaks for.
  func representedByOfficeHolder(_ r: Range<Int>) -> Bool {
    let e = r.upperBound
    guard e + 1 < tokens.count, sentenceOf[e] == sentenceOf[r.lowerBound] else { return false }
    if vocabulary.lowerIn(e, ["reprezentował", "reprezentowała", "reprezentuje"]) {
      var q = e + 1
      if vocabulary.lowerIn(q, ["jego", "jej", "ich"]), q + 1 < tokens.count { q += 1 }
      return roleWords[q]?.territorial == true
    }
    return marks.isAny(e, "–", "—") && roleWords[e + 1]?.territorial == true
  }

  /// Whether a project noun follows at `a` within eight words (an article first), only adjectives and capitalised
  /// words between: "an Interreg Baltic Sea Region project".
  func appositionNounFollows(_ a: Int, _ s: Sentence) -> Bool {
    var q = a
    if q < s.tokens.upperBound, vocabulary.lowerIn(q, ["a", "an", "the"]) { q += 1 }
    while q < s.tokens.upperBound, q - a <= 8, shapes[q].kind == .word || shapes[q].kind == .number || marks.isAny(q, "–", "-") {
      // "Wim Hendriks, project manager at …": a function after the noun makes the name a person's.
      if vocabulary.has(Self.appositionProjectNouns, q) { return !(q + 1 < s.tokens.upperBound && lowerRoles[q + 1] != nil) }
      if shapes[q].casing == .lower, !vocabulary.has(Self.appositionModifiers, q), !Inflection.looksAdjectival(tokens[q].text) { return false }
      q += 1
    }
    return false
  }

  /// Lower-case words allowed before the project noun of an apposition: "a three-year project", "a new joint project".
  static let appositionModifiers: WordSet = ["three-year", "two-year", "four-year", "new", "joint", "european", "international", "cross-border", "research", "flagship"]

  /// Nouns after an appositive article that say what a name is: "BALTIC-LOOP, an Interreg … project".
  static let appositionProjectNouns: WordSet = ["project", "network", "initiative", "partnership", "projekt", "sieć", "inicjatywa", "partnerstwo"]

  /// "the second partner meeting of BALTIC-LOOP, an Interreg Baltic Sea Region project on …", "X – projekt …": a name
  /// without a head word described right after it as a project (within eight words) is that project.
  mutating func projectInApposition(_ r: Range<Int>, _ k: Int, nested: Bool) -> Int? {
    let s = sentences[k]
    let e = r.upperBound
    // "Its first project, H2-CORRIDOR, will be …": a name set off by commas right after a project noun.
    if r.count <= 3, r.lowerBound - 2 >= s.tokens.lowerBound, marks.isMark(r.lowerBound - 1, ","), shapes[r.lowerBound - 2].casing == .lower,
       vocabulary.has(Self.appositionProjectNouns, r.lowerBound - 2), e < s.tokens.upperBound, marks.isAny(e, ",", "."),
       r.allSatisfy({ heads[$0] == nil }), firstName(at: r.lowerBound) == nil, names.knownPlace(text(r)) == nil {
      var m = FoundMention(kind: .project, range: r, name: text(r), surface: text(r), sentence: k)
      m.nested = nested
      return add(m)
    }
    guard r.count <= 3, e + 2 < s.tokens.upperBound, marks.isAny(e, ",", "–", "—"), r.allSatisfy({ heads[$0] == nil }),
          appositionNounFollows(e + 1, s), firstName(at: r.lowerBound) == nil, names.knownPlace(text(r)) == nil,
          // "Led by BUT, the project …": the agent of a participle, or an organization's known short name, is no project.
          !(r.lowerBound > s.tokens.lowerBound && vocabulary.lowerIn(r.lowerBound - 1, ["by", "przez"])),
          !definedAcronyms.contains(text(r)) else { return nil }
    let t = text(r)
    if mentions.contains(where: { $0.kind != .project && ($0.name == t || $0.acronyms.contains(t)) }) { return nil }
    var m = FoundMention(kind: .project, range: r, name: t, surface: t, sentence: k)
    m.nested = nested
    return add(m)
  }
}
