import StakeholderModel

/// Pass 1c: what a capitalised piece names, from its head word, legal form, the lists, and the words around it.
extension Recognizer {
  @discardableResult
  mutating func classify(_ r0: Range<Int>, _ k: Int, legal: String? = nil, legalEnd: Int? = nil, nested: Bool = false) -> Int? {
    if r0.count >= 2, legal == nil, tokens[r0.lowerBound].casing == .upper, let read = shortFormOpening(r0, k, nested: nested) { return read }
    var r = r0
    while !r.isEmpty, shapes[r.lowerBound].casing == .lower || shapes[r.lowerBound].kind == .punct
      || (vocabulary.has(Markers.functionWords, r.lowerBound) && shapes[r.lowerBound].casing == .capitalized && !isFirstEditionNumeral(r.lowerBound))
      || (r.count > 1 && vocabulary.has(Self.descriptorAcronyms, r.lowerBound))
      || datePrefixWord(r.lowerBound, r) || originBeforeRegion(r)
      // "on 3–4 October for the X Meeting": a date's month before lower-case words is not part of the name.
      || (r.count > 2 && shapes[r.lowerBound + 1].casing == .lower && shapes[r.lowerBound + 1].kind == .word && Markers.months[tokens[r.lowerBound].lower] != nil)
      // "In May X GmbH signed …": an English month after its preposition is no part of the name.
      || (r.count > 1 && language == "en" && r.lowerBound > 0 && Markers.months[tokens[r.lowerBound].lower] != nil
        && vocabulary.lowerIn(r.lowerBound - 1, ["in", "since", "by", "until", "during", "early", "late", "mid"]))
      // "Volunteers of the X Association repaired …": people named by a plural noun that opens the sentence.
      || (r.count > 3 && language == "en" && r.lowerBound == sentences[k].tokens.lowerBound && vocabulary.has(Self.englishPeopleNouns, r.lowerBound)
        && vocabulary.lowerIs(r.lowerBound + 1, "of"))
      // "Przewodniczącą Rady wybrano …": a function capitalised only because it opens the sentence.
      || (r.count > 1 && language != "en" && r.lowerBound == sentences[k].tokens.lowerBound && roleWords[r.lowerBound] != nil && heads[r.lowerBound] == nil) {
      r = (r.lowerBound + 1)..<r.upperBound
    }
    while !r.isEmpty, shapes[r.upperBound - 1].casing == .lower || shapes[r.upperBound - 1].kind == .punct {
      if marks.isMark(r.upperBound - 1, "”"), r.contains(where: { marks.isMark($0, "„") }) { break }
      // "platforma Kooperacja+": a plus glued to the name is part of it.
      if marks.isMark(r.upperBound - 1, "+"), !shapes[r.upperBound - 1].spaceBefore, r.count > 1 { break }
      if vocabulary.lowerIs(r.upperBound - 1, "roku"), r.count > 2, isYear(r.upperBound - 2) { break }
      // "Krajský úřad Olomouckého kraje": a foreign name may end in its territory's lower-case word.
      // "Slezský nábytkářský klastr": or in its head.
      if r.count > 2, vocabulary.has(Self.foreignNameTerritories, r.upperBound - 1) || vocabulary.has(HeadWordsForeign.lemmas, r.upperBound - 1),
         foreignLowerContinues(r.lowerBound, r.upperBound - 1) { break }
      r = r.lowerBound..<(r.upperBound - 1)
    }
    guard !r.isEmpty else { return nil }
    if sessionOpensSentence(r, k) || companyNounOpensSentence(r, k) { return classify((r.lowerBound + 1)..<r.upperBound, k, legal: legal, legalEnd: legalEnd, nested: nested) }
    if let body = assemblyAfterFunction(r, k, nested: nested) { return body }
    if legal == nil, !nested, personWithHeadSurname(r) {
      return addPerson(r, k)
    }
    let first = tokens[r.lowerBound]
    let last = tokens[r.upperBound - 1]
    if r.count == 1, Markers.months[first.lower] != nil { return nil }
    // "President of the Kołobrzeg-based KARR", "CEO of Ustka-based Baltmar Subsea Works": a seat adjective
    // inside a chunk (after a function) is a place of its own, and the name after it an organization even
    // without a head word.
    if language == "en", let place = seatBefore(r.lowerBound) {
      let seat = add(FoundMention(kind: .place, range: r.lowerBound..<(r.lowerBound + 1), name: place, surface: first.text, sentence: k))
      if r.count == 1 { return seat }
      let rest = (r.lowerBound + 1)..<r.upperBound
      let single = rest.count == 1 && (definedAcronyms.contains(tokens[rest.lowerBound].text) || abbreviatedOrganization(at: rest.lowerBound) != nil)
      if legal == nil, !single, shapes[rest.lowerBound].casing != .lower, firstHead(rest) == nil, firstName(at: rest.lowerBound) == nil {
        var m = FoundMention(kind: .organization, range: rest, name: text(rest), surface: text(rest), sentence: k)
        m.nested = nested
        return add(m)
      }
      return classify(rest, k, legal: legal, legalEnd: legalEnd, nested: nested)
    }
    // "Deputy Mayor of Lviv Andriy Moroz": after a function's "of", a known town, then the holder's given name and surname.
    if language == "en", r.count >= 3, r.lowerBound >= 2, vocabulary.lowerIs(r.lowerBound - 1, "of"), roleWords[r.lowerBound - 2] != nil,
       legal == nil, let town = names.knownPlace(first.text), firstName(at: r.lowerBound + 1) != nil, heads[r.lowerBound + 1] == nil,
       ((r.lowerBound + 1)..<r.upperBound).allSatisfy({ shapes[$0].casing == .capitalized && heads[$0] == nil && englishHeads[$0] == nil }) {
      var m = FoundMention(kind: .place, range: r.lowerBound..<(r.lowerBound + 1), name: first.text, surface: first.text, sentence: k)
      m.foreign = town.foreign
      m.nested = nested
      add(m)
      return addPerson((r.lowerBound + 1)..<r.upperBound, k)
    }
    // "Head of Jastków Municipality", "Mayor of X Commune": a function naming a commune names its territory, a place.
    if language == "en", r.count >= 2, r.lowerBound >= 2, vocabulary.lowerIn(r.upperBound - 1, ["municipality", "commune"]),
       vocabulary.lowerIs(r.lowerBound - 1, "of"), roleWords[r.lowerBound - 2] != nil, legal == nil, !writtenElsewhere(r) {
      let place = r.lowerBound..<(r.upperBound - 1)
      var m = FoundMention(kind: .place, range: place, name: text(place), surface: text(place), sentence: k)
      m.nested = nested
      return add(m)
    }
    // "the Swedish cluster", "Polish partners", "Baltic seaweed": an English adjective of nationality or region
    // alone names nothing (schema convention 24).
    if r.count == 1, language == "en", vocabulary.has(Self.englishAdjectivesOfOrigin, r.lowerBound) { return nil }
    // "Otwierając forum, …": an adverbial participle capitalised only because it opens the sentence.
    if r.count == 1, language != "en", r.lowerBound == sentences[k].tokens.lowerBound, first.lower.hasSuffix("ąc"),
       r.upperBound < tokens.count, shapes[r.upperBound].casing == .lower, firstName(at: r.lowerBound) == nil { return nil }
    // "Session 1: Municipal waste": a numbered part of a programme is no named event.
    if language == "en", r.count == 2, vocabulary.lowerIn(r.lowerBound, ["session", "panel", "workshop"]), shapes[r.lowerBound + 1].kind == .number { return nil }
    // "Regional Stakeholder Group", "Steering Committee": the generic bodies of a project, not named organizations.
    // (Only a token whose word opens a generic body is compared with the pairs.)
    if r.count >= 2, (r.lowerBound..<(r.upperBound - 1)).contains(where: { q in
      vocabulary.has(Self.genericBodyOpeners, q) && Self.genericBodies.contains { g in tokens[q].lower == g.0 && tokens[q + 1].lower == g.1 }
    }) { return nil }
    // "Partners of the X project", "Representatives of the X": the name is what follows "of".
    if vocabulary.has(Markers.genericPlurals, r.lowerBound) || vocabulary.has(Self.groupPlurals, r.lowerBound),
       let of = r.firstIndex(where: { vocabulary.lowerIs($0, "of") }) {
      var s = of + 1
      if s < r.upperBound, vocabulary.lowerIs(s, "the") { s += 1 }
      guard s < r.upperBound else { return nil }
      return classify(s..<r.upperBound, k, legal: legal, legalEnd: legalEnd, nested: nested)
    }
    // "President of the Management Board of LPNT Świdnik": a company's governing board is the company itself in
    // this genre (the person is affiliated with the company); the name is what follows "of".
    if language == "en", r.count >= 4, vocabulary.lowerIn(r.lowerBound, ["management", "supervisory", "executive"]), vocabulary.lowerIs(r.lowerBound + 1, "board"),
       vocabulary.lowerIs(r.lowerBound + 2, "of") {
      var s = r.lowerBound + 3
      if s < r.upperBound, vocabulary.lowerIs(s, "the") { s += 1 }
      guard s < r.upperBound else { return nil }
      return classify(s..<r.upperBound, k, legal: legal, legalEnd: legalEnd, nested: nested)
    }
    // "President of the Board of Vistula Labs Sp. z o.o.", "Member of the Board of the Kujawski Fundusz Rozwoju": the
    // same for a board named without its kind; a region's board stays a body of its own ("Board of the X
    // Voivodeship").
    if language == "en", r.count >= 3, vocabulary.lowerIs(r.lowerBound, "board"), first.casing == .capitalized, vocabulary.lowerIs(r.lowerBound + 1, "of"),
       !vocabulary.has(HeadWords.englishPlaceHeads, r.upperBound - 1) {
      var s = r.lowerBound + 2
      if s < r.upperBound, vocabulary.lowerIs(s, "the") { s += 1 }
      if s < r.upperBound { return classify(s..<r.upperBound, k, legal: legal, legalEnd: legalEnd, nested: nested) }
    }
    // "w auli Centrum Kongresowego Politechniki Lubelskiej", "Centrum Konferencyjnym UKW", "the Congress Centre": a
    // congress or conference centre is a venue, not an institution (schema convention 9); an institution written
    // after it is still named.
    // "W Centrum Kultury w Lesznie odbył się kongres", "the meeting took place in the university's Innovation
    // Technology Centre": a cultural centre, hall or the like, or a body's own facility, where the event is held.
    let prev = r.lowerBound - 1 >= sentences[k].tokens.lowerBound ? r.lowerBound - 1 : -1
    if r.count >= 2, prev >= 0, sentenceHasVenueVerb(k) {
      let a = tokens[r.lowerBound].lower, b = tokens[r.lowerBound + 1].lower
      let polishVenue = vocabulary.lowerIn(prev, ["w", "we"]) && (Self.venueBuildings.contains(a) || (a == "centrum" && b.hasPrefix("kultur")))
      let ownFacility = language == "en" && shapes[prev].casing == .lower && possessive[prev]
        && vocabulary.lowerIn(r.upperBound - 1, ["centre", "center", "hall", "campus", "building"])
      if polishVenue || ownFacility {
        for q in r where claim[q] < 0 { claim[q] = Self.nonEntity }
        return nil
      }
    }
    // "podpisano w Ratuszu", "w Zamku": a building named by its common noun alone is a venue, no place (convention 9).
    if r.count == 1, prev >= 0, vocabulary.lowerIn(prev, ["w", "we"]), vocabulary.has(Self.bareVenueWords, r.lowerBound) {
      claim[r.lowerBound] = Self.nonEntity
      return nil
    }
    // "held at the Lublin Congress Centre", "in the Gdynia Exhibition Hall": an English venue ending in its type,
    // after "at"/"in", is no entity (schema convention 9).
    if language == "en", r.count >= 3, venueLength(r.upperBound - 2) != nil, prev >= 0 {
      let p = vocabulary.lowerIs(prev, "the") && prev - 1 >= sentences[k].tokens.lowerBound ? prev - 1 : prev
      if vocabulary.lowerIn(p, ["at", "in"]), !r.contains(where: { englishHeads[$0]?.kind == .organization && !vocabulary.lowerIn($0, ["centre", "center", "hall"]) }) {
        for q in r where claim[q] < 0 { claim[q] = Self.nonEntity }
        return nil
      }
    }
    if r.count >= 2, let venue = venueLength(r.lowerBound) {
      for q in r.lowerBound..<(r.lowerBound + venue) { claim[q] = Self.nonEntity }
      var rest = r.lowerBound + venue
      if language == "en", rest < r.upperBound, vocabulary.lowerIs(rest, "of") { rest += 1 }
      if rest < r.upperBound, vocabulary.lowerIs(rest, "the") { rest += 1 }
      guard rest < r.upperBound else { return nil }
      return classify(rest..<r.upperBound, k, legal: legal, legalEnd: legalEnd, nested: nested)
    }
    if vocabulary.has(Markers.genericPlurals, r.upperBound - 1), firstHead(r) == nil { return nil }
    if bareGoverningBoard(r) { return nil }
    if let u = unitAfterParentAcronym(r, k, nested: nested) { return u }
    if let b = regionalBoard(r, k, nested: nested) { return b }
    if let v = signatoryRegion(r, k, nested: nested) { return v }
    if let p = personAfterEnglishFunction(r, k, nested: nested) { return p }
    if let m = ministryOfMinister(r, k, nested: nested) { return m }
    if let a = metropolitanArea(r, k, nested: nested) { return a }
    if let p = programmeAfterTypeWords(r, k, legal: legal, legalEnd: legalEnd, nested: nested) { return p }
    if let a = qualifiedTerritoryAuthority(r, k, nested: nested) { return a }
    if let a = actingTerritory(r, k, nested: nested) { return a }
    if let a = regionAmongPartners(r, k, nested: nested) { return a }
    if let p = projectInApposition(r, k, nested: nested) { return p }
    if let t = titleWithSameStems(r, k, nested: nested) { return t }
    if let p = institutionToBeCreated(r, k, nested: nested) { return p }
    if let rest = withoutNationality(r) { return classify(rest, k, legal: legal, legalEnd: legalEnd, nested: nested) }
    if let u = unitOfCityHall(r, k, nested: nested) { return u }
    if let h = cityHall(r, k, nested: nested) { return h }
    if let p = headedProgrammeInApposition(r, k, nested: nested) { return p }
    if let u = unitOfRegion(r, k, nested: nested) { return u }
    if let a = regionNamedAsPartner(r, k, nested: nested) { return a }
    let sentence = sentences[k]
    let after = r.upperBound < sentence.tokens.upperBound ? r.upperBound : -1
    let before = r.lowerBound - 1 >= sentence.tokens.lowerBound ? r.lowerBound - 1 : -1

    // A defined acronym inside: "Departamentu Społeczeństwa Informacyjnego UMWP" — unit, then its parent.
    // (The last word's abbreviation test runs outside any closure: a method call on the recogniser inside a closure
    // of this mutating method copies the whole recogniser.)
    var acronymAt: Int?
    if r.count > 1 {
      acronymAt = ((r.lowerBound + 1)..<r.upperBound).first(where: { definedAcronyms.contains(tokens[$0].text) || Self.orgAbbreviations[tokens[$0].text] != nil })
      if acronymAt == nil, abbreviatedOrganization(at: r.upperBound - 1) != nil { acronymAt = r.upperBound - 1 }
    }
    if let a = acronymAt,
       HeadWords.head(first.lower)?.isUnit == true || firstHead(r.lowerBound..<a).map({ $0.1.isUnit || Self.sometimesUnits.contains($0.1.lemma) }) == true {
      let before = pending.count
      // "Biuro OMGGS": a bare unit head takes the parent's acronym into its name.
      if a == r.lowerBound + 1, let hw = HeadWords.head(first.lower), hw.isUnit, a + 1 == r.upperBound {
        let parent = classify(a..<r.upperBound, k, legal: legal, legalEnd: legalEnd, nested: true)
        var m = FoundMention(kind: .organization, range: r, name: recase(hw.lemma, like: first.text) + " " + tokens[a].text, surface: text(r), sentence: k)
        m.head = hw
        m.parent = parent
        m.nested = nested
        let idx = add(m)
        if parent == nil, pending.count > before { pending[pending.count - 1].parentOf = idx }
        for i in r { claim[i] = idx }
        return idx
      }
      let unit = classify(r.lowerBound..<a, k, nested: nested)
      let parent = classify(a..<r.upperBound, k, legal: legal, legalEnd: legalEnd, nested: nested)
      if let unit, let parent { mentions[unit].parent = parent }
      if let unit { mentions[unit].fullForm = text(r) }
      if let unit, let parent { moveAcronymToUnit(unit, from: parent) }
      if let unit, parent == nil, pending.count > before { pending[pending.count - 1].parentOf = unit }
      return unit
    }
    // "Archiwum UM w Stalowej Woli": split before a general abbreviation of an office.
    if r.count > 1, let a = ((r.lowerBound + 1)..<r.upperBound).first(where: { Self.orgAbbreviations[tokens[$0].text] != nil }) {
      classify(r.lowerBound..<a, k, nested: nested)
      return classify(a..<r.upperBound, k, legal: legal, legalEnd: legalEnd, nested: nested)
    }
    // "UM w Stalowej Woli": a general abbreviation of an office.
    if let expansion = Self.orgAbbreviations[first.text] {
      var e = r.upperBound
      if e + 1 < sentence.tokens.upperBound, vocabulary.lowerIn(e, ["w", "we"]), shapes[e + 1].isNameLike {
        let (pe, _) = chunkEnd(e + 1, sentence)
        e = pe
      }
      let rr = r.lowerBound..<e
      let surface = text(rr)
      var name = expansion + surface.dropFirst(first.text.count)
      if r.count > 1 && e == r.upperBound { name = expansion + " " + text((r.lowerBound + 1)..<r.upperBound) }
      var m = FoundMention(kind: .organization, range: rr, name: name, surface: surface, sentence: k)
      m.head = HeadWords.head("urząd")
      m.nested = nested
      m.placeInName = placeAfterPreposition(rr)
      return add(m)
    }

    // "LGD Zielone Nadbuże", "KGW Złote Kłosy": a body's type abbreviated before its own name.
    // (Not before another head's name: "przez LGD Lokalnej Strategii Rozwoju" names what the group carries out.)
    if r.count > 1, let (expansion, head) = Self.typeAbbreviations[first.text], shapes[r.lowerBound + 1].isNameLike,
       !((r.lowerBound + 1)..<r.upperBound).contains(where: { heads[$0] != nil }) {
      var m = FoundMention(kind: .organization, range: r, name: expansion + " " + text((r.lowerBound + 1)..<r.upperBound), surface: text(r), sentence: k)
      m.head = HeadWords.head(head)
      m.nested = nested
      return add(m)
    }
    // "LGD" alone after "Lokalna Grupa Działania X": the one body of that type named before.
    if r.count == 1, let (expansion, _) = Self.typeAbbreviations[first.text] {
      let earlier = mentions.filter { $0.kind == .organization && $0.name.hasPrefix(expansion + " ") }
      if let known = earlier.last, Set(earlier.map(\.name)).count == 1 {
        var m = FoundMention(kind: .organization, range: r, name: known.name, surface: first.text, sentence: k)
        m.head = known.head
        m.nested = nested
        return add(m)
      }
    }
    // The same words as an earlier name ("MIASTO CYFROWE" after "sieci MIASTO CYFROWE"): the same thing.
    if !titleIndex.isEmpty, titleMayStart(at: r.lowerBound), let pi = titleIndex[Normalize.form(text(r))] {
      let prev = mentions[pi]
      var m = FoundMention(kind: prev.kind, range: r, name: prev.name, surface: text(r), sentence: k)
      m.isProgramme = prev.isProgramme
      m.nested = nested
      return add(m)
    }
    // "OUT's Vice-Rector", "Milkora's co-founder": an organization read before, in the English possessive.
    if language == "en", r.count == 1, possessive[r.lowerBound], first.text.count > 3 {
      let bare = String(first.text.dropLast(2))
      if let known = mentions.firstIndex(where: { $0.kind == .organization && !$0.nested && ($0.name == bare || $0.surface == bare || $0.acronyms.contains(bare)) }) {
        var m = FoundMention(kind: .organization, range: r, name: mentions[known].name, surface: first.text, sentence: k)
        m.head = mentions[known].head
        m.legalForm = mentions[known].legalForm
        m.nested = nested
        return add(m)
      }
    }
    // "Morava Poradenství" after "Morava Poradenství s.r.o.": a company named again without its legal form.
    // (The text is built only when some company has a legal form, and before the call: a method call on the
    // recogniser whose argument calls another copies the whole recogniser.)
    if legal == nil, r.count <= 4, !memo.companiesWithoutLegalForm.isEmpty, case let written = text(r),
       let known = companyWithoutLegalForm(written) ?? inflectedCompany(r, written) {
      var m = FoundMention(kind: .organization, range: r, name: mentions[known].name, surface: text(r), sentence: k)
      m.legalForm = mentions[known].legalForm
      m.nested = nested
      return add(m)
    }
    // "Žilina Self-Governing Region": a self-governing region is its authority, not the territory.
    if language == "en", r.count >= 3, r.contains(where: { vocabulary.lowerIs($0, "self-governing") }), vocabulary.has(HeadWords.englishPlaceHeads, r.upperBound - 1) {
      var m = FoundMention(kind: .organization, range: r, name: text(r), surface: text(r), sentence: k)
      m.head = HeadWords.englishHead("authority")
      m.nested = nested
      return add(m)
    }
    // "PWr" after "Politechnika Wrocławska": an acronym of a name already read, never defined in parentheses.
    if r.count == 1, abbreviatedOrganization(at: r.lowerBound) != nil {
      var m = FoundMention(kind: .organization, range: r, name: first.text, surface: first.text, sentence: k)
      m.nested = nested
      return add(m)
    }
    // "South Estonia", "Northern Italy": a compass word and a country.
    if language == "en", r.count == 2, vocabulary.has(Self.compassWords, r.lowerBound), let p = names.knownPlace(last.text) {
      var m = FoundMention(kind: .place, range: r, name: text(r), surface: text(r), sentence: k)
      m.foreign = p.foreign
      m.nested = nested
      return add(m)
    }
    // "the Interreg North Sea project": a programme's name, whatever its last word.
    if r.count >= 2, vocabulary.lowerIs(r.lowerBound, "interreg"), before < 0 || !marks.isMark(before, "(") {
      var m = FoundMention(kind: .project, range: r, name: text(r), surface: text(r), sentence: k)
      m.isProgramme = true
      m.nested = nested
      return add(m)
    }
    // "the URBACT Action Planning Network „Green Food …”": the type words before a quoted title are not a
    // name; what precedes them is the programme.
    if r.upperBound + 1 < sentence.tokens.upperBound, SentenceSplitter.openQuotes.contains(tokens[r.upperBound].text), claim[r.upperBound + 1] >= 0,
       mentions[claim[r.upperBound + 1]].kind == .project {
      var e = r.upperBound
      while e > r.lowerBound + 1, vocabulary.has(Self.projectTypeWords, e - 1) { e -= 1 }
      if e < r.upperBound, e > r.lowerBound {
        var m = FoundMention(kind: .project, range: r.lowerBound..<e, name: text(r.lowerBound..<e), surface: text(r.lowerBound..<e), sentence: k)
        m.isProgramme = true
        m.nested = nested
        return add(m)
      }
    }
    // "City of Ghent", "Province of Zeeland", "Region of Western Macedonia": the authority, an organization.
    // "Hanseatic City of Rostock", "Royal Borough of …": one title word may come first.
    let titled = language == "en" && r.count >= 4 && first.casing == .capitalized && heads[r.lowerBound] == nil
      && vocabulary.has(Self.territoryHeads, r.lowerBound + 1) && vocabulary.lowerIs(r.lowerBound + 2, "of")
    if language == "en", r.count >= 3, first.casing == .capitalized, titled || (vocabulary.has(Self.territoryHeads, r.lowerBound) && vocabulary.lowerIs(r.lowerBound + 1, "of")) {
      var m = FoundMention(kind: .organization, range: r, name: text(r), surface: text(r), sentence: k)
      m.head = HeadWord(lemma: "municipality", kind: .organization, gender: .neuter, isUnit: false, sector: .localGovernment, english: true)
      m.placeInName = text((r.lowerBound + (titled ? 3 : 2))..<r.upperBound)
      if let p = m.placeInName { placesInNames[p.lowercased()] = p }
      m.nested = nested
      return add(m)
    }
    if let body = bodyOfProgramme(r, k, legal: legal, legalEnd: legalEnd, nested: nested) { return body }
    // "Department of Economy of the Marshal's Office …", "Faculty of Mechanical Engineering of OUT": unit, then parent.
    // "Strategy and Planning Department of the City of Kranj", "Water Service of X City Council": the
    // unit head ends the unit's name.
    // (Read only for the English chunks of four words or more the rule below takes.)
    let firstIsUnit = language == "en" && r.count >= 4 && (HeadWords.englishHead(first.lower)?.isUnit == true
      || (vocabulary.has(Self.englishSometimesUnits, r.lowerBound) && r.dropFirst().contains { vocabulary.has(Self.universityHeads, $0) }))
    if language == "en", r.count >= 4, firstIsUnit || r.contains(where: { englishHeads[$0]?.isUnit == true }) {
      var p = r.lowerBound + (firstIsUnit ? 2 : 1)
      while p < r.upperBound - 1 {
        if vocabulary.lowerIs(p, "of"), firstIsUnit || englishHeads[p - 1]?.isUnit == true {
          var q = p + 1
          if vocabulary.lowerIs(q, "the"), q + 1 < r.upperBound { q += 1 }
          let rest = q..<r.upperBound
          let restText = text(rest)
          let parentLike = (rest.count == 1 && definedAcronyms.contains(tokens[q].text))
            // "Faculty of Physics of Lublin Tech": a short name defined in parentheses before.
            || mentions.contains { $0.kind == .organization && $0.acronyms.contains(restText) }
            || (rest.count >= 3 && vocabulary.has(Self.territoryHeads, q) && vocabulary.lowerIs(q + 1, "of"))
            || rest.contains { i in englishHeads[i].map { HeadWords.parentHeads.contains($0.lemma) && !$0.isUnit } ?? false }
            // "Łomża Branch of the Podlasie Agricultural Advisory Centre": a body named by its own head word.
            || (rest.count >= 3 && englishHeads[rest.upperBound - 1].map { $0.kind == .organization && !$0.isUnit } ?? false)
          if parentLike {
            let unit = classify(r.lowerBound..<p, k, nested: nested)
            let parent = classify(rest, k, legal: legal, legalEnd: legalEnd, nested: nested)
            if let unit, let parent { mentions[unit].parent = parent; mentions[unit].fullForm = text(r) }
            return unit
          }
        }
        p += 1
      }
    }
    // "Vice-Rector for Research of the University of Bergen": the portfolio after "for" belongs to the function;
    // the institution is what follows "of".
    if language == "en", r.count >= 3, before >= 1, vocabulary.lowerIs(before, "for"), roleWords[before - 1] != nil,
       HeadWords.englishHead(first.lower) == nil, let of = r.first(where: { vocabulary.lowerIs($0, "of") }), of > r.lowerBound {
      var q = of + 1
      if q < r.upperBound, vocabulary.lowerIs(q, "the") { q += 1 }
      // "… of VILNIUS TECH": a short name in capitals is the institution too.
      if q < r.upperBound, r[q...].contains(where: { englishHeads[$0] != nil }) || r[q...].allSatisfy({ shapes[$0].casing == .upper }) {
        for i in r.lowerBound..<q { roleToken[i] = true }
        return classify(q..<r.upperBound, k, legal: legal, legalEnd: legalEnd, nested: nested)
      }
    }
    // "Vice-Rector of the University of Porto for Research and Innovation": a known institution followed by
    // "for …" (the function's portfolio) is that institution.
    if language == "en", r.count >= 4, let f = r.first(where: { vocabulary.lowerIs($0, "for") }), f > r.lowerBound + 1, roleBefore(r) {
      let pre = Normalize.form(text(r.lowerBound..<f))
      if mentions.contains(where: { $0.kind == .organization && Normalize.form($0.name) == pre }) {
        return classify(r.lowerBound..<f, k, nested: nested)
      }
    }
    // "Warsztaty ARP", "Spotkanie ZMP": a generic meeting noun with only its organizer's acronym names no event.
    if r.count == 2, let hw = heads[r.lowerBound], hw.kind == .event, Self.genericMeetingHeads.contains(hw.lemma),
       shapes[r.lowerBound + 1].casing == .upper || shapes[r.lowerBound + 1].casing == .camel {
      return classify((r.lowerBound + 1)..<r.upperBound, k, legal: legal, legalEnd: legalEnd, nested: nested)
    }
    // "BioLoop Summer School 2025", "Letnia Szkoła Wodorowa": a seasonal school is an event, not a school.
    if r.count >= 2, r.contains(where: { vocabulary.has(Self.seasonalWords, $0) }), r.contains(where: { vocabulary.lowerIn($0, ["school", "szkoła", "szkoły", "szkole", "szkołę", "academy", "akademia", "akademii"]) }) {
      var m = FoundMention(kind: .event, range: r, name: language == "en" ? text(r) : names.organizationName(text(r)), surface: text(r), sentence: k)
      m.nested = nested
      return add(m)
    }
    // "the Lower Silesian Green Tourism Action Plan": a plan with a name of its own (three words or more
    // before "Plan") is a project; a bare "Action Plan" is not.
    if language == "en", r.count >= 4, vocabulary.lowerIs(r.upperBound - 1, "plan"), last.casing == .capitalized,
       !r.contains(where: { englishHeads[$0]?.kind == .organization }) {
      var m = FoundMention(kind: .project, range: r, name: text(r), surface: text(r), sentence: k)
      m.nested = nested
      return add(m)
    }
    // Headed names.
    if let (h, hw) = firstHead(r) {
      var start = r.lowerBound
      if !hw.english && language != "en" {
        start = h
        while start > r.lowerBound {
          let w = tokens[start - 1]
          if isEditionDeterminer(start - 1) { break }
          // "Świętokrzyskich Dni …": a plural head's adjective in the genitive or locative plural.
          let pluralAdjective = hw.gender == .plural && w.casing == .capitalized && (w.lower.hasSuffix("ich") || w.lower.hasSuffix("ych"))
          // "Powiatowa i Miejska Biblioteka …": two adjectives coordinated before the head.
          if start < h, w.text == "i", start - 2 >= r.lowerBound, tokens[start - 2].casing == .capitalized, Inflection.looksAdjectival(tokens[start - 2].text) {
            start -= 1
            continue
          }
          // "Legnicki Okrągły Stół …": a masculine adjective the endings miss ("-ły") that the lexicon knows (asked last).
          if Markers.romanNumerals.contains(w.text) || w.kind == .number || pluralAdjective || (Inflection.looksAdjectival(w.text) && w.casing == .capitalized && firstName(w.text) == nil)
            || (w.casing == .capitalized && (w.lower.hasSuffix("ły") || w.lower.hasSuffix("ty") || w.lower.hasSuffix("gi") || w.lower.hasSuffix("ki") || w.lower.hasSuffix("ni")) && names.lexicon.isAdjectiveLemma(w.text))
            || isSoftAdjectiveForm(w) {
            start -= 1
          } else { break }
        }
      }
      // "organizuje w Kielcach Urząd Marszałkowski …": a town in the locative after "w" runs into the name of the
      // institution that follows it; the town is a place of its own.
      if start > r.lowerBound, start - r.lowerBound <= 2, language != "en", !hw.english, before >= 0, shapes[before].casing == .lower,
         vocabulary.has(Self.placePrepositions, before), (r.lowerBound..<start).allSatisfy({ shapes[$0].casing == .capitalized && heads[$0] == nil }) {
        let words = (r.lowerBound..<start).map { tokens[$0].text }
        if names.isLexiconPlace(words) || names.knownPlace(placeName(words)) != nil {
          let place = placeName(words)
          var m = FoundMention(kind: .place, range: r.lowerBound..<start, name: place, surface: text(r.lowerBound..<start), sentence: k)
          m.foreign = names.knownPlace(place)?.foreign ?? false
          m.nested = nested
          add(m)
        }
      }
      if englishWordOrder(r, h) { start = r.lowerBound }
      let rr = start..<r.upperBound
      let bareHead = rr.count == 1 && !tokens[h].text.includes("-")
      if !bareHead {
        return addHeaded(rr, h, hw, k, legal: legal, legalEnd: legalEnd, nested: nested)
      }
      if legal == nil {
        // "Przewodniczącą Rady wybrano …", "Park od lat łączy …": a capitalised bare head may refer back to the one
        // institution or event of the text with that head (decided once all names are known).
        if shapes[h].casing == .capitalized, hw.kind == .organization || hw.kind == .event, !hw.isMarker {
          pending.append(Pending(range: rr, sentence: k, parentOf: nil))
        }
        return nil
      }
    }

    if legal == nil, let p = createdUndertaking(r, k, nested: nested) { return p }
    if legal == nil, let p = lexiconPlaceInContext(r, k, nested: nested) { return p }
    if legal == nil, language == "en", allCapitalized(r) || shapes[r.lowerBound].casing != .lower, programmeNounSoonAfter(r) {
      var m = FoundMention(kind: .project, range: r, name: text(r), surface: text(r), sentence: k)
      m.isProgramme = true
      m.nested = nested
      return add(m)
    }
    if legal == nil, let p = programmeWithPeriod(r, k, nested: nested) { return p }
    if legal == nil, let p = projectAfterProjectNoun(r, k, nested: nested) { return p }
    let surface = text(r)
    // "mówił marszałek Kołodziejczak", "Prezes Nowicki": a surname of a person named earlier.
    if r.count == 1, legal == nil, first.casing == .capitalized, let known = personWithSurname(first.text),
       mentions[known].surname?.fastLowercased == first.lower || (before >= 0 && (lowerRoles[before] != nil || vocabulary.has(RoleWords.titles, before))) {
      var m = FoundMention(kind: .person, range: r, name: mentions[known].name, surface: surface, sentence: k)
      m.surname = mentions[known].surname
      m.feminine = mentions[known].feminine
      return add(m)
    }
    var kind: EntityKind?
    var name = surface
    var foreign = false
    var programme = false
    var rr = r
    // "Kolejne forum …", "Następne spotkanie …": a sentence-initial adjective before a lower-case marker noun is no
    // name of that kind (a town such as "Warszawa" is still found by the lists below).
    // "Gośćmi forum byli …": a plural noun in the instrumental or locative opening the sentence is no name either.
    let initialAdjective = r.count == 1 && language != "en" && opensClause(r.lowerBound, sentence)
      && (Inflection.looksAdjectival(first.text) || first.lower.hasSuffix(among: ["mi", "ach", "om"]) || vocabulary.has(Self.clauseDeterminers, r.lowerBound))
      && firstName(at: r.lowerBound) == nil
    if legal != nil {
      kind = .organization
    } else if r.count > 2, language == "en", vocabulary.has(HeadWords.englishPlaceHeads, r.upperBound - 1), vocabulary.has(Self.authorityModifiers, r.upperBound - 2) {
      // "Kurzeme Planning Region", "Development Region X": a body that plans for a region, not the region.
      var m = FoundMention(kind: .organization, range: r, name: surface, surface: surface, sentence: k)
      m.head = HeadWords.englishHead("authority")
      m.nested = nested
      return add(m)
    } else if r.count > 1, language == "en", vocabulary.lowerIs(r.upperBound - 1, "voivodeship"), regionActs(after: r.upperBound, k) || regionSignsFor(r, k) {
      // "The Lubuskie Voivodeship, one of seven project partners, was represented by …": the region acting as a
      // partner is its self-government (schema convention 6).
      var m = FoundMention(kind: .organization, range: r, name: surface, surface: surface, sentence: k)
      m.head = HeadWord(lemma: "voivodeship", kind: .organization, gender: .neuter, isUnit: false, sector: .localGovernment, english: true)
      m.nested = nested
      return add(m)
    } else if r.count > 1 || language == "en", vocabulary.has(HeadWords.englishPlaceHeads, r.upperBound - 1), last.casing == .capitalized, r.count > 1 {
      kind = .place
    } else if !initialAdjective, after >= 0, shapes[after].casing == .lower, vocabulary.has(HeadWords.placePostMarkers, after), !(r.count == 1 && first.casing == .upper) {
      kind = .place
    } else if !initialAdjective, after >= 0, shapes[after].casing == .lower, vocabulary.has(HeadWords.projectPostMarkers, after),
              !afterPolishPlacePreposition(r) {
      kind = .project
    } else if !initialAdjective, after >= 0, shapes[after].casing == .lower, vocabulary.has(HeadWords.eventPostMarkers, after) {
      // "Pottery workshops will be run by …": one capitalised word and a plural noun opening an English sentence
      // are a common phrase, not a named event.
      if language == "en", r.count == 1, r.lowerBound == sentence.tokens.lowerBound, tokens[after].lower.hasSuffix("s") { return nil }
      kind = .event
    } else if let p = names.knownPlace(surface) {
      kind = .place
      name = p.name
      foreign = p.foreign
    } else if r.count == 2, givenNameOpensPlace(r.lowerBound) {
      kind = .place
    } else if r.count > 1, after >= 0, after + 4 < tokens.count, marks.isMark(after, "("), definedAcronyms.contains(tokens[after + 1].text), marks.isMark(after + 2, ")"),
              vocabulary.lowerIn(after + 3, ["w", "z"]), vocabulary.has(Markers.programme, after + 4) || vocabulary.lowerIs(after + 4, "ramach") {
      // "Zintegrowane Inwestycje Terytorialne (ZIT) w programie …": an instrument of a programme, a project.
      kind = .project
    } else if let fn = projectPredicateAfter(r), fn {
      kind = .project
    } else if r.count == 1 || r.count <= 3, allCapitalized(r), isPersonByContext(r) {
      return addPerson(r, k)
    } else if territorialRoleBefore(r) {
      // "Mayor of Tampere Kalle Rantanen": a place read before, then the office-holder's name.
      if r.count >= 3, r.count <= 5, allCapitalized(r), r.dropFirst().allSatisfy({ heads[$0] == nil && Places.table[tokens[$0].text] == nil }),
         mentions.contains(where: { $0.kind == .place && ($0.surface == first.text || $0.name == first.text) }) {
        classify(r.lowerBound..<(r.lowerBound + 1), k, nested: nested)
        addPerson((r.lowerBound + 1)..<r.upperBound, k)
        return mentions.count - 1
      }
      kind = .place
    } else if before >= 0, vocabulary.has(Self.cityNouns, before), shapes[before].casing == .lower, allCapitalized(r), r.count <= 3 {
      // "przez miasto Lublin" (an actor) → the city as organization; "w gminie Turośń" → the place.
      let agent = before - 1 >= sentence.tokens.lowerBound && vocabulary.lowerIn(before - 1, ["przez", "by"])
      let place = placeName(r.map { tokens[$0].text })
      placesInNames[place.fastLowercased] = place
      if agent, vocabulary.lowerIn(before, ["miasto", "gmina", "city"]) {
        let head = vocabulary.lowerIs(before, "gmina") ? "Gmina" : (vocabulary.lowerIs(before, "city") ? "City of" : "Miasto")
        rr = before..<r.upperBound
        var m = FoundMention(kind: .organization, range: rr, name: "\(head) \(place)", surface: text(rr), sentence: k)
        m.head = heads[before]
        m.placeInName = place
        return add(m)
      }
      kind = .place
      name = place
    } else if r.count == 1, legal == nil, let known = companyNamedByFirstWord(r.lowerBound) {
      // "Zatrudniona w Termolabie …" after "Termolab Polska sp. z o.o.": the company by its first word.
      var m = FoundMention(kind: .organization, range: r, name: mentions[known].name, surface: surface, sentence: k)
      m.legalForm = mentions[known].legalForm
      m.nested = nested
      return add(m)
    } else if r.count == 1, language != "en", before >= 0, vocabulary.has(Self.placePrepositions, before) || roleWords[before] != nil,
              let known = knownPersonNotPlace(r.lowerBound) {
      // "Z Wierzbiętą-Cebulską i ze starostą Trzebuchowskim rozmawiała …" after "Anna Wierzbięta-Cebulska" and "Jan Trzebuchowski": a
      // surname read before, after a preposition, is that person (no town).
      var m = surnameMention(of: known, r, sentence: k)
      m.nested = nested
      return add(m)
    } else if before >= 0, vocabulary.has(Self.placePrepositions, before), allCapitalized(r) && r.count <= 3 || townByRiver(r),
              !unknownAfterEnglishTo(r, before),
              !nested, firstName(at: r.lowerBound) == nil || r.count == 1,
              !(r.count > 1 && after >= 0 && after + 2 < tokens.count && marks.isMark(after, "(") && definedAcronyms.contains(tokens[after + 1].text)),
              !namedOrganization(surface) {
      kind = .place
    } else if inPlaceList(r) {
      kind = .place
    } else if before >= 0, shapes[before].casing == .lower, legal == nil, language != "en", vocabulary.has(Self.polishDescriptorNouns, before),
              let known = mentions.firstIndex(where: { $0.kind == .organization && !$0.nested && $0.name.hasSuffix(" " + surface) }) {
      // "menedżerka klastra AutoWLKP" after "Wielkopolski Klaster Motoryzacyjny AutoWLKP": the brand ends a known name.
      var m = FoundMention(kind: .organization, range: r, name: mentions[known].name, surface: surface, sentence: k)
      m.head = mentions[known].head
      m.nested = nested
      return add(m)
    } else if before >= 0, shapes[before].casing == .lower, vocabulary.has(Self.companyNouns, before) || (language == "en" && vocabulary.has(Self.appositionOrganizationNouns, before))
                || (language != "en" && vocabulary.has(Self.polishDescriptorNouns, before)) || companyNounBeforeAdjectives(before) {
      // "właścicielka firmy Coatech Marine", "the company Nordic Steel": a company.
      kind = .organization
    } else if before >= 0, language != "en", shapes[before].casing == .lower, vocabulary.has(Self.tradeNouns, before) || vocabulary.has(Self.teamNouns, before) {
      // "winnica Dolina Brzóz", "tłocznię Jabłkowy Sad", "pracownia Oktawa Design": a trade's noun, written in lower
      // case, before the firm's own name in apposition (the name without the noun).
      kind = .organization
    } else if representativeBefore(r) || (roleBefore(r) && !townBeforeDescribedBody(r)) || isListItemCompany(r) || isDescribedListCompany(r) {
      kind = .organization
    }
    guard let kind else {
      pending.append(Pending(range: r, sentence: k, parentOf: nil))
      return nil
    }
    if kind == .place, name == surface, language != "en" {
      name = placeName(r.map { tokens[$0].text })
      if let p = names.knownPlace(name) { foreign = p.foreign }
    }
    if kind == .project, before >= 0, vocabulary.has(Markers.programme, before) { programme = true }
    if let legal {
      let le = legalEnd ?? r.upperBound
      rr = r.lowerBound..<le
      // A foreign legal form ("Fatra Digital a.s.", "Stralsund Port GmbH") marks a foreign name: it is not declined.
      let polishForm = legal == "S.A." || legal.hasPrefix("sp.") || legal.hasPrefix("Sp.")
      // "spółki Wodociągi Karkonoskie sp. z o.o.", "firmy Ceramika X": after a company noun the name stands in apposition,
      // in the nominative.
      let apposition = before >= 0 && shapes[before].casing == .lower && vocabulary.has(Self.companyNouns, before)
      name = (language == "en" || r.count == 1 || !polishForm || apposition ? surface : names.organizationName(surface)) + " " + legal
    }
    var m = FoundMention(kind: kind, range: rr, name: name, surface: text(rr), sentence: k)
    m.foreign = foreign
    m.legalForm = legal
    m.isProgramme = programme
    m.nested = nested
    return add(m)
  }

