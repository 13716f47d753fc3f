import StakeholderModel

/// Pass 1b: capitalised chunks, lower-case patterns (voivodeships, branches, markers) and their classification.
extension Recognizer {
  /// Endings of the adjectives that qualify a marker noun before a name ("program akceleracyjny", "projekt badawczy",
  /// "program grantowy"), for adjectives the lexicon does not list.
  static let markerAdjectiveEndings = ["owy", "owa", "owe", "owym", "ową", "owej", "yjny", "yjna", "yjne", "ski", "ska", "skie", "cki", "cka", "ckie"]
  /// Endings of Polish verbs in the past tense ("dołączyła", "przystąpiło", "zostały", "podpisali"), which an
  /// adjective between a marker and a name never has.
  static let pastVerbEndings = ["ła", "ło", "ły", "li"]
  /// Small words inside an English title ("Green Roofs and Water Gardens in X", "Skills for the Blue Economy").
  static let englishTitleJoiners: WordSet = ["and", "in", "of", "for", "the", "&", "on", "to"]
  static let branchForms: WordSet = ["oddział", "oddziału", "oddziałowi", "oddziałem", "oddziale", "branch", "filia", "filii", "delegatura", "delegatury"]
  static let placePrepositions: WordSet = ["w", "we", "z", "ze", "do", "na", "in", "from", "near", "koło", "pod", "dla", "ku", "nad", "to", "around", "okolicach", "okolic", "pobliżu"]
  /// Nouns of a town, commune or powiat, or of a part of one, written before its name ("w gminie X", "w dzielnicy Y").
  static let cityNouns: WordSet = ["miasto", "miasta", "miastu", "miastem", "mieście", "gmina", "gminy", "gminie", "gminę", "gminą", "powiat", "powiatu", "powiecie", "city", "town", "municipality", "commune",
                                   // Parts of a town or commune: "w dzielnicy Felin", "w sołectwie Zalesie".
                                   "dzielnica", "dzielnicy", "dzielnicę", "osiedle", "osiedla", "osiedlu", "sołectwo", "sołectwa", "sołectwie", "district"]
  static let listNouns: WordSet = ["miast", "gmin", "powiatów", "miejscowości", "regionów", "krajów", "państw", "cities", "towns", "municipalities", "regions", "countries"]
  /// Abbreviations of a body's type written before its own name ("LGD Zielone Nadbuże"): the full type and its head.
  static let typeAbbreviations: [String: (String, String)] = [
    "LGD": ("Lokalna Grupa Działania", "grupa"), "KGW": ("Koło Gospodyń Wiejskich", "koło"),
  ]
  static let orgAbbreviations: WordMap<String> = ["UM": "Urząd Miasta", "UG": "Urząd Gminy", "UMiG": "Urząd Miasta i Gminy", "UW": "Urząd Wojewódzki", "UMW": "Urząd Marszałkowski Województwa"]

  /// Whether the lower-case word at `j` is a feminine adjective the lexicon knows ("platforma cyfrowa X"), not a verb
  /// in "-a" ("Z pilotażu skorzysta X").
  func knownFeminineAdjective(_ j: Int) -> Bool {
    guard let form = Inflection.adjective(tokens[j].text, .feminine) else { return false }
    guard form.hasSuffix("a") else { return true }
    let stem = String(form.dropLast())
    return names.lexicon.isAdjectiveLemma(stem + "y") || names.lexicon.isAdjectiveLemma(stem + "i")
  }

