import StakeholderModel

/// Pass 1b: capitalised chunks, lower-case patterns (voivodeships, branches, markers) and their classification.
extension Recognizer {
  static let branchForms: WordSet = ["oddział", "oddziału", "oddziałowi", "oddziałem", "oddziale", "branch", "filia", "filii", "delegatura", "delegatury"]
  static let placePrepositions: WordSet = ["w", "we", "z", "ze", "do", "na", "in", "from", "near", "koło", "pod", "dla", "ku", "nad", "to", "around", "okolicach", "okolic", "pobliżu"]
  static let cityNouns: WordSet = ["miasto", "miasta", "miastu", "miastem", "mieście", "gmina", "gminy", "gminie", "gminę", "gminą", "powiat", "powiatu", "powiecie", "city", "town", "municipality", "commune"]
  static let listNouns: WordSet = ["miast", "gmin", "powiatów", "miejscowości", "regionów", "krajów", "państw", "cities", "towns", "municipalities", "regions", "countries"]
  static let orgAbbreviations: WordMap<String> = ["UM": "Urząd Miasta", "UG": "Urząd Gminy", "UMiG": "Urząd Miasta i Gminy", "UW": "Urząd Wojewódzki", "UMW": "Urząd Marszałkowski Województwa"]

  mutating func chunks(_ k: Int, _ s: Sentence) {
    var i = s.tokens.lowerBound
    while i < s.tokens.upperBound {
      if claim[i] >= 0 || claim[i] == Self.nonEntity { i += 1; continue }
      let t = tokens[i]
      if t.kind == .punct {
        if t.text == "#" { i += 2; continue }
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
      // Capitalised branch adjective: "Śląski oddział Izby …"
      if i + 1 < s.tokens.upperBound, vocabulary.has(Self.branchForms, i + 1), tokens[i + 1].casing == .lower {
        if let n = branch(at: i + 1, k, s) { i = n; continue }
      }
      if vocabulary.has(Markers.functionWords, i) && t.casing != .upper && t.casing != .camel { i += 1; continue }
      // "Szczecin-based ZARR": the seat written before an English name is a place of its own, not part of the name.
      // The name after it is an organization even without a head word ("Darłowo-based Darmar Offshore Services").
      if language == "en", let place = seatBefore(i) {
        add(FoundMention(kind: .place, range: i..<(i + 1), name: place, surface: t.text, sentence: k))
        i += 1
        if i < s.tokens.upperBound, claim[i] < 0, tokens[i].kind == .word, tokens[i].casing != .lower {
          let (end, legal) = chunkEnd(i, s)
          if legal == nil, firstHead(i..<end) == nil, firstName(tokens[i].text) == nil {
            add(FoundMention(kind: .organization, range: i..<end, name: text(i..<end), surface: text(i..<end), sentence: k))
            i = end
          }
        }
        continue
      }
      // "a representative of Human centric 4.0": the name runs to the end of the clause.
      if representativeBefore(i..<(i + 1)) {
        var e = i + 1
        while e < s.tokens.upperBound, e - i < 5, claim[e] < 0, tokens[e].kind != .punct, !vocabulary.lowerIn(e, ["and", "i", "oraz", "in", "w", "from", "z"]) { e += 1 }
        e = acronymNameEnd(i, e)
        // A head word inside ("head of MARR's Innovation Department") leaves the name to the classifier.
        if heads[i] == nil, firstName(t.text) == nil, !vocabulary.has(Markers.genericPlurals, e - 1),
           !((i + 1)..<e).contains(where: { heads[$0]?.isUnit == true }) {
          let r = i..<e
          // Polish names after "przedstawiciele" are in the genitive: the nominative is the canonical name.
          let name = language == "en" ? text(r) : names.organizationName(text(r))
          var m = FoundMention(kind: .organization, range: r, name: name, surface: text(r), sentence: k)
          m.legalForm = nil
          add(m)
          i = e
          continue
        }
      }
      // "przy ul. Ks. Biskupa Wincentego Tymienieckiego", "plac Artystów": a street or square is no entity, and a
      // person named in it is not one either (schema convention 9).
      if i >= 2, (tokens[i - 1].text == "." && vocabulary.lowerIn(i - 2, ["ul", "al", "pl", "os"]) && tokens[i - 2].casing == .lower)
          || vocabulary.has(Self.streetNouns, i - 1) && tokens[i - 1].casing == .lower {
        var e = i
        while e < s.tokens.upperBound, e - i < 8, claim[e] < 0, tokens[e].kind == .word && tokens[e].casing != .lower || tokens[e].text == "." { e += 1 }
        for q in i..<e { claim[q] = Self.nonEntity }
        i = e
        continue
      }
      var (end, legal) = chunkEnd(i, s)
      // English names written with a dash: "Voka – Chamber of Commerce East Flanders" (a brand before the
      // full name), "Regional Development Agency of Podravje – Maribor" (the seat after it).
      if language == "en", legal == nil, end + 1 < s.tokens.upperBound, tokens[end].text == "–", tokens[end + 1].isNameLike, claim[end + 1] < 0 {
        let (end2, legal2) = chunkEnd(end + 1, s)
        let afterSeat = end2 >= s.tokens.upperBound || [",", ";", ".", ")"].contains(tokens[end2].text)
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
      segment(i..<end, k, legal: legal, legalEnd: legalEnd(end, s))
      i = max(end, legalEnd(end, s))
    }
  }

  /// Lower-case openers: "województwa podlaskiego", "śląskiego oddziału X", "projekt X", "pn. X".
  mutating func lowerPatterns(_ i: Int, _ k: Int, _ s: Sentence) -> Int? {
    let t = tokens[i]
    let end = s.tokens.upperBound
    // Most lower-case words open no pattern: one look-up (two before a branch noun) settles them.
    guard vocabulary.has(Self.lowerOpeners, i) || (i + 1 < end && vocabulary.has(Self.branchForms, i + 1)) else { return nil }
    if vocabulary.has(Places.voivodeshipNouns, i), i + 1 < end, tokens[i + 1].casing == .lower,
       let v = Places.voivodeship(tokens[i + 1].lower) {
      // "województwa lubuskiego": the region's name as written, in lower case (schema convention 2).
      var m = FoundMention(kind: .place, range: i..<(i + 2), name: "województwo " + v.lowercased(), surface: text(i..<(i + 2)), sentence: k)
      m.foreign = false
      add(m)
      return i + 2
    }
    // "powiat olecki", "starosta powiatu oleckiego": a county named by its adjective is a place.
    if vocabulary.has(Self.countyNouns, i), i + 1 < end, claim[i + 1] < 0, tokens[i + 1].casing == .lower,
       ["ski", "ckiego", "skiego", "cki", "skim", "ckim", "skiemu", "ckiemu", "dzki", "dzkiego"].contains(where: { tokens[i + 1].lower.hasSuffix($0) }),
       let adj = Inflection.adjective(tokens[i + 1].text, .masculine) {
      add(FoundMention(kind: .place, range: i..<(i + 2), name: "powiat " + adj, surface: text(i..<(i + 2)), sentence: k))
      return i + 2
    }
    if vocabulary.has(Self.branchForms, i) { return branch(at: i, k, s) }
    if i + 1 < end, vocabulary.has(Self.branchForms, i + 1), Places.voivodeship(t.lower) != nil {
      return branch(at: i + 1, k, s)
    }
    // Marker + name: "projekt Polska …", "programu Interreg Europe", "sieci tematycznej EMPIRIE".
    if vocabulary.has(Markers.project, i) {
      var j = i + 1
      if j < end, tokens[j].casing == .lower, Inflection.adjective(tokens[j].text, .feminine) != nil || tokens[j].lower.hasSuffix("ego"), j + 1 < end, tokens[j + 1].isNameLike { j += 1 }
      // "koordynatorka projektu Lucía Ferrer": the person holding the function, not a project.
      if j < end, claim[j] < 0, let e = personAfterFunctionMarker(i, j, s) {
        addPerson(j..<e, k)
        return e
      }
      if j < end, claim[j] < 0, tokens[j].kind == .word, tokens[j].isNameLike, firstName(tokens[j].text) == nil,
         !vocabulary.has(Markers.functionWords, j) {
        let (e, _) = chunkEnd(j, s)
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
    if t.lower == "środków", i + 1 < end, claim[i + 1] < 0, tokens[i + 1].isNameLike, !vocabulary.has(Markers.project, i + 1) {
      let (e, _) = chunkEnd(i + 1, s)
      let r = (i + 1)..<e
      if heads[i + 1]?.kind != .organization {
        var m = FoundMention(kind: .project, range: r, name: text(r), surface: text(r), sentence: k)
        m.isProgramme = true
        if let h = firstHead(r), !h.1.english, r.count > 1,
           ((i + 1)..<h.0).allSatisfy({ Inflection.looksAdjectival(tokens[$0].text) }) { m.name = headedName(r, head: h.0, h.1) }
        add(m)
        return e
      }
    }
    // "pn." / "pt." / "pod nazwą": the title runs to the next punctuation.
    if (t.lower == "pn" || t.lower == "pt"), i + 2 < end, tokens[i + 1].text == ".", tokens[i + 2].isNameLike, claim[i + 2] < 0 {
      var e = i + 2
      while e < end, tokens[e].kind != .punct || tokens[e].text == "-", e - i < 12 { e += 1 }
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
    guard i + 1 < end, claim[i + 1] < 0, tokens[i + 1].isNameLike else { return nil }
    let (pe, legal) = chunkEnd(i + 1, s)
    var start = i
    var adjective: String?
    if i > s.tokens.lowerBound, claim[i - 1] < 0, tokens[i - 1].kind == .word, !tokens[i].spaceBefore || true,
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

  /// Where a capitalised chunk starting at `a` ends, and the legal form after it, if any.
  func chunkEnd(_ a: Int, _ s: Sentence) -> (Int, String?) {
    let end = s.tokens.upperBound
    var j = a + 1
    var hasHead = heads[a] != nil
    var headLemma = heads[a]?.lemma
    var sawDla = false
    var lastHeadLemma = headLemma
    var sawPatron = false
    while j < end, claim[j] < 0 {
      let t = tokens[j]
      if legalForm(j, s) != nil { break }
      // A period of years ends a programme's name: "2021–2027", "2014-2020".
      if t.kind == .punct, ["–", "-", "—"].contains(t.text), j + 1 < end, isYear(j - 1), isYear(j + 1),
         !tokens[j + 1].spaceBefore || !t.spaceBefore {
        j += 2
        continue
      }
      // "Interreg VI A Brandenburgia – Polska 2021–2027", "Interreg VI-A Lithuania–Poland Programme": a cross-border
      // programme names its two countries with a dash.
      if t.kind == .punct, ["–", "-", "—"].contains(t.text), vocabulary.lowerIs(a, "interreg"), j + 1 < end, tokens[j + 1].casing == .capitalized,
         claim[j + 1] < 0 {
        j += 1
        continue
      }
      // Text glued by a lost line break ("WoliPOZOSTAŁE") ends the name.
      // A short capital suffix is part of the word ("EkoMZL" is a brand, not "Eko" glued to a heading).
      if !t.spaceBefore, t.kind == .word, tokens[j - 1].kind == .word,
         !(t.casing == .upper && t.text.count <= 4 && tokens[j - 1].casing == .capitalized && (j + 1 >= end || tokens[j + 1].spaceBefore || tokens[j + 1].kind == .punct)) { break }
      if t.kind == .word, t.isNameLike {
        if let h = heads[j] { hasHead = true; lastHeadLemma = h.lemma; if headLemma == nil { headLemma = h.lemma } }
        j += 1
        continue
      }
      if t.kind == .number, tokens[j - 1].kind == .word, tokens[j - 1].isNameLike {
        if j + 1 < end, Markers.months[tokens[j + 1].lower] != nil { break }
        j += 1
        continue
      }
      if t.kind == .punct, t.text == "#", j + 1 < end, tokens[j + 1].kind == .number, hasHead { j += 2; continue }
      // "Kooperacja+", "Eko+": a plus glued to a name's last word.
      if t.kind == .punct, t.text == "+", !t.spaceBefore, tokens[j - 1].kind == .word, j + 1 >= end || tokens[j + 1].spaceBefore || tokens[j + 1].kind == .punct {
        j += 1
        continue
      }
      // "Wydziału Mechaniki, Mechatroniki i Automatyki Politechniki …": a list of fields in a unit's name,
      // up to its parent in the genitive.
      if t.kind == .punct, t.text == ",", let hl = headLemma, HeadWords.head(hl)?.isUnit == true, heads[a]?.english != true, fieldListReachesParent(j + 1, s) {
        j += 1
        continue
      }
      // "Ministerstwo Rolnictwa, Leśnictwa i Rybołówstwa …", "Chamber of Commerce, Industry and Agriculture": fields listed with
      // commas and a last "i"/"and" inside an institution's complement, up to the end of the clause or its parent.
      if t.kind == .punct, t.text == ",", hasHead, fieldListInName(a, j + 1, s) {
        j += 1
        continue
      }
      // "Department of Electromechanical, Systems and Metal Engineering of Ghent University": a list inside an
      // English head's "of" complement, up to the parent's "of".
      if t.kind == .punct, t.text == ",", heads[a]?.english == true || englishHeads[a] != nil,
         (a..<j).contains(where: { vocabulary.lowerIs($0, "of") }), commaListReachesOf(j + 1, s) {
        j += 1
        continue
      }
      // "Instytut Badań Gleby … – Państwowy Instytut Badawczy": the status of a state research institute is part of the name.
      if t.kind == .punct, ["–", "-", "—"].contains(t.text), hasHead, j + 3 < end, tokens[j + 1].lower.hasPrefix("państwow"),
         tokens[j + 2].lower.hasPrefix("instytut"), tokens[j + 3].lower.hasPrefix("badawcz") {
        j += 4
        continue
      }
      if t.kind == .punct, t.text == "„", hasHead || tokens[j - 1].casing == .upper, HeadWords.head(headLemma ?? "")?.kind == .organization || tokens[j - 1].casing == .upper,
         let close = ((j + 1)..<min(end, j + 8)).first(where: { tokens[$0].text == "”" }), close > j + 1,
         tokens[j + 1].isNameLike, ((j + 1)..<close).allSatisfy({ claim[$0] == -1 }) {
        j = close + 1
        continue
      }
      if ampersandJoins(j, end) || programmeSlashJoins(a, j, end) { j += 1; continue }
      if t.kind == .word, t.casing == .lower, j + 1 < end, claim[j + 1] < 0 {
        let next = tokens[j + 1]
        let nextOK = next.kind == .word && next.isNameLike && firstName(next.text) == nil
        let nextHead = HeadWords.head(next.lower)
        // "na lata 2014–2020", "do 2030 roku" after a programme's or strategy's name.
        if let hl = headLemma, HeadWords.head(hl)?.kind == .project || vocabulary.has(Markers.project, a) || sawDla {
          if t.lower == "na", j + 2 < end, vocabulary.lowerIs(j + 1, "lata"), isYear(j + 2) {
            j += 3
            if j + 1 < end, ["–", "-", "—"].contains(tokens[j].text), isYear(j + 1) { j += 2 }
            continue
          }
          if t.lower == "do", j + 2 < end, isYear(j + 1), vocabulary.lowerIs(j + 2, "roku") { j += 3; continue }
        }
        switch t.lower {
        case "i", "and", "&":
          if definedAcronymBeforeConjunction(a, j) { break }
          // "… Agency for Sustainable Development and TatraSense s.r.o.": a name with its own legal form after the
          // conjunction is another organization.
          // (Only after an institution's head: "Nowak i Synowie sp. j." is one company.)
          // "Świętokrzyskie Centrum Innowacji i Transferu Technologii sp. z o.o.": two complements of one head.
          if hasHead, runEndsInLegalForm(j + 1, s), coordinatedComplements(j) { j += 1; continue }
          if hasHead, runEndsInLegalForm(j + 1, s) { break }
          // "the Hanseatic City of Rostock and Rostock Port GmbH": after an English "of" complement, a company follows.
          if language == "en", t.lower == "and", (a..<j).contains(where: { vocabulary.lowerIs($0, "of") }), runEndsInLegalForm(j + 1, s) { break }
          // "Director of the Department of Entrepreneurship and Innovation of the Marshal's Office": a function before
          // the unit; the unit's "of" complement is coordinated up to the parent's "of".
          if t.lower == "and", nextOK, nextHead == nil, let u = (a..<j).last(where: { englishHeads[$0]?.isUnit == true }),
             (u..<j).contains(where: { vocabulary.lowerIs($0, "of") }), coordinatedComplementReachesOf(j + 1, s) {
            j += 1
            continue
          }
          // "dla Kujaw i Pomorza", "im. Jana i Jędrzeja Śniadeckich": coordination inside a complement.
          if t.lower == "i", next.kind == .word, next.casing == .capitalized, nextHead == nil, sawPatron { j += 1; continue }
          if t.lower == "i" || (t.lower == "and" && language == "en"), nextOK, nextHead == nil, sawDla { j += 1; continue }
          // "Politechnika i ŁRPNT": an acronym defined in the text is a name of its own.
          if next.casing == .upper, definedAcronyms.contains(next.text) { break }
          // "Województwa Opolskiego i Aglomeracji Opolskiej": a name already read (in another case) after "i".
          if runRepeatsKnownName(j + 1, s) { break }
          // A unit and its parent in the genitive: "Wydziału Inżynierii Lądowej i Środowiska Politechniki Gdańskiej".
          if t.lower == "i", nextOK, nextHead == nil, let hl = headLemma, HeadWords.head(hl)?.isUnit == true, genitiveParentFollows(j + 1, s) {
            j += 1
            continue
          }
          // "Department of Fisheries and Oceans of the …", "Institute of Soil and Water Sciences of the University …":
          // words coordinated inside an English head's "of" complement, up to the parent's "of".
          if t.lower == "and", nextOK, nextHead == nil, heads[a]?.english == true || englishHeads[a] != nil,
             (a..<j).contains(where: { vocabulary.lowerIs($0, "of") }), coordinatedComplementReachesOf(j + 1, s) {
            j += 1
            continue
          }
          // "Strategy and Planning Department": a project or event word before "and" does not make a name yet.
          if t.lower == "and", nextOK, nextHead == nil, !(a..<j).contains(where: { heads[$0]?.kind == .organization }),
             nextRunHasHead(j + 1, s), (j + 1..<min(end, j + 5)).contains(where: { heads[$0]?.kind == .organization && tokens[$0].isNameLike }) {
            j += 1
            continue
          }
          // Join "Oświaty i Wychowania", "Science and Business Park"; stop between two names
          // ("Uniwersytet X i Lubuski Klaster Y", "University of Tartu and Tehnopol … Park").
          let runHasHead = nextRunHasHead(j + 1, s)
          // "Oulu University and Business Oulu": a headless run after "and" that ends in a known place, then
          // the clause goes on, is another name.
          if language == "en", hasHead, !runHasHead, t.lower == "and", runEndsInKnownPlace(j + 1, s) { break }
          if nextOK, nextHead == nil, (hasHead && !runHasHead) || (!hasHead && t.lower != "i" && runHasHead) { j += 1; continue }
        case "of", "for", "de", "la", "van", "von", "der", "den", "ter", "du", "des", "di", "del", "della", "dos", "das":
          // "European Funds for Lesser Poland and Silesia 2021–2027": a programme's "for" complement may be coordinated.
          if t.lower == "for", nextOK, headLemma.flatMap({ HeadWords.head($0) })?.kind == .project || vocabulary.lowerIs(a, "european") { sawDla = true }
          if nextOK || (next.lower == "the" && j + 2 < end && tokens[j + 2].isNameLike) {
            j += next.lower == "the" ? 2 : 1
            continue
          }
        case "z":
          if patronOrigin(j, sawPatron: sawPatron, end) { j += 1; continue }
          if nextOK, j - a == 1, let hl = headLemma, ["tydzień", "dzień", "dni", "spotkanie", "noc"].contains(hl) { j += 1; continue }
        case "w", "we":
          if projectNameGoesOnAfterW(j, headLemma, end) { j += 1; continue }
          if nextOK, let hl = headLemma, hl == "urząd" || hl == "starostwo",
             vocabulary.lowerIn(j - 1, ["miasta", "gminy", "pracy"])
              || ["powiatow", "skarbow", "wojewódzk", "statystyczn", "miejsk", "gminn"].contains(where: { tokens[j - 1].lower.hasPrefix($0) }) {
            j += 1
            continue
          }
          // "Parku … Uniwersytetu Zielonogórskiego w Nowym Kisielinie": a university read before without a seat is
          // complete; the place after it is where the whole stands.
          if let hl = lastHeadLemma, Self.headsWithSeat.contains(hl), heads[a]?.lemma != hl,
             let lh = (a..<j).last(where: { heads[$0] != nil }), lh > a, runRepeatsKnownName(lh, s) { break }
          // Universities and city councils carry their seat: "Uniwersytet Mikołaja Kopernika w Toruniu",
          // "Politechnika Morska w Szczecinie", "Rada Miejska w Łodzi".
          // A foreign university described in Polish ("Uniwersytetu Salento w Lecce") is only located there: the seat
          // joins the name when the lexicon knows it as a Polish place.
          if nextOK, next.casing == .capitalized, let hl = lastHeadLemma,
             (Self.headsWithSeat.contains(hl) && polishSeat(j + 1, end)) || (["rada", "urząd", "starostwo"].contains(hl) && vocabulary.has(Self.officeBeforeSeat, j - 1)) {
            j += 1
            continue
          }
          // "Regionalna Izba Handlowa w Koninie", "Izba Rzemieślnicza w Getyndze": a chamber, school or court
          // whose name says nothing of its place takes its seat into the name, at home or abroad.
          if nextOK, next.casing == .capitalized, let hl = lastHeadLemma, Self.headsWithGenericSeat.contains(hl), !opensWithPlaceAdjective(a),
             nextHead == nil, !runContinuesIntoHead(j + 1, s), j + 2 >= end || !tokens[j + 2].isNameLike || polishSeat(j + 1, end) {
            j += 1
            continue
          }
          // "Uniwersytet w Mariborze": a bare university head takes its seat into its name, at home or abroad.
          if nextOK, next.casing == .capitalized, j - a == 1, let hl = headLemma, ["uniwersytet", "politechnika", "akademia", "uczelnia"].contains(hl),
             nextHead == nil, !runContinuesIntoHead(j + 1, s) {
            j += 1
            continue
          }
          // "Uniwersytet Śląski w Katowicach", "Akademia Sztuk Pięknych w Gdańsku": the seat is part of a university's name.
          if nextOK, let hl = headLemma, ["uniwersytet", "akademia", "szkoła", "uczelnia", "politechnika"].contains(hl), j - a >= 2,
             nextHead == nil, !runContinuesIntoHead(j + 1, s), polishSeat(j + 1, end) {
            j += 1
            continue
          }
        case "nad":
          // "Ústí nad Labem", "Kazimierz nad Wisłą": a town named by its river (never a sentence's first word, as in
          // "Prace nad Strategią …").
          if nextOK, next.casing == .capitalized, nextHead == nil, heads[j - 1] == nil, tokens[j - 1].casing == .capitalized,
             j - 1 > s.tokens.lowerBound, !(j + 2 < end && tokens[j + 2].isNameLike && !vocabulary.has(HeadWords.englishPlaceHeads, j + 2)) {
            j += 1
            continue
          }
        case "o":
          // "Wydział Nauk o Zdrowiu", "Instytut Nauk o Ziemi": a discipline named "nauka o …".
          if nextOK, nextHead == nil, tokens[j - 1].lower.hasPrefix("nauk"), hasHead { j += 1; continue }
        case "in":
          if acronymCoversSeat(j, end) || englishUniversitySeat(a, j, end) { j += 1; continue }
          // "Adam Mickiewicz University in Poznań (AMU)": the acronym right after the seat defines the whole as the
          // official name (schema convention 2).
          if language == "en", nextOK, next.casing == .capitalized, let hl = lastHeadLemma, Self.universityHeads.contains(hl),
             j + 4 < end, tokens[j + 2].text == "(", tokens[j + 3].casing == .upper, tokens[j + 4].text == ")" {
            j += 1
            continue
          }
        case "im":
          if j + 2 < end, tokens[j + 1].text == ".", tokens[j + 2].isNameLike, hasHead { j += 2; sawPatron = true; continue }
        case "na":
          if hasHead, next.lower == "rzecz", j + 2 < end, tokens[j + 2].isNameLike { j += 2; continue }
          // "Lubuskie Bony na Innowacje", "program Granty na Eurogranty": a project's name runs on through "na" and a
          // capitalised noun that is no place ("na Podkarpaciu" says where).
          if nextOK, next.casing == .capitalized, nextHead == nil, a > s.tokens.lowerBound,
             headLemma.flatMap({ HeadWords.head($0) })?.kind == .project || vocabulary.has(Markers.project, a - 1),
             !polishPlaceWord(next.text), names.knownPlace(next.text) == nil {
            j += 1
            continue
          }
        case "dla":
          // "Fundusze Europejskie dla Pomorza", "Fundacja Pomocy dla Dzieci".
          if nextOK, j - a >= 2 { j += 1; sawDla = true; continue }
        default: break
        }
      }
      break
    }
    let legal = legalForm(j, s)
    return (j, legal?.0)
  }

  /// Whether an inflected word is a form of a Polish place according to the lexicon ("Toruniu"), or a Polish
  /// place of the general lists.
  func polishPlaceWord(_ w: String) -> Bool {
    if let p = names.knownPlace(w) { return !p.foreign }
    return names.lexicon.analyses(of: w).contains { $0.category == .place || $0.category == .placePart }
  }

  /// Whether the seat written at `i` ("Toruniu", "Nowym Sączu") is a Polish place: its word, or the next
  /// capitalised one, is.
  func polishSeat(_ i: Int, _ end: Int) -> Bool {
    polishPlaceWord(tokens[i].text) || (i + 1 < end && tokens[i + 1].isNameLike && polishPlaceWord(tokens[i + 1].text))
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
    while k < s.tokens.upperBound, k - j < 4, tokens[k].kind == .word, tokens[k].casing == .capitalized, lowerHeads[k] == nil, claim[k] < 0 { k += 1 }
    guard k > j, k + 1 < s.tokens.upperBound, vocabulary.lowerIs(k, "i") else { return false }
    k += 1
    let f = k
    while k < s.tokens.upperBound, k - f < 3, tokens[k].kind == .word, tokens[k].casing == .capitalized, lowerHeads[k] == nil, claim[k] < 0 { k += 1 }
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
      k < end && claim[k] < 0 && tokens[k].kind == .word && tokens[k].casing == .capitalized && lowerHeads[k] == nil && englishHeads[k] == nil
        && names.knownPlace(tokens[k].text) == nil && firstName(tokens[k].text) == nil && roleWords[k] == nil
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
      if tokens[k].text == "," { k += 1; continue }
      if vocabulary.lowerIn(k, ["i", "and"]) { break }
      return false
    }
    guard k < end, vocabulary.lowerIn(k, ["i", "and"]) else { return false }
    k += 1
    let f = k
    while field(k), k - f < 3 { k += 1 }
    guard k > f, items <= 4 else { return false }
    if k >= end || tokens[k].kind == .punct || tokens[k].casing == .lower { return true }
    // "… i Rybołówstwa Kraju Związkowego Saksonia": the territory the body serves, a place among its words.
    var tail = k
    while tail < end, tail - k < 3, claim[tail] < 0, tokens[tail].kind == .word, tokens[tail].casing == .capitalized, lowerHeads[tail] == nil,
          englishHeads[tail] == nil, firstName(tokens[tail].text) == nil { tail += 1 }
    if tail > k, tail >= end || tokens[tail].kind == .punct || tokens[tail].casing == .lower { return true }
    if tokens[k].casing == .upper || definedAcronyms.contains(tokens[k].text) { return true }
    return !english && genitiveParentFollows(k, s)
  }

  /// Whether the capitalised words from `j` reach an inflected (genitive) parent head: "Środowiska Politechniki …".
  func genitiveParentFollows(_ j: Int, _ s: Sentence) -> Bool {
    var k = j
    while k < s.tokens.upperBound, k - j < 5, tokens[k].kind == .word, tokens[k].isNameLike {
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
    while k < s.tokens.upperBound, k - j < 5, tokens[k].kind == .word, tokens[k].isNameLike { words.append(tokens[k].lower); k += 1 }
    guard words.count >= 2 else { return false }
    while memo.nameWordsRead < mentions.count {
      let m = mentions[memo.nameWordsRead]
      memo.nameWordsRead += 1
      guard m.kind == .organization else { continue }
      for n in [m.name] + [m.innerName].compactMap({ $0 }) {
        let w = n.lowercased().split(whereSeparator: { $0 == " " || "„”\"“".contains($0) }).map(String.init)
        if w.count >= 2 { memo.nameWords[Memo.stemBucket(w[0]), default: []].append(w) }
      }
    }
    for w in memo.nameWords[Memo.stemBucket(words[0])] ?? [] {
      if w.count == words.count, zip(w, words).allSatisfy({ Self.sameStem($0, $1) }) { return true }
    }
    return false
  }

  /// Whether the capitalised words from `j` end in a legal form: "Narew Dairy Tech sp. z o.o.", "TatraSense s.r.o.".
  func runEndsInLegalForm(_ j: Int, _ s: Sentence) -> Bool {
    var k = j
    while k < s.tokens.upperBound, k - j < 6, tokens[k].kind == .word, tokens[k].isNameLike, legalForm(k, s) == nil { k += 1 }
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
      if t.text == "," || t.lower == "and" { if t.lower == "and" { sawAnd = true }; k += 1; continue }
      break
    }
    return sawAnd && words >= 2 && k < s.tokens.upperBound && vocabulary.lowerIs(k, "of") && tokens[k - 1].kind == .word
  }

  /// Whether the capitalised words from `j` (no head, no place among them) are followed by "of": "Ports of the …".
  func coordinatedComplementReachesOf(_ j: Int, _ s: Sentence) -> Bool {
    var k = j
    while k < s.tokens.upperBound, k - j < 4, tokens[k].kind == .word, tokens[k].isNameLike {
      if heads[k] != nil || Places.table[tokens[k].text] != nil { return false }
      k += 1
    }
    return k > j && k < s.tokens.upperBound && vocabulary.lowerIs(k, "of")
  }

  /// Whether the capitalised run starting at `j` contains a head word.
  /// Whether the capitalised run at `j` itself contains a head (then it is another institution, not a seat).
  func runContinuesIntoHead(_ j: Int, _ s: Sentence) -> Bool {
    var k = j
    while k < s.tokens.upperBound, tokens[k].kind == .word, tokens[k].isNameLike {
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
    while k < s.tokens.upperBound, tokens[k].kind == .word,
          tokens[k].isNameLike || (english && vocabulary.lowerIn(k, ["of", "for", "the", "and"])) {
      if tokens[k].isNameLike, heads[k] != nil { return true }
      if !english, !(Inflection.looksAdjectival(tokens[k].text) && tokens[k].casing == .capitalized) { return false }
      k += 1
    }
    return false
  }

  /// A legal form starting at token `j` ("S.A.", "sp. z o.o.", "Ltd"), with the index after it.
  func legalForm(_ j: Int, _ s: Sentence) -> (String, Int)? {
    let end = s.tokens.upperBound
    guard j < end else { return nil }
    func tx(_ k: Int) -> String { k < end ? tokens[k].text : "" }
    if tx(j) == "S", tx(j + 1) == ".", tx(j + 2) == "A" { return ("S.A.", tx(j + 3) == "." ? j + 4 : j + 3) }
    if vocabulary.lowerIs(j, "sp"), tx(j + 1) == ".", tx(j + 2) == "z", tx(j + 3) == "o", tx(j + 4) == ".", tx(j + 5) == "o" {
      return ("sp. z o.o.", tx(j + 6) == "." ? j + 7 : j + 6)
    }
    // Czech and Slovak companies: "TatraSense s.r.o.".
    if tx(j) == "s", tx(j + 1) == ".", tx(j + 2) == "r", tx(j + 3) == ".", tx(j + 4) == "o" { return ("s.r.o.", tx(j + 5) == "." ? j + 6 : j + 5) }
    if vocabulary.lowerIs(j, "sp"), tx(j + 1) == ".", ["j", "k"].contains(tx(j + 2)) { return ("sp.\(tx(j + 2)).", tx(j + 3) == "." ? j + 4 : j + 3) }
    if tokens[j].spaceBefore, Self.legalFormWords.contains(tx(j)) {
      // "Nonprofit Ltd.", "Acme Inc.": an abbreviated form keeps its full stop.
      if tx(j + 1) == ".", Self.abbreviatedLegalForms.contains(tx(j)) { return (tx(j) + ".", j + 2) }
      // "ReWeave AB." at a sentence's end: the full stop after a form that is no abbreviation ends the sentence.
      let stopEndsSentence = tx(j + 1) == "." && tx(j) != "S.L" && (j + 2 >= end || tokens[j + 2].casing == .capitalized && tokens[j + 2].spaceBefore)
      return (tx(j), tx(j + 1) == "." && !stopEndsSentence ? j + 2 : j + 1)
    }
    if tokens[j].spaceBefore, let dotted = dottedLegalForm(j, s) { return dotted }
    return nil
  }

  /// Legal forms written as letters with full stops ("d.o.o.", "a.s.", "e.V.", "S.p.A.", "B.V."), lower-cased.
  static let dottedLegalForms: Set<String> = [
    "d.o.o.", "d.d.", "a.s.", "e.v.", "s.p.a.", "s.r.l.", "b.v.", "n.v.", "k.s.", "v.o.s.", "o.p.s.", "z.s.", "s.a.s.",
    "s.l.", "a.d.", "j.s.c.", "s.c.",
  ]

  /// A legal form of single letters and full stops at `j`: "Drava Logistika d.o.o.", "Elbtal Netzwerk e.V.",
  /// "Morava Stroje a.s.", with the index after it (the last full stop included).
  /// - Complexity: O(1): at most eight tokens are read.
  func dottedLegalForm(_ j: Int, _ s: Sentence) -> (String, Int)? {
    let end = s.tokens.upperBound
    guard tokens[j].kind == .word, tokens[j].text.count <= 2, j + 1 < end, tokens[j + 1].text == ".", !tokens[j + 1].spaceBefore else { return nil }
    var k = j
    var form = ""
    while k + 1 < end, k - j < 8, tokens[k].kind == .word, tokens[k].text.count <= 2, tokens[k + 1].text == ".", !tokens[k + 1].spaceBefore,
          k == j || !tokens[k].spaceBefore {
      form += tokens[k].text + "."
      k += 2
    }
    let lower = form.fastLowercased
    guard form.count >= 4, Self.dottedLegalForms.contains(lower) else { return nil }
    return (form, k)
  }

  /// One-word legal forms that are abbreviations and keep a full stop written after them.
  static let abbreviatedLegalForms: WordSet = ["Ltd", "Inc", "Corp", "Co", "Kft", "Zrt", "Bhd"]

  /// Legal forms written as one word ("Ltd", "GmbH", "SpA").
  static let legalFormWords: WordSet = [
    "Ltd", "GmbH", "Inc", "LLC", "Oy", "Oyj", "AB", "AG", "SE", "plc", "PLC", "BV", "NV", "SA", "SpA", "Srl", "S.L",
    "UAB", "SIA", "OÜ", "AS", "ApS", "Kft", "Zrt", "Nyrt", "KG", "Corp", "Ltda", "SARL", "SAS", "Sarl",
  ]

  func legalEnd(_ j: Int, _ s: Sentence) -> Int { legalForm(j, s)?.1 ?? j }

  /// Splits a chunk at titles, function words (roles) and given-name persons, and classifies each piece.
  mutating func segment(_ r: Range<Int>, _ k: Int, legal: String?, legalEnd: Int) {
    var i = r.lowerBound
    var segStart = i
    let b = r.upperBound
    var pieces: [Range<Int>] = []
    // After "ds.", the words up to the first head belong to the function: "dyrektora ds. SmartCity Urzędu …".
    if i >= 2, tokens[i - 1].text == ".", vocabulary.lowerIs(i - 2, "ds") {
      while i < b, heads[i] == nil { roleToken[i] = true; i += 1 }
      segStart = i
    }
    // "prezes Zarządu X": "Zarządu" continues the function.
    if i > 0, i < b, roleWords[i - 1] != nil || roleToken[i - 1], vocabulary.has(RoleWords.continuations, i), !isRegionalBoard(i, b) {
      while i < b, vocabulary.has(RoleWords.continuations, i) { roleToken[i] = true; i += 1 }
      segStart = i
    }
    while i < b {
      let t = tokens[i]
      if t.lower == "im", i + 1 < b, tokens[i + 1].text == "." { break }  // patron: the rest is the name
      // "Nauk o Zdrowiu": the preposition "o" is a title ("o." for a friar) only with its period.
      if vocabulary.has(RoleWords.titles, i), !(t.text == "o" && !(i + 1 < b && tokens[i + 1].text == ".")) {
        if i > segStart { pieces.append(segStart..<i) }
        i += 1
        segStart = i
        // "Mr Julien Lefebvre", "Dr Katharina Vogel", "Pani Anna Nowak": the words after a courtesy or academic
        // title are a person, known given name or not; one word alone is a surname already seen.
        while i < b, vocabulary.has(RoleWords.titles, i) || (tokens[i].text == "." && i > 0 && vocabulary.has(RoleWords.titles, i - 1)) { i += 1; segStart = i }
        if let e = personAfterTitle(i, b) {
          if e - i >= 2 {
            addPerson(i..<e, k)
          } else if let known = personWithSurname(tokens[i].text) {
            var m = FoundMention(kind: .person, range: i..<e, name: mentions[known].name, surface: text(i..<e), sentence: k)
            m.surname = mentions[known].surname
            m.feminine = mentions[known].feminine
            add(m)
          } else {
            continue
          }
          i = e
          segStart = i
          // "Ms Eszter Kovács of the Hungarian National Trading House": after a titled person, "of (the)" and
          // capitalised words with no head, place or given name are the institution the person comes from.
          if language == "en", i + 1 < b, vocabulary.lowerIs(i, "of") {
            var o = i + 1
            if vocabulary.lowerIs(o, "the"), o + 1 < b { o += 1 }
            let rest = o..<b
            if rest.count >= 2, rest.allSatisfy({ tokens[$0].kind == .word && tokens[$0].casing != .lower }), firstHead(rest) == nil,
               names.knownPlace(text(rest)) == nil, legal == nil {
              add(FoundMention(kind: .organization, range: rest, name: text(rest), surface: text(rest), sentence: k))
              i = b
              segStart = b
            }
          }
        }
        continue
      }
      // "Office of the Marshal of the Lubuskie Voivodeship", "Chancellery of the President of …": an English office
      // named after its holder; the function is part of the name.
      if language == "en", roleWords[i] != nil, i >= segStart + 3, vocabulary.lowerIs(i - 1, "the"), vocabulary.lowerIs(i - 2, "of"),
         englishHeads[i - 3]?.kind == .organization {
        i += 1
        continue
      }
      // English functions written with capitals: "Management Board Member of", "Head of", "CEO of".
      if t.casing != .lower, language == "en", let e = englishRolePhrase(i, b) {
        if i > segStart { pieces.append(segStart..<i) }
        for j in i..<e { roleToken[j] = true }
        i = e
        segStart = i
        continue
      }
      // "Biuro Rzecznika Prasowego Prezydenta Miasta Łodzi": a function in the genitive inside a headed name.
      let insideName = i > segStart && (segStart..<i).contains { heads[$0]?.kind == .organization }
        && roleWords[i].map { $0.base != t.lower } == true

      if t.casing == .capitalized || t.casing == .upper, roleWords[i] != nil, heads[i] == nil, !insideName {
        if i > segStart { pieces.append(segStart..<i) }
        roleToken[i] = true
        i += 1
        while i < b, vocabulary.has(RoleWords.continuations, i) || roleWords[i] != nil { roleToken[i] = true; i += 1 }
        if i < b, vocabulary.lowerIs(i - 1, "ds") { while i < b, heads[i] == nil { roleToken[i] = true; i += 1 } }
        segStart = i
        continue
      }
      // "Rūta Vaitkutė of the Klaipėda Maritime Training Centre": a person whose given name the lists lack, then
      // "of (the)" and the institution, which is a name of its own.
      if language == "en", i == segStart, let of = personBeforeOf(i, b, company: legal != nil) {
        addPerson(i..<of, k)
        i = of + 1
        if i < b, vocabulary.lowerIs(i, "the") { i += 1 }
        segStart = i
        continue
      }
      // "Uniwersytetu Mikołaja Kopernika": a patron in the genitive right after an institution's head.
      // "Pomorski Uniwersytet Medyczny Ludwika Zamenhofa": the head's adjectives may stand between it and the patron.
      let patron = i > segStart && (heads[i - 1]?.kind == .organization || headBeforeAdjectives(i, segStart)?.kind == .organization)
        && (firstName(t.text).map { $0.name != t.text } == true || genitivePatron(i, b) || foundationPatron(i)
          // "Jana Kazimierza": "Jana" is also a nominative given name (Czech); the declined name after it settles it.
          || (firstName(t.text) != nil && i + 1 < b && firstName(tokens[i + 1].text).map { $0.name != tokens[i + 1].text } == true))
      if !patron, t.casing == .capitalized, givenName(t.text) != nil, i + 1 < b, isSurnameLike(i + 1) || monthSurname(i + 1) || functionSurname(i + 1, b),
         !capitalisedParticle(i + 1, b),
         !(i + 2 < b && heads[i + 2] != nil && !(roleWords[i + 2] != nil)),
         // "Vita Lab sp. z o.o.": a name that ends the chunk right before a legal form is a company's.
         !(legal != nil && i + 2 == b) {
        if i > segStart { pieces.append(segStart..<i) }
        var e = i + 2
        if e < b, givenName(tokens[i + 1].text) != nil, isSurnameLike(e) { e += 1 }
        // "Iñaki Etxeberria Goñi", "Aoife Ní Bhriain", "Lucía Martínez Soler": an English text keeps a foreign
        // person's second surname when the chunk ends with it.
        if language == "en", e + 1 == b || (e + 2 == b && isSurnameLike(e + 1)), isSurnameLike(e), names.knownPlace(tokens[e].text) == nil,
           firstName(tokens[e].text) == nil {
          e = b
        } else if e < b, secondSurname(e, given: i, b) {
          e += 1
        }
        addPerson(i..<e, k)
        i = e
        segStart = i
        continue
      }
      // "Jan de Vries", "Erik van der Berg": a given name, name particles, a surname.
      // "Joris Van der Velde": Flemish names write the first particle with a capital.
      if !patron, t.casing == .capitalized, givenName(t.text) != nil, i + 2 < b, vocabulary.has(Self.nameParticles, i + 1),
         tokens[i + 1].casing == .lower || capitalisedParticle(i + 1, b) {
        var e = i + 1
        while e < b, e - i <= 3, vocabulary.has(Self.nameParticles, e), tokens[e].casing == .lower || e == i + 1 { e += 1 }
        guard e < b, isSurnameLike(e) else { i += 1; continue }
        if i > segStart { pieces.append(segStart..<i) }
        e += 1
        addPerson(i..<e, k)
        i = e
        segStart = i
        continue
      }
      i += 1
    }
    if segStart < b { pieces.append(segStart..<b) }
    for (n, p) in pieces.enumerated() {
      let isLast = n == pieces.count - 1 && p.upperBound == b
      classify(p, k, legal: isLast ? legal : nil, legalEnd: isLast ? legalEnd : p.upperBound)
    }
  }

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
    guard i + 2 < b, let of = ((i + 2)...min(i + 3, b - 1)).first(where: { tokens[$0].casing == .lower && vocabulary.lowerIs($0, "of") }) else { return nil }
    for q in i..<of {
      guard isSurnameLike(q), !vocabulary.has(Markers.functionWords, q), firstName(tokens[q].text) == nil,
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
    guard isSurnameLike(e), firstName(tokens[e].text) == nil, names.knownPlace(tokens[e].text) == nil,
          !vocabulary.has(Markers.functionWords, e), e + 1 >= b || tokens[e + 1].casing != .capitalized else { return false }
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
      if words > 0, t.kind == .word, t.casing == .lower, vocabulary.has(Self.nameParticles, e), e + 1 < b, tokens[e + 1].casing == .capitalized {
        e += 1
        continue
      }
      break
    }
    guard words >= 1, words <= 4, tokens[e - 1].casing == .capitalized else { return nil }
    return e
  }

  /// An earlier person mention whose surname is `form` (or an inflected form of it).
  /// - Complexity: O(k) for the k persons whose surname shares the form's first four letters.
  func personWithSurname(_ form: String) -> Int? {
    let l = form.fastLowercased
    // With a fleeting "e" the surname's first four letters differ: "Sobek" → "Sobkowi" (look under "sobe" too).
    let keys = [Substring(l).prefix(4), Substring(l.prefix(3) + "e")]
    for key in keys where key.count == 4 {
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
    while e < b, e - i < 5, tokens[e].kind == .word {
      let l = tokens[e].lower
      if RoleWords.role(l) != nil, HeadWords.head(l) == nil { sawRole = true; e += 1; continue }
      if Self.englishRoleModifiers.contains(l) { e += 1; continue }
      break
    }
    guard sawRole, e < b, vocabulary.lowerIs(e, "of") else { return nil }
    e += 1
    if e < b, vocabulary.lowerIs(e, "the") { e += 1 }
    var f = e
    while f < b, tokens[f].casing == .capitalized, lowerHeads[f] == nil { f += 1 }
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
    while q >= start, q >= i - 2, heads[q] == nil, tokens[q].casing == .capitalized, Inflection.looksAdjectival(tokens[q].text) { q -= 1 }
    return q >= start && q < i - 1 ? heads[q] : nil
  }

  /// Heads whose generic names take the seat after "w" into the name ("Regionalna Izba Handlowa w Koninie",
  /// "Zespół Szkół Zawodowych w Wieluniu", "Izba Rzemieślnicza w Getyndze").
  static let headsWithGenericSeat: WordSet = ["izba", "zespół", "szkoła", "cech", "liceum", "technikum", "sąd"]

  /// Whether the name starting at `a` opens with an adjective of a place ("Opolska Izba", "Łódzkiej Izby"): then
  /// the name already says where it is.
  func opensWithPlaceAdjective(_ a: Int) -> Bool {
    let l = tokens[a].lower
    return ["ska", "cka", "zka", "ski", "cki", "zki", "skiej", "ckiej", "zkiej", "skiego", "ckiego", "zkiego", "ską", "cką", "zką", "skie", "ckie", "zkie"]
      .contains { l.hasSuffix($0) }
  }

  /// Whether the capitalised run from `j` has two words or more, ends in a place the general lists or the text know, and is
  /// followed by punctuation or a lower-case word ("Business Oulu," / "Business Oulu, the city's …").
  func runEndsInKnownPlace(_ j: Int, _ s: Sentence) -> Bool {
    var k = j
    while k < s.tokens.upperBound, k - j < 4, tokens[k].kind == .word, tokens[k].isNameLike { k += 1 }
    let w = tokens[k - 1].text
    guard k - j >= 2, names.knownPlace(w) != nil || placesInNames[w.fastLowercased] != nil || mentions.contains(where: { $0.kind == .place && $0.name == w })
    else { return false }
    return k >= s.tokens.upperBound || tokens[k].kind == .punct || tokens[k].casing == .lower
  }

  /// Whether token `i` is a name particle written with a capital ("Van", "De") before a lower-case particle or a
  /// surname inside the chunk ending at `b`: "Joris Van der Velde", "Karel De Gucht".
  func capitalisedParticle(_ i: Int, _ b: Int) -> Bool {
    i + 1 < b && tokens[i].casing == .capitalized && vocabulary.has(Self.nameParticles, i)
      && (vocabulary.has(Self.nameParticles, i + 1) && tokens[i + 1].casing == .lower || isSurnameLike(i + 1))
  }

  /// "Ewa Starosta, head of …", "Jan Wójcik": a capitalised function word right after a given name, ending the
  /// chunk, is a surname (Polish surnames are often old function nouns: Wójt, Kanclerz, Starosta, Burmistrz).
  func functionSurname(_ i: Int, _ b: Int) -> Bool {
    let t = tokens[i]
    return i + 1 == b && t.kind == .word && t.casing == .capitalized && roleWords[i] != nil && heads[i] == nil
      && !vocabulary.has(RoleWords.titles, i) && Markers.months[t.lower] == nil
  }

  mutating func addPerson(_ r: Range<Int>, _ k: Int) {
    let words = r.map { tokens[$0].text }
    // English texts write names in the nominative.
    let name = language == "en" ? words.joined(separator: " ") : names.personName(given: Array(words.dropLast()), surname: words.last!)
    var m = FoundMention(kind: .person, range: r, name: name, surface: text(r), sentence: k)
    m.feminine = givenName(words[0])?.feminine
    m.surname = name.spaceSeparatedWords.last.map(String.init)
    add(m)
  }

  /// The first Polish head (or last English head) in a range.
  func firstHead(_ r: Range<Int>) -> (Int, HeadWord)? {
    var pl: (Int, HeadWord)?
    var en: (Int, HeadWord)?
    for i in r where tokens[i].kind == .word && tokens[i].casing != .lower {
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

  /// Nominative of a headed Polish name: the head and the adjectives agreeing with it change, the genitive
  /// complement stays ("Urzędu Marszałkowskiego Województwa Podlaskiego" → "Urząd Marszałkowski Województwa Podlaskiego").
  func headedName(_ r: Range<Int>, head h: Int, _ hw: HeadWord) -> String {
    if hw.english || language == "en" { return text(r) }
    let headTok = tokens[h]
    // Nominative already: nothing to change (indeclinable heads like "Centrum" still need their adjectives).
    let indeclinable = ["centrum", "forum", "seminarium", "muzeum", "liceum", "gimnazjum", "technikum"].contains(hw.lemma)
    // "Świętokrzyskich Dni …": a plural head whose genitive is its nominative shows its case by the adjective before.
    let obliqueAdjective = hw.gender == .plural && (r.lowerBound..<h).contains { tokens[$0].lower.hasSuffix("ych") || tokens[$0].lower.hasSuffix("ich") }
    if !indeclinable, !obliqueAdjective, headTok.lower == hw.lemma || headTok.lower.hasSuffix("-" + hw.lemma) { return text(r) }
    if indeclinable, h == r.lowerBound { return text(r) }
    var words: [(String, Bool)] = []  // (word, space before)
    var frozen = false
    for i in r {
      let t = tokens[i]
      var w = t.text
      if i == h {
        w = recase(hw.lemma, like: t.text)
      } else if !frozen, t.kind == .word, t.casing != .lower || i < h {
        if i < h {
          if !Markers.romanNumerals.contains(t.text), let a = Inflection.adjective(t.text, hw.gender) { w = a }
        } else if Inflection.looksAdjectival(t.text), let a = Inflection.adjective(t.text, hw.gender), ["ego", "emu", "ym", "im", "ej", "ą"].contains(where: { t.lower.hasSuffix($0) }) {
          w = a
        } else if hw.gender == .plural, hw.kind == .organization, i == h + 1, t.lower.hasSuffix("ych") || t.lower.hasSuffix("ich"),
                  let a = Inflection.adjective(t.text, .plural) {
          // "Zakładów Chemicznych X S.A.": a plural institution's adjective right after it agrees with it.
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
    if let d = surface.firstIndex(of: "-"), surface.distance(from: surface.startIndex, to: d) == 1 {
      prefix = String(surface[...d])
      body = String(surface[surface.index(after: d)...])
    }
    let l: String
    if body.count > 1 && body == body.uppercased() { l = lemma.uppercased() }
    else if body.first?.isUppercase == true { l = lemma.prefix(1).uppercased() + lemma.dropFirst() }
    else { l = lemma }
    return prefix + l
  }
}
