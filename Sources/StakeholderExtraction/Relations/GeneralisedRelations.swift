import StakeholderModel

/// Relation patterns of the genre found on unseen reports, added to ``RelationFinder``:
///
/// - affiliated_with: "Radom reprezentował jego prezydent X", "gminę Jedlińsk – wójt Y" (an office-holder speaking
///   for a territory); "CITT, którym kieruje dr X" (the head of a body named before).
/// - located_in: "TatraSense s.r.o., a Slovak technology company based in Poprad", "Narew Dairy Tech, a company from
///   Łomża" (a company described in apposition); "travelled to Nowy Targ, where … at the X Forum".
/// - participates_in: "projekt „P”, w którym X wspólnie z Y opracowuje …" (joint work in a project's clause, also
///   `partner_of`); "the project brings together X, Y and Z"; "the GreenDairy project, which she manages";
///   "obecni byli przedstawiciele X, Y i Z" (at the report's meeting); speakers "at" a named event and in the
///   sentences that refer back to it ("the debate panel", "Wykład wprowadzający wygłosiła …").
/// - organizes: "Led by X, the project …"; "Za stronę organizacyjną odpowiadało X"; "The forum was organised by
///   X" when the forum is the event named just before.
/// - part_of: "the city's Urban Development Department", "the university's Faculty of X" (the one body of that kind).
///
/// - Complexity: O(n + m) per rule for n tokens and m mentions (each sentence is visited once; look-ups among the
///   mentions of one sentence or of the two sentences before).
extension RelationFinder {
  // MARK: affiliated_with

  /// Verbs of representing, whose object is a territory the office-holder after them speaks for.
  static let representingVerbs: WordSet = ["reprezentował", "reprezentowała", "reprezentuje", "reprezentowali", "represented"]

  /// "Radom reprezentował jego prezydent Krzysztof Domagała, gminę Jedlińsk – wójt Agata Rybińska, a Pionki –
  /// burmistrz Henryk Żak": a territorial function with no territory after it, whose territory is written before
  /// it (with the verb of representing or a dash between), is held there.
  mutating func territoryBeforeFunction() {
    for role in r.roles where role.target == nil && role.word.territorial && role.at > 0 {
      let p = g(role.person)
      if affiliations[p]?.contains(where: { kind($0) == .place }) == true { continue }
      // A function with a territory named after it is read by ``roles()``.
      if role.target != nil { continue }
      let s = r.sentences[role.sentence]
      var b = role.at - 1
      while b > s.tokens.lowerBound, r.vocabulary.lowerIn(b, ["jego", "jej", "ich", "its", "their"]) { b -= 1 }
      guard b > s.tokens.lowerBound, r.vocabulary.has(Self.representingVerbs, b) || ["–", "—", "-"].contains(r.tokens[b].text) else { continue }
      b -= 1
      guard b >= s.tokens.lowerBound, r.claim[b] >= 0, r.mentions[r.claim[b]].kind == .place else { continue }
      let place = g(r.claim[b])
      add(p, place, .affiliatedWith, role.sentence)
      affiliations[p, default: []].append(place)
    }
  }

  /// Relative verbs of heading a body: "CITT, którym kieruje dr X", "the centre, which is headed by X".
  static let relativeHeadVerbs: WordSet = ["kieruje", "kierował", "kierowała", "zarządza", "zarządzał", "zarządzała", "szefuje", "heads", "leads", "manages"]
  /// Words of a past time before a verb ("od ubiegłego roku", "od zeszłego miesiąca", "od niedawna").
  static let pastTimeWords: WordSet = ["ubiegłego", "zeszłego", "miesiąca", "niedawna", "kilku", "dwóch", "trzech", "r"]

  /// "Centrum … UZ (CITT), którym kieruje dr inż. Marcin Bielecki": the person heads the body named before the
  /// relative pronoun (the unit, when its parent's acronym ends the name).
  mutating func relativeHead() {
    for (k, s) in r.sentences.enumerated() {
      // The verb after the pronoun is in the sentence: a sentence without one is passed over whole.
      guard r.vocabulary.sentenceHas(Self.relativeHeadVerbs, k) else { continue }
      for q in s.tokens where q + 2 < s.tokens.upperBound && r.vocabulary.lowerIn(q, ["którym", "którą", "którego", "której"]) {
        // "którym od ubiegłego roku kieruje X": a time adverbial may stand before the verb.
        var v = q + 1
        while v < s.tokens.upperBound, v - q <= 4, r.claim[v] < 0,
              r.vocabulary.has(Self.adverbialWords, v) || r.vocabulary.has(Self.pastTimeWords, v) || r.tokens[v].kind == .number { v += 1 }
        guard v + 1 < s.tokens.upperBound, r.vocabulary.has(Self.relativeHeadVerbs, v) else { continue }
        var b = q - 1
        if b >= s.tokens.lowerBound, r.tokens[b].text == "," { b -= 1 }
        guard b >= s.tokens.lowerBound, r.claim[b] >= 0, r.mentions[r.claim[b]].kind == .organization else { continue }
        let o = unitOrSelf(r.claim[b])
        guard let person = mentions(in: k).first(where: { r.mentions[$0].kind == .person && r.mentions[$0].range.lowerBound > v && r.mentions[$0].range.lowerBound - v <= 7 }),
              affiliations[g(person)]?.contains(g(o)) != true else { continue }
        add(g(person), g(o), .affiliatedWith, k)
        affiliations[g(person), default: []].append(g(o))
      }
    }
  }

  /// The unit whose name ends where mention `m` (its parent's acronym) starts, else `m`.
  func unitOrSelf(_ m: Int) -> Int {
    let start = r.mentions[m].range.lowerBound
    return allMentions(in: r.mentions[m].sentence).first(where: { r.mentions[$0].parent == m && r.mentions[$0].range.upperBound == start }) ?? m
  }

  // MARK: located_in

  /// Nouns that describe a company in apposition: "a Slovak technology company", "spółka z Gniezna".
  static let companyDescriptors: WordSet = [
    "company", "firm", "start-up", "startup", "manufacturer", "producer", "enterprise", "spółka", "firma", "producent", "cooperative",
    "operator", "supplier", "provider", "developer", "spółdzielnia", "dostawca", "startupem", "maker", "wytwórca", "recycler",
    "distributor", "integrator",
  ]