  mutating func chunks(_ k: Int, _ s: Sentence) {
    var i = s.tokens.lowerBound
    while i < s.tokens.upperBound {
      if claim[i] >= 0 || claim[i] == Self.nonEntity { i += 1; continue }
      let t = shapes[i]
      if t.kind == .punct {
        if marks.isMark(i, "#") { i += 2; continue }
        // "pn." / "pt.": a title written without quotes runs to the next punctuation.
        i += 1
        continue
      }
      if t.kind != .word { i += 1; continue }
      if t.casing == .lower {
        if let n = lowerPatterns(i, k, s) { i = n; continue }
        i += 1
        continue
      }
      // "Program akceleracyjny X prowadzi …": a marker noun opening the sentence, then a lower-case adjective.
      // (The adjective by its ending only: "Projekt przygotowała X" opens with a verb.)
      if i == s.tokens.lowerBound, t.casing == .capitalized, i + 1 < s.tokens.upperBound, shapes[i + 1].casing == .lower,
         vocabulary.has(Markers.project, i), tokens[i + 1].lower.hasSuffix(among: Self.markerAdjectiveEndings), let n = lowerPatterns(i, k, s) {
        i = n
        continue
      }
      // Capitalised branch adjective: "Śląski oddział Izby …"
      if i + 1 < s.tokens.upperBound, vocabulary.has(Self.branchForms, i + 1), shapes[i + 1].casing == .lower {
        if let n = branch(at: i + 1, k, s) { i = n; continue }
      }
      if vocabulary.has(Markers.functionWords, i) && t.casing != .upper && t.casing != .camel && !isFirstEditionNumeral(i) { i += 1; continue }
      if organisingNoun(i, s) { i += 1; continue }
      // "Szczecin-based ZARR": the seat written before an English name is a place of its own, not part of the name.
      // The name after it is an organization even without a head word ("Darłowo-based Darmar Offshore Services").
      if language == "en", let place = seatBefore(i) {
        add(FoundMention(kind: .place, range: i..<(i + 1), name: place, surface: tokens[i].text, sentence: k))
        i += 1
        if i < s.tokens.upperBound, claim[i] < 0, shapes[i].kind == .word, shapes[i].casing != .lower {
          let (end, legal) = chunkEnd(i, s)
          if legal == nil, firstHead(i..<end) == nil, firstName(at: i) == nil {
            add(FoundMention(kind: .organization, range: i..<end, name: text(i..<end), surface: text(i..<end), sentence: k))
            i = end
          }
        }
        continue
      }
      // "a representative of Human centric 4.0": the name runs to the end of the clause.
      if representativeBefore(i..<(i + 1)) {
        var e = i + 1
        var legal: String?
        while e < s.tokens.upperBound, e - i < 5, claim[e] < 0, shapes[e].kind != .punct, !vocabulary.lowerIn(e, ["and", "i", "oraz", "in", "w", "from", "z"]) {
          // "representatives of DataSoft Sp. z o.o.": a legal form ends the name and belongs to it.
          if let form = legalForm(e, s) { e = form.1; legal = form.0; break }
          e += 1
        }
        e = acronymNameEnd(i, e)
        // A head word inside ("head of MARR's Innovation Department", "przedstawiciele Lokalnej Grupy Działania „X”")
        // leaves the name to the classifier.
        if heads[i] == nil, firstName(at: i) == nil, !vocabulary.has(Markers.genericPlurals, e - 1),
           !((i + 1)..<e).contains(where: { heads[$0]?.kind == .organization }) {
          let r = i..<e
          // Polish names after "przedstawiciele" are in the genitive: the nominative is the canonical name.
          let name = language == "en" ? text(r) : names.organizationName(text(r))
          var m = FoundMention(kind: .organization, range: r, name: name, surface: text(r), sentence: k)
          m.legalForm = legal
          add(m)
          i = e
          continue
        }
      }
      // "przy ul. Ks. Biskupa Wincentego Tymienieckiego", "plac Artystów": a street or square is no entity, and a
      // person named in it is not one either (schema convention 9).
      if i >= 2, (marks.isMark(i - 1, ".") && vocabulary.lowerIn(i - 2, ["ul", "al", "pl", "os"]) && shapes[i - 2].casing == .lower)
          || vocabulary.has(Self.streetNouns, i - 1) && shapes[i - 1].casing == .lower {
        var e = i
        while e < s.tokens.upperBound, e - i < 8, claim[e] < 0, shapes[e].kind == .word && shapes[e].casing != .lower || marks.isMark(e, ".") { e += 1 }
        for q in i..<e { claim[q] = Self.nonEntity }
        i = e
        continue
      }
      if let e = networkInstitute(i, k, s) { i = e; continue }
      // "prezes klastra J. Wiśniewski": a person by initial and surname.
      if let e = initialAndSurname(i, s) { addInitialAndSurname(i, k); i = e; continue }
      var (end, legal) = chunkEnd(i, s)
      // English names written with a dash: "Voka – Chamber of Commerce East Flanders" (a brand before the
      // full name), "Regional Development Agency of Podravje – Maribor" (the seat after it).
      if language == "en", legal == nil, end + 1 < s.tokens.upperBound, marks.isMark(end, "–"), shapes[end + 1].isNameLike, claim[end + 1] < 0 {
        let (end2, legal2) = chunkEnd(end + 1, s)
        let afterSeat = end2 >= s.tokens.upperBound || marks.isAny(end2, ",", ";", ".", ")")
        if end - i == 1, heads[i] == nil, let h = firstHead((end + 1)..<end2), h.1.kind == .organization {
          end = end2
          legal = legal2
        } else if end2 - end == 2, afterSeat, let h = firstHead(i..<end), h.1.kind == .organization, names.knownPlace(tokens[end + 1].text) == nil || true {
          end = end2
        }
      }
      // "the European Union's Horizon Europe programme", "the European Commission's … Executive Agency": an
      // institution in the possessive is a name of its own, and so is what it owns.
      if language == "en", let p = (i..<(end - 1)).first(where: { q in
        possessive[q] && HeadWords.englishHead(String(tokens[q].lower.dropLast(2)))?.kind == .organization
      }) {
        segment(i..<(p + 1), k, legal: nil, legalEnd: p + 1)
        i = p + 1
        continue
      }
      // "prezes ARW Urbaniak": a surname alone after the institution a function names is the person.
      if legal == nil, end - i == 1, loneSurnameChunk(i, s) {
        addLoneSurname(i, k)
        i = end
        continue
      }
      if legal == nil, let surname = trailingSurname(i, end) {
        segment(i..<surname, k, legal: nil, legalEnd: surname)
        addLoneSurname(surname, k)
        i = end
        continue
      }
      segment(i..<end, k, legal: legal, legalEnd: legalEnd(end, s))
      i = max(end, legalEnd(end, s))
    }
  }