  /// Where the parent's head stands after the unit head `hw` at `h` in `r` ("Wydziału Oświaty … Urzędu Miasta"): the
  /// first capitalised word that heads a parent (or, after a unit's own head, names a fund's institution), not a
  /// state research institute's status. (Not mutating: the search's closure then reads the recogniser in place
  /// instead of copying it.)
  func parentHeadAfterUnit(_ r: Range<Int>, _ h: Int, _ hw: HeadWord) -> Int? {
    ((h + 1)..<r.upperBound).first(where: { i in
      shapes[i].casing != .lower && ((heads[i].map { HeadWords.parentHeads.contains($0.lemma) && (hw.isUnit || tokens[i].lower != $0.lemma) } ?? false)
        || (hw.isUnit && institutionFund(i)))
        && !isStateInstituteStatus(i)
    })
  }

  mutating func addHeaded(_ r: Range<Int>, _ h: Int, _ hw: HeadWord, _ k: Int, legal: String?, legalEnd: Int?, nested: Bool) -> Int? {
    let sentence = sentences[k]
    // Marker heads introduce the name after them: "Projekt Polska Regionalna Gospodarka Cyfrowa", "Programu Interreg Europe".
    if hw.isMarker, !hw.english, h == r.lowerBound, r.count > 1, !Inflection.looksGenitive(tokens[h + 1].text) || shapes[h + 1].casing == .upper || shapes[h + 1].casing == .camel {
      let rr = (h + 1)..<r.upperBound
      let surface = text(rr)
      var m = FoundMention(kind: .project, range: rr, name: surface, surface: surface, sentence: k)
      m.isProgramme = hw.lemma == "program" || hw.lemma == "fundusz"
      m.nested = nested
      return add(m)
    }
    // A unit followed by its parent: "Wydziału Oświaty i Wychowania Urzędu Miasta Lublin".
    // Committees, teams, labs and centres are units too when a parent in the genitive follows
    // ("Komisji Rozwoju Gospodarczego Rady Miejskiej w Łodzi").
    let unitLike = hw.isUnit || (!hw.english && Self.sometimesUnits.contains(hw.lemma)) || isWorkingGroup(h, hw)
    if unitLike, let p = parentHeadAfterUnit(r, h, hw) {
      var hw = hw
      hw.isUnit = true
      let parentStart = p
      // Adjectives before the parent's head belong to it ("… Śląskiego Uniwersytetu Medycznego").
      var ps = parentStart
      while ps > h + 1, Inflection.looksAdjectival(tokens[ps - 1].text), shapes[ps - 1].casing == .capitalized || isHyphenatedAdjective(ps - 1) { ps -= 1 }
      // After a genitive noun the adjectives belong to it ("Wydziału Rozwoju Gospodarczego Urzędu …"); after the
      // unit's own head or its adjectives they start the parent ("Wydział Lekarski Śląskiego Uniwersytetu …").
      if ps < parentStart, ps - 1 > h, !Inflection.looksAdjectival(tokens[ps - 1].text), !Places.isRegionalAdjective(tokens[ps].lower) {
        ps = parentAgreementStart(after: ps, parentStart)
      }
      if ps == parentStart, ps - 1 > h + 1, let ph = heads[parentStart], nationalAdjectiveOpensParent(ps - 1, ph) { ps -= 1 }
      // Only adjectives in the parent's genitive belong to it: "Instytutu Rolniczego | Państwowej Akademii …".
      if !hw.english, let ph = heads[parentStart] {
        let ending = ph.gender.genitiveAdjectiveEnding
        var q = parentStart
        while q > ps, tokens[q - 1].lower.hasSuffix(ending) || (ph.gender == .plural && tokens[q - 1].lower.hasSuffix("ich")) { q -= 1 }
        if q > ps, q - 1 >= h + 1, tokens[q - 1].lower != tokens[h].lower { ps = q }
      }
      // "Wydziału Prawnego Uniwersytetu Szczecińskiego": after a unit head in the genitive, an adjective in the
      // head's own genitive (not a regional one) is the unit's name, as "Wydziałem Prawnym" shows.
      if !hw.english, ps == h + 1, h + 1 < parentStart, tokens[h].lower != hw.lemma, shapes[h + 1].casing == .capitalized,
         tokens[h + 1].lower.hasSuffix(hw.gender == .feminine ? "ej" : "ego"), !Places.isRegionalAdjective(tokens[h + 1].lower) {
        ps = h + 2
      }
      let ownName = ps > h + 1
      let parent = classify(ps..<r.upperBound, k, legal: legal, legalEnd: legalEnd, nested: !ownName || nested)
      let unitRange = ownName ? r.lowerBound..<ps : r
      var m = FoundMention(kind: .organization, range: unitRange, name: headedName(unitRange, head: h, hw), surface: text(unitRange), sentence: k)
      m.head = hw
      m.parent = parent
      m.nested = nested
      // The unit's name with its parent, as written, is one of its forms (some reports name the unit so).
      if ownName, parent != nil { m.fullForm = text(r) }
      let idx = add(m)
      if !ownName { for i in r where claim[i] == -1 || claim[i] == parent { claim[i] = idx } }
      return idx
    }
    var rr = r
    var legalText = legal
    if let legal, let le = legalEnd { rr = r.lowerBound..<le; legalText = legal }
    var name = headedName(r, head: h, hw)
    if r.contains(where: { isStateInstituteStatus($0) }) { name = withStateInstituteStatus(name) }
    if let legalText { name += " " + legalText }
    // Event subtitle after a dash: "Policy Learning Event #5 – Good practices in the Podlaskie Region".
    if hw.kind == .event, rr.upperBound + 1 < sentence.tokens.upperBound, marks.isAny(rr.upperBound, "–", "-", "—"),
       shapes[rr.upperBound + 1].isNameLike, claim[rr.upperBound + 1] < 0 {
      var e = rr.upperBound + 1
      while e < sentence.tokens.upperBound, shapes[e].kind != .punct || marks.isMark(e, "#"), e - rr.upperBound < 14,
            !(shapes[e].casing == .lower && vocabulary.has(Markers.predicateStarts, e)) { e += 1 }
      if e - rr.upperBound >= 3 {
        let full = rr.lowerBound..<e
        var m = FoundMention(kind: .event, range: full, name: name + " " + text(rr.upperBound..<e), surface: text(full), sentence: k)
        m.head = hw
        m.innerName = name
        m.nested = nested
        return add(m)
      }
    }
    // A legal form makes a company whatever the head says ("Fundusz Górnośląski S.A."); an environmental protection or health
    // fund and the state's research network are institutions, not programmes.
    let lowerName = hw.kind == .project ? name.fastLowercased : ""
    let institution = legalText != nil
      || (hw.kind == .project && (PublicBodyTypes.isEnvironmentalFund(lowerName) || PublicBodyTypes.isResearchNetwork(lowerName) || PublicBodyTypes.isHealthFund(lowerName)))
      || ((hw.lemma == "fund" || hw.lemma == "fundusz") && fundHasOfficer(rr))
    let kind: EntityKind = institution ? .organization : Self.isSupportProgramme(hw, name, legal: legalText) ? .project : hw.kind
    var m = FoundMention(kind: kind, range: rr, name: name, surface: text(rr), sentence: k)
    m.head = legalText != nil && hw.kind != .organization ? nil : hw
    m.legalForm = legalText
    m.nested = nested
    m.isProgramme = !institution && hw.kind == .project && (hw.lemma == "program" || hw.lemma == "fundusz" || hw.lemma == "programme" || hw.lemma == "fund" || hw.lemma == "grants")
    // Generic head + name in apposition: "Stowarzyszenie Metropolia Krakowska" is also "Metropolia Krakowska".
    // ("Grupa Robocza" is a working group, not a group called "Robocza".)
    if !hw.english, h == r.lowerBound, r.count >= 2, !isWorkingGroup(h, hw), ["stowarzyszenie", "fundacja", "spółka", "klaster", "związek", "grupa", "centrum", "park", "inkubator", "sieć", "platforma"].contains(hw.lemma) {
      let rest = (h + 1)..<r.upperBound
      let restText = text(rest)
      let firstRest = tokens[h + 1]
      if firstRest.casing == .camel || firstRest.casing == .upper || !Inflection.looksGenitive(firstRest.text) || HeadWords.head(firstRest.lower) != nil {
        m.innerName = restText
      }
    }
    // A place in the name: "Miasto Lublin", "Urząd Miasta Wrocławia", "Urząd Miasta w Stalowej Woli".
    if hw.kind == .organization {
      if let p = placeAfterPreposition(r) {
        m.placeInName = p
      } else if hw.lemma == "województwo", h + 1 < r.upperBound, let v = Places.voivodeship(tokens[h + 1].lower) {
        // "Województwo Opolskie" (the self-government acting) is the authority of the region "Opolskie".
        m.placeInName = v
      } else if ["miasto", "gmina", "powiat", "city"].contains(hw.lemma), h + 1 < r.upperBound {
        let words = ((h + 1)..<r.upperBound).map { tokens[$0].text }.filter { $0 != "of" }
        m.placeInName = placeName(words)
      } else if hw.lemma == "urząd", h + 2 < r.upperBound, vocabulary.lowerIn(h + 1, ["miasta", "gminy", "miejski", "miejskiego", "miejskim", "miejskiemu"]) {
        m.placeInName = placeName(((h + 2)..<r.upperBound).map { tokens[$0].text })
      }
      if let p = m.placeInName { placesInNames[p.fastLowercased] = p }
      townAuthorityName(&m, r, h, hw)
    }
    return add(m)
  }