  /// "TatraSense s.r.o., a Slovak technology company based in Poprad", "Narew Dairy Tech sp. z o.o., a company from
  /// Łomża": the place of a company described right after its name.
  mutating func companyApposition() {
    for i in mentions(ofKind: .organization) {
      let m = r.mentions[i]
      guard !m.nested else { continue }
      let e = claimedEnd(i)
      guard e + 3 < r.tokens.count, r.tokens[e].text == ",", r.sentenceOf[e + 1] == m.sentence else { continue }
      var q = e + 1
      var sawNoun = false
      while q < r.tokens.count, q - e <= 6, r.claim[q] < 0, r.tokens[q].kind == .word, r.sentenceOf[q] == m.sentence {
        let w = r.tokens[q].lower
        if Self.companyDescriptors.contains(w) { sawNoun = true; q += 1; break }
        guard ["a", "an", "the"].contains(w) || r.tokens[q].casing == .lower || Recognizer.englishAdjectivesOfOrigin.contains(w) else { break }
        q += 1
      }
      guard sawNoun, q + 1 < r.tokens.count else { continue }
      // "a manufacturer of lightweight hulls based in Słupsk": past the noun's short "of" complement.
      if r.vocabulary.lowerIs(q, "of") {
        var k = q + 1
        while k < r.tokens.count, k - q <= 4, r.claim[k] < 0, r.tokens[k].kind == .word, r.tokens[k].casing == .lower,
              !r.vocabulary.lowerIn(k, ["based", "headquartered", "seated", "in", "from"]) { k += 1 }
        q = k
      }
      if q < r.tokens.count, r.vocabulary.lowerIn(q, ["based", "headquartered", "seated"]) { q += 1 }
      guard q + 1 < r.tokens.count, r.vocabulary.lowerIn(q, ["in", "from", "z", "ze", "w"]), r.sentenceOf[q + 1] == m.sentence,
            r.claim[q + 1] >= 0, r.mentions[r.claim[q + 1]].kind == .place else { continue }
      add(g(i), g(r.claim[q + 1]), .locatedIn, m.sentence)
      // "from Bergen, Norway": the country after the town too.
      let after = r.mentions[r.claim[q + 1]].range.upperBound
      if after + 1 < r.tokens.count, r.tokens[after].text == ",", r.sentenceOf[after + 1] == m.sentence, r.claim[after + 1] >= 0,
         r.mentions[r.claim[after + 1]].kind == .place, r.names.knownPlace(r.mentions[r.claim[after + 1]].name)?.foreign == true {
        add(g(i), g(r.claim[after + 1]), .locatedIn, m.sentence)
      }
    }
  }

  /// "Szczecin-based ZARR", "the Ljubljana-based firm X": an organization named after a seat adjective (a place
  /// mention ending in "-based", within three tokens before it in the same sentence) is located in that place.
  mutating func seatAdjective() {
    for p in mentions(ofKind: .place) {
      let m = r.mentions[p]
      guard m.range.count == 1 && r.tokens[m.range.lowerBound].lower.hasSuffix("-based") else { continue }
      var q = m.range.upperBound
      // "the Bydgoszcz-based medical campus of X": the seat is the campus's, not its owner's after "of".
      while q < r.tokens.count, q - m.range.upperBound < 3, r.claim[q] < 0, r.tokens[q].casing == .lower, r.sentenceOf[q] == m.sentence,
            !r.vocabulary.lowerIn(q, ["of", "at", "for"]) { q += 1 }
      guard q < r.tokens.count, r.sentenceOf[q] == m.sentence, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization else { continue }
      add(g(r.claim[q]), g(p), .locatedIn, m.sentence)
    }
  }

  /// "the delegates travelled to Nowy Targ, where Dr X … at the Carpathian Smart Villages Forum": the named event
  /// of a "where" clause after a place is held there.
  mutating func eventWhereClause() {
    for (k, s) in r.sentences.enumerated() where r.vocabulary.sentenceHas(Self.whereWords, k) {
      for q in s.tokens where q + 1 < s.tokens.upperBound && r.tokens[q].text == "," && r.vocabulary.lowerIn(q + 1, ["where", "gdzie"]) {
        guard q - 1 >= s.tokens.lowerBound, r.claim[q - 1] >= 0, r.mentions[r.claim[q - 1]].kind == .place else { continue }
        let events = Set(mentions(in: k).filter { r.mentions[$0].kind == .event && r.mentions[$0].range.lowerBound > q }.map { g($0) })
        guard events.count == 1, let ev = events.first else { continue }
        add(ev, g(r.claim[q - 1]), .locatedIn, k)
      }
    }
  }

  // MARK: participates_in

  /// "projekt „Cyfrowy Pacjent Lubelszczyzny”, w którym Politechnika Lubelska wspólnie z UML opracowuje …",
  /// "projektu „Odra-Lab”, w ramach którego BTU i Uniwersytet Zielonogórski wspólnie prowadzą …": the organizations
  /// working jointly in a relative clause of a project take part in it and are partners.
  mutating func jointWorkInProjectClause() {
    for (k, s) in r.sentences.enumerated() {
      let ms = mentions(in: k)
      for pm in ms where r.mentions[pm].kind == .project && !r.mentions[pm].isProgramme {
        var q = r.mentions[pm].range.upperBound
        while q < s.tokens.upperBound, r.claim[q] == pm { q += 1 }
        guard let rel = (q..<min(s.tokens.upperBound, q + 4)).first(where: { r.vocabulary.lowerIn($0, ["którym", "którego", "której", "which"]) }),
              let joint = ((rel + 1)..<s.tokens.upperBound).first(where: { r.vocabulary.lowerIn($0, ["wspólnie", "jointly", "together"]) && r.claim[$0] < 0 }),
              let first = ms.first(where: { r.mentions[$0].kind == .organization && r.mentions[$0].range.lowerBound > rel }) else { continue }
        var parties = coordinatedOrganizations(from: r.mentions[first].range.lowerBound, in: s)
        if parties.count < 2, joint + 2 < s.tokens.upperBound, r.vocabulary.lowerIn(joint + 1, ["z", "ze", "with"]) {
          var c = joint + 2
          if r.vocabulary.lowerIs(c, "the") { c += 1 }
          if c < s.tokens.upperBound, r.claim[c] >= 0, r.mentions[r.claim[c]].kind == .organization { parties = [first, r.claim[c]] }
        }
        let groups = parties.map { g($0) }
        guard Set(groups).count >= 2 else { continue }
        let project = g(pm)
        for o in groups where organized[o]?.contains(project) != true { add(o, project, .participatesIn, k) }
        for a in 0..<groups.count {
          for b in (a + 1)..<groups.count where groups[a] != groups[b] {
            if found[Key(source: groups[b], target: groups[a], type: .partnerOf)] == nil { add(groups[a], groups[b], .partnerOf, k) }
          }
        }
      }
    }
  }