  /// Lower-case openers: "województwa podlaskiego", "śląskiego oddziału X", "projekt X", "pn. X".
  mutating func lowerPatterns(_ i: Int, _ k: Int, _ s: Sentence) -> Int? {
    let t = shapes[i]
    let end = s.tokens.upperBound
    // Most lower-case words open no pattern: one look-up (two before a branch noun) settles them.
    guard vocabulary.has(Self.lowerOpeners, i) || (i + 1 < end && vocabulary.has(Self.branchForms, i + 1)) else { return nil }
    if vocabulary.has(Places.voivodeshipNouns, i), i + 1 < end, shapes[i + 1].casing == .lower,
       let v = Places.voivodeship(tokens[i + 1].lower) {
      // "województwa lubuskiego": the region's name as written, in lower case (schema convention 2).
      var m = FoundMention(kind: .place, range: i..<(i + 2), name: "województwo " + v.lowercased(), surface: text(i..<(i + 2)), sentence: k)
      m.foreign = false
      add(m)
      return i + 2
    }
    // "powiat olecki", "starosta powiatu oleckiego": a county named by its adjective is a place.
    if vocabulary.has(Self.countyNouns, i), i + 1 < end, claim[i + 1] < 0, shapes[i + 1].casing == .lower,
       tokens[i + 1].lower.hasSuffix(among: ["ski", "ckiego", "skiego", "cki", "skim", "ckim", "skiemu", "ckiemu", "dzki", "dzkiego"]),
       let adj = Inflection.adjective(tokens[i + 1].text, .masculine) {
      add(FoundMention(kind: .place, range: i..<(i + 2), name: "powiat " + adj, surface: text(i..<(i + 2)), sentence: k))
      return i + 2
    }
    if vocabulary.has(Self.branchForms, i) { return branch(at: i, k, s) }
    if i + 1 < end, vocabulary.has(Self.branchForms, i + 1), Places.voivodeship(tokens[i].lower) != nil {
      return branch(at: i + 1, k, s)
    }
    // Marker + name: "projekt Polska …", "programu Interreg Europe", "sieci tematycznej EMPIRIE".
    if vocabulary.has(Markers.project, i) {
      var j = i + 1
      // "programu stażowego TalentHub", "Program akceleracyjny SeaLaunch": an adjective between the marker and the name
      // (not a verb in the past, "Do programu dołączyła Fundacja X", whose subject is no project).
      if j < end, shapes[j].casing == .lower, tokens[j].lower.hasSuffix("ego") || tokens[j].lower.hasSuffix(among: Self.markerAdjectiveEndings)
        || knownFeminineAdjective(j), !tokens[j].lower.hasSuffix(among: Self.pastVerbEndings),
        j + 1 < end, shapes[j + 1].isNameLike { j += 1 }
      // "koordynatorka projektu Lucía Ferrer": the person holding the function, not a project.
      if j < end, claim[j] < 0, let e = personAfterFunctionMarker(i, j, s) {
        addPerson(j..<e, k)
        return e
      }
      if j < end, claim[j] < 0, shapes[j].kind == .word, shapes[j].isNameLike, firstName(at: j) == nil,
         !vocabulary.has(Markers.functionWords, j) {
        let e = titleBeforeAcronym(j, s) ?? chunkEnd(j, s).0
        // A head word inside means a full name ("programu Fundusze Europejskie"): still the marker's kind.
        let r = j..<e
        let surface = text(r)
        var m = FoundMention(kind: .project, range: r, name: surface, surface: surface, sentence: k)
        m.isProgramme = vocabulary.has(Markers.programme, i)
        if networkUnderManagement(i) { m.kind = .organization }
        if let h = firstHead(r), !h.1.english, h.0 == j, h.1.kind != .organization, r.count > 1 {
          m.name = headedName(r, head: h.0, h.1)
          m.head = h.1
        }
        if !(r.count == 1 && heads[j] != nil) {
          add(m)
          return e
        }
      }
    }
    // "ze środków MF EOG": a fund.
    if vocabulary.lowerIs(i, "środków"), i + 1 < end, claim[i + 1] < 0, shapes[i + 1].isNameLike, !vocabulary.has(Markers.project, i + 1) {
      let (e, _) = chunkEnd(i + 1, s)
      let r = (i + 1)..<e
      // ("ze środków Narodowego Funduszu Ochrony Środowiska …": a public fund that is an institution is read as one.)
      let institution = { (n: String) in PublicBodyTypes.isEnvironmentalFund(n) || PublicBodyTypes.isHealthFund(n) }
      if heads[i + 1]?.kind != .organization, !institution(text(r).fastLowercased) {
        var m = FoundMention(kind: .project, range: r, name: text(r), surface: text(r), sentence: k)
        m.isProgramme = true
        if let h = firstHead(r), !h.1.english, r.count > 1,
           ((i + 1)..<h.0).allSatisfy({ Inflection.looksAdjectival(tokens[$0].text) }) { m.name = headedName(r, head: h.0, h.1) }
        add(m)
        return e
      }
    }
    // "pn." / "pt." / "pod nazwą": the title runs to the next punctuation.
    if vocabulary.lowerIn(i, ["pn", "pt"]), i + 2 < end, marks.isMark(i + 1, "."), shapes[i + 2].isNameLike, claim[i + 2] < 0 {
      var e = i + 2
      while e < end, shapes[e].kind != .punct || marks.isMark(e, "-"), e - i < 12, !vocabulary.has(Self.predicateStarts, e) { e += 1 }
      var kind: EntityKind = .project
      if i > s.tokens.lowerBound {
        let before = tokens[i - 1].lower
        if Markers.event.contains(before) || HeadWords.head(before)?.kind == .event { kind = .event }
      }
      let r = (i + 2)..<e
      let surface = text(r)
      add(FoundMention(kind: kind, range: r, name: surface, surface: surface, sentence: k))
      return e
    }
    return nil
  }