  /// Whether the region named at `r` ends a signatory's line, "P, Marshal, for the Podkarpackie Voivodeship": the
  /// region is the side that signs.
  func regionSignsFor(_ r: Range<Int>, _ k: Int) -> Bool {
    let a = r.lowerBound
    return a >= sentences[k].tokens.lowerBound + 3 && vocabulary.lowerIs(a - 1, "the") && vocabulary.lowerIs(a - 2, "for") && marks.isMark(a - 3, ",")
  }

  /// Whether the words after an English region's name make it act: ", one of … partners", "was represented",
  /// "signed", "is a partner", "has launched", ", which won".
  func regionActs(after e: Int, _ k: Int) -> Bool {
    let end = sentences[k].tokens.upperBound
    func w(_ i: Int) -> String { i < end ? tokens[i].lower : "" }
    if w(e) == ",", w(e + 1) == "one", w(e + 2) == "of" { return (e + 3..<min(end, e + 8)).contains { vocabulary.lowerIn($0, ["partners", "partner"]) } }
    if ["was", "is", "has"].contains(w(e)), ["represented", "a", "the", "signed", "one"].contains(w(e + 1)) { return true }
    // "the X Voivodeship has launched the programme …", "…, which won the right to host it".
    if ["has", "have"].contains(w(e)), Self.regionActingVerbs.contains(w(e + 1)) { return true }
    if w(e) == ",", w(e + 1) == "which", Self.regionActingVerbs.contains(w(e + 2)) { return true }
    return ["signed", "signs", "hosted", "hosts"].contains(w(e)) || Self.regionActingVerbs.contains(w(e))
  }

