import StakeholderModel

/// Reads the relations of one document from its sentences, between resolved entities (groups).
///
/// Each rule is a pattern of the genre: functions name institutions (`affiliated_with`), units name parents
/// (`part_of`), "X w Y" / "X in Y" place institutions (`located_in`), the meeting a report is about gathers
/// its speakers (`participates_in`), "zorganizowana przez X" / "X realizuje projekt" (`organizes`),
/// "ze środków programu X" (`funded_by`), signatures and "przy współpracy z" (`partner_of`).
struct RelationFinder {
  let r: Recognizer
  let groupOf: [Int]
  let kinds: [EntityKind]
  /// Endpoints (group indices) and type of a relation found.
  struct Key: Hashable { var source: Int; var target: Int; var type: RelationType }
  var found: [Key: [Int]] = [:]  // key → sentences
  var order: [Key] = []
  /// Affiliations per person group.
  var affiliations: [Int: [Int]] = [:]
  var organizers: Set<Int> = []
  /// Organizer group → what it organizes.
  var organized: [Int: Set<Int>] = [:]
  var parents: [Int: Int] = [:]
  let cache = Cache()

  init(_ r: Recognizer, _ res: DocumentResolver) {
    self.r = r
    self.groupOf = res.groupOf
    self.kinds = res.groups.map { r.mentions[$0[0]].kind }
    var by = Array(repeating: [Int](), count: r.sentences.count)
    for (i, m) in r.mentions.enumerated() where m.sentence >= 0 && m.sentence < by.count { by[m.sentence].append(i) }
    for k in by.indices { by[k].sort { r.mentions[$0].range.lowerBound < r.mentions[$1].range.lowerBound } }
    bySentence = by
    let lead = Self.leadEnd(r)
    leadEnd = lead
    let leadEvent = r.mentions.indices.filter { r.mentions[$0].kind == .event && r.mentions[$0].sentence <= lead }
      .min { r.mentions[$0].range.lowerBound < r.mentions[$1].range.lowerBound }
    mainEvent = leadEvent.flatMap { Self.unnamedMeetingHeldDuring(r, $0) ? nil : res.groupOf[$0] }
    var tops: [(String, Int)] = []
    var seen = Set<Int>()
    for (i, m) in r.mentions.enumerated() where m.kind == .organization && m.parent == nil && !seen.contains(res.groupOf[i]) {
      seen.insert(res.groupOf[i])
      tops.append((m.name.fastLowercased, res.groupOf[i]))
    }
    topOrganizations = tops
    mainProject = Self.findMainProject(r, res.groupOf)
  }

  /// The project the document is about: the most mentioned (not a programme or fund), earliest first.
  static func findMainProject(_ r: Recognizer, _ groupOf: [Int]) -> Int? {
    func g(_ m: Int) -> Int { groupOf[m] }
    var count: [Int: Int] = [:]
    var first: [Int: Int] = [:]
    let funders = fundingSources(r, groupOf)
    for (i, m) in r.mentions.enumerated() where m.kind == .project && !m.isProgramme && !funders.contains(g(i)) {
      count[g(i), default: 0] += 1
      first[g(i)] = min(first[g(i)] ?? Int.max, m.range.lowerBound)
    }
    // No project but a programme named in quotes or by name: the document is about that programme.
    if count.isEmpty {
      for (i, m) in r.mentions.enumerated() where m.kind == .project && m.head == nil && !Markers.funderLike(m.name) {
        count[g(i), default: 0] += 1
        first[g(i)] = min(first[g(i)] ?? Int.max, m.range.lowerBound)
      }
    }
    return count.keys.sorted { (count[$0]!, -first[$0]!) > (count[$1]!, -first[$1]!) }.first
  }

  /// Projects written as a source of money somewhere in the document ("co-financed by the X programme",
  /// "ze środków programu X"): a funder, never the document's own project, however often it is named.
  static func fundingSources(_ r: Recognizer, _ groupOf: [Int]) -> Set<Int> {
    var funders = Set<Int>()
    for (i, m) in r.mentions.enumerated() where m.kind == .project {
      var start = m.range.lowerBound
      // "funded by the European Union's Horizon Europe programme": the owner in the possessive stands between.
      if start > 0, r.claim[start - 1] >= 0, r.mentions[r.claim[start - 1]].kind == .organization, r.tokens[start - 1].lower.hasSuffix("s"),
         r.tokens[start - 1].text.includes("'") || r.tokens[start - 1].text.includes("’") {
        start = r.mentions[r.claim[start - 1]].range.lowerBound
      }
      let cue = (max(0, start - 4)..<start).contains { t in
        r.sentenceOf[t] == r.sentenceOf[start] && r.claim[t] < 0 && r.vocabulary.has(Markers.fundingCue, t)
      }
      if cue { funders.insert(groupOf[i]) }
    }
    return funders
  }

  static let projectContext: WordSet = ["edycji", "edycja", "edycję", "projekcie", "programie", "projektu", "programu", "inicjatywie", "project", "programme", "edition", "initiative"]
  static let participationCues: WordSet = ["udział", "uczestniczą", "uczestniczy", "participate", "participates", "participated", "joined", "join"]

  /// Nouns that refer back to the report's meeting ("Wydarzenie zorganizowały …", "The event was hosted by …").
  static let eventReferences: WordSet = ["wydarzenie", "wydarzenia", "event", "forum", "kongres", "konferencję", "spotkanie", "gathering"]
  /// Adverbs between a verb and its coordinated subjects ("zorganizowały wspólnie X i Y").
  static let coordinationAdverbs: WordSet = ["wspólnie", "również", "także", "razem", "jointly", "also", "together"]

  /// Organizations written right after token `a` and coordinated ("X, Y oraz Z"), skipping adverbs.
  func coordinatedOrganizations(from a: Int, in s: Sentence) -> [Int] {
    var q = a
    while q < s.tokens.upperBound, r.claim[q] < 0, r.vocabulary.has(Self.coordinationAdverbs, q) { q += 1 }
    var out: [Int] = []
    while q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization {
      let m = r.claim[q]
      out.append(m)
      while q < s.tokens.upperBound, r.claim[q] == m { q += 1 }
      q = pastParentOfUnit(m, at: q, in: s)
      q = pastRepresentedBy(q, in: s)
      // "Riga Business School from Latvia, …", "spółka X z Gniezna oraz …": the seat after a name.
      if q + 2 < s.tokens.upperBound, r.vocabulary.lowerIn(q, ["from", "z", "ze"]), r.claim[q + 1] >= 0, r.mentions[r.claim[q + 1]].kind == .place {
        let p = r.claim[q + 1]
        q += 1
        while q < s.tokens.upperBound, r.claim[q] == p { q += 1 }
      }
      guard q + 1 < s.tokens.upperBound, r.vocabulary.lowerIn(q, [",", "i", "oraz", "and", "&"]) else { break }
      q += 1
      if r.vocabulary.lowerIs(q, "the") || r.vocabulary.lowerIs(q, "oraz") { q += 1 }
      if q + 1 < s.tokens.upperBound, r.claim[q] < 0, r.tokens[q].casing == .lower, r.tokens[q].kind == .word, r.claim[q + 1] >= 0 { q += 1 }
      // "oraz firma informatyczna NetSoft sp. z o.o.": a company noun and its adjective before the next name.
      else if q + 2 < s.tokens.upperBound, r.claim[q] < 0, r.vocabulary.has(Recognizer.companyNouns, q), r.claim[q + 1] < 0,
              r.tokens[q + 1].casing == .lower, r.claim[q + 2] >= 0 { q += 2 }
      // "the Estonian company X", "the start-up X": a short descriptor before the next name.
      else if q + 2 < s.tokens.upperBound, r.claim[q] < 0, r.vocabulary.has(Recognizer.englishAdjectivesOfOrigin, q),
              r.claim[q + 1] < 0, r.tokens[q + 1].casing == .lower, r.claim[q + 2] >= 0 { q += 2 }
    }
    return out
  }

  static let genericEventNouns: WordSet = [
    "workshop", "meeting", "conference", "event", "forum", "seminar", "webinar", "session", "spotkanie", "konferencja",
    "konferencję", "wydarzenie", "forum", "seminarium", "warsztaty", "debata", "debatę", "spotkania", "konferencji",
  ]

  /// How many sentences (title and date lines included) make the lead in which the report's meeting is named.
  static let leadSentences = 5

  /// The last sentence of the lead: ``leadSentences`` on from the first sentence of prose (eight words or more,
  /// ending in a full stop, "!", "?" or ":"), so that a page's furniture before the article (a menu, a breadcrumb, a
  /// page title, a dateline) does not use the lead up; never before ``leadSentences``.
  static func leadEnd(_ r: Recognizer) -> Int {
    let first = r.sentences.firstIndex { s in
      guard let last = s.tokens.last, [".", "!", "?", ":"].contains(r.tokens[last].text) else { return false }
      return s.tokens.lazy.filter { r.tokens[$0].kind == .word }.count >= 8
    } ?? 0
    return max(leadSentences, first + leadSentences - 1)
  }

  /// The token after mention `i` and the tokens it claims beyond its range (a legal form, a closing quote), before
  /// token `limit` (the text's end by default): where what is said of the mention goes on.
  func claimedEnd(_ i: Int, before limit: Int? = nil) -> Int {
    let end = limit ?? r.tokens.count
    var e = r.mentions[i].range.upperBound
    while e < end, r.claim[e] == i { e += 1 }
    return e
  }

