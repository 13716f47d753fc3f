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
  /// The recogniser's mentions of each kind, in mention order (the rules walk one kind at a time).
  let mentionsByKind: [EntityKind: [Int]]

  /// The indices of the mentions of `kind`, in mention order.
  func mentions(ofKind kind: EntityKind) -> [Int] { mentionsByKind[kind] ?? [] }

  init(_ r: Recognizer, _ res: DocumentResolver) {
    self.r = r
    self.groupOf = res.groupOf
    // (Room for the relations at once, not by growing: rarely more than one per mention.)
    found.reserveCapacity(r.mentions.count)
    self.kinds = res.groups.map { r.mentions[$0[0]].kind }
    mentionsByKind = r.mentions.indicesByKind
    var by = Array(repeating: [Int](), count: r.sentences.count)
    for i in r.mentions.indices where r.mentions[i].sentence >= 0 && r.mentions[i].sentence < by.count { by[r.mentions[i].sentence].append(i) }
    // The mentions' starts read once: a closure reading `r` itself copies the whole recogniser at each sort.
    let starts = r.mentions.map(\.range.lowerBound)
    for k in by.indices { by[k].sort { starts[$0] < starts[$1] } }
    bySentence = by
    let lead = Self.leadEnd(r)
    leadEnd = lead
    let leadEvent = r.mentions.indices.filter { r.mentions[$0].kind == .event && r.mentions[$0].sentence <= lead }
      .min { r.mentions[$0].range.lowerBound < r.mentions[$1].range.lowerBound }
    mainEvent = leadEvent.flatMap { Self.unnamedMeetingHeldDuring(r, $0) ? nil : res.groupOf[$0] }
    var tops: [(String, Int)] = []
    var seen = Set<Int>()
    for i in r.mentions.indices where r.mentions[i].kind == .organization && r.mentions[i].parent == nil && !seen.contains(res.groupOf[i]) {
      let m = r.mentions[i]
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
    for i in r.mentions.indices where r.mentions[i].kind == .project && !r.mentions[i].isProgramme && !funders.contains(g(i)) {
      let m = r.mentions[i]
      count[g(i), default: 0] += 1
      first[g(i)] = min(first[g(i)] ?? Int.max, m.range.lowerBound)
    }
    // No project but a programme named in quotes or by name: the document is about that programme.
    if count.isEmpty {
      for i in r.mentions.indices where r.mentions[i].kind == .project && r.mentions[i].head == nil && !Markers.funderLike(r.mentions[i].name) {
        let m = r.mentions[i]
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
    for i in r.mentions.indices where r.mentions[i].kind == .project {
      let m = r.mentions[i]
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

  /// The organizations coordinated ("A, B oraz C") that end right before token `end` of sentence `s`, in text order.
  func coordinatedOrganizations(endingBefore end: Int, in s: Sentence) -> [Int] {
    var out: [Int] = []
    var q = end - 1
    while q >= s.tokens.lowerBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization {
      let m = r.claim[q]
      out.insert(m, at: 0)
      q = r.mentions[m].range.lowerBound - 1
      // "the City of A and the City of B": an article before a coordinated name.
      if q > s.tokens.lowerBound, r.claim[q] < 0, r.vocabulary.lowerIs(q, "the") { q -= 1 }
      guard q > s.tokens.lowerBound, r.vocabulary.lowerIn(q, [",", "i", "oraz", "and"]) else { break }
      q -= 1
    }
    return out
  }

  static let genericEventNouns: WordSet = [
    "workshop", "meeting", "conference", "event", "forum", "seminar", "webinar", "session", "spotkanie", "konferencja",
    "konferencję", "wydarzenie", "forum", "seminarium", "warsztaty", "debata", "debatę", "spotkania", "konferencji",
    "congress", "kongres", "summit",
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

  /// Token `q`, or the token after a one-word parenthesis standing there ("X (COI), działające …"), before token
  /// `end` (the text's end by default).
  func pastParenthesisedWord(_ q: Int, before end: Int? = nil) -> Int {
    q + 2 < (end ?? r.tokens.count) && r.tokens[q].text == "(" && r.tokens[q + 2].text == ")" ? q + 3 : q
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
    for i in mentions(ofKind: .place) {
      let m = r.mentions[i]
      // "województwo dolnośląskie" is the territory of "Województwo Dolnośląskie" (placeInName "Dolnośląskie").
      var n = m.name.fastLowercased
      if n.hasPrefix("województwo ") { n = String(n.dropFirst("województwo ".count)) }
      byPlace[n] = byPlace[n] ?? g(i)
    }
    var out: [Int: Int] = [:]
    var clash: Set<Int> = []
    for i in mentions(ofKind: .organization) {
      let m = r.mentions[i]
      guard let h = m.head, ["miasto", "gmina", "municipality", "city", "województwo"].contains(h.lemma), let p = m.placeInName, let pg = byPlace[p.fastLowercased] else { continue }
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
    // A known key's sentences are changed in place (one look-up); a new key is put in order.
    if let i = found.index(forKey: key) {
      if !found.values[i].contains(sentence) { found.values[i].append(sentence) }
    } else {
      order.append(key)
      found[key] = [sentence]
    }
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

  /// The mention named last before token `at`, in sentence `sentence` or the one before, among those `accept`
  /// takes (on the same start, the earlier mention); nil when none.
  /// - Complexity: O(k) for the k mentions of the two sentences.
  func nearestMention(before at: Int, sentence: Int, _ accept: (FoundMention) -> Bool) -> Int? {
    var best: Int?
    for k in max(0, sentence - 1)...sentence {
      for i in allMentions(in: k) {
        let m = r.mentions[i]
        guard m.range.upperBound <= at, accept(m) else { continue }
        if best.map({ r.mentions[$0].range.lowerBound < m.range.lowerBound || (r.mentions[$0].range.lowerBound == m.range.lowerBound && i < $0) }) ?? true {
          best = i
        }
      }
    }
    return best
  }

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
    representedTerritories()
    personFrom()
    functionHeadReference()
    councillorsOfTheCouncil()
    dashPossessiveFunction()
    functionFromPreviousSentence()
    possessiveFunctionOwner()
    possessiveOpeningFunction()
    possessiveClauseFunction()
    apposition()
    appositionAtInstitution()
    parenthesisedAffiliation()
    parenthesisedOrganizationWithSeat()
    relativeClauseFunction()
    relativeClauseHeading()
    membersAfterColon()
    describedMemberApposition()
    creditLines()
    dashAndDescribedAffiliation()
    whereClauseAffiliation()
    functionThenOrganizationItems()
    ownerBeforeFunction()
    functionOfDescribedOrganization()
    functionInNextSentence()
    behalfAndHeadedBy()
    representedPartners()
    membersOfBody()
    units()
    sameUnit()
    demonstrativeUnit()
    teamLeader()
    teamHeads()
    pronounHeadsBody()
    headOfReferredBody()
    headAtTheTop()
    bodyNamedByItsNoun()
    representedUnits()
    unitsBesideParent()
    possessiveUnits()
    partOfApposition()
    subordinateApposition()
    unitsOfGenericParents()
    impliedUniversityUnits()
    chairInOnlyFaculty()
    places()
    eventReferencePlace()
    companyApposition()
    placeDescribedCompany()
    seatAdjective()
    placeBeforeCompanyNoun()
    relativeSeat()
    referredBodySeat()
    investmentSites()
    arrivalPlace()
    eventPlaceAroundName()
    eventWhereClause()
    guestsFromCountry()
    invitingHosts()
    organizing()
    organizerNouns()
    organizationalResponsibility()
    organizedByGenericReference()
    activeHosting()
    relativeOrganizer()
    organizerClause()
    organizedEventByReference()
    eventNounSubjectOrganizers()
    relativeSubjectOrganizer()
    activeLaunch()
    pronounProject()
    possessiveAgent()
    coOrganizers()
    ownProjects()
    grantListBeneficiaries()
    grantAwards()
    programmeAfterProject()
    programmeBeforeProject()
    funding()
    activeFunding()
    moneyGiving()
    ownContributions()
    programmeInProjectClause()
    programmeOfSubjectProject()
    signatoriesOfSides()
    signatoryLists()
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
    agreementSidesInProject()
    projectLeader()
    leaderAndPartnerLabels()
    projectRunners()
    pronounObjectRunner()
    relativeClauseRunners()
    genericProjectRunners()
    reflexiveRunners()
    interviewAnswers()
    clauseParticipants()
    partnerListItems()
    exhibitorAndAgreementLists()
    projectRunnerPhrases()
    startedProjects()
    participleAgentProjects()
    statedProjectParticipation()
    projectWorkDoers()
    selectedParticipants()
    beneficiaries()
    partnerSubjects()
    partnerByCommonNoun()
    possessivePartners()
    pronounProjectParticipation()
    bothArePartners()
    mutualPartners()
    managingAuthority()
    managedProgrammes()
    relativeCooperation()
    genericSubjectCooperation()
    coordinatedCooperation()
    bothSidesSign()
    genericPartnerOfProject()
    cooperationInGenericProject()
    newMembers()
    beneficiaryNouns()
    relativeJointWork()
    fundingPhrases()
    eventSupport()
    participationInEventNamedBefore()
    speakersListedAfterEventNoun()
    discussionModerators()
    participation()
  }

  // MARK: affiliated_with

  /// Top-level organization groups by their head's lemma.
  var orgsByHead: [String: Set<Int>] {
    if let c = cache.orgsByHead { return c }
    var d: [String: Set<Int>] = [:]
    for i in mentions(ofKind: .organization) {
      let m = r.mentions[i]
      guard m.parent == nil else { continue }
      if let h = m.head { d[h.lemma, default: []].insert(g(i)) }
    }
    cache.orgsByHead = d
    return d
  }

  /// Values computed once per document on first use. Unchecked exclusivity: the cache belongs to one finder on one
  /// thread and no access to it overlaps another, so the run-time checks are left out.
  final class Cache {
    @exclusivity(unchecked) var orgsByHead: [String: Set<Int>]?
    @exclusivity(unchecked) var cityAuthority: [Int: Int]?
    /// Outermost mentions per sentence (the recogniser's claims do not change once relations are read).
    @exclusivity(unchecked) var sentenceMentions: [[Int]?] = []
    /// Town authorities by the normalised name of their town ("miasto ełk" → "ełk"), for ``authorityNamed(for:)``.
    @exclusivity(unchecked) var authoritiesByTown: [String: Set<Int>]?
    /// ``authorityNamed(for:)`` by place group.
    @exclusivity(unchecked) var authorityOfPlace: [Int: Int?] = [:]
    /// The mentions of each group, in increasing order (``mentions(ofGroup:)``).
    @exclusivity(unchecked) var mentionsOfGroup: [[Int]]?
    /// ``funderLike(_:)`` by mention: 0 not yet asked, 1 no, 2 yes.
    @exclusivity(unchecked) var funderLike: [UInt8] = []
    /// ``isListItem(_:)`` by sentence (empty until first asked).
    @exclusivity(unchecked) var listItems: [Bool] = []
    /// The events with their marker heads (``markedEvents()``).
    @exclusivity(unchecked) var markedEvents: [MarkedEvent]?
  }

  /// An event mention, its sentence and the lemma of the marker noun before its name (``markerHead(of:)``), if any.
  struct MarkedEvent {
    let mention: Int
    let sentence: Int
    let marker: String?
  }

  /// The mentions of group `group`, in increasing order (`r.mentions.indices.filter { g($0) == group }`), indexed
  /// for every group on first use.
  /// - Complexity: O(m) for m mentions once per document, then O(1).
  func mentions(ofGroup group: Int) -> [Int] {
    if cache.mentionsOfGroup == nil {
      var byGroup = Array(repeating: [Int](), count: kinds.count)
      for i in r.mentions.indices { byGroup[g(i)].append(i) }
      cache.mentionsOfGroup = byGroup
    }
    return cache.mentionsOfGroup![group]
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
}