  /// Verbs of gathering partners: "the project brings together X, Y and Z", "projekt skupia X i Y", "włączył do P
  /// trzy szkoły: …".
  static let gatheringVerbs: WordSet = [
    "brings", "bring", "brought", "unites", "gathers", "skupia", "łączy", "zrzesza", "obejmuje", "włączył", "włączyła",
    "włączyło", "włączyli",
  ]

  /// "The consortium brings together, among others, the X, the Y …", "Led by BUT, the project brings together X …",
  /// "The project brings together four partners: the X in Italy, …", "Powiat X włączył do ZD trzy szkoły: A, B oraz
  /// C": the organizations gathered take part in the project the sentence speaks of (named after "do", before the
  /// verb, else the document's).
  mutating func gatheredPartners() {
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Self.gatheringVerbs, k) else { continue }
      guard let v = s.tokens.first(where: { r.vocabulary.has(Self.gatheringVerbs, $0) && r.claim[$0] < 0 }) else { continue }
      let ms = mentions(in: k)
      let named = ms.last(where: { r.mentions[$0].kind == .project && !r.mentions[$0].isProgramme && !funderLike($0) && r.mentions[$0].range.upperBound <= v }).map { g($0) }
      let speaksOfProject = (s.tokens.lowerBound..<v).contains { r.vocabulary.lowerIn($0, ["project", "projekt", "consortium", "konsorcjum", "network", "partnership", "partnerstwo", "sieć"]) }
      let into = v + 2 < s.tokens.upperBound && r.vocabulary.lowerIs(v + 1, "do") && r.claim[v + 2] >= 0 && r.mentions[r.claim[v + 2]].kind == .project
      guard let proj = (into ? g(r.claim[v + 2]) : nil) ?? named ?? (speaksOfProject ? mainProject : nil) else { continue }
      // "four partners: the X in Italy, …", "nine partners, among them A in Portugal, B …": a list with descriptors.
      if let start = listStart(after: v, in: s) {
        for o in listedOrganizations(from: start, in: s) where organized[g(o)]?.contains(proj) != true { add(g(o), proj, .participatesIn, k) }
        continue
      }
      var q = v + 1
      while q < s.tokens.upperBound, q - v <= 6, r.claim[q] < 0, r.tokens[q].kind == .punct || r.vocabulary.lowerIn(q, ["together", "among", "others", "the", "m", "in", "razem", "including"]) { q += 1 }
      guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization else { continue }
      for o in coordinatedOrganizations(from: q, in: s) where organized[g(o)]?.contains(proj) != true { add(g(o), proj, .participatesIn, k) }
    }
  }

  /// Verbs of running a project in a relative clause: "the GreenDairy project, which she manages".
  static let managingVerbs: WordSet = ["manages", "managed", "coordinates", "coordinated", "leads", "led", "koordynuje", "koordynowała", "koordynował", "kieruje"]

  /// "Dr X … presented the GreenDairy LT-PL project, which she manages": the subject person takes part in it.
  mutating func managedProjects() {
    for (k, s) in r.sentences.enumerated() {
      let ms = mentions(in: k)
      for pm in ms where r.mentions[pm].kind == .project && !r.mentions[pm].isProgramme {
        var q = r.mentions[pm].range.upperBound
        while q < s.tokens.upperBound, r.claim[q] == pm || (r.claim[q] < 0 && r.vocabulary.lowerIn(q, ["project", "projekt", "projektu"])) { q += 1 }
        guard q + 3 < s.tokens.upperBound, r.tokens[q].text == ",", r.vocabulary.lowerIn(q + 1, ["which", "który", "którym"]),
              (q + 2..<min(s.tokens.upperBound, q + 5)).contains(where: { r.vocabulary.has(Self.managingVerbs, $0) }),
              let person = ms.last(where: { r.mentions[$0].kind == .person && r.mentions[$0].range.upperBound <= r.mentions[pm].range.lowerBound }) else { continue }
        add(g(person), g(pm), .participatesIn, k)
      }
    }
  }

  /// "Led by BUT, the project brings together …": the organization leading, written before the project it leads.
  mutating func ledByOpening() {
    for (k, s) in r.sentences.enumerated() {
      let a = s.tokens.lowerBound
      guard a + 3 < s.tokens.upperBound, r.vocabulary.lowerIn(a, ["led", "coordinated", "kierowany", "koordynowany", "prowadzony"]),
            r.vocabulary.lowerIn(a + 1, ["by", "przez"]) else { continue }
      var q = a + 2
      if r.vocabulary.lowerIs(q, "the") { q += 1 }
      guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization else { continue }
      let org = r.claim[q]
      let e = claimedEnd(org, before: s.tokens.upperBound)
      guard e + 2 < s.tokens.upperBound, r.tokens[e].text == "," else { continue }
      let ms = mentions(in: k)
      let here = ms.first(where: { r.mentions[$0].kind == .project && !r.mentions[$0].isProgramme && r.mentions[$0].range.lowerBound > e && r.mentions[$0].range.lowerBound - e <= 3 })
      let reference = ((e + 1)..<min(s.tokens.upperBound, e + 3)).contains { r.vocabulary.lowerIn($0, ["project", "projekt", "network", "sieć", "consortium", "konsorcjum"]) }
      let before = k > 0 ? mentions(in: k - 1).last(where: { r.mentions[$0].kind == .project && !r.mentions[$0].isProgramme }).map { g($0) } : nil
      guard let proj = here.map({ g($0) }) ?? (reference ? (before ?? mainProject) : nil) else { continue }
      add(g(org), proj, .organizes, k)
      organizers.insert(g(org))
      let partner = Key(source: g(org), target: proj, type: .participatesIn)
      if found[partner] != nil { found[partner] = nil; order.removeAll { $0 == partner } }
    }
  }

  /// Words that say who was present: "Obecni byli także … przedstawiciele X", "representatives of X attended".
  static let presenceWords: WordSet = ["obecni", "obecne", "obecna", "obecny", "uczestniczyli", "udział", "attended", "present", "joined"]

  /// "Obecni byli także … przedstawiciele Uniwersytetu Radomskiego, RIG i MJWPU": with no event named nearby, the
  /// organizations whose representatives were present take part in the report's meeting (schema: stated presence).
  mutating func representativesAtMainEvent() {
    guard let main = mainEvent else { return }
    for (k, s) in r.sentences.enumerated() where r.vocabulary.sentenceHas(Self.presenceWords, k) {
      let here = mentions(in: k).contains { r.mentions[$0].kind == .event && g($0) != main }
      let before = k > 0 && mentions(in: k - 1).contains { r.mentions[$0].kind == .event && g($0) != main }
      guard !here, !before else { continue }
      for q in s.tokens where r.vocabulary.has(Self.representativeNouns, q) && r.claim[q] < 0 {
        var a = q + 1
        if a < s.tokens.upperBound, r.vocabulary.lowerIs(a, "of") { a += 1 }
        if a < s.tokens.upperBound, r.vocabulary.lowerIs(a, "the") { a += 1 }
        guard a < s.tokens.upperBound, r.claim[a] >= 0, r.mentions[r.claim[a]].kind == .organization else { continue }
        for o in coordinatedOrganizations(from: a, in: s) where organized[g(o)]?.contains(main) != true { add(g(o), main, .participatesIn, k) }
      }
    }
  }

  /// Words of speaking at an event: "gave the keynote speech at", "Wykład wprowadzający wygłosiła".
  static let speakingWords: WordSet = [
    "speech", "keynote", "lecture", "spoke", "presented", "talk", "panel", "moderated", "joined", "wykład", "wykładu",
    "wygłosił", "wygłosiła", "prelekcję", "referat", "wystąpił", "wystąpiła", "przemawiał", "przemawiała", "argued",
    "discussed", "speakers", "prelegenci", "panelists", "panelistami", "showed", "explained", "compared", "described",
    "outlined", "otworzył", "otworzyła", "otworzyli", "opened", "wystąpili",
  ]

  /// "Dr X … gave the keynote speech at the Carpathian Smart Villages Forum": the persons of a sentence that speaks
  /// at a named event (not the report's meeting, whose speakers are found anyway) take part in it; so do the
  /// persons of the next sentences that refer back to it ("Kowalczyk-Sęk and Dvořáková joined him on the debate
  /// panel", "Wykład wprowadzający wygłosiła dr X" after the seminar's sentence).
  mutating func speakersAtNamedEvents() {
    var recent: (event: Int, sentence: Int)?
    for (k, s) in r.sentences.enumerated() {
      let ms = mentions(in: k)
      let speaks = r.vocabulary.sentenceHas(Self.speakingWords, k)
      let events = ms.filter { r.mentions[$0].kind == .event }
      var target: Int?
      if let ev = events.first(where: { e in
        let b = r.mentions[e].range.lowerBound - 1
        return b >= s.tokens.lowerBound && (r.vocabulary.lowerIn(b, ["at", "during", "podczas", "na"]) || (b - 1 >= s.tokens.lowerBound && r.vocabulary.lowerIs(b, "the") && r.vocabulary.lowerIn(b - 1, ["at", "during"])))
      }), speaks {
        target = g(ev)
      } else if events.isEmpty, speaks, let rc = recent, k - rc.sentence <= 2, !isListItem(k) {
        target = rc.event
        // A run of speakers' sentences goes on from the last one that spoke of the event.
        recent = (rc.event, k)
      }
      // An event named only as the frame of an unnamed meeting ("held during the X Week") is not spoken at.
      if let ev = events.last, !Self.unnamedMeetingHeldDuring(r, ev) { recent = (g(ev), k) }
      guard let t = target, t != mainEvent else { continue }
      for p in ms where r.mentions[p].kind == .person { add(g(p), t, .participatesIn, k) }
      representedAtNamedEvent(t, in: k)
    }
  }

  // MARK: organizes

  /// "odpowiadało", "odpowiada" (``organizationalResponsibility()``): the same test as `hasPrefix("odpowiada")`.
  static let responsibleCue = PrefixSet(["odpowiada"])
  /// "responsible" (``organizationalResponsibility()``), for the per-sentence test.
  static let responsibleWord: WordSet = ["responsible"]
  /// "organizacja", "organisation", "organizations" (``organizationalResponsibility()``): prefixes of the noun.
  static let organisationNouns = PrefixSet(["organizac", "organisation", "organization"])

  /// "Za stronę organizacyjną odpowiadało CITT", "Za organizację odpowiadał X": X organizes the sentence's event,
  /// else the report's meeting.
  mutating func organizationalResponsibility() {
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Self.responsibleCue, k) || r.vocabulary.sentenceHas(Self.responsibleWord, k),
            r.vocabulary.sentenceHas(Self.organisationNouns, k),
            let v = s.tokens.first(where: { r.vocabulary.has(Self.responsibleCue, $0) || r.vocabulary.lowerIs($0, "responsible") }) else { continue }
      let ms = mentions(in: k)
      guard let target = ms.first(where: { r.mentions[$0].kind == .event }).map({ g($0) }) ?? mainEvent else { continue }
      // The responsible body: right after the verb (Polish word order), else the subject before it.
      let after = ms.first { r.mentions[$0].kind == .organization && r.mentions[$0].range.lowerBound > v && r.mentions[$0].range.lowerBound - v <= 2 }
      let before = ms.last { r.mentions[$0].kind == .organization && r.mentions[$0].range.upperBound <= v && v - r.mentions[$0].range.upperBound <= 2 }
      guard let o = after ?? before else { continue }
      let org = g(unitOrSelf(o))
      add(org, target, .organizes, k)
      organizers.insert(org)
    }
  }

  /// "The forum was organised by the Euroregion X together with the Nowy Targ District": with no event named in the
  /// sentence and no report meeting, a sentence about "the forum" speaks of the event named in the sentence before.
  mutating func organizedEventByReference() {
    for (k, s) in r.sentences.enumerated() where k > 0 && r.vocabulary.sentenceHas(Markers.organizedByCue, k) {
      let ms = mentions(in: k)
      guard !ms.contains(where: { r.mentions[$0].kind == .event }),
            let v = s.tokens.first(where: { r.claim[$0] < 0 && r.vocabulary.has(Markers.organizedByCue, $0) }),
            v + 1 < s.tokens.upperBound, r.vocabulary.lowerIn(v + 1, ["by", "przez"]),
            let noun = (s.tokens.lowerBound..<v).first(where: { r.vocabulary.has(Self.genericEventNouns, $0) || r.vocabulary.lowerIs($0, "debate") }) else { continue }
      let prior = mentions(in: k - 1).filter { r.mentions[$0].kind == .event }
      // The event must be one of the noun's kind ("The forum …" after "… Forum"), and not the report's meeting.
      guard let ev = prior.last, g(ev) != mainEvent,
            Normalize.form(r.mentions[ev].name).contains(String(r.tokens[noun].lower.prefix(5))) || r.vocabulary.lowerIs(noun, "event") else { continue }
      var q = v + 2
      if q < s.tokens.upperBound, r.vocabulary.lowerIs(q, "the") { q += 1 }
      guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization else { continue }
      // "… together with the Y": the co-organizer follows from ``coOrganizers()``.
      for a in coordinatedOrganizations(from: q, in: s) {
        add(g(a), g(ev), .organizes, k)
        organizers.insert(g(a))
      }
    }
  }

  // MARK: part_of

  /// Lower-case nouns in the English possessive that refer to the one body of a kind: "the city's", "the university's".
  static let possessiveBodies: [String: Set<String>] = [
    "city": ["municipality", "miasto", "city"], "town": ["municipality", "miasto", "city"], "municipality": ["municipality", "miasto", "gmina"],
    "university": ["university", "uniwersytet", "politechnika", "akademia", "academy"], "agency": ["agency", "agencja"],
    "region": ["voivodeship", "województwo", "region"], "office": ["office", "urząd"],
  ]

  /// "Magdalena Ptak, head of the city's Urban Development Department", "of the university's Faculty of
  /// Architecture": a unit owned by "the city" or "the university" is part of the one such body of the text.
  mutating func possessiveUnits() {
    for i in mentions(ofKind: .organization) {
      let m = r.mentions[i]
      guard m.head?.isUnit == true && !m.nested && parents[g(i)] == nil else { continue }
      let b = m.range.lowerBound - 1
      guard b >= 1, r.tokens[b].casing == .lower, r.possessive[b] else { continue }
      guard let heads = Self.possessiveBodies[String(r.tokens[b].lower.dropLast(2))] else { continue }
      let byHead = orgsByHead
      var cands = Set<Int>()
      for h in heads { for c in byHead[h] ?? [] where c != g(i) { cands.insert(c) } }
      // Several fit ("the city's" with two cities' authorities): the one of the report's own place, named first.
      let all = cands
      if cands.count > 1, let home = r.mentions.first(where: { $0.kind == .place })?.name {
        cands = cands.filter { c in r.mentions.indices.contains { g($0) == c && r.mentions[$0].placeInName == home } }
      }
      // Still several ("the university's Faculty" with a foreign partner university named too): the one the report opens
      // with, named in its lead before the unit — the press release's own body.
      if cands.count != 1, all.count > 1,
         let first = r.mentions.indices.first(where: { all.contains(g($0)) && r.mentions[$0].range.lowerBound < m.range.lowerBound }),
         r.mentions[first].sentence <= Self.leadSentences {
        cands = [g(first)]
      }
      guard cands.count == 1, let parent = cands.first else { continue }
      add(g(i), parent, .partOf, m.sentence)
      parents[g(i)] = parent
    }
  }
}