  /// Verbs whose English subject "X Voivodeship" is the regional authority acting, not the territory.
  static let regionActingVerbs: Set<String> = [
    "launched", "launches", "contributed", "won", "organised", "organized", "organises", "organizes", "funded", "funds",
    "allocated", "announced", "joined", "co-financed", "hosted",
  ]

  /// Buildings that host events (the locative after "w"): "w Domu Kultury", "w Hali X", "w Pałacu Y".
  /// Buildings named by their common noun alone after "w" ("w Ratuszu", "w Zamku", "w Auli").
  static let bareVenueWords: WordSet = ["ratuszu", "zamku", "pałacu", "auli", "hali", "dworku", "magistracie", "kampusie"]
  static let venueBuildings: WordSet = ["domu", "hali", "pałacu", "zamku", "teatrze", "filharmonii", "hotelu", "auli", "sali", "operze", "dworku", "dworze"]

  /// How many words of a venue's name open a capitalised run at token `i`: "Centrum Kongresowe" (Polish head,
  /// adjective), "Conference Centre" (English modifier, head), or nil.
  func venueLength(_ i: Int) -> Int? {
    if vocabulary.has(Self.polishVenueHeads, i), vocabulary.has(Self.polishVenueKinds, i + 1) { return 2 }
    if vocabulary.has(Self.englishVenueModifiers, i), vocabulary.has(Self.englishVenueHeads, i + 1) { return 2 }
    return nil
  }