  /// The meeting the report is about: the first event named in the title or the lead.
  let mainEvent: Int?
  /// The last sentence of the lead (``leadEnd(_:)``).
  let leadEnd: Int
  /// The project the document is about (see ``findMainProject(_:_:)``).
  let mainProject: Int?
  /// Mention indices of each sentence (nested ones included), in text order.
  let bySentence: [[Int]]
  /// Top-level organizations (no parent) by lower-cased name, for functions without a named institution.
  let topOrganizations: [(String, Int)]

  /// Place group → the organization that is its authority ("Miasto Łódź", "City of Brzeg", "Gmina X"), when the
  /// document names exactly one.
  var cityAuthority: [Int: Int] {
    if let c = cache.cityAuthority { return c }
    var byPlace: [String: Int] = [:]
    for (i, m) in r.mentions.enumerated() where m.kind == .place {
      // "województwo dolnośląskie" is the territory of "Województwo Dolnośląskie" (placeInName "Dolnośląskie").
      var n = m.name.lowercased()
      if n.hasPrefix("województwo ") { n = String(n.dropFirst("województwo ".count)) }
      byPlace[n] = byPlace[n] ?? g(i)
    }
    var out: [Int: Int] = [:]
    var clash: Set<Int> = []
    for (i, m) in r.mentions.enumerated() where m.kind == .organization {
      guard let h = m.head, ["miasto", "gmina", "municipality", "city", "województwo"].contains(h.lemma), let p = m.placeInName, let pg = byPlace[p.lowercased()] else { continue }
      if let o = out[pg], o != g(i) { clash.insert(pg) }
      out[pg] = g(i)
    }
    for c in clash { out[c] = nil }
    cache.cityAuthority = out
    return out
  }

  mutating func add(_ a: Int, _ b: Int, _ type: RelationType, _ sentence: Int) {
    guard a != b else { return }
    let key = Key(source: a, target: b, type: type)
    if found[key] == nil { order.append(key) }
    if !(found[key]?.contains(sentence) ?? false) { found[key, default: []].append(sentence) }
    if type == .organizes { organized[a, default: []].insert(b) }
  }

  func g(_ mention: Int) -> Int { groupOf[mention] }
  func kind(_ group: Int) -> EntityKind { kinds[group] }

  /// Outermost mentions of a sentence in text order.
  func mentions(in k: Int) -> [Int] {
    if cache.sentenceMentions.isEmpty { cache.sentenceMentions = Array(repeating: nil, count: r.sentences.count) }
    if let hit = cache.sentenceMentions[k] { return hit }
    let out = outermost(in: k)
    cache.sentenceMentions[k] = out
    return out
  }

  /// Outermost mentions of a sentence in text order, computed from the token claims.
  private func outermost(in k: Int) -> [Int] {
    let s = r.sentences[k]
    var out: [Int] = []
    var last = -1
    for i in s.tokens where r.claim[i] >= 0 && r.claim[i] != last {
      last = r.claim[i]
      if !out.contains(last) { out.append(last) }
    }
    return out
  }

  /// All mentions (nested included) of a sentence.
  func allMentions(in k: Int) -> [Int] { bySentence[k] }

  /// Runs every rule, in order (later rules read what earlier ones found).
  ///
  /// A rule that reads sentences keeps to the document's ``VocabularyIndex`` (`r.vocabulary`), so that most sentences
  /// cost one look-up: open the per-sentence loop with `guard r.vocabulary.sentenceHas(Self.triggers, k) else { continue }`
  /// where `triggers` (a static ``WordSet``, or a ``PrefixSet`` for stems) holds every word the pattern can start at;
  /// test tokens with `r.vocabulary.has(Self.words, t)`, `lowerIs(t, "w")` and `lowerIn(t, ["w", "we"])`, not with
  /// `Set.contains(r.tokens[t].lower)` or `r.tokens[t].lower == …`; ask ``funderLike(_:)`` (memoised) rather than
  /// `Markers.funderLike`; and build lists of mentions or scan ``order`` only after the cheap token tests passed.
  mutating func run() {
    // Before the functions' fall-backs, which guess an institution for a function with no territory named.
    territoryBeforeFunction()
    territorialAdjectiveAuthority()
    roles()
    relativeHead()
    officeHolderAuthority()
    whoseFunction()
    representedBy()
    personFrom()
    functionHeadReference()
    dashPossessiveFunction()
    functionFromPreviousSentence()
    possessiveFunctionOwner()
    apposition()
    appositionAtInstitution()
    parenthesisedAffiliation()
    creditLines()
    dashAndDescribedAffiliation()
    whereClauseAffiliation()
    functionThenOrganizationItems()
    ownerBeforeFunction()
    functionOfDescribedOrganization()
    behalfAndHeadedBy()
    representedPartners()
    membersOfBody()
    units()
    sameUnit()
    representedUnits()
    unitsBesideParent()
    possessiveUnits()
    partOfApposition()
    subordinateApposition()
    impliedUniversityUnits()
    chairInOnlyFaculty()
    places()
    eventReferencePlace()
    companyApposition()
    placeDescribedCompany()
    seatAdjective()
    placeBeforeCompanyNoun()
    relativeSeat()
    arrivalPlace()
    eventPlaceAroundName()
    eventWhereClause()
    guestsFromCountry()
    organizing()
    organizerNouns()
    organizationalResponsibility()
    organizedByGenericReference()
    activeHosting()
    relativeOrganizer()
    organizedEventByReference()
    eventNounSubjectOrganizers()
    relativeSubjectOrganizer()
    activeLaunch()
    pronounProject()
    possessiveAgent()
    coOrganizers()
    ownProjects()
    programmeAfterProject()
    programmeBeforeProject()
    funding()
    activeFunding()
    programmeInProjectClause()
    programmeOfSubjectProject()
    signatoriesOfSides()
    partners()
    jointUndertakings()
    cooperationByReference()
    projectPartners()
    letterOfSupport()
    personLeadingProjectWork()
    representsInPartnership()
    projectStaff()
    possessiveProjectFunction()
    jointProjects()
    jointWorkInProjectClause()
    ledByOpening()
    gatheredPartners()
    managedProjects()
    meetingHosts()
    representativesAtEvent()
    representativesAtMainEvent()
    speakersAtNamedEvents()
    partnersFromCountries()
    organizationsPresenting()
    partnersOfBody()
    partnersContinued()
    projectLeader()
    projectRunners()
    projectRunnerPhrases()
    participleAgentProjects()
    statedProjectParticipation()
    partnerSubjects()
    partnerByCommonNoun()
    pronounProjectParticipation()
    bothArePartners()
    managingAuthority()
    relativeCooperation()
    genericSubjectCooperation()
    relativeJointWork()
    fundingPhrases()
    eventSupport()
    participation()
  }

  // MARK: affiliated_with

  /// Top-level organization groups by their head's lemma.
  var orgsByHead: [String: Set<Int>] {
    if let c = cache.orgsByHead { return c }
    var d: [String: Set<Int>] = [:]
    for (i, m) in r.mentions.enumerated() where m.kind == .organization && m.parent == nil {
      if let h = m.head { d[h.lemma, default: []].insert(g(i)) }
    }
    cache.orgsByHead = d
    return d
  }

  /// Values computed once per document on first use.
  final class Cache {
    var orgsByHead: [String: Set<Int>]?
    var cityAuthority: [Int: Int]?
    /// Outermost mentions per sentence (the recogniser's claims do not change once relations are read).
    var sentenceMentions: [[Int]?] = []
    /// Town authorities by the normalised name of their town ("miasto ełk" → "ełk"), for ``authorityNamed(for:)``.
    var authoritiesByTown: [String: Set<Int>]?
    /// ``authorityNamed(for:)`` by place group.
    var authorityOfPlace: [Int: Int?] = [:]
    /// ``funderLike(_:)`` by mention: 0 not yet asked, 1 no, 2 yes.
    var funderLike: [UInt8] = []
  }

  /// Whether mention `m`'s name reads as a source of money (``Markers/funderLike(_:)``), worked out once per mention:
  /// many rules ask it of the same project mentions sentence after sentence.
  /// - Complexity: O(n) in the name's length the first time, O(1) after.
  func funderLike(_ m: Int) -> Bool {
    if cache.funderLike.isEmpty { cache.funderLike = Array(repeating: 0, count: r.mentions.count) }
    let known = cache.funderLike[m]
    if known != 0 { return known == 2 }
    let v = Markers.funderLike(r.mentions[m].name)
    cache.funderLike[m] = v ? 2 : 1
    return v
  }