extension RelationFinder {
  /// "of the Department of X", "of the university's Faculty": "the" and an organization (or a common noun's
  /// possessive and an organization) right after "of" at `i`.
  func ofTheInstitution(_ i: Int) -> Bool {
    guard i + 1 < r.tokens.count, r.vocabulary.lowerIs(i, "the") else { return false }
    if r.claim[i + 1] >= 0 || r.claim[pastOriginAndCompany(i + 1)] >= 0 { return true }
    let w = r.tokens[i + 1].lower
    return r.tokens[i + 1].casing == .lower && (w.hasSuffix("'s") || w.hasSuffix("’s")) && i + 2 < r.tokens.count && r.claim[i + 2] >= 0
  }

  /// "wspólnie z firmą doradczą Pracownia X": past a company noun and one more descriptor word before a name;
  /// `q` unchanged when no organization follows them.
  func pastDescriptors(_ q: Int, in s: Sentence) -> Int {
    guard q < s.tokens.upperBound, r.claim[q] < 0, r.vocabulary.has(Recognizer.companyNouns, q) else { return q }
    var e = q + 1
    if e < s.tokens.upperBound, r.claim[e] < 0, r.tokens[e].kind == .word, r.tokens[e].casing == .lower { e += 1 }
    return e < s.tokens.upperBound && r.claim[e] >= 0 && r.mentions[r.claim[e]].kind == .organization ? e : q
  }
}