  /// The words of a venue's name (``venueLength(_:)``): a Polish head and the beginnings of its adjective of kind, an
  /// English modifier and its head.
  static let polishVenueHeads: WordSet = ["centrum", "hala", "hali", "halę", "halą", "sala", "sali", "salę", "salą"]
  static let polishVenueKinds = PrefixSet(["kongresow", "konferencyjn", "wystawienn", "targow", "widowiskow"])
  static let englishVenueModifiers: WordSet = ["conference", "congress", "convention", "exhibition", "expo"]
  static let englishVenueHeads: WordSet = ["centre", "center", "hall", "venue"]

  /// Plural nouns of people that may open an English sentence before "of the" and a body ("Volunteers of the …").
  static let englishPeopleNouns: WordSet = [
    "activists", "members", "representatives", "students", "staff", "experts", "researchers", "volunteers", "pupils",
    "delegates", "employees", "teachers", "officials", "residents", "workers", "scientists", "engineers", "managers",
  ]
  /// English adjectives of nationality or region ("Swedish", "Baltic") and languages ("in English"), never a name on
  /// their own.
  static let englishAdjectivesOfOrigin: WordSet = [
    "polish", "baltic", "nordic", "scandinavian", "european", "basque", "catalan", "flemish", "estonian", "finnish",
    "latvian", "lithuanian", "german", "french", "italian", "spanish", "portuguese", "dutch", "belgian", "swedish",
    "norwegian", "danish", "czech", "slovak", "hungarian", "romanian", "bulgarian", "croatian", "slovenian", "greek",
    "austrian", "irish", "british", "ukrainian", "icelandic", "maltese", "cypriot", "luxembourgish", "swiss",
    "pomeranian", "silesian", "masovian", "kuyavian", "warmian", "mazurian", "subcarpathian", "english", "russian",
  ]
  /// English plurals of the people of a body ("Representatives of the X"), besides ``Markers/genericPlurals``.
  static let groupPlurals: WordSet = ["representatives", "members", "participants"]