  mutating func roles() {
    for role in r.roles {
      let p = g(role.person)
      // "manager of the Ciechocinek-based X": a seat adjective is the organization's seat, not the function's territory
      // (``functionOfDescribedOrganization()`` reads the organization after it).
      if let t = role.target, !isSeatAdjective(t) {
        add(p, g(t), .affiliatedWith, role.sentence)
        affiliations[p, default: []].append(g(t))
      }
    }
    // "Przewodniczącą Rady wybrano …", "Sekretarzem Rady została …": a capitalised head in the function refers to
    // the one institution of the text with that head, whatever else the person does (read after the other functions).
    var bodies: [(Int, Int, Int)] = []
    var byBody = Set<Int>()
    for (n, role) in r.roles.enumerated() where role.target == nil {
      let capitalisedHeads = role.text.split(separator: " ").compactMap { w -> String? in
        guard w.first?.isUppercase == true, let h = HeadWords.head(w.lowercased()), h.kind == .organization, !h.isUnit else { return nil }
        return h.lemma
      }
      if let lemma = capitalisedHeads.first, let cands = orgsByHead[lemma], cands.count == 1, let c = cands.first {
        bodies.append((g(role.person), c, role.sentence))
        byBody.insert(n)
      }
    }
    defer {
      for (p, c, k) in bodies where affiliations[p]?.contains(c) != true {
        add(p, c, .affiliatedWith, k)
        affiliations[p, default: []].append(c)
      }
    }
    for (n, role) in r.roles.enumerated() where role.target == nil && !byBody.contains(n) {
      let p = g(role.person)
      // A function already tied to a named institution or territory elsewhere says nothing more.
      if affiliations[p] != nil { continue }
      // "starosta gorlicki", "wojewoda opolski": the function names its territory by an adjective; the
      // institution counts too when the same sentence names it ("… pomoc Opolskiego Urzędu Wojewódzkiego").
      if role.word.territorial, role.at >= 0, let place = placeByAdjective(after: role.at) {
        add(p, place, .affiliatedWith, role.sentence)
        affiliations[p, default: []].append(place)
        let here = Set(allMentions(in: role.sentence).map { g($0) })
        let inst = topOrganizations.filter { n, og in here.contains(og) && role.word.institution.contains(where: { n.has($0) }) }.map(\.1)
        if let c = inst.first, Set(inst).count == 1 {
          add(p, c, .affiliatedWith, role.sentence)
          affiliations[p, default: []].append(c)
        }
        continue
      }
      // "prezes zarządu klastra", "w imieniu stowarzyszenia – jego przewodniczący": a common noun naming the
      // one organization of the document with that head.
      if role.at >= 0 {
        let s = r.sentences[role.sentence]
        var lemmas: [String] = []
        for w in role.text.split(separator: " ") { if let h = HeadWords.head(String(w)), h.kind == .organization, !h.isUnit { lemmas.append(h.lemma) } }
        for q in max(s.tokens.lowerBound, role.at - 5)..<role.at where r.tokens[q].casing == .lower {
          if let h = r.heads[q], h.kind == .organization, !h.isUnit { lemmas.append(h.lemma) }
        }
        // "Ola Nordmann, manager of the Norwegian cluster": the common noun right after the English function.
        var q = role.at + 1
        if q < s.tokens.upperBound, r.vocabulary.lowerIs(q, "of") {
          q += 1
          while q < min(s.tokens.upperBound, role.at + 6), r.claim[q] < 0, r.tokens[q].kind == .word {
            if r.tokens[q].casing == .lower, let h = r.heads[q], h.kind == .organization, !h.isUnit { lemmas.append(h.lemma); break }
            q += 1
          }
        }
        // "prezes zarządu klastra": the first head word that names exactly one organization ("zarządu" names none).
        let byHead = orgsByHead
        if let c = lemmas.compactMap({ l -> Int? in let c = byHead[l] ?? []; return c.count == 1 ? c.first : nil }).first {
          add(p, c, .affiliatedWith, role.sentence)
          affiliations[p, default: []].append(c)
          continue
        }
      }
      if !role.word.institution.isEmpty {
        // "marszałek X" with no institution named: the one matching institution of the document.
        var cands: [Int] = []
        for (n, og) in topOrganizations where role.word.institution.contains(where: { n.hasPrefix($0) }) && !cands.contains(og) {
          cands.append(og)
        }
        // Several fit: the one named in the same sentence ("Anna Sobczak, prof. PŁ, prorektor …").
        if cands.count > 1 {
          let here = Set(allMentions(in: role.sentence).map { g($0) })
          cands = cands.filter { here.contains($0) }
        }
        if cands.count == 1 {
          add(p, cands[0], .affiliatedWith, role.sentence)
          affiliations[p, default: []].append(cands[0])
        }
      }
    }
  }

  /// "Anna Rossi from the X Agency", "Jan Kowalski z Politechniki Lubelskiej": a person with no function
  /// named takes the institution they come from.
  mutating func personFrom() {
    for (i, m) in r.mentions.enumerated() where m.kind == .person {
      var e = m.range.upperBound
      // "Jan Zieliński, prof. PW, z Wydziału …": an academic title with its institution's acronym stands between.
      if e + 2 < r.tokens.count, r.tokens[e].text == ",", r.vocabulary.has(RoleWords.titles, e + 1) {
        var q = e + 1
        while q < min(r.tokens.count, e + 8), r.sentenceOf[q] == m.sentence, r.tokens[q].text != ",",
              r.vocabulary.has(RoleWords.titles, q) || r.tokens[q].text == "." || r.tokens[q].casing == .upper || r.vocabulary.lowerIs(q, "uczelni")
                || (r.tokens[q].kind == .word && r.tokens[q].casing != .lower && r.tokens[q].text.count <= 5 && (r.claim[q] < 0 || r.mentions[r.claim[q]].kind == .organization)) { q += 1 }
        if q + 1 < r.tokens.count, r.tokens[q].text == ",", r.vocabulary.lowerIn(q + 1, ["from", "z", "ze"]) { e = q + 1 }
      }
      // "Prof. Anne Lund of Odense University": in English, "of" after a name gives the institution.
      let of = e + 1 < r.tokens.count && r.vocabulary.lowerIs(e, "of") && (r.claim[e + 1] >= 0 || ofTheInstitution(e + 1))
      guard e < r.tokens.count, r.sentenceOf[e] == m.sentence, r.vocabulary.lowerIn(e, ["from", "z", "ze"]) || of else { continue }
      e += 1
      if e < r.tokens.count, r.vocabulary.lowerIs(e, "the") { e += 1 }
      // "of the university's Faculty of Architecture": past the owner named by a common noun.
      if e + 1 < r.tokens.count, r.claim[e] < 0, r.tokens[e].casing == .lower, r.possessive[e] { e += 1 }
      e = pastOriginAndCompany(e)
      guard e < r.tokens.count, r.claim[e] >= 0, r.mentions[r.claim[e]].kind == .organization,
            affiliations[g(i)]?.contains(g(r.claim[e])) != true else { continue }
      // "The University of Opole was represented by Dr X from the Institute of …": the institute is part of
      // the body the person represents in the same sentence.
      let unit = g(r.claim[e])
      if let a = affiliations[g(i)]?.first(where: { found[Key(source: g(i), target: $0, type: .affiliatedWith)]?.contains(m.sentence) == true }),
         a != unit, kind(a) == .organization, parents[unit] == nil,
         let h = r.mentions[r.claim[e]].head, h.isUnit || ["instytut", "institute", "centrum", "centre", "laboratory", "laboratorium"].contains(h.lemma) {
        add(unit, a, .partOf, m.sentence)
        parents[unit] = a
      }
      add(g(i), g(r.claim[e]), .affiliatedWith, m.sentence)
      affiliations[g(i), default: []].append(g(r.claim[e]))
    }
  }