extension RelationFinder {
  /// Words of a future edition: "The next edition of the forum will be hosted by X", "Kolejna edycja odbędzie się …".
  static let futureEditionWords: WordSet = ["next", "kolejna", "kolejne", "kolejnej", "następna", "następne", "przyszłoroczna", "przyszłoroczne"]

  /// Whether sentence `k` speaks of a future edition or meeting rather than of the one reported.
  func speaksOfFutureEdition(_ k: Int) -> Bool {
    r.vocabulary.sentenceHas(Self.futureEditionWords, k)
  }

  /// "Bialystok University of Technology (BUT) hosted the 3rd … Forum": the organization right before the verb of
  /// hosting organizes the event named right after it.
  mutating func activeHosting() {
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Self.hostVerbs, k) else { continue }
      for v in s.tokens where r.vocabulary.has(Self.hostVerbs, v) && r.claim[v] < 0 && !speaksOfFutureEdition(k) {
        guard v + 1 < s.tokens.upperBound, !r.vocabulary.lowerIn(v + 1, ["by", "przez"]) else { continue }
        let ms = mentions(in: k)
        guard let subject = ms.last(where: { r.mentions[$0].kind == .organization && r.mentions[$0].range.upperBound <= v }) else { continue }
        let e = claimedEnd(subject, before: v)
        guard v - e <= 1, let ev = ms.first(where: { r.mentions[$0].kind == .event && r.mentions[$0].range.lowerBound > v && r.mentions[$0].range.lowerBound - v <= 3 }) else { continue }
        add(g(subject), g(ev), .organizes, k)
        organizers.insert(g(subject))
      }
    }
  }

  /// Verbs of an event taking place: "took place", "was held", "odbyło się".
  static let takingPlaceWords: WordSet = ["place", "held", "odbył", "odbyła", "odbyło", "odbyły", "odbędzie", "odbędą", "zorganizują", "zorganizuje"]

  /// "The forum … took place on the university campus in Białystok": a sentence about "the forum" (no event named)
  /// places the event named in the sentence before, else the report's meeting, where it says.
  mutating func eventReferencePlace() {
    for (k, s) in r.sentences.enumerated() where k > 0 {
      guard r.vocabulary.sentenceHas(Self.takingPlaceWords, k) else { continue }
      // "The visit … took place in Inowrocław and Bydgoszcz": a study visit named before is referred to the same way.
      guard let noun = s.tokens.prefix(3).first(where: { r.vocabulary.has(Self.genericEventNouns, $0) || r.vocabulary.has(Self.eventReferences, $0) || r.vocabulary.has(Markers.visits, $0) }),
            let v = s.tokens.first(where: { $0 > noun && r.vocabulary.has(Self.takingPlaceWords, $0) }), !speaksOfFutureEdition(k) else { continue }
      let ms = mentions(in: k)
      guard !ms.contains(where: { r.mentions[$0].kind == .event }) else { continue }
      let prior = mentions(in: k - 1).last(where: { r.mentions[$0].kind == .event }).map { g($0) }
      guard let ev = prior ?? mainEvent else { continue }
      guard let pm = ms.first(where: { p in
        r.mentions[p].kind == .place && r.mentions[p].range.lowerBound > v && r.mentions[p].range.lowerBound >= 1
          && ["in", "w", "we"].contains(r.tokens[r.mentions[p].range.lowerBound - 1].lower)
      }) else { continue }
      add(ev, g(pm), .locatedIn, k)
      // "in Inowrocław and Bydgoszcz": the places coordinated after it too.
      var last = pm
      while let next = ms.first(where: { r.mentions[$0].kind == .place && r.mentions[$0].range.lowerBound == r.mentions[last].range.upperBound + 1 }),
            r.vocabulary.lowerIn(r.mentions[last].range.upperBound, ["and", "i", "oraz", ","]) {
        add(ev, g(next), .locatedIn, k)
        last = next
      }
    }
  }

  /// Lower-case words that refer to the university of the text: "uczelnia wniesie … zaplecze Wydziału X".
  static let universityReferences: WordSet = ["uczelnia", "uczelni", "uczelnię", "uczelnią", "university", "university's", "university’s"]

  /// "uczelnia wniesie do partnerstwa zaplecze laboratoryjne Wydziału Mechaniczno-Energetycznego": a faculty with no
  /// parent named, in a sentence that speaks of "the university", is part of the one university of the text.
  /// "Instytut Hydrotechniki Nizinnej uczelni": an institute with the word right after it is the university's too.
  /// "… jest Politechnika X. Zespół z Wydziału Y …": a faculty in the sentence after the one university's name is its
  /// unit as well.
  mutating func impliedUniversityUnits() {
    guard let uni = onlyUniversity else { return }
    for i in mentions(ofKind: .organization) {
      let m = r.mentions[i]
      guard !m.nested && parents[g(i)] == nil && m.parent == nil, let h = m.head, g(i) != uni,
            ["wydział", "faculty", "katedra", "instytut", "institute"].contains(h.lemma) else { continue }
      let e = claimedEnd(i)
      let referenceAfter = e < r.tokens.count && r.claim[e] < 0 && r.vocabulary.has(Self.universityReferences, e)
      let reference = r.sentences[m.sentence].tokens.contains(where: { r.vocabulary.has(Self.universityReferences, $0) && r.claim[$0] < 0 })
      // (A chair named so belongs to a faculty, when the text names one: ``chairInOnlyFaculty()``.)
      let namedBefore = ["wydział", "faculty"].contains(h.lemma) && m.sentence > 0 && mentions(in: m.sentence - 1).contains { g($0) == uni }
      guard referenceAfter || ((h.isUnit || !h.lemma.hasPrefix("inst")) && (reference || namedBefore)) else { continue }
      add(g(i), uni, .partOf, m.sentence)
      parents[g(i)] = uni
    }
  }

  /// The one university, academy or polytechnic of the text, or nil.
  var onlyUniversity: Int? {
    let universities = Set(["uniwersytet", "politechnika", "akademia", "uczelnia", "university", "academy"].flatMap { orgsByHead[$0] ?? [] })
    return universities.count == 1 ? universities.first : nil
  }

  /// "Komisja Gospodarki sejmiku", "Wydział Urbanistyki urzędu miejskiego", "Departament Transportu urzędu": a unit
  /// followed by a common noun in the genitive is part of the one body of the text with that head ("uczelni": the one
  /// university); a unit followed by its acronym and a body's name is part of that body.
  mutating func unitsOfGenericParents() {
    for i in mentions(ofKind: .organization) {
      let m = r.mentions[i]
      guard !m.nested && parents[g(i)] == nil && m.parent == nil, let h = m.head, h.isUnit || h.lemma == "komisja" else { continue }
      var e = claimedEnd(i)
      // "Departament Inwestycji i Rozwoju (DIR) UMWŚ": the parent after the unit's own acronym.
      if e + 3 < r.tokens.count, r.tokens[e].text == "(", r.tokens[e + 2].text == ")", r.tokens[e + 1].casing == .upper { e += 3 }
      guard e < r.tokens.count, r.sentenceOf[e] == m.sentence else { continue }
      if r.claim[e] >= 0 {
        let o = r.claim[e]
        guard e > 0, r.tokens[e - 1].text == ")", r.mentions[o].kind == .organization, r.mentions[o].head?.isUnit != true, g(o) != g(i) else { continue }
        add(g(i), g(o), .partOf, m.sentence)
        parents[g(i)] = g(o)
        continue
      }
      guard r.tokens[e].casing == .lower else { continue }
      let parent = r.vocabulary.has(Self.universityReferences, e) ? onlyUniversity : organizationReferredTo(at: e)
      guard let parent, parent != g(i), kind(parent) == .organization else { continue }
      add(g(i), parent, .partOf, m.sentence)
      parents[g(i)] = parent
    }
  }
}