  /// The first words of ``genericBodies``.
  static let genericBodyOpeners: WordSet = ["stakeholder", "stakeholders", "steering", "advisory", "grupa", "komitet"]
  /// Two-word generic bodies of a project ("Regional Stakeholder Group", "Steering Committee", "Grupa Sterująca").
  static let genericBodies: [(String, String)] = [("stakeholder", "group"), ("stakeholders", "group"), ("steering", "committee"), ("advisory", "board"), ("grupa", "sterująca"), ("komitet", "sterujący")]

  /// Whether an organization was named exactly `surface` earlier in the text ("trafiło do Velo Care" after the
  /// start-up's list item): such a name after "do" / "w" is that body, not a town.
  func namedOrganization(_ surface: String) -> Bool {
    mentions.contains { $0.kind == .organization && !$0.nested && $0.surface == surface }
  }

  /// Functions that only an institution has: a fund with a president or a board is a company, not a programme.
  static let officerFunctions: Set<String> = ["prezes", "wiceprezes", "president", "vice-president", "vice president", "ceo", "chairman", "chairwoman", "członek zarządu"]

  /// Whether the fund named at `r` is an institution by its officer: "President of the X Fund", "prezes X Funduszu".
  func fundHasOfficer(_ r: Range<Int>) -> Bool {
    var b = r.lowerBound - 1
    if language == "en" {
      if b >= 0, vocabulary.lowerIs(b, "the") { b -= 1 }
      guard b >= 1, vocabulary.lowerIs(b, "of") else { return false }
      b -= 1
    }
    guard b >= 0, let role = roleWords[b] else { return false }
    return Self.officerFunctions.contains(role.base.fastLowercased)
  }