  /// "śląskiego oddziału e-Izby", "oddział Izby Gospodarki Elektronicznej": a branch, part of the named body.
  mutating func branch(at i: Int, _ k: Int, _ s: Sentence) -> Int? {
    let end = s.tokens.upperBound
    guard i + 1 < end, claim[i + 1] < 0, shapes[i + 1].isNameLike else { return nil }
    var (pe, legal) = chunkEnd(i + 1, s)
    // "dyrektorka opolskiego oddziału Polskiej Agencji … Beata Mak": the person after the parent is no part of it.
    if let p = ((i + 2)..<max(i + 2, pe - 1)).first(where: { shapes[$0].casing == .capitalized && givenName(at: $0) != nil && isSurnameLike($0 + 1) }) {
      pe = p
      legal = nil
    }
    var start = i
    var adjective: String?
    if i > s.tokens.lowerBound, claim[i - 1] < 0, shapes[i - 1].kind == .word, !shapes[i].spaceBefore || true,
       let a = Inflection.adjective(tokens[i - 1].text, .masculine), Inflection.looksAdjectival(tokens[i - 1].text) || tokens[i - 1].lower.hasSuffix("ski") || tokens[i - 1].lower.hasSuffix("cki") {
      start = i - 1
      adjective = a
    }
    let parentIdx = classify((i + 1)..<pe, k, legal: legal, nested: true)
    guard let parentIdx else { return nil }
    let parentSurface = text((i + 1)..<pe)
    let headName = tokens[i].lower.hasPrefix("oddzia") ? "oddział" : (heads[i]?.lemma ?? tokens[i].lower)
    // "mieleckiego oddziału Agencji Rozwoju Przemysłu S.A.": the parent's legal form stays in the branch's name.
    let name = ([adjective].compactMap { $0 } + [headName, parentSurface] + [legal].compactMap { $0 }).joined(separator: " ")
    var m = FoundMention(kind: .organization, range: start..<pe, name: name, surface: text(start..<pe), sentence: k)
    m.head = HeadWord(lemma: "oddział", kind: .organization, gender: .masculine, isUnit: true, sector: nil)
    m.parent = parentIdx
    let idx = add(m)
    for j in start..<pe { claim[j] = idx }
    return max(pe, legalEnd(pe, s))
  }
}