extension RelationFinder {
  /// The organization named "Miasto X", "Gmina X", "City of X" or "Municipality of X" for the place group `place`
  /// named X, if exactly one.
  /// - Complexity: O(m) for m mentions once per document (the authorities are indexed on first use, the mentions of
  ///   each group by ``mentions(ofGroup:)``), then O(k) for the k mentions of the place.
  func authorityNamed(for place: Int) -> Int? {
    if let hit = cache.authorityOfPlace[place] { return hit }
    let v = findAuthorityNamed(for: place)
    cache.authorityOfPlace[place] = .some(v)
    return v
  }

  /// ``authorityNamed(for:)`` worked out (the mentions and their groups do not change while relations are read).
  private func findAuthorityNamed(for place: Int) -> Int? {
    if cache.authoritiesByTown == nil {
      var d: [String: Set<Int>] = [:]
      for i in mentions(ofKind: .organization) {
        let m = r.mentions[i]
        let n = Normalize.form(m.name)
        for prefix in ["miasto ", "gmina ", "city of ", "municipality of "] where n.hasPrefix(prefix) { d[String(n.dropFirst(prefix.count)), default: []].insert(g(i)) }
      }
      cache.authoritiesByTown = d
    }
    guard let byTown = cache.authoritiesByTown, !byTown.isEmpty else { return nil }
    var found = Set<Int>()
    for i in mentions(ofGroup: place) where r.mentions[i].kind == .place {
      for c in byTown[Normalize.form(r.mentions[i].name)] ?? [] { found.insert(c) }
    }
    return found.count == 1 ? found.first : nil
  }
}