  /// "the Marshal's Office of X, represented by Anna Nowak, Head of the Innovation Unit in the Department of Y",
  /// "a delegation of the Office X led by Jan Nowak, Deputy Director of the Department of Y": the department the
  /// representative works in belongs to the body represented (run after units are read).
  mutating func representedUnits() {
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Self.delegationCues, k) else { continue }
      guard let at = s.tokens.last(where: { r.vocabulary.has(Self.delegationCues, $0) }) else { continue }
      let ms = mentions(in: k)
      let bodies = Set(ms.filter { m in r.mentions[m].kind == .organization && r.mentions[m].head?.isUnit != true && r.mentions[m].range.lowerBound <= at + 4
        && r.mentions[m].head.map { HeadWords.parentHeads.contains($0.lemma) } == true }.map { g($0) })
      guard bodies.count == 1, let body = bodies.first else { continue }
      for p in ms where r.mentions[p].kind == .person && r.mentions[p].range.lowerBound > at {
        for a in affiliations[g(p)] ?? [] where kind(a) == .organization && a != body {
          // The top of the unit's chain ("Innovation Unit" → "Department of Y") joins the body.
          var top = a
          var steps = 0
          while let up = parents[top], steps < 4 { top = up; steps += 1 }
          guard top != body, parents[top] == nil,
                r.mentions.indices.contains(where: { g($0) == top && r.mentions[$0].head?.isUnit == true }) else { continue }
          add(top, body, .partOf, k)
          parents[top] = body
        }
      }
    }
  }

  /// "Anna Nowak, Head of the Innovation Unit in the Department of X, and Jan Kowalski, an expert of the same
  /// department": the unit named before with that head word.
  mutating func sameUnit() {
    for (i, m) in r.mentions.enumerated() where m.kind == .person && affiliations[g(i)] == nil {
      let s = r.sentences[m.sentence]
      guard let q = (m.range.upperBound..<min(s.tokens.upperBound, m.range.upperBound + 8)).first(where: { r.vocabulary.lowerIn($0, ["same", "tego", "tej"]) }),
            q + 1 < s.tokens.upperBound, r.vocabulary.lowerIs(q, "same") || (q + 2 < s.tokens.upperBound && r.vocabulary.lowerIn(q + 1, ["samego", "samej"])),
            let noun = r.heads[r.vocabulary.lowerIs(q, "same") ? q + 1 : q + 2], noun.kind == .organization else { continue }
      let before = mentions(in: m.sentence).filter { r.mentions[$0].kind == .organization && r.mentions[$0].range.upperBound <= m.range.lowerBound && r.mentions[$0].head?.lemma == noun.lemma }
      guard let o = before.last else { continue }
      add(g(i), g(o), .affiliatedWith, m.sentence)
      affiliations[g(i), default: []].append(g(o))
    }
  }

  /// "X was represented by Piotr Mazur", "X reprezentował Jan Kowalski": the person speaks for X.
  mutating func representedBy() {
    // "Adam Nowak, członek zarządu powiatu, reprezentujący Starostwo Powiatowe w X": the person before the
    // participle speaks for the institution after it.
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Self.representingCues, k) else { continue }
      for at in s.tokens where r.vocabulary.has(Self.representingCues, at) && at + 1 < s.tokens.upperBound {
        var q = at + 1
        if q < s.tokens.upperBound, r.vocabulary.lowerIs(q, "the") { q += 1 }
        guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization,
              let person = mentions(in: k).last(where: { r.mentions[$0].kind == .person && r.mentions[$0].range.upperBound <= at }) else { continue }
        let o = g(r.claim[q])
        if affiliations[g(person)]?.contains(o) != true {
          add(g(person), o, .affiliatedWith, k)
          affiliations[g(person), default: []].append(o)
        }
      }
    }
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Self.representedCues, k) else { continue }
      guard let at = s.tokens.first(where: { r.vocabulary.has(Self.representedCues, $0) }) else { continue }
      let ms = mentions(in: k)
      // "Samorząd województwa reprezentuje w Radzie Ewa X": the person sits in that body.
      if at + 2 < s.tokens.upperBound, r.vocabulary.lowerIn(at + 1, ["w", "we", "in", "on"]), r.claim[at + 2] >= 0,
         r.mentions[r.claim[at + 2]].kind == .organization,
         let person = ms.first(where: { r.mentions[$0].kind == .person && r.mentions[$0].range.lowerBound > at + 2 }) {
        let o = g(r.claim[at + 2])
        if affiliations[g(person)]?.contains(o) != true {
          add(g(person), o, .affiliatedWith, k)
          affiliations[g(person), default: []].append(o)
        }
        continue
      }
      guard let person = ms.first(where: { r.mentions[$0].kind == .person && r.mentions[$0].range.lowerBound > at }) else { continue }
      guard let org = ms.last(where: { r.mentions[$0].kind == .organization && r.mentions[$0].range.upperBound <= at }) else { continue }
      if affiliations[g(person)]?.contains(g(org)) == true { continue }
      // "X was represented by a delegation of the Office Y led by Z": Z leads Y's delegation, Y stands between.
      if ms.contains(where: { r.mentions[$0].kind == .organization && r.mentions[$0].range.lowerBound > at && r.mentions[$0].range.upperBound <= r.mentions[person].range.lowerBound }) { continue }
      // "X was represented by Y, Head of the Service Z of X": Y works in X's unit, named already.
      if let a = affiliations[g(person)], a.contains(where: { u in r.mentions.indices.contains { g($0) == u && r.mentions[$0].parent.map { g($0) } == g(org) } }) { continue }
      add(g(person), g(org), .affiliatedWith, k)
      affiliations[g(person), default: []].append(g(org))
    }
  }

  // MARK: part_of

  /// Unit heads of the level that holds smaller units (offices, teams, sections) inside an institution.
  static let departmentHeads: WordSet = ["departament", "wydział", "department", "directorate", "faculty", "division"]

  mutating func units() {
    for (i, m) in r.mentions.enumerated() {
      if let p = m.parent { add(g(i), g(p), .partOf, m.sentence); parents[g(i)] = g(p) }
    }
    // "the European Commission's European Research Executive Agency": a body owned by an institution is part of it.
    for (i, m) in r.mentions.enumerated() where m.kind == .organization && !m.nested {
      guard let o = r.ownedOrganization(after: i, r.sentences[m.sentence]), r.mentions[o].parent == nil, parents[g(o)] == nil, g(o) != g(i) else { continue }
      add(g(o), g(i), .partOf, m.sentence)
      parents[g(o)] = g(i)
    }
    // "the Marshal's Office …, deputy director of its Department of Economy": "its" points to the organization named before.
    for (i, m) in r.mentions.enumerated() where m.kind == .organization && m.head?.isUnit == true && m.parent == nil && !m.nested {
      let b = m.range.lowerBound - 1
      guard b >= 0, r.vocabulary.lowerIn(b, ["its", "jej", "jego"]) else { continue }
      let sentenceMentions = mentions(in: m.sentence)
      // The organization named before "its" in this sentence, else the last one of the sentence before
      // ("… the Marshal's Office of X. Tomasz Z, Senior Specialist in its Department of Transport, …").
      let here = sentenceMentions.last(where: { r.mentions[$0].kind == .organization && r.mentions[$0].range.upperBound <= b && r.mentions[$0].head?.isUnit != true })
      let previous = m.sentence > 0 ? mentions(in: m.sentence - 1).last(where: { r.mentions[$0].kind == .organization && r.mentions[$0].head?.isUnit != true }) : nil
      guard let o = here ?? previous else { continue }
      add(g(i), g(o), .partOf, m.sentence)
      parents[g(i)] = g(o)
    }
    // "Metropolitalne Obserwatorium Rozwoju, które działa w strukturach stowarzyszenia": part of that body.
    for (i, m) in r.mentions.enumerated() where m.kind == .organization && m.parent == nil && parents[g(i)] == nil && !m.nested {
      let e = claimedEnd(i)
      guard e + 4 < r.tokens.count, r.tokens[e].text == ",", r.vocabulary.lowerIn(e + 1, ["które", "który", "która", "which"]) else { continue }
      var q = e + 2
      var cue = false
      while q < min(r.tokens.count, e + 8), r.sentenceOf[q] == m.sentence, r.claim[q] < 0 {
        if r.vocabulary.lowerIn(q, ["strukturach", "ramach", "part"]) { cue = true; q += 1; break }
        q += 1
      }
      guard cue, q < r.tokens.count, r.sentenceOf[q] == m.sentence else { continue }
      if r.vocabulary.lowerIn(q, ["of", "the"]) { q += 1 }
      var parent: Int?
      if r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization { parent = g(r.claim[q]) }
      else if let h = r.heads[q], h.kind == .organization, let c = orgsByHead[h.lemma], c.count == 1 { parent = c.first }
      if let parent, parent != g(i) { add(g(i), parent, .partOf, m.sentence); parents[g(i)] = parent }
    }
    // "Rada Gospodarcza przy Rektorze Politechniki Wrocławskiej", "Rada … przy Prezydencie Miasta X": a council attached
    // to an institution's head is part of that institution.
    for (i, m) in r.mentions.enumerated() where m.kind == .organization && !m.nested && parents[g(i)] == nil
      && ["rada", "komitet", "zespół", "komisja", "council", "board", "committee"].contains(m.head?.lemma ?? "") {
      let e = claimedEnd(i)
      guard e + 2 < r.tokens.count, r.vocabulary.lowerIn(e, ["przy", "at"]), r.sentenceOf[e + 2] == m.sentence else { continue }
      var q = e + 1
      if r.claim[q] < 0, r.roleWords[q] != nil { q += 1 }
      guard q < r.tokens.count, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization, g(r.claim[q]) != g(i) else { continue }
      add(g(i), g(r.claim[q]), .partOf, m.sentence)
      parents[g(i)] = g(r.claim[q])
    }
    // "Departamentu X w UMWP": a unit followed by "w" and an institution.
    for (i, m) in r.mentions.enumerated() where m.kind == .organization && !m.nested && parents[g(i)] == nil {
      // "the Business School at the University of Galway": a school or institute at a university is its unit.
      let schoolLike = m.head.map { Recognizer.englishSometimesUnits.contains($0.lemma) } ?? false
      guard m.head?.isUnit == true || schoolLike else { continue }
      let e = m.range.upperBound
      guard e + 1 < r.tokens.count, r.vocabulary.lowerIn(e, ["w", "we", "at", "of", "in"]) else { continue }
      var n = r.claim[e + 1]
      if r.vocabulary.lowerIn(e, ["at", "in"]), r.vocabulary.lowerIs(e + 1, "the"), e + 2 < r.tokens.count { n = r.claim[e + 2] }
      guard n >= 0, r.mentions[n].kind == .organization, g(n) != g(i) else { continue }
      // "Biuro Funduszy Norweskich w Departamencie Współpracy Zagranicznej", "the Innovation Unit in the Department
      // of …": a smaller unit inside a department (chains are kept step by step); never a unit in a unit of its own kind.
      if let nh = r.mentions[n].head, nh.isUnit {
        guard let mh = m.head, mh.lemma != nh.lemma, Self.departmentHeads.contains(nh.lemma), !Self.departmentHeads.contains(mh.lemma) else { continue }
      }
      if r.vocabulary.lowerIs(e, "in"), !(r.mentions[n].head?.isUnit ?? false) { continue }
      if schoolLike { guard r.vocabulary.lowerIs(e, "at"), let h = r.mentions[n].head, Recognizer.universityHeads.contains(h.lemma) else { continue } }
      add(g(i), g(n), .partOf, m.sentence)
      parents[g(i)] = g(n)
    }
  }

  // MARK: located_in

  mutating func places() {
    // Places by lower-cased name, built when a town's office first asks (most documents have none).
    var placeByName: [String: Int]?
    let placeMentions = r.mentions, placeGroups = groupOf
    func placeNamed(_ name: String) -> Int? {
      if placeByName == nil {
        var d: [String: Int] = [:]
        for (i, m) in placeMentions.enumerated() where m.kind == .place {
          let n = m.name.fastLowercased
          if d[n] == nil { d[n] = placeGroups[i] }
        }
        placeByName = d
      }
      return placeByName![name]
    }
    for (i, m) in r.mentions.enumerated() where m.kind == .organization || m.kind == .event {
      // "Urząd Miasta w Stalowej Woli": a place written with "w" into the name.
      // Only a town's own office is placed by its name; a university's or an agency's seat in its official name
      // ("Uniwersytet Mikołaja Kopernika w Toruniu") is part of the name, not a statement of where it is.
      // The name is lower-cased only for an office ("urząd"), the one head this test reads.
      if m.head?.lemma == "urząd", case let lowerName = m.name.fastLowercased,
         lowerName.has("miasta") || lowerName.has("gminy") || lowerName.has("miejski"),
         let p = r.placeAfterPreposition(m.range), let pg = placeNamed(p.fastLowercased) { add(g(i), pg, .locatedIn, m.sentence) }
      if m.nested { continue }
      // "ORG w PLACE", "ORG in PLACE", "ORG z Finlandii"; "UNIT w ORG w PLACE" places the ORG.
      var e = m.range.upperBound
      var subject = g(i)
      while e < r.tokens.count, r.claim[e] == i { e += 1 }
      // "Parku Naukowo-Technologicznego Uniwersytetu Zielonogórskiego w Nowym Kisielinie": the seat after a parent
      // written in its unit's name is the unit's.
      if let u = allMentions(in: m.sentence).first(where: { r.mentions[$0].parent == i && r.mentions[$0].range.upperBound == m.range.lowerBound }) { subject = g(u) }
      // "Warsztaty ARP w Słupsku": after a meeting noun the place is the meeting's, not the organizer's.
      let ob = m.range.lowerBound - 1
      if m.kind == .organization, ob >= 0, r.claim[ob] < 0, r.vocabulary.has(Self.genericEventNouns, ob) || r.vocabulary.has(Recognizer.genericMeetingHeads, ob) { continue }
      // "ARP z siedzibą w Gdańsku", "based in X", "headquartered in X": the seat.
      var seat = false
      if e + 2 < r.tokens.count, r.vocabulary.has(Self.seatCues, e) || (r.vocabulary.lowerIs(e, "z") && r.tokens[e + 1].lower.hasPrefix("siedzib")) {
        e += r.vocabulary.lowerIs(e, "z") ? 2 : 1
        seat = true
      }
      for _ in 0..<2 {
        guard e + 1 < r.tokens.count, r.sentenceOf[e + 1] == m.sentence, r.vocabulary.lowerIn(e, ["w", "we", "in", "z", "ze", "from"]) else { break }
        // "the Province of Limburg in the Netherlands": a country's article.
        let at = e + 2 < r.tokens.count && r.vocabulary.lowerIs(e + 1, "the") && r.claim[e + 2] >= 0 && r.mentions[r.claim[e + 2]].kind == .place ? e + 2 : e + 1
        let n = r.claim[at]
        guard n >= 0 else { break }
        if r.mentions[n].kind == .place {
          if r.vocabulary.lowerIn(e, ["z", "ze", "from"]) && m.kind == .event { break }
          // "w Centrum Konferencyjnym Uniwersytetu X (UX) w Koszalinie odbyło się forum": after a venue the place is
          // the event's.
          if m.kind == .organization, ob >= 0, r.claim[ob] == Recognizer.nonEntity {
            if let ev = bySentence[m.sentence].first(where: { r.mentions[$0].kind == .event }) { add(g(ev), g(n), .locatedIn, m.sentence) }
            break
          }
          // "… was organised by the Union X in Gdynia": the place is where the event is.
          var b = m.range.lowerBound - 1
          if b >= 0, r.vocabulary.lowerIs(b, "the") { b -= 1 }
          // "organised by the Council and the University in Galway": back over the coordinated agents to "by".
          while !seat, b >= 1, r.vocabulary.lowerIn(b, ["and", "i", "oraz", ","]), r.claim[b - 1] >= 0, r.mentions[r.claim[b - 1]].kind == .organization {
            b = r.mentions[r.claim[b - 1]].range.lowerBound - 1
            if b >= 0, r.vocabulary.lowerIs(b, "the") { b -= 1 }
          }
          // "…, which MJWPU is organising together with the X Park in Płock": a co-organizer after "together with"
          // in a sentence that names the event stands like an agent after "by".
          let coAgent = b >= 1 && r.vocabulary.lowerIn(b, ["with", "z", "ze"]) && r.vocabulary.lowerIn(b - 1, ["together", "wspólnie", "razem", "jointly"])
          if !seat, m.kind == .organization, b >= 0, r.vocabulary.lowerIn(b, ["by", "przez"]) || coAgent,
             let ev = bySentence[m.sentence].first(where: { r.mentions[$0].kind == .event && r.mentions[$0].range.upperBound <= b }) {
            add(g(ev), g(n), .locatedIn, m.sentence)
            break
          }
          // "The next meeting will be hosted by the Region of X in Patras": where the host receives, not its seat.
          if !seat, m.kind == .organization, b >= 1, r.vocabulary.lowerIn(b, ["by", "przez"]),
             r.vocabulary.lowerIn(b - 1, ["hosted", "organised", "organized", "held", "gościł", "gościła", "goszczone"]) { break }
          add(subject, g(n), .locatedIn, m.sentence)
          break
        }
        if r.mentions[n].kind == .organization { subject = g(n); e = r.mentions[n].range.upperBound; continue }
        break
      }
    }
    // "Spółka X, która … ma swoje biuro w Poznaniu", "X has its office in Galway": the organization of the clause.
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Self.officeNouns, k) else { continue }
      for q in s.tokens where r.vocabulary.has(Self.officeNouns, q) && r.claim[q] < 0 {
        guard q + 2 < s.tokens.upperBound, r.vocabulary.lowerIn(q + 1, ["w", "we", "in"]), r.claim[q + 2] >= 0,
              r.mentions[r.claim[q + 2]].kind == .place,
              (max(s.tokens.lowerBound, q - 3)..<q).contains(where: { r.vocabulary.lowerIn($0, ["ma", "mają", "has", "have", "swoje", "its", "otworzyła", "otworzył", "opened"]) }) else { continue }
        let orgs = mentions(in: k).filter { r.mentions[$0].kind == .organization && r.mentions[$0].range.upperBound <= q }
        guard orgs.count == 1, let o = orgs.first else { continue }
        add(g(o), g(r.claim[q + 2]), .locatedIn, k)
      }
    }
    // "Konferencja w Toruniu" in the title or lead: the report's meeting is in that place.
    if let main = mainEvent {
      for (k, s) in r.sentences.enumerated() where k <= leadEnd {
        for q in s.tokens where q + 2 < s.tokens.upperBound && r.vocabulary.has(Self.genericEventNouns, q) && r.claim[q] < 0 {
          guard r.vocabulary.lowerIn(q + 1, ["w", "we", "in"]), r.claim[q + 2] >= 0, r.mentions[r.claim[q + 2]].kind == .place else { continue }
          add(main, g(r.claim[q + 2]), .locatedIn, k)
        }
      }
    }
    for (k, s) in r.sentences.enumerated() {
      let ms = mentions(in: k)
      // "W Rybniku otwarto oddział …": a sentence that opens with its place.
      let first = s.tokens.lowerBound
      if r.vocabulary.lowerIn(first, ["w", "we", "in"]), first + 1 < s.tokens.upperBound, r.claim[first + 1] >= 0,
         r.mentions[r.claim[first + 1]].kind == .place {
        let place = g(r.claim[first + 1])
        let others = ms.filter { [.organization, .event].contains(r.mentions[$0].kind) }
        if others.count == 1 { add(g(others[0]), place, .locatedIn, k) }
      }
      // Events and a place after a locative preposition in a sentence about where they happen.
      let events = ms.filter { r.mentions[$0].kind == .event }
      // "odbyło się …", or "w Olsztynie … podczas spotkania „N”"; not "Następne spotkanie z cyklu „N” odbędzie się w Ełku".
      guard !events.isEmpty, !speaksOfFutureEdition(k) || events.allSatisfy({ namedLaterEdition($0) }),
            s.tokens.contains(where: { i in r.vocabulary.has(Self.meetingVerbs, i) || r.vocabulary.has(Self.gatheringEventVerbs, i) })
              || events.contains(where: { duringMeetingNoun($0) || duringEvent($0) }) else { continue }
      for pm in ms where r.mentions[pm].kind == .place {
        let b = r.mentions[pm].range.lowerBound - 1
        guard b >= s.tokens.lowerBound, r.vocabulary.lowerIn(b, ["w", "we", "na", "in"]) else { continue }
        if b - 1 >= 0, r.claim[b - 1] >= 0, r.mentions[r.claim[b - 1]].kind == .organization { continue }
        // "z siedzibą w Gdańsku", "based in X": an organization's seat, not the meeting's place.
        if b - 1 >= 0, r.tokens[b - 1].lower.hasPrefix("siedzib") || r.vocabulary.has(Self.seatCues, b - 1) { continue }
        for ev in events { add(g(ev), g(pm), .locatedIn, k) }
      }
    }
  }

  // MARK: organizes

  /// "współorganizowała z …" (``organizing()``): the same test as `hasPrefix("współorganiz")`.
  static let coOrganizingCue = PrefixSet(["współorganiz"])

  mutating func organizing() {
    for (k, s) in r.sentences.enumerated() {
      // Only a sentence with one of the three cues below can organize anything.
      guard r.vocabulary.sentenceHas(Markers.organizedByCue, k) || r.vocabulary.sentenceHas(Self.coOrganizingCue, k) || r.vocabulary.sentenceHas(Markers.organizes, k) else { continue }
      let ms = mentions(in: k)
      let all = allMentions(in: k)
      for i in s.tokens where r.claim[i] < 0 && r.tokens[i].kind == .word {
        if r.vocabulary.has(Markers.organizedByCue, i) {
          // "… zorganizowanej 10 grudnia przez X": the nearest event or project before is organized by X.
          var j = i + 1
          while j < min(s.tokens.upperBound, i + 6), !r.vocabulary.lowerIn(j, ["przez", "by"]) { j += 1 }
          if j + 1 < s.tokens.upperBound, r.vocabulary.lowerIs(j + 1, "the") { j += 1 }
          guard j + 1 < s.tokens.upperBound, r.vocabulary.lowerIn(j, ["przez", "by", "the"]), r.claim[j + 1] >= 0 else { continue }
          let agent = r.claim[j + 1]
          guard [.organization, .person].contains(r.mentions[agent].kind) else { continue }
          // "organised by the Council and the University": every coordinated organization is an agent.
          let agents = r.mentions[agent].kind == .organization ? coordinatedOrganizations(from: j + 1, in: s) : [agent]
          if let target = ms.last(where: { [.event, .project].contains(r.mentions[$0].kind) && r.mentions[$0].range.upperBound <= i }) {
            // "The next HARBOUR-LINK partner meeting …, hosted by X": a project's unnamed meeting, not the project.
            if r.mentions[target].kind == .project, unnamedMeetingAfter(target, before: i) { continue }
            for a in agents {
              add(g(a), g(target), .organizes, k)
              organizers.insert(g(a))
            }
          } else if let main = mainEvent, (s.tokens.lowerBound..<i).contains(where: { r.vocabulary.has(Self.genericEventNouns, $0) }), !speaksOfFutureEdition(k) {
            // "The workshop was hosted by X", "Konferencję zorganizował X": the report's meeting.
            for a in agents {
              add(g(a), main, .organizes, k)
              organizers.insert(g(a))
            }
          }
          // "przez X w ramach Programu Y": X takes part in Y.
          let e = claimedEnd(agent, before: s.tokens.upperBound)
          if e + 2 < s.tokens.upperBound, r.vocabulary.lowerIs(e, "w"), r.vocabulary.lowerIs(e + 1, "ramach") {
            var q = e + 2
            while q < s.tokens.upperBound, r.claim[q] < 0, q - e < 5 { q += 1 }
            if q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .project { add(g(agent), g(r.claim[q]), .participatesIn, k) }
          }
        } else if r.vocabulary.has(Self.coOrganizingCue, i), i + 2 < s.tokens.upperBound, r.vocabulary.lowerIs(i + 1, "z") {
          // "… współorganizowała z „Doliną Mleka” jesienną edycję Forum X": the partner named after "z" organizes too.
          var q = i + 2
          if r.claim[q] < 0, SentenceSplitter.openQuotes.contains(r.tokens[q].text) { q += 1 }
          guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization,
                let target = ms.first(where: { [.event, .project].contains(r.mentions[$0].kind) && r.mentions[$0].range.lowerBound > q }) else { continue }
          add(g(r.claim[q]), g(target), .organizes, k)
          organizers.insert(g(r.claim[q]))
        } else if r.vocabulary.has(Markers.organizes, i) {
          // "e-Izba realizuje projekt …", "który e-Izba realizuje": the actor before the verb organizes.
          let before = all.filter { [.organization, .person].contains(r.mentions[$0].kind) && r.mentions[$0].range.upperBound <= i }
          // "Forum zorganizowała Agencja X", "Wydarzenie zorganizowały wspólnie X, Y oraz Z": the event first,
          // the actors (coordinated) right after the verb.
          let actors = coordinatedOrganizations(from: i + 1, in: s)
          if !actors.isEmpty,
             let target = ms.last(where: { [.event, .project].contains(r.mentions[$0].kind) && r.mentions[$0].range.upperBound <= i }).map({ g($0) })
              ?? ((s.tokens.lowerBound..<i).contains(where: { r.vocabulary.has(Self.genericEventNouns, $0) || r.vocabulary.has(Self.eventReferences, $0) }) ? mainEvent : nil) {
            for a in actors {
              add(g(a), target, .organizes, k)
              organizers.insert(g(a))
            }
            continue
          }
          guard let subject = before.max(by: { a, b in
            let ea = r.mentions[a].range.upperBound, eb = r.mentions[b].range.upperBound
            return ea != eb ? ea < eb : r.mentions[a].range.count > r.mentions[b].range.count
          }) else { continue }
          // The actor must be close: no other clause in between.
          if i - r.mentions[subject].range.upperBound > 6 { continue }
          // "Nowak zapowiedziała, że jej departament przygotowuje projekt": the person's unit named by the pronoun.
          let actor = possessiveReferent(of: subject, before: i) ?? g(subject)
          // "…, które ARP realizuje ze środków FEP": a programme named as the source of money is not the object.
          let fundingAfter = (i..<s.tokens.upperBound).first { r.claim[$0] < 0 && r.vocabulary.has(Markers.fundingCue, $0) }
          let objects = ms.filter { o in [.event, .project].contains(r.mentions[o].kind) && r.mentions[o].range.lowerBound > i
            && !r.mentions[o].isProgramme && !(fundingAfter.map { f in r.mentions[o].range.lowerBound > f } ?? false) }
          if !objects.isEmpty {
            for o in objects { add(actor, g(o), .organizes, k); organizers.insert(actor) }
          } else if let o = ms.last(where: { [.event, .project].contains(r.mentions[$0].kind) && r.mentions[$0].range.upperBound <= r.mentions[subject].range.lowerBound }) {
            add(actor, g(o), .organizes, k)
            organizers.insert(actor)
          }
        }
      }
    }
    // "Forum Metropolii Krakowskiej": an event named after the organization that holds it.
    // Organization forms → (first position, group); each event tries its inner word spans (O(e·L²) look-ups).
    // No event mention: nothing to name after an organization, and the forms are not built.
    // The events' words first (three or more), and the words an inner span can start with: a form whose first word
    // is none of them equals no span, and is neither normalised in full nor kept.
    var eventWords: [(Int, [Substring])] = []
    var spanStarts = Set<Substring>()
    for (i, m) in r.mentions.enumerated() where m.kind == .event {
      let words = Normalize.form(m.surface).spaceSeparatedWords
      guard words.count >= 3 else { continue }
      eventWords.append((i, words))
      for a in 1..<(words.count - 1) { spanStarts.insert(words[a]) }
    }
    guard !eventWords.isEmpty else { return }
    var orgForms: [String: (Int, Int)] = [:]
    var position = 0
    for (i, m) in r.mentions.enumerated() where m.kind == .organization && m.parent == nil {
      for f in [m.surface, m.name] + [m.innerName].compactMap({ $0 }) where f.has(" ") {
        defer { position += 1 }
        if let first = Self.firstFormWord(f), !spanStarts.contains(first) { continue }
        let key = Normalize.form(f)
        if orgForms[key] == nil { orgForms[key] = (position, g(i)) }
      }
    }
    // A span can only be a form if its first word starts one: most spans are skipped unjoined.
    let firstWords = Set(orgForms.keys.compactMap { $0.spaceSeparatedWords.first })
    // A span of n words joins with n - 1 spaces, and a key equal to it has as many (canonical equivalence keeps
    // U+0020): no span longer than the form with the most spaces, plus one, can be a key.
    let longestForm = orgForms.keys.map { k in k.utf8.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 } }.max() ?? 0
    for (i, words) in eventWords where !firstWords.isEmpty {
      let m = r.mentions[i]
      var best: (Int, Int)?
      for a in 1..<(words.count - 1) where firstWords.contains(words[a]) && a + 2 <= min(words.count, a + longestForm) {
        for b in (a + 2)...min(words.count, a + longestForm) {
          if let hit = orgForms[words[a..<b].joined(separator: " ")], best == nil || hit.0 < best!.0 { best = hit }
        }
      }
      if let (_, og) = best {
        add(og, g(i), .organizes, m.sentence)
        organizers.insert(og)
      }
    }
  }

  /// The first word of `Normalize.form(f)`, read from `f`'s text before its first space (the form of the whole is
  /// that text's form, a space and the rest's); nil when that text has no word (it is all quotes or spaces).
  ///
  ///     firstFormWord("„Dolina Mleka” Sp.")   // "dolina"
  /// - Complexity: O(n) in the length of the first word.
  static func firstFormWord(_ f: String) -> Substring? {
    let scalars = f.unicodeScalars
    let cut = scalars.firstIndex(of: " ") ?? scalars.endIndex
    return Normalize.form(String(scalars[..<cut])).spaceSeparatedWords.first
  }

  // MARK: funded_by

  /// "Zintegrowane Inwestycje Terytorialne (ZIT) w programie FEP", "X w ramach programu Y": funded by the programme.
  mutating func programmeAfterProject() {
    for (i, m) in r.mentions.enumerated() where m.kind == .project && !m.isProgramme && !m.nested {
      let e = claimedEnd(i)
      guard e + 1 < r.tokens.count, r.sentenceOf[e + 1] == m.sentence else { continue }
      var q = e
      if r.vocabulary.lowerIs(q, "w"), r.vocabulary.lowerIs(q + 1, "ramach") { q += 2 } else if r.vocabulary.lowerIn(q, ["w", "z", "under"]) { q += 1 } else { continue }
      if q < r.tokens.count, r.vocabulary.lowerIs(q, "the") { q += 1 }
      guard q + 1 < r.tokens.count, r.vocabulary.has(Markers.programme, q) else { continue }
      let p = r.claim[q + 1]
      guard p >= 0, r.mentions[p].kind == .project, g(p) != g(i) else { continue }
      add(g(i), g(p), .fundedBy, m.sentence)
    }
  }

  mutating func funding() {
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Markers.fundingCue, k) else { continue }
      guard let cue = s.tokens.first(where: { i in r.claim[i] < 0 && r.vocabulary.has(Markers.fundingCue, i) }) else { continue }
      // Funding applied for or merely possible ("wniosek o dofinansowanie", "mogą zostać sfinansowane", "could be
      // funded") is not funding granted.
      if (max(s.tokens.lowerBound, cue - 4)..<cue).contains(where: { r.vocabulary.has(Self.fundingHedges, $0) }) { continue }
      let ms = mentions(in: k)
      guard let funder = ms.first(where: { [.project, .organization].contains(r.mentions[$0].kind) && r.mentions[$0].range.lowerBound > cue }) else { continue }
      // "funded by Horizon Europe and coordinated by X": a name after another participle is that participle's agent.
      if ((cue + 1)..<r.mentions[funder].range.lowerBound).contains(where: { r.claim[$0] < 0 && r.vocabulary.has(Markers.organizedByCue, $0) }) { continue }
      // "co-funded by URBACT IV and the ERDF", "by the Interreg … programme through the ERDF": every funder named.
      let funders = [funder] + furtherFunders(after: funder, in: s)
      // "P brings together … under the X programme and is co-financed by …": the project, not the programme between.
      let projectsBefore = ms.filter { r.mentions[$0].kind == .project && r.mentions[$0].range.upperBound <= cue }
      let before = (projectsBefore.last(where: { !r.mentions[$0].isProgramme && !funderLike($0) }) ?? projectsBefore.last).map { g($0) }
      // "The forum is co-funded by …", "Wydarzenie było współfinansowane …": an event, not a project.
      if before == nil, (s.tokens.lowerBound..<cue).contains(where: { r.vocabulary.has(Self.genericEventNouns, $0) || r.vocabulary.lowerIn($0, ["wydarzenie", "forum"]) }) { continue }
      // "Projekt jest współfinansowany z programu X": the project of the sentences just before.
      var recent: Int?
      if before == nil, k > 0 {
        for b in stride(from: k - 1, through: max(0, k - 2), by: -1) {
          // Not one of this sentence's funders ("funded by the European Union's Horizon Europe programme").
          if let p = mentions(in: b).last(where: { x in r.mentions[x].kind == .project && !r.mentions[x].isProgramme && !funders.contains(where: { g($0) == g(x) }) }) { recent = g(p); break }
        }
      }
      // The document's project only when the sentence speaks of a project ("Projekt jest współfinansowany …"), not
      // of grants or investments in general ("dotacje … finansowane z programu X").
      let speaksOfProject = (s.tokens.lowerBound..<cue).contains { r.vocabulary.has(Self.projectReferences, $0) }
      let funded = before ?? recent ?? (speaksOfProject ? mainProject : nil)
      if let funded {
        for f in funders where funded != g(f) { add(funded, g(f), .fundedBy, k) }
      }
    }
  }

  // MARK: partner_of

  /// Nouns of creating something by an agreement: "w sprawie utworzenia partnerstwa", "on establishing the network".
  /// ("ramach": an agreement signed "w ramach inicjatywy „P”" makes its sides members of the initiative too.)
  static let creationWords: WordSet = ["ramach", "utworzenia", "utworzeniu", "powołania", "powołaniu", "założenia", "establishing", "establishment", "creation", "creating", "setting", "establish", "create", "utworzyć", "powołać", "utworzenie", "powołanie"]

  /// The first words of "list intencyjny" and "letter of intent" (``partners()``).
  static let letterOfIntentWords: WordSet = ["list", "listu", "letter"]
  /// "list", "listu" of "list intencyjny" (``partners()``).
  static let listWords: WordSet = ["list", "listu"]

  mutating func partners() {
    for (k, s) in r.sentences.enumerated() {
      // Without an agreement word or a cooperation opener nothing below can match.
      guard r.vocabulary.sentenceHas(Markers.agreementCue, k) || r.vocabulary.sentenceHas(Self.letterOfIntentWords, k) || r.vocabulary.sentenceHas(Markers.cooperationOpeners, k)
      else { continue }
      let low = s.tokens.map { r.tokens[$0].lower }
      let ms = mentions(in: k)
      let agreement = low.indices.contains { i in
        r.vocabulary.has(Markers.agreementCue, s.tokens.lowerBound + i)
          || (i + 1 < low.count && r.vocabulary.has(Self.listWords, s.tokens.lowerBound + i) && low[i + 1].hasPrefix("intencyjn"))
          || (i + 2 < low.count && r.vocabulary.lowerIs(s.tokens.lowerBound + i, "letter") && r.vocabulary.lowerIs(s.tokens.lowerBound + i + 1, "of")
              && r.vocabulary.lowerIs(s.tokens.lowerBound + i + 2, "intent"))
      }
      if agreement {
        var sides: [Int] = []
        for m in ms {
          let mm = r.mentions[m]
          // "w Urzędzie Miasta Łodzi list intencyjny podpisali …": the venue is not a side.
          let b = mm.range.lowerBound - 1
          if mm.kind == .organization, b >= s.tokens.lowerBound, r.vocabulary.lowerIn(b, ["w", "we", "at"]) { continue }
          // "reminded that the region receives support from the EU's fund": an owner in the possessive is no side.
          if mm.kind == .organization, r.tokens[mm.range.upperBound - 1].text.hasSuffix("'s") || r.tokens[mm.range.upperBound - 1].text.hasSuffix("’s") { continue }
          // "Podpisanie listu poprzedziła konferencja „K”, zorganizowana przez X wspólnie z Y": the organizers of an
          // event in the sentence are not sides of the agreement.
          if mm.kind == .organization, let evs = organized[g(m)], ms.contains(where: { r.mentions[$0].kind == .event && evs.contains(g($0)) }) { continue }
          if mm.kind == .organization, !sides.contains(g(m)) { sides.append(g(m)) }
          if mm.kind == .person {
            for a in sidesOf(person: g(m), in: ms) {
              // A mayor signs for the city: the place's authority ("Miasto Łódź", "City of Brzeg") is the side.
              var side: Int? = a
              if kind(a) == .place, let authority = cityAuthority[a] {
                side = authority
                if let c = side, affiliations[g(m)]?.contains(c) != true {
                  add(g(m), c, .affiliatedWith, k)
                  affiliations[g(m), default: []].append(c)
                }
              }
              // "Miasto Legnica" named among the signatories: the town's authority by its name, when the look-up by
              // the name's place found none.
              if kind(a) == .place, cityAuthority[a] == nil, let c = authorityNamed(for: a) {
                side = c
                if affiliations[g(m)]?.contains(c) != true {
                  add(g(m), c, .affiliatedWith, k)
                  affiliations[g(m), default: []].append(c)
                }
              }
              // A signatory affiliated with an organization as well signs for it, not for the territory of his office.
              if let side, kind(side) == .place, affiliations[g(m)]?.contains(where: { kind($0) == .organization }) == true { continue }
              if let side, !sides.contains(side) { sides.append(side) }
            }
          }
        }
        // "a memorandum of cooperation between the cluster and X", "porozumienie między izbą a X": a side named by a
        // common noun (the one body of its kind).
        if let between = s.tokens.first(where: { r.claim[$0] < 0 && r.vocabulary.lowerIn($0, ["between", "między", "pomiędzy"]) }) {
          for t in (between + 1)..<min(s.tokens.upperBound, between + 4) where r.claim[t] < 0 {
            if let o = organizationReferredTo(at: t), !sides.contains(o) { sides.append(o) }
          }
        }
        // An organization whose person signs is one side, not two.
        sides = sides.filter { s in !sides.contains { parents[$0] == s } }
        // "… and the City of X, which signed a letter of intent with Y": the relative clause names the two sides.
        if let pair = relativeSigningSides(in: k) { sides = pair }
        if sides.count >= 2 {
          for a in 0..<sides.count { for b in (a + 1)..<sides.count { add(sides[a], sides[b], .partnerOf, k) } }
          // "list intencyjny w sprawie utworzenia partnerstwa „P”. Dokument sygnowali X, Y …": the partnership or
          // project the agreement creates has its sides as participants.
          for b in [k, k - 1] where b >= 0 {
            for m in mentions(in: b) where r.mentions[m].kind == .project && !r.mentions[m].isProgramme {
              let st = r.mentions[m].range.lowerBound
              guard (max(r.sentences[b].tokens.lowerBound, st - 3)..<st).contains(where: { r.vocabulary.has(Self.creationWords, $0) }) else { continue }
              for side in sides where kind(side) == .organization && organized[side]?.contains(g(m)) != true { add(side, g(m), .participatesIn, k) }
            }
          }
        }
      }
      // Only a word that opens some pattern can open a match: those positions, found with one look-up each.
      let opens = low.indices.filter { r.vocabulary.has(Markers.cooperationOpeners, s.tokens.lowerBound + $0) }
      for pattern in Markers.cooperation where pattern.count > 1 {
        for p in opens where p + pattern.count <= low.count {
          if low[p] == pattern[0], low[p..<(p + pattern.count)].elementsEqual(pattern) {
            let at = s.tokens.lowerBound + p
            let all = allMentions(in: k)
            var subj = all.filter { r.mentions[$0].kind == .organization && r.mentions[$0].range.upperBound <= at }.max { r.mentions[$0].range.upperBound < r.mentions[$1].range.upperBound }
            // "the Faculty of Physics of X …, carried out together with Y": the unit works with Y, not its parent.
            if let p = subj, let u = all.first(where: { r.mentions[$0].parent == p && r.mentions[$0].range.upperBound < r.mentions[p].range.lowerBound && r.mentions[p].range.lowerBound - r.mentions[$0].range.upperBound <= 2 }) { subj = u }
            else if let p = subj, r.mentions[p].range.lowerBound >= 2, ["of", "w"].contains(r.tokens[r.mentions[p].range.lowerBound - 1].lower),
                    r.claim[r.mentions[p].range.lowerBound - 2] >= 0, r.mentions[r.claim[r.mentions[p].range.lowerBound - 2]].head?.isUnit == true {
              subj = r.claim[r.mentions[p].range.lowerBound - 2]
            }
            // "X przygotowało … we współpracy z Y, a gospodarzem … był Z": the partners end where the next clause begins.
            let clauseEnd = ((at + pattern.count)..<s.tokens.upperBound).first(where: { q in
              r.tokens[q].text == ";" || (r.tokens[q].text == "," && q + 1 < s.tokens.upperBound && r.vocabulary.lowerIn(q + 1, ["a", "zaś", "natomiast", "while", "whereas"]))
            }) ?? s.tokens.upperBound
            if let subj {
              for o in ms where r.mentions[o].kind == .organization && r.mentions[o].range.lowerBound >= at + pattern.count && r.mentions[o].range.lowerBound < clauseEnd {
                // "we współpracy z Wydziałem Prawnym Uniwersytetu X": the unit cooperates, its parent is only named.
                if ms.contains(where: { r.mentions[$0].parent == o && r.mentions[$0].range.upperBound == r.mentions[o].range.lowerBound }) { continue }
                // "X organizuje … wspólnie z Y": Y co-organizes (found before); only explicit cooperation wording makes it a partner.
                if let a = organized[g(subj)], let b = organized[g(o)], !a.isDisjoint(with: b), !Self.statesCooperation(pattern) { continue }
                add(g(subj), g(o), .partnerOf, k)
              }
            }
          }
        }
      }
    }
  }

  // MARK: participates_in

  mutating func participation() {
    // "przedstawiciel partnera wiodącego projektu, czyli X": X takes part in the document's project.
    if let proj = mainProject {
      for (k, s) in r.sentences.enumerated() {
        guard r.vocabulary.sentenceHas(Markers.partnerWords, k) else { continue }
        guard let pw = s.tokens.first(where: { r.claim[$0] < 0 && r.vocabulary.has(Markers.partnerWords, $0) }),
              !mentions(in: k).contains(where: { r.mentions[$0].kind == .project && !r.mentions[$0].isProgramme }) else { continue }
        for m in mentions(in: k) where r.mentions[m].kind == .organization && r.mentions[m].range.lowerBound > pw {
          // Only words that link a partner noun to its name in between ("partnera wiodącego projektu, czyli X"), not
          // a clause ("reminded the partners that the City of X has …").
          let linked = ((pw + 1)..<r.mentions[m].range.lowerBound).allSatisfy { q in
            r.tokens[q].kind == .punct || r.vocabulary.has(Self.partnerLinkWords, q) || r.vocabulary.has(Markers.partnerWords, q)
              || (r.claim[q] >= 0 && r.mentions[r.claim[q]].kind == .project)
          }
          if linked, r.mentions[m].range.lowerBound - pw <= 6, organized[g(m)]?.contains(proj) != true { add(g(m), proj, .participatesIn, k) }
          break
        }
      }
    }
    // "W pierwszej edycji udział wezmą X oraz Y": with no meeting to attend, they take part in the project.
    if mainEvent == nil, let proj = mainProject {
      for (k, s) in r.sentences.enumerated() where r.vocabulary.sentenceHas(Self.participationCues, k) && r.vocabulary.sentenceHas(Self.projectContext, k) {
        let ms = mentions(in: k)
        var represented = Set<Int>()
        for m in ms where r.mentions[m].kind == .person { for a in affiliations[g(m)] ?? [] { represented.insert(a) } }
        // Only the participants the cue names: organizations close to it, not ones in a later clause ("w programie
        // uczestniczy 27 doktorantów, z których pięcioro prowadzi badania w zakładach X").
        let cues = s.tokens.filter { r.vocabulary.has(Self.participationCues, $0) }
        for m in ms where r.mentions[m].kind == .organization && !organizers.contains(g(m)) && !represented.contains(g(m)) {
          let mr = r.mentions[m].range
          guard cues.contains(where: { c in (mr.lowerBound > c && mr.lowerBound - c <= 6) || (mr.upperBound <= c && c - mr.upperBound <= 4) })
                  || ms.contains(where: { o in o != m && r.mentions[o].kind == .organization && coordinatedOrganizations(from: r.mentions[o].range.lowerBound, in: s).contains(m)
                    && cues.contains { c in r.mentions[o].range.lowerBound > c && r.mentions[o].range.lowerBound - c <= 6 } }) else { continue }
          add(g(m), proj, .participatesIn, k)
        }
      }
    }
    let panelOnly = subEventSpeakers(mainEvent: mainEvent)
    guard let mainEvent else { return }
    var participants: Set<Int> = []
    let credited = creditedPersons()
    for (i, m) in r.mentions.enumerated() where m.kind == .person && !participants.contains(g(i)) && !panelOnly.contains(g(i)) && !credited.contains(g(i)) {
      participants.insert(g(i))
      add(g(i), mainEvent, .participatesIn, m.sentence)
    }
    // Organizations a participant represents are there through that person.
    var represented: Set<Int> = []
    for p in participants.union(panelOnly) { for a in affiliations[p] ?? [] { var x: Int? = a; while let y = x, !represented.contains(y) { represented.insert(y); x = parents[y] } } }
    for (k, s) in r.sentences.enumerated() {
      let ms = mentions(in: k)
      let context = r.vocabulary.sentenceHas(Markers.eventContext, k) || ms.contains { g($0) == mainEvent }
      // An honorary patronage is not taking part ("Patronat honorowy nad kongresem objął …").
      guard context, !speaksOfFutureEdition(k), !r.vocabulary.sentenceHas(Self.patronageWords, k) else { continue }
      // Organizers of a project in this sentence and funders after a funding word are not the meeting's participants.
      let fundingAt = r.vocabulary.sentenceHas(Markers.fundingCue, k) ? s.tokens.first { r.claim[$0] < 0 && r.vocabulary.has(Markers.fundingCue, $0) } : nil
      let venueSentence = r.vocabulary.sentenceHas(Self.venueVerbs, k)
      for m in ms where r.mentions[m].kind == .organization {
        let og = g(m)
        if organized[og]?.contains(mainEvent) == true || represented.contains(og) { continue }
        if let f = fundingAt, r.mentions[m].range.lowerBound > f { continue }
        if let targets = organized[og], targets.contains(where: { t in found[Key(source: og, target: t, type: .organizes)]?.contains(k) == true }) { continue }
        // "… projekt „P”, w którym X wspólnie z Y opracowuje …": a partner of a project named here, not of the meeting.
        if ms.contains(where: { p in r.mentions[p].kind == .project && found[Key(source: og, target: g(p), type: .participatesIn)]?.contains(k) == true }) { continue }
        // "w Europejskim Centrum Solidarności odbyło się …": a venue, not a participant.
        let b = r.mentions[m].range.lowerBound - 1
        if venueSentence, b >= 0, r.vocabulary.lowerIn(b, ["w", "we", "at", "in"]) { continue }
        add(og, mainEvent, .participatesIn, k)
      }
    }
  }
}