  /// Lower-case nouns after which a capitalised name is a company.
  static let companyNouns: WordSet = [
    "firma", "firmy", "firmie", "firmę", "firmą", "spółka", "spółki", "spółce", "spółkę", "spółką", "przedsiębiorstwo",
    "przedsiębiorstwa", "przedsiębiorstwie", "company", "firm", "start-up", "startup", "startupu",
    "zakład", "zakładu", "zakładzie", "zakładem", "koncern", "koncernu", "koncernie",
  ]

  /// Nouns of trades and small firms (a vineyard, a dairy, a press house, a brewery, a hotel, a studio) written in lower
  /// case before the firm's name: "mleczarnia X", "browar Y".
  static let tradeNouns: WordSet = [
    "winnica", "winnicy", "winnicę", "winnicą", "winnicach", "mleczarnia", "mleczarni", "mleczarnię", "mleczarnią",
    "serowarnia", "serowarni", "serowarnię", "serowarnią", "tłocznia", "tłoczni", "tłocznię", "tłocznią",
    "browar", "browaru", "browarem", "browarze", "destylarnia", "destylarni", "destylarnię", "destylarnią",
    "wędzarnia", "wędzarni", "wędzarnię", "wędzarnią", "piekarnia", "piekarni", "piekarnię", "piekarnią",
    "pracownia", "pracowni", "pracownię", "pracownią", "manufaktura", "manufaktury", "manufakturze", "manufakturę", "manufakturą",
    "pasieka", "pasieki", "pasiece", "pasiekę", "pasieką", "wydawnictwo", "wydawnictwa", "wydawnictwu", "wydawnictwem", "wydawnictwie",
    "hotel", "hotelu", "hotelowi", "hotelem", "pensjonat", "pensjonatu", "pensjonacie", "pensjonatem",
    "studio", "studiu", "studiem", "restauracja", "restauracji", "restaurację", "restauracją",
  ]

  /// "director of the Kalisz puppet theatre Teatr X": in English, a town the lexicon knows, used as a modifier before
  /// lower-case words and a headed name, is a place, not the body the function names.
  func townBeforeDescribedBody(_ r: Range<Int>) -> Bool {
    guard language == "en", r.count == 1, r.upperBound < tokens.count, tokens[r.upperBound].casing == .lower else { return false }
    var q = r.upperBound
    while q < tokens.count, q - r.upperBound < 3, tokens[q].kind == .word, tokens[q].casing == .lower { q += 1 }
    guard q < tokens.count, tokens[q].casing == .capitalized, heads[q] != nil || englishHeads[q] != nil else { return false }
    return names.isLexiconPlace([tokens[r.lowerBound].text])
  }

  /// Nouns of sports teams and performing groups written in lower case before their own name: "czeska drużyna BK X",
  /// "litewska grupa „Y”", "chór „Z”".
  static let teamNouns: WordSet = [
    "drużyna", "drużyny", "drużynie", "drużynę", "drużyną", "grupa", "grupy", "grupie", "grupę", "grupą", "kapela", "kapeli",
    "kapelę", "kapelą", "chór", "chóru", "chórem", "chórze", "orkiestra", "orkiestry", "orkiestrze", "orkiestrę", "orkiestrą",
    "team", "band", "choir", "ensemble",
  ]

  /// Heads that name a unit when a parent institution in the genitive follows them.
  static let sometimesUnits: WordSet = ["komisja", "zespół", "sekcja", "pracownia", "laboratorium", "centrum", "ośrodek", "rada", "instytut", "park"]
  /// English heads that name a unit of a university written after them ("Institute of X of the University of Y").
  static let englishSometimesUnits: WordSet = ["institute", "school", "centre", "center", "laboratory"]
  /// English heads of a university, the parent of the units above.
  static let universityHeads: WordSet = ["university", "academy", "college"]
  /// Generic meeting nouns: with only an acronym after them they name no event.
  static let genericMeetingHeads: WordSet = [
    "warsztaty", "spotkanie", "seminarium", "sesja", "debata", "meeting", "workshop", "seminar", "webinar", "session",
  ]
  /// Compass words before a country ("South Estonia").
  static let compassWords: WordSet = ["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"]
  /// Words naming the type of a project written before its quoted title ("Action Planning Network", "Project").
  static let projectTypeWords: WordSet = ["network", "project", "programme", "action", "planning", "thematic", "transfer", "partnership", "projekt", "sieć", "sieci"]

  /// An organization mention whose name token `i` abbreviates ("PWr" for "Politechnika Wrocławska"), if exactly one.
  func abbreviatedOrganization(at i: Int) -> Int? {
    guard shapes[i].kind == .word, Self.hasAcronymShape(tokens[i].text) else { return nil }
    let t = tokens[i]
    // The scan below depends only on the word and the mentions, which are only ever appended: it resumes where
    // the last scan for the same word stopped (a word's answer is asked for again and again).
    var scan = memo.abbreviationScans[t.text] ?? Memo.AbbreviationScan()
    defer { memo.abbreviationScans[t.text] = scan }
    if scan.ambiguous { return nil }
    // Only names whose capitals are the acronym's can match (``DocumentResolver/capitalsKey(_:)``): multi-word
    // organizations by that key, read once per mention.
    while memo.capitalsRead < mentions.count {
      let i = memo.capitalsRead
      memo.capitalsRead += 1
      guard mentions[i].kind == .organization, mentions[i].name.includes(" ") else { continue }
      for key in DocumentResolver.capitalsKeys(mentions[i].name) { memo.organizationsByCapitals[key, default: []].append(i) }
    }
    let candidates = memo.organizationsByCapitals[DocumentResolver.acronymCapitals(t.text)] ?? []
    for i in candidates[min(scan.scanned, candidates.count)...] {
      let m = mentions[i]
      guard DocumentResolver.abbreviates(t.text, m.name) else { continue }
      let n = Normalize.form(m.name)
      if let name = scan.name, name != n, !(DocumentResolver.key(m) == DocumentResolver.key(mentions[scan.hit!])) {
        scan.ambiguous = true
        return nil
      }
      if scan.hit == nil { scan.hit = i; scan.name = n }
    }
    scan.scanned = candidates.count
    return scan.hit
  }

  /// Whether `text` could be an acronym of a name: two to eight letters, the first and at least one other upper case
  /// (`count` in 2...8, `first?.isUppercase`, `dropFirst().contains(where: \.isUppercase)`, `allSatisfy(\.isLetter)`),
  /// tested on bytes for ASCII text (where each byte is a character and only A–Z are upper-case letters), and
  /// answered false on bytes for a word whose letters after the first are lower-case Latin ones (most Polish words).
  ///
  ///     hasAcronymShape("UMWP")   // true
  ///     hasAcronymShape("Rada")   // false
  /// - Complexity: O(n) in the text's bytes.
  static func hasAcronymShape(_ text: String) -> Bool {
    var t = text
    let ascii: Bool? = t.withUTF8 { b in
      guard !b.contains(where: { $0 >= 0x80 }) else { return restIsLowerLatin(b) ? false : nil }
      let upper: (UInt8) -> Bool = { $0 >= 0x41 && $0 <= 0x5A }
      return b.count >= 2 && b.count <= 8 && upper(b[0]) && b.dropFirst().contains(where: upper)
        && b.allSatisfy { upper($0) || ($0 >= 0x61 && $0 <= 0x7A) }
    }
    if let ascii { return ascii }
    return text.count >= 2 && text.count <= 8 && text.first?.isUppercase == true && text.dropFirst().contains(where: \.isUppercase)
      && text.allSatisfy(\.isLetter)
  }

  /// Whether every scalar of UTF-8 text `b` after its first is a lower-case letter of ASCII, Latin-1 or Latin
  /// Extended-A (``Tokenizer/latinExtendedCase(_:)``): each is then a character of its own that is not upper case.
  /// - Complexity: O(n) in the bytes.
  static func restIsLowerLatin(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 1
    while i < b.count, b[i] & 0xC0 == 0x80 { i += 1 }
    while i < b.count {
      if b[i] >= 0x61 && b[i] <= 0x7A { i += 1; continue }
      guard b[i] >= 0xC2, b[i] < 0xE0, i + 1 < b.count, let (v, n) = String.decodeBelow10000(b, i), Tokenizer.latinExtendedCase(v) < 0 else { return false }
      i += n
    }
    return true
  }

  /// Words before an English place head that make a public body of it ("Planning Region").
  static let authorityModifiers: WordSet = ["planning", "development"]

  /// English words for a territory's authority when written "X of Y".
  static let territoryHeads: WordSet = ["city", "province", "region", "municipality", "county", "commune", "town", "state", "voivodeship", "district"]

  /// "Urząd Miasta w Stalowej Woli" → "Stalowa Wola".
  func placeAfterPreposition(_ r: Range<Int>) -> String? {
    guard let w = r.first(where: { vocabulary.lowerIn($0, ["w", "we"]) && shapes[$0].casing == .lower }), w + 1 < r.upperBound else { return nil }
    return placeName(((w + 1)..<r.upperBound).map { tokens[$0].text })
  }

  func allCapitalized(_ r: Range<Int>) -> Bool { r.allSatisfy { shapes[$0].kind == .word && shapes[$0].casing == .capitalized } }

  /// "Kostrzyna nad Odrą", "Nowego Miasta nad Pilicą": capitalised words, "nad", and the river's name (up to four
  /// words in all).
  func townByRiver(_ r: Range<Int>) -> Bool {
    guard language != "en", r.count >= 3, r.count <= 4, let nad = r.firstIndex(where: { vocabulary.lowerIs($0, "nad") }),
          nad > r.lowerBound, nad == r.upperBound - 2 else { return false }
    return r.allSatisfy { $0 == nad || (shapes[$0].kind == .word && shapes[$0].casing == .capitalized) }
  }