extension RelationFinder {
  /// Generic nouns of a project or event written after its name ("the "Healthy Soil" pilot", "the X programme").
  static let kindNounsAfterName: WordSet = ["pilot", "programme", "program", "project", "scheme", "initiative", "platform", "conference", "forum", "workshop"]
  /// English verb forms of running something that ``Markers/organizes`` leaves out, for a relative clause after an
  /// event or project: "which MJWPU is organising together with …", "which KUT will coordinate", "which the office is
  /// currently updating".
  static let relativeOrganizingVerbs: WordSet = [
    "organising", "organizing", "coordinate", "coordinating", "updating", "updates", "prepares", "preparing", "prepare",
    "manage", "managing", "lead", "leading", "run", "running", "host", "hosting",
  ]

  /// "seminarium „X”, które urząd marszałkowski przygotował wspólnie z Politechniką Rzeszowską": the subject of a
  /// relative clause after a named event organizes it, named or referred to by a lower-case head noun that fits
  /// one organization of the text; co-organizers after "wspólnie z" / "together with" organize it too.
  mutating func relativeOrganizer() {
    for (k, s) in r.sentences.enumerated() {
      let ms = mentions(in: k)
      // "aktualizacją Strategii X, którą przygotowuje stowarzyszenie": a project (not a programme) the same way.
      for ev in ms where r.mentions[ev].kind == .event || (r.mentions[ev].kind == .project && !r.mentions[ev].isProgramme && !funderLike(ev)) {
        var q = r.mentions[ev].range.upperBound
        while q < s.tokens.upperBound, r.claim[q] == ev { q += 1 }
        // "the "Healthy Soil" pilot, which X will coordinate": past a generic noun of the kind after the name.
        if q + 1 < s.tokens.upperBound, r.claim[q] < 0, r.vocabulary.has(Self.kindNounsAfterName, q) { q += 1 }
        guard q + 3 < s.tokens.upperBound, r.tokens[q].text == ",", r.vocabulary.lowerIn(q + 1, ["które", "który", "która", "którą", "which"]) else { continue }
        // The clause's verb of organizing, within six tokens (after the subject's name, however long).
        var from = q + 2
        // "which the Marshal's Office of X is currently updating": past the article before the subject's name.
        if from + 1 < s.tokens.upperBound, r.vocabulary.lowerIs(from, "the"), r.claim[from + 1] >= 0, r.mentions[r.claim[from + 1]].kind == .organization { from += 1 }
        if from < s.tokens.upperBound, r.claim[from] >= 0, r.mentions[r.claim[from]].kind == .organization {
          let subject = r.claim[from]
          while from < s.tokens.upperBound, r.claim[from] == subject { from += 1 }
        }
        guard let v = (from..<min(s.tokens.upperBound, from + 6)).first(where: { r.claim[$0] < 0 && (r.vocabulary.has(Markers.organizes, $0) || r.vocabulary.has(Markers.organizedByCue, $0) || r.vocabulary.has(Self.relativeOrganizingVerbs, $0)) }),
              !(v + 1 < s.tokens.upperBound && r.vocabulary.lowerIn(v + 1, ["by", "przez"])) else { continue }
        var agents: [Int] = []
        if let named = ms.first(where: { r.mentions[$0].kind == .organization && r.mentions[$0].range.lowerBound > q + 1 && r.mentions[$0].range.upperBound <= v }) {
          agents.append(g(named))
        } else {
          let byHead = orgsByHead
          for t in (q + 2)..<v where r.tokens[t].casing == .lower {
            if let h = r.heads[t], h.kind == .organization, !h.isUnit, let c = byHead[h.lemma], c.count == 1 { agents.append(c.first!); break }
            // "platformę „P”, którą wydział uruchomił": a head right after the pronoun names the nearest body with it.
            if t == q + 2, let h = r.heads[t], h.kind == .organization, let o = nearestWithHead(h.lemma, before: t, sentence: k) { agents.append(o); break }
          }
        }
        // "Strategii X, którą przygotowuje stowarzyszenie": the subject after the verb (Polish word order).
        if agents.isEmpty, v + 1 < s.tokens.upperBound, r.tokens[q + 1].lower != "which" {
          // "które 20 listopada organizuje w Kielcach Urząd X": past a place phrase before the subject.
          let a = pastAdverbials(v + 1, in: s)
          if r.claim[a] >= 0, r.mentions[r.claim[a]].kind == .organization {
            agents.append(g(r.claim[a]))
          } else if let o = organizationReferredTo(at: v + 1) {
            agents.append(o)
          }
        }
        guard !agents.isEmpty else { continue }
        // "które X zorganizuje w maju w Kielcach wspólnie z Y": the co-organizers' cue anywhere later in the clause.
        if let w = ((v + 1)..<max(v + 1, s.tokens.upperBound - 2)).first(where: { r.vocabulary.lowerIn($0, ["wspólnie", "razem", "together", "jointly"]) && r.vocabulary.lowerIn($0 + 1, ["z", "ze", "with"]) }) {
          var c = w + 2
          if r.vocabulary.lowerIs(c, "the") { c += 1 }
          if c < s.tokens.upperBound, r.claim[c] >= 0, r.mentions[r.claim[c]].kind == .organization {
            let co = coordinatedOrganizations(from: c, in: s).map { g($0) }
            // "projekt, który X realizuje wspólnie z Y": Y is the project's partner, it takes part (as coOrganizers reads
            // it); "projekt, który X przygotowuje razem z Y": both organize it.
            let implements = r.tokens[v].lower.hasPrefix("realizuj") || r.tokens[v].lower.hasPrefix("realizowa") || r.vocabulary.lowerIn(v, ["implements", "runs", "implemented", "run"])
            if r.mentions[ev].kind == .project, implements {
              for a in co where !agents.contains(a) { add(a, g(ev), .participatesIn, k) }
            } else {
              agents += co
            }
          }
        }
        for a in agents {
          add(a, g(ev), .organizes, k)
          organizers.insert(a)
        }
      }
    }
  }
}

