import StakeholderModel

/// Pass 1b, continued: where a capitalised chunk ends (names run on through joining words, seats, legal forms,
/// quoted parts and parent institutions).
extension Recognizer {
  /// Titles of a patron beyond the academic ones ("im. św. Jana", "im. gen. X", "im. kard. Y").
  static let patronTitles: WordSet = ["św", "świętego", "świętej", "bł", "gen", "kard", "abp", "bp", "marsz", "płk", "mjr", "kpt", "por", "ppłk"]

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
      let t = shapes[j]
      if legalForm(j, s) != nil { break }
      // A period of years ends a programme's name: "2021–2027", "2014-2020".
      if t.kind == .punct, marks.isDash(j), j + 1 < end, isYear(j - 1), isYear(j + 1),
         !shapes[j + 1].spaceBefore || !t.spaceBefore {
        j += 2
        continue
      }
      // "Interreg VI A Brandenburgia – Polska 2021–2027", "Interreg VI-A Lithuania–Poland Programme": a cross-border
      // programme names its two countries with a dash.
      if t.kind == .punct, marks.isDash(j), vocabulary.lowerIs(a, "interreg"), j + 1 < end, shapes[j + 1].casing == .capitalized,
         claim[j + 1] < 0 {
        j += 1
        continue
      }
      // "City Presidents' Summit", "Rectors' Assembly": an English plural possessive inside a name.
      if language == "en", t.kind == .punct, marks.isMark(j, "'") || marks.isMark(j, "’"), !t.spaceBefore, j + 1 < end, shapes[j + 1].spaceBefore,
         shapes[j - 1].casing == .capitalized, tokens[j - 1].lower.hasSuffix("s"), shapes[j + 1].kind == .word,
         shapes[j + 1].casing == .capitalized, claim[j + 1] < 0 {
        j += 1
        continue
      }
      // "Bergen–Mazury Business Day", "Saxony–Lusatia Forum": two names joined by an unspaced dash run on to the
      // head of the name they open.
      if t.kind == .punct, marks.isDash(j), !t.spaceBefore, j + 1 < end, !shapes[j + 1].spaceBefore,
         shapes[j - 1].casing == .capitalized, shapes[j + 1].casing == .capitalized, claim[j + 1] < 0, heads[j - 1] == nil,
         runContinuesIntoHead(j + 2, s) {
        j += 1
        continue
      }
      // Text glued by a lost line break ("WoliPOZOSTAŁE") ends the name.
      // A short capital suffix is part of the word ("EkoMZL" is a brand, not "Eko" glued to a heading).
      if !t.spaceBefore, t.kind == .word, shapes[j - 1].kind == .word,
         !(t.casing == .upper && tokens[j].text.count <= 4 && shapes[j - 1].casing == .capitalized && (j + 1 >= end || shapes[j + 1].spaceBefore || shapes[j + 1].kind == .punct)) { break }
      if t.kind == .word, t.isNameLike {
        if obliqueNameEnds(a, before: j) { break }
        if let h = heads[j] { hasHead = true; lastHeadLemma = h.lemma; if headLemma == nil { headLemma = h.lemma } }
        j += 1
        continue
      }
      if t.kind == .number, shapes[j - 1].kind == .word, shapes[j - 1].isNameLike {
        if j + 1 < end, Markers.months[tokens[j + 1].lower] != nil { break }
        j += 1
        continue
      }
      if t.kind == .punct, marks.isMark(j, "#"), j + 1 < end, shapes[j + 1].kind == .number, hasHead { j += 2; continue }
      // "Biuro ds. Rozwoju i Promocji", "Dyrekcja Generalna ds. Rolnictwa": "ds." (do spraw)
      // joins an institution's head to its field, which reads on as after "dla".
      if t.kind == .word, hasHead, vocabulary.lowerIs(j, "ds"), j + 2 < end, marks.isMark(j + 1, "."), claim[j + 2] < 0,
         shapes[j + 2].kind == .word, shapes[j + 2].casing == .capitalized, headLemma.flatMap({ HeadWords.head($0) })?.kind == .organization {
        j += 2
        sawDla = true
        continue
      }
      // "Kooperacja+", "Eko+": a plus glued to a name's last word.
      if t.kind == .punct, marks.isMark(j, "+"), !t.spaceBefore, shapes[j - 1].kind == .word, j + 1 >= end || shapes[j + 1].spaceBefore || shapes[j + 1].kind == .punct {
        j += 1
        continue
      }
      // "Wydziału Mechaniki, Mechatroniki i Automatyki Politechniki …": a list of fields in a unit's name,
      // up to its parent in the genitive.
      if t.kind == .punct, marks.isMark(j, ","), let hl = headLemma, HeadWords.head(hl)?.isUnit == true, heads[a]?.english != true, fieldListReachesParent(j + 1, s) {
        j += 1
        continue
      }
      // "Fundusze Europejskie na Infrastrukturę, Klimat, Środowisko 2021-2027": a programme's fields up to its period.
      if t.kind == .punct, marks.isMark(j, ","), fieldListReachesPeriod(a, j, s) {
        j += 1
        continue
      }
      // "Ministerstwo Rolnictwa, Leśnictwa i Rybołówstwa …", "Chamber of Commerce, Industry and Agriculture": fields listed with
      // commas and a last "i"/"and" inside an institution's complement, up to the end of the clause or its parent.
      if t.kind == .punct, marks.isMark(j, ","), hasHead, fieldListInName(a, j + 1, s) {
        j += 1
        continue
      }
      // "Department of Electromechanical, Systems and Metal Engineering of Ghent University": a list inside an
      // English head's "of" complement, up to the parent's "of".
      if t.kind == .punct, marks.isMark(j, ","), heads[a]?.english == true || englishHeads[a] != nil,
         (a..<j).contains(where: { vocabulary.lowerIs($0, "of") }), commaListReachesOf(j + 1, s) {
        j += 1
        continue
      }
      // "Instytut Badań Gleby … – Państwowy Instytut Badawczy": the status of a state research institute is part of the name.
      if t.kind == .punct, marks.isDash(j), hasHead, j + 3 < end, tokens[j + 1].lower.hasPrefix("państwow"),
         tokens[j + 2].lower.hasPrefix("instytut"), tokens[j + 3].lower.hasPrefix("badawcz") {
        j += 4
        continue
      }
      // "Technical School Complex No. 4", "Secondary School No. 12": a numbered institution in English.
      if t.kind == .punct, hasHead, language == "en", j + 1 < end, marks.isMark(j, "."), tokens[j - 1].text == "No", shapes[j + 1].kind == .number {
        j += 2
        continue
      }
      if t.kind == .punct, marks.isMark(j, "„"), hasHead || shapes[j - 1].casing == .upper, HeadWords.head(headLemma ?? "")?.kind == .organization || shapes[j - 1].casing == .upper
           || (a..<j).contains(where: { heads[$0]?.kind == .organization && shapes[$0].casing == .capitalized }),  // "Lokalna Grupa Działania „X”"
         let close = ((j + 1)..<min(end, j + 8)).first(where: { marks.isMark($0, "”") }), close > j + 1,
         shapes[j + 1].isNameLike, ((j + 1)..<close).allSatisfy({ claim[$0] == -1 }) {
        j = close + 1
        continue
      }
      if ampersandJoins(j, end) || programmeSlashJoins(a, j, end) { j += 1; continue }
      if t.kind == .word, t.casing == .lower, foreignLowerContinues(a, j) { j += 1; continue }
      if t.kind == .word, t.casing == .lower, j + 1 < end, claim[j + 1] < 0 {
        let next = shapes[j + 1]
        let nextOK = next.kind == .word && next.isNameLike && firstName(at: j + 1) == nil
        let nextHead = lowerHeads[j + 1]
        // "na lata 2014–2020", "do 2030 roku" after a programme's or strategy's name.
        if let hl = headLemma, HeadWords.head(hl)?.kind == .project || vocabulary.has(Markers.project, a) || sawDla {
          if vocabulary.lowerIs(j, "na"), j + 2 < end, vocabulary.lowerIs(j + 1, "lata"), isYear(j + 2) {
            j += 3
            if j + 1 < end, marks.isDash(j), isYear(j + 1) { j += 2 }
            continue
          }
          if vocabulary.lowerIs(j, "do"), j + 2 < end, isYear(j + 1), vocabulary.lowerIs(j + 2, "roku") { j += 3; continue }
        }
        // (Only a word one of the cases names is compared with them: any other goes to `default`.)
        switch vocabulary.has(Self.joiningWords, j) ? tokens[j].lower : "" {
        case "i", "and", "&":
          if placeNameGoesOnAfterConjunction(a, j, end) { j += 2; continue }
          // "the City of Rzeszów and Lviv City Council": an authority named "City of X" ends before another body.
          if language == "en", vocabulary.lowerIs(j, "and"), a + 2 < j, vocabulary.has(Self.territoryHeads, a), vocabulary.lowerIs(a + 1, "of"),
             nextRunHasHead(j + 1, s) { break }
          // "Gmina i Miasto Golina", "Miasto i Gmina X": the official name of an urban-rural commune.
          if j == a + 1, vocabulary.lowerIs(j, "i"), shapes[j + 1].casing == .capitalized, Self.communeAndTown(tokens[a].lower, tokens[j + 1].lower) { j += 1; continue }
          // "Powiatowa i Miejska Biblioteka Publiczna": two adjectives coordinated before one head.
          if !hasHead, j == a + 1, language != "en", j + 2 < end, Inflection.looksAdjectival(tokens[a].text), shapes[j + 1].casing == .capitalized,
             Inflection.looksAdjectival(tokens[j + 1].text), lowerHeads[j + 2]?.kind == .organization { j += 1; continue }
          if let form = companyRunsToLegalForm(a, j, s) { j = form; continue }
          if acronymSpellsThroughConjunction(a, j, s) { j += 1; continue }
          if definedAcronymBeforeConjunction(a, j) || knownCompanyBeforeConjunction(a, j) { break }
          if hasHead, nextOK, nextHead == nil, companyWordElsewhere(j + 1) { break }
          // "… Agency for Sustainable Development and TatraSense s.r.o.": a name with its own legal form after the
          // conjunction is another organization.
          // (Only after an institution's head: "Nowak i Synowie sp. j." is one company.)
          // "Świętokrzyskie Centrum Innowacji i Transferu Technologii sp. z o.o.": two complements of one head.
          if hasHead, runEndsInLegalForm(j + 1, s), coordinatedComplements(j) { j += 1; continue }
          if hasHead, runEndsInLegalForm(j + 1, s) { break }
          // "the Hanseatic City of Rostock and Rostock Port GmbH": after an English "of" complement, a company follows.
          if language == "en", vocabulary.lowerIs(j, "and"), (a..<j).contains(where: { vocabulary.lowerIs($0, "of") }), runEndsInLegalForm(j + 1, s) { break }
          // "Director of the Department of Entrepreneurship and Innovation of the Marshal's Office": a function before
          // the unit; the unit's "of" complement is coordinated up to the parent's "of".
          if vocabulary.lowerIs(j, "and"), nextOK, nextHead == nil, let u = (a..<j).last(where: { englishHeads[$0]?.isUnit == true }),
             (u..<j).contains(where: { vocabulary.lowerIs($0, "of") }), coordinatedComplementReachesOf(j + 1, s) {
            j += 1
            continue
          }
          // "dla Kujaw i Pomorza", "im. Jana i Jędrzeja Śniadeckich": coordination inside a complement.
          if vocabulary.lowerIs(j, "i"), next.kind == .word, next.casing == .capitalized, nextHead == nil, sawPatron { j += 1; continue }
          if vocabulary.lowerIs(j, "i") || (vocabulary.lowerIs(j, "and") && language == "en"), nextOK, nextHead == nil, sawDla { j += 1; continue }
          // "Politechnika i ŁRPNT": an acronym defined in the text is a name of its own.
          if next.casing == .upper, definedAcronyms.contains(tokens[j + 1].text) { break }
          // "Województwa Opolskiego i Aglomeracji Opolskiej": a name already read (in another case) after "i".
          if runRepeatsKnownName(j + 1, s) { break }
          // A unit and its parent in the genitive: "Wydziału Inżynierii Lądowej i Środowiska Politechniki Gdańskiej".
          if vocabulary.lowerIs(j, "i"), nextOK, nextHead == nil, let hl = headLemma, HeadWords.head(hl)?.isUnit == true, genitiveParentFollows(j + 1, s) {
            j += 1
            continue
          }
          // "Department of Fisheries and Oceans of the …", "Institute of Soil and Water Sciences of the University …":
          // words coordinated inside an English head's "of" complement, up to the parent's "of".
          if vocabulary.lowerIs(j, "and"), nextOK, nextHead == nil, heads[a]?.english == true || englishHeads[a] != nil,
             (a..<j).contains(where: { vocabulary.lowerIs($0, "of") }), coordinatedComplementReachesOf(j + 1, s) {
            j += 1
            continue
          }
          // "Strategy and Planning Department": a project or event word before "and" does not make a name yet.
          if vocabulary.lowerIs(j, "and"), nextOK, nextHead == nil, !(a..<j).contains(where: { heads[$0]?.kind == .organization }),
             nextRunHasHead(j + 1, s), (j + 1..<min(end, j + 5)).contains(where: { heads[$0]?.kind == .organization && shapes[$0].isNameLike }) {
            j += 1
            continue
          }
          // Join "Oświaty i Wychowania", "Science and Business Park"; stop between two names
          // ("Uniwersytet X i Lubuski Klaster Y", "University of Tartu and Tehnopol … Park").
          let runHasHead = nextRunHasHead(j + 1, s)
          // "Oulu University and Business Oulu": a headless run after "and" that ends in a known place, then
          // the clause goes on, is another name.
          if language == "en", hasHead, !runHasHead, vocabulary.lowerIs(j, "and"), runEndsInKnownPlace(j + 1, s) { break }
          if vocabulary.lowerIs(j, "i"), !runHasHead, headAndAdjectiveComplete(a, j) { break }
          if nextOK, nextHead == nil, (hasHead && !runHasHead) || (!hasHead && !vocabulary.lowerIs(j, "i") && runHasHead) { j += 1; continue }
        case "of", "for", "de", "la", "van", "von", "der", "den", "ter", "du", "des", "di", "del", "della", "dos", "das":
          // "met in Warsaw for the X Forum": a town after "in" / "to" is no name that goes on with "for the".
          if vocabulary.lowerIs(j, "for"), !hasHead, j - a <= 2, a >= 1, vocabulary.lowerIn(a - 1, ["in", "to"]), vocabulary.lowerIs(j + 1, "the") { break }
          // "European Funds for Lesser Poland and Silesia 2021–2027": a programme's "for" complement may be coordinated.
          if vocabulary.lowerIs(j, "for"), nextOK, headLemma.flatMap({ HeadWords.head($0) })?.kind == .project || vocabulary.lowerIs(a, "european") { sawDla = true }
          // "Anna van der Meulen": two name particles before the surname.
          if j + 2 < end, vocabulary.has(Self.nameParticles, j), vocabulary.has(Self.nameParticles, j + 1), shapes[j + 1].casing == .lower,
             shapes[j + 2].kind == .word, shapes[j + 2].casing == .capitalized, claim[j + 2] < 0 {
            j += 2
            continue
          }
          if nextOK || (vocabulary.lowerIs(j + 1, "the") && j + 2 < end && shapes[j + 2].isNameLike) {
            j += vocabulary.lowerIs(j + 1, "the") ? 2 : 1
            continue
          }
        case "z":
          if patronOrigin(j, sawPatron: sawPatron, end) { j += 1; continue }
          if nextOK, j - a == 1, let hl = headLemma, Self.dayHeads.contains(hl) { j += 1; continue }
          if cooperationPartnerInName(j, headLemma: headLemma, nextOK: nextOK && nextHead == nil) { j += 1; continue }
        case "w", "we":
          if projectNameGoesOnAfterW(j, headLemma, end) { j += 1; continue }
          if let form = companyRunsToLegalForm(a, j, s) { j = form; continue }
          if nextOK, let hl = headLemma, hl == "urząd" || hl == "starostwo",
             vocabulary.lowerIn(j - 1, ["miasta", "gminy", "pracy"])
              || Self.officeSeatPrefixes.contains(where: { tokens[j - 1].lower.hasPrefix($0) }) {
            j += 1
            continue
          }
          // "Parku … Uniwersytetu Zielonogórskiego w Nowym Kisielinie": a university read before without a seat is
          // complete; the place after it is where the whole stands.
          if let hl = lastHeadLemma, Self.headsWithSeat.contains(hl), heads[a]?.lemma != hl,
             let lh = (a..<j).last(where: { heads[$0] != nil }), lh > a, runRepeatsKnownName(lh, s) { break }
          // "Regionalny Ośrodek Polityki Społecznej w Rzeszowie", "Podkarpacka Agencja Wspierania Eksportu w Rzeszowie",
          // "Regionalny Zarząd Gospodarki Wodnej w X", "Centrum Kultury i Sztuki w Y": a regional centre, agency or board
          // named by its field takes its seat.
          if nextOK, next.casing == .capitalized, let hl = lastHeadLemma, Self.regionalSeatHeads.contains(hl), hl == headLemma, j - a >= 3,
             nextHead == nil, polishSeat(j + 1, end), !runContinuesIntoHead(j + 1, s) {
            j += 1
            continue
          }
          // "Wojewódzki Fundusz Ochrony Środowiska … w Katowicach", "Miejska Pracownia Planowania w Lesznie": a body
          // named by its owner's adjective takes its seat.
          if nextOK, next.casing == .capitalized, hasHead, nextHead == nil, opensWithOwnerAdjective(a), polishSeat(j + 1, end),
             !runContinuesIntoHead(j + 1, s) {
            if seatEndsName(j + 1, end) { j += 2; break }
            j += 1
            continue
          }
          // "Oddział Regionalny BGK w Rzeszowie", "Biuro Regionalne X w Y": a branch or regional office is named by its seat
          // (a parent named with its own head keeps the seat for itself: "Oddział Terenowy Krajowego Ośrodka … we X").
          if nextOK, next.casing == .capitalized, let fl = headLemma, Self.branchHeads.contains(fl), j - a >= 2,
             lastHeadLemma == fl, nextHead == nil, polishSeat(j + 1, end), !runContinuesIntoHead(j + 1, s) {
            j += 1
            continue
          }
          // Universities and city councils carry their seat: "Uniwersytet Mikołaja Kopernika w Toruniu",
          // "Politechnika Morska w Szczecinie", "Rada Miejska w Łodzi".
          // A foreign university described in Polish ("Uniwersytetu Salento w Lecce") is only located there: the seat
          // joins the name when the lexicon knows it as a Polish place.
          if nextOK, next.casing == .capitalized, let hl = lastHeadLemma,
             (Self.headsWithSeat.contains(hl) && polishSeat(j + 1, end)) || (Self.officeHeads.contains(hl) && vocabulary.has(Self.officeBeforeSeat, j - 1)) {
            j += 1
            continue
          }
          // "Regionalna Izba Handlowa w Koninie", "Izba Rzemieślnicza w Getyndze": a chamber, school or court
          // whose name says nothing of its place takes its seat into the name, at home or abroad.
          if nextOK, next.casing == .capitalized, let hl = lastHeadLemma, Self.headsWithGenericSeat.contains(hl), !opensWithPlaceAdjective(a),
             nextHead == nil, !runContinuesIntoHead(j + 1, s), j + 2 >= end || !shapes[j + 2].isNameLike || polishSeat(j + 1, end) {
            // "dyrektor Wojewódzkiego Szpitala Zespolonego w Sieradzu Jasińska": a one-word town ends the name before a
            // surname or a parent's name that follows it.
            if seatEndsName(j + 1, end) { j += 2; break }
            j += 1
            continue
          }
          // "Uniwersytet w Mariborze": a bare university head takes its seat into its name, at home or abroad.
          if nextOK, next.casing == .capitalized, j - a == 1, let hl = headLemma, Self.bareUniversityHeads.contains(hl),
             nextHead == nil, !runContinuesIntoHead(j + 1, s) {
            j += 1
            continue
          }
          // "Uniwersytet Śląski w Katowicach", "Akademia Sztuk Pięknych w Gdańsku": the seat is part of a university's name.
          if nextOK, let hl = headLemma, Self.universitySeatHeads.contains(hl), j - a >= 2,
             nextHead == nil, !runContinuesIntoHead(j + 1, s), polishSeat(j + 1, end) {
            j += 1
            continue
          }
        case "nad":
          // "Ústí nad Labem", "Kazimierz nad Wisłą": a town named by its river (never a sentence's first word, as in
          // "Prace nad Strategią …").
          if nextOK, next.casing == .capitalized, nextHead == nil, heads[j - 1] == nil, shapes[j - 1].casing == .capitalized,
             j - 1 > s.tokens.lowerBound, !(j + 2 < end && shapes[j + 2].isNameLike && !vocabulary.has(HeadWords.englishPlaceHeads, j + 2)) {
            j += 1
            continue
          }
        case "o":
          // "Wydział Nauk o Zdrowiu", "Instytut Nauk o Ziemi": a discipline named "nauka o …".
          if nextOK, nextHead == nil, tokens[j - 1].lower.hasPrefix("nauk"), hasHead { j += 1; continue }
        case "in":
          if acronymCoversSeat(j, end) || englishUniversitySeat(a, j, end) || englishTitleInPolishText(a, j)
            || englishInstitutionSeat(a, j, end, lastHead: lastHeadLemma) { j += 1; continue }
          // "Adam Mickiewicz University in Poznań (AMU)": the acronym right after the seat defines the whole as the
          // official name (schema convention 2).
          if language == "en", nextOK, next.casing == .capitalized, let hl = lastHeadLemma, Self.universityHeads.contains(hl),
             j + 4 < end, marks.isMark(j + 2, "("), shapes[j + 3].casing == .upper, marks.isMark(j + 4, ")") {
            j += 1
            continue
          }
        case "nr":
          // "Szkoła Podstawowa nr 2 w X", "Liceum Ogólnokształcące nr 5": a numbered school or unit.
          if hasHead, shapes[j + 1].kind == .number { j += 2; continue }
        case "im":
          // "Szpital Powiatowy im. dr. Józefa X", "Zespół Szkół im. św. Jana": the patron's titles belong to the name.
          guard j + 2 < end, marks.isMark(j + 1, "."), hasHead else { break }
          var n = j + 2
          while n + 1 < end, shapes[n].casing == .lower, vocabulary.has(RoleWords.titles, n) || vocabulary.has(Self.patronTitles, n) {
            n += marks.isMark(n + 1, ".") ? 2 : 1
          }
          if n < end, shapes[n].isNameLike { j = n; sawPatron = true; continue }
        case "na":
          if hasHead, vocabulary.lowerIs(j + 1, "rzecz"), j + 2 < end, shapes[j + 2].isNameLike { j += 2; continue }
          // "Lubuskie Bony na Innowacje", "program Granty na Eurogranty": a project's name runs on through "na" and a
          // capitalised noun that is no place ("na Podkarpaciu" says where).
          if nextOK, next.casing == .capitalized, nextHead == nil, a > s.tokens.lowerBound,
             headLemma.flatMap({ HeadWords.head($0) })?.kind == .project || vocabulary.has(Markers.project, a - 1),
             !polishPlaceWord(tokens[j + 1].text), names.knownPlace(tokens[j + 1].text) == nil {
            j += 1
            continue
          }
        case "przy":
          if attachedBodyGoesOn(headLemma, j) { j += 1; continue }
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
}

/// The word lists ``Recognizer/chunkEnd(_:_:)`` asks inside its loop: kept once here, not built as array literals at
/// every question.
extension Recognizer {
  /// The lower-case words after which ``chunkEnd(_:_:)`` may let a name run on (the cases of its `switch`).
  static let joiningWords: WordSet = [
    "i", "and", "&", "of", "for", "de", "la", "van", "von", "der", "den", "ter", "du", "des", "di", "del", "della", "dos", "das",
    "z", "w", "we", "nad", "o", "in", "nr", "im", "na", "przy", "dla",
  ]
  /// Head lemmas of days and meetings named "… z X" ("Dzień z Funduszami").
  static let dayHeads: WordSet = ["tydzień", "dzień", "dni", "spotkanie", "noc"]
  /// Beginnings of the words before "w" that make an office's name take its seat ("Urząd Skarbowy w …").
  static let officeSeatPrefixes = ["powiatow", "skarbow", "wojewódzk", "statystyczn", "miejsk", "gminn", "morsk"]
  /// Regional centres and agencies named by their field, which take their seat.
  static let regionalSeatHeads: WordSet = ["ośrodek", "agencja", "zarząd", "centrum", "dyrekcja", "inspektorat"]
  /// Branches and regional offices, named by their seat.
  static let branchHeads: WordSet = ["oddział", "biuro", "delegatura", "filia"]
  /// Councils and offices that take their seat after ``officeBeforeSeat`` words.
  static let officeHeads: WordSet = ["rada", "urząd", "starostwo"]
  /// Bare university heads that take their seat, at home or abroad.
  static let bareUniversityHeads: WordSet = ["uniwersytet", "politechnika", "akademia", "uczelnia"]
  /// University heads whose seat is part of the name.
  static let universitySeatHeads: WordSet = ["uniwersytet", "akademia", "szkoła", "uczelnia", "politechnika"]
}

extension Recognizer {
  /// "przy Uniwersytecie Rzeszowskim Centrum Transferu …", "W Urzędzie Marszałkowskim Departament Rozwoju …": a name in
  /// the locative, instrumental or dative ends before a head in the nominative, which opens a name of its own (a
  /// complement of the first name would be in the genitive).
  func obliqueNameEnds(_ a: Int, before j: Int) -> Bool {
    guard language != "en", j > a + 1, let h = heads[j], h.kind == .organization, !h.english, tokens[j].lower == h.lemma,
          let first = heads[a], first.kind == .organization, !first.english, tokens[a].lower != first.lemma,
          !Self.indeclinableHeads.contains(first.lemma) else { return false }
    let before = tokens[j - 1].lower
    let head = tokens[a].lower
    return (j - 1 > a && shapes[j - 1].casing == .capitalized && before.hasSuffix(among: ["im", "ym", "ą"]))
      || head.hasSuffix(among: ["em", "ie", "ce", "dze", "ą", "owi"])
  }
}

extension Recognizer {
  /// Whether two words joined by "i" are "gmina" and "miasto" in either order and in any case ("Gminy i Miasta").
  static func communeAndTown(_ x: String, _ y: String) -> Bool {
    let commune = { (w: String) in w.hasPrefix("gmin") }
    let town = { (w: String) in w.hasPrefix("miast") || w.hasPrefix("mieś") }
    return (commune(x) && town(y)) || (town(x) && commune(y))
  }
}