  /// "X jest projektem", "X is a project", "X to platforma".
  func projectPredicateAfter(_ r: Range<Int>) -> Bool? {
    var j = r.upperBound
    guard j < tokens.count, vocabulary.lowerIn(j, ["jest", "to", "is", "był", "była", "będzie", "was"]), !(language == "en" && vocabulary.lowerIs(j, "to")) else { return nil }
    j += 1
    // Articles and one adjective may come first: "is a new project", "jest wspólnym projektem".
    var n = 0
    while j < tokens.count, n < 2, vocabulary.lowerIn(j, ["a", "an", "the"]) || (shapes[j].casing == .lower && !vocabulary.has(Markers.projectPredicate, j) && tokens[j].lower.hasSuffix(among: ["ym", "im", "ą", "ew", "al", "ic"])) {
      j += 1
      n += 1
    }
    // "GREEN-DOCK is an Interreg Europe project": a programme's name between the article and the noun.
    if n > 0 || language == "en" {
      var caps = 0
      while j < tokens.count, caps < 4, shapes[j].kind == .word, shapes[j].casing != .lower, heads[j]?.kind != .organization { j += 1; caps += 1 }
    }
    guard j < tokens.count else { return nil }
    if vocabulary.has(Markers.projectPredicate, j) { return true }
    if vocabulary.lowerIs(r.upperBound, "to"), let h = heads[j], h.kind == .project, tokens[j].lower == h.lemma { return true }
    return nil
  }

  /// Seasons that make a school or academy an event ("Summer School", "Letnia Szkoła", "Zimowa Akademia").
  static let seasonalWords: WordSet = [
    "summer", "winter", "spring", "autumn", "letnia", "letniej", "letnią", "zimowa", "zimowej", "zimową", "wiosenna",
    "wiosennej", "jesienna", "jesiennej",
  ]

  /// Polish nouns that introduce an institution's name written after them in lower case ("prezes fundacji
  /// Zielony Horyzont", "członkowie stowarzyszenia Dolina Lnu").
  static let polishDescriptorNouns: WordSet = [
    "fundacja", "fundacji", "fundację", "fundacją", "stowarzyszenie", "stowarzyszenia", "stowarzyszeniu", "stowarzyszeniem",
    "klaster", "klastra", "klastrze", "klastrem", "spółdzielnia", "spółdzielni", "spółdzielnię", "spółdzielnią",
  ]

  /// The earlier organization mention whose name is `surface` followed by its legal form, if exactly that.
  /// - Complexity: O(1): a look-up in the names ``add(_:claimTokens:)`` recorded.
  func companyWithoutLegalForm(_ surface: String) -> Int? {
    memo.companiesWithoutLegalForm.isEmpty ? nil : memo.companiesWithoutLegalForm[surface]
  }

  /// The earlier company whose name without its legal form is the chunk `r` (written `written`) in another case
  /// ("Lubuskiej Ceramiki", "Noteckich Wodociągów" after "Lubuska Ceramika S.A.", "Noteckie Wodociągi sp. z o.o."):
  /// every word shares its stem (``sameStem(_:_:)``). The first such company in the text wins.
  func inflectedCompany(_ r: Range<Int>, _ written: String) -> Int? {
    guard language != "en", r.allSatisfy({ shapes[$0].kind == .word && shapes[$0].casing == .capitalized }) else { return nil }
    var best: Int?
    for (bare, idx) in memo.companiesWithoutLegalForm where (best.map { idx < $0 } ?? true) && Self.sameStem(bare, written) { best = idx }
    return best
  }

  /// Two or three capitalised words after a speech verb, or before ", <function>".
  func isPersonByContext(_ r: Range<Int>) -> Bool {
    guard r.count >= 2, r.count <= 3, r.allSatisfy({ heads[$0] == nil && Places.table[tokens[$0].text] == nil }) else { return false }
    // "added PLN 10 million", "added EUR 15,000": an amount after a verb of saying is no name.
    guard shapes[r.lowerBound].casing == .capitalized, !r.contains(where: { shapes[$0].kind == .number }) else { return false }
    let b = r.lowerBound - 1
    if b >= 0, vocabulary.has(RoleWords.speechVerbs, b) { return true }
    let a = r.upperBound
    if a + 1 < tokens.count, marks.isMark(a, ","), sentenceOf[a + 1] == sentenceOf[r.lowerBound] {
      // ", dyrektor …", ", Managing Director of …", ", Senior Specialist in …": a function after the name.
      var f = a + 1
      if language == "en" { while f < tokens.count, f - a <= 3, vocabulary.has(Self.englishRoleModifiers, f) { f += 1 } }
      if f < tokens.count, roleWords[f] != nil, sentenceOf[f] == sentenceOf[r.lowerBound] { return true }
    }
    if b >= 0, let rw = roleWords[b], !rw.territorial {
      if firstName(at: r.lowerBound) != nil { return true }
      // English "Senior Executive Officer Caoimhe Ní Dhomhnaill": a function written straight before a name (an
      // institution after a function comes with "of": "Director of X").
      return language == "en" && !rw.territorial && shapes[b].casing != .lower && a < tokens.count && tokens[a].lower != "of"
        && r.allSatisfy { shapes[$0].casing == .capitalized && !tokens[$0].text.contains(where: \.isNumber) }
    }
    // "ekspert wiodący sieci, Paolo Ricci z Włoch,": two words in apposition after a lower-case function.
    if r.count == 2, b - 1 >= 0, marks.isMark(b, ","), a < tokens.count, marks.isAny(a, ",", "(", ".") || vocabulary.lowerIn(a, ["z", "ze", "from"]),
       r.allSatisfy({ shapes[$0].casing == .capitalized && tokens[$0].text.allSatisfy(\.isLetter) }) {
      var q = b - 1
      var words = 0
      while q >= 0, words < 4, shapes[q].kind == .word, shapes[q].casing == .lower {
        if roleWords[q] != nil { return true }
        q -= 1
        words += 1
      }
    }
    // "the Mayor of Galway, Róisín Ní Chonaill,": a name in apposition after "<function> of <place>".
    if b - 2 >= 0, marks.isMark(b, ","), a < tokens.count, marks.isAny(a, ",", "(", ".") || shapes[a].kind == .word && shapes[a].casing == .lower {
      var q = b - 1
      var words = 0
      while q >= 0, words < 4, shapes[q].kind == .word, shapes[q].casing != .lower { q -= 1; words += 1 }
      if words >= 1, q >= 1, vocabulary.lowerIs(q, "of"), let rw = roleWords[q - 1], rw.territorial { return true }
    }
    return false
  }

  /// "prezydent Rybnika", "wójt gminy Turośń", "Mayor of Katowice": the territory a function names.
  func territorialRoleBefore(_ r: Range<Int>) -> Bool {
    var b = r.lowerBound - 1
    var steps = 0
    while b >= 0, steps < 3 {
      let t = tokens[b]
      if let rw = lowerRoles[b] { return rw.territorial }
      guard t.kind == .word, t.casing == .lower || roleToken[b], ["gminy", "gmina", "miasta", "powiatu", "of", "the", "województwa"].contains(t.lower) || roleToken[b] else { return false }
      b -= 1
      steps += 1
    }
    return false
  }

  /// "a representative of X", "przedstawiciel X".
  func representativeBefore(_ r: Range<Int>) -> Bool {
    let b = r.lowerBound - 1
    guard b >= 1 else { return false }
    if vocabulary.lowerIs(b, "of"), vocabulary.has(Self.englishRepresentatives, b - 1) { return true }
    return vocabulary.has(Self.polishRepresentatives, b)
  }

  /// English nouns of someone who speaks for a body, before "of" (``representativeBefore(_:)``).
  static let englishRepresentatives: WordSet = ["representative", "representatives", "member", "members", "head", "director", "ceo", "founder", "president"]
  /// Polish nouns of a representative, before the body in the genitive.
  static let polishRepresentatives: WordSet = [
    "przedstawiciel", "przedstawicielka", "przedstawiciela", "przedstawiciele", "przedstawicieli", "przedstawicielami",
  ]

  /// The name right after a function ("prezes Zarządu Holo4Med"): the institution.
  func roleBefore(_ r: Range<Int>) -> Bool {
    var b = r.lowerBound - 1
    var steps = 0
    while b >= 0, steps < 3 {
      if roleWords[b] != nil { return true }
      if !roleToken[b] && !vocabulary.has(RoleWords.continuations, b) { return false }
      b -= 1
      steps += 1
    }
    return false
  }

  /// Plural nouns of towns and communes that a list of their names follows ("w gminach X i Y").
  static let pluralPlaceNouns: WordSet = ["gminach", "gminami", "miastach", "miastami", "powiatach", "miejscowościach"]

  /// "przedstawiciele 6 polskich miast: Hrubieszowa, Jarosławia, …": a list of places after a colon; "w gminach X i
  /// Y": names after a plural noun of towns or communes.
  func inPlaceList(_ r: Range<Int>) -> Bool {
    var b = r.lowerBound - 1
    let s = sentences[sentenceOf[r.lowerBound]]
    while b > s.tokens.lowerBound {
      let t = tokens[b]
      if marks.isMark(b, ":") { return vocabulary.has(Self.listNouns, b - 1) }
      // "w gminach Barlinek i Pełczyce": a plural noun of towns or communes before names in the nominative.
      if t.casing == .lower, vocabulary.has(Self.pluralPlaceNouns, b) { return true }
      if marks.isMark(b, ",") || ["i", "oraz", "and"].contains(t.lower) || (t.kind == .word && t.casing == .capitalized) { b -= 1; continue }
      return false
    }
    return false
  }
}

extension Recognizer {
  /// Whether the word at `i` opens the name of a fund that is an institution, the health insurer or an environmental
  /// protection fund ("Oddział Wojewódzki Narodowego Funduszu Zdrowia", "Departament … Funduszu Ochrony Środowiska"):
  /// a parent of units, although "fundusz" heads programmes too.
  func institutionFund(_ i: Int) -> Bool {
    heads[i]?.lemma == "fundusz" && i + 1 < tokens.count && vocabulary.lowerIn(i + 1, ["zdrowia", "ochrony"])
  }
}

extension Recognizer {
  /// Whether the words of `r` occur again elsewhere in the document ("Lazdijai District Municipality … signed"): a
  /// commune that also acts is an organization, even in a function's title.
  /// - Complexity: O(n) for n tokens.
  func writtenElsewhere(_ r: Range<Int>) -> Bool {
    let n = r.count
    var x = 0
    while x + n <= tokens.count {
      if x != r.lowerBound, tokens[x].text == tokens[r.lowerBound].text, (1..<n).allSatisfy({ tokens[x + $0].text == tokens[r.lowerBound + $0].text }) { return true }
      x += 1
    }
    return false
  }
}