extension RelationFinder {
  /// Lower-case nouns that refer to the one body of a kind, with the head lemmas they fit: "przez uczelnię", "by
  /// the university", "przez izbę".
  static let genericReferences: [String: Set<String>] = [
    "uczelnię": ["uniwersytet", "politechnika", "akademia", "uczelnia"], "uczelnia": ["uniwersytet", "politechnika", "akademia", "uczelnia"],
    "university": ["university", "uniwersytet", "politechnika", "akademia"], "izbę": ["izba"], "chamber": ["chamber", "izba"],
    "miasto": ["miasto"], "gminę": ["gmina"], "związek": ["związek"], "stowarzyszenie": ["stowarzyszenie"], "fundację": ["fundacja"],
    "klaster": ["klaster"], "cluster": ["cluster", "klaster"], "agencję": ["agencja"], "agency": ["agency", "agencja"],
  ]

  /// "projekt „Zielony Port Ustka”, realizowany przez uczelnię w partnerstwie z Gminą Miejską Ustka": after a verb of
  /// organizing and "przez" / "by", a common noun naming the one body of its kind organizes the project or event
  /// named before (its partners are read by ``coOrganizers()``).
  mutating func organizedByGenericReference() {
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Markers.organizedByCue, k) else { continue }
      for i in s.tokens where r.claim[i] < 0 && r.vocabulary.has(Markers.organizedByCue, i) {
        var q = i + 1
        guard q + 1 < s.tokens.upperBound, r.vocabulary.lowerIn(q, ["przez", "by"]) else { continue }
        q += 1
        if r.vocabulary.lowerIs(q, "the"), q + 1 < s.tokens.upperBound { q += 1 }
        guard r.claim[q] < 0, r.tokens[q].casing == .lower, let heads = Self.genericReferences[r.tokens[q].lower] else { continue }
        let byHead = orgsByHead
        let cands = Set(heads.flatMap { byHead[$0] ?? [] })
        guard cands.count == 1, let o = cands.first,
              let target = mentions(in: k).last(where: { [.event, .project].contains(r.mentions[$0].kind) && r.mentions[$0].range.upperBound <= i }) else { continue }
        add(o, g(target), .organizes, k)
        organizers.insert(o)
      }
    }
  }

  /// "the Finnish company Rakennus Oy", "a Slovak firm X": from `i`, past an adjective of origin and a company noun
  /// (each optional) to the name; `i` when neither is there.
  func pastOriginAndCompany(_ i: Int) -> Int {
    var e = i
    if e < r.tokens.count, r.claim[e] < 0, r.vocabulary.has(Recognizer.englishAdjectivesOfOrigin, e) { e += 1 }
    // "z zarządu firmy X": the company's board before the company noun.
    if e + 1 < r.tokens.count, r.claim[e] < 0, r.vocabulary.lowerIs(e, "zarządu"), r.vocabulary.has(Recognizer.companyNouns, e + 1) { e += 1 }
    if e < r.tokens.count, r.claim[e] < 0, r.tokens[e].casing == .lower, r.vocabulary.has(Recognizer.companyNouns, e) {
      e += 1
      // "firmy farmaceutycznej X": an adjective of the company's trade after the noun.
      if e + 1 < r.tokens.count, r.claim[e] < 0, r.tokens[e].casing == .lower, r.tokens[e].lower.hasSuffix(among: ["ej", "ego"]) { e += 1 }
    }
    return e < r.tokens.count && r.claim[e] >= 0 ? e : i
  }

  /// "Jego koordynatorem jest Tomasz Sokół", "Its coordinator is Dr X": a project's function introduced by a
  /// possessive that points back to the project (the last one named in this or the previous sentence, else the
  /// document's) — the person takes part in it.
  mutating func possessiveProjectFunction() {
    for role in r.roles where role.at >= 1 && ["koordynator", "kierownik", "lider", "coordinator", "manager", "leader"].contains(role.word.base) {
      guard r.vocabulary.lowerIn(role.at - 1, ["jego", "jej", "its"]) else { continue }
      let here = mentions(in: role.sentence).last { r.mentions[$0].kind == .project && !r.mentions[$0].isProgramme && r.mentions[$0].range.upperBound <= role.at }
      let before = role.sentence > 0 ? mentions(in: role.sentence - 1).last { r.mentions[$0].kind == .project && !r.mentions[$0].isProgramme } : nil
      guard let proj = (here ?? before).map({ g($0) }) ?? mainProject else { continue }
      add(g(role.person), proj, .participatesIn, role.sentence)
    }
  }
}

