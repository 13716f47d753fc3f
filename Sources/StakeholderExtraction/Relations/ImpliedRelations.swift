import StakeholderModel

/// Relations the genre implies rather than states with a verb, added to ``RelationFinder``.
///
/// - affiliated_with: "X, whose Senior Executive Officer Y", "X, którego przedstawicielka, prof. Y"; "starosta
///   gorlicki" (the place an adjective names); "W pracach Rady uczestniczą …" (members of a body); a mayor who
///   speaks for the town's authority in the same clause.
/// - participates_in: the body of a person who represents "the Basque partner"; hosts of a project's unnamed
///   meeting; "representatives of X" at the event just named.
/// - organizes: "Organizatorem wydarzenia był X"; "X presented its project Y", "the chamber's Y service"; the sides of
///   an agreement for the joint undertaking it names.
/// - funded_by: a programme written as a project's type ("the Interreg X project „Y”"); every funder coordinated
///   after the first; never funding applied for or merely possible.
/// - located_in: "z siedzibą w X", "based in X", "ma biuro w X".
///
/// - Complexity: O(n + m) per rule for n tokens and m mentions, except ``RelationFinder/whoseFunction()`` and the
///   unit checks, O(m) per person.
extension RelationFinder {
  /// Whether a generic meeting noun follows the project mention `m` closely, before token `limit`
  /// ("the next HARBOUR-LINK partner meeting", "spotkanie partnerów projektu X" is handled by the event rules).
  func unnamedMeetingAfter(_ m: Int, before limit: Int) -> Bool {
    let e = claimedEnd(m, before: limit)
    var q = e
    while q < min(limit, e + 3) {
      if r.vocabulary.has(Self.genericEventNouns, q) { return true }
      guard r.tokens[q].kind == .word, r.tokens[q].casing == .lower else { return false }
      q += 1
    }
    return false
  }

  /// The place a lower-case adjective after a territorial function names: "starosty gorlickiego" → "powiat
  /// gorlicki", "wojewoda opolski" → "województwo opolskie" (the one place of the text sharing its stem).
  func placeByAdjective(after at: Int) -> Int? {
    var q = at + 1
    if q < r.tokens.count, r.vocabulary.lowerIn(q, ["województwa", "powiatu", "gminy"]) { return nil }
    while q < r.tokens.count, q - at <= 2, r.tokens[q].casing == .lower, r.tokens[q].kind == .word {
      let adj = r.tokens[q].lower
      if adj.count >= 6, adj.hasSuffix("ski") || adj.hasSuffix("skiego") || adj.hasSuffix("cki") || adj.hasSuffix("ckiego") || adj.hasSuffix("skie") {
        let stem = adj.hasSuffix("iego") ? String(adj.dropLast(3)) : (adj.hasSuffix("ie") ? String(adj.dropLast(1)) : adj)
        var hits = Set<Int>()
        for i in mentions(ofKind: .place) {
          let m = r.mentions[i]
          if let last = m.name.fastLowercased.split(separator: " ").last, last.hasPrefix(stem) || stem.hasPrefix(last) && last.count >= stem.count - 1 { hits.insert(g(i)) }
        }
        return hits.count == 1 ? hits.first : nil
      }
      q += 1
    }
    return nil
  }

  /// "The Basque partner was represented by Dr X, Head of Unit at the Department Y": the body the person works
  /// for is that partner of the document's project (run once the person's affiliations are known).
  mutating func representedPartners() {
    guard let proj = mainProject else { return }
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Self.memberRepresentedCues, k) else { continue }
      guard let at = s.tokens.first(where: { r.vocabulary.has(Self.memberRepresentedCues, $0) }),
            (s.tokens.lowerBound..<at).contains(where: { r.vocabulary.has(Self.partnerNouns, $0) }) else { continue }
      let ms = mentions(in: k)
      guard !ms.contains(where: { r.mentions[$0].kind == .organization && r.mentions[$0].range.upperBound <= at }),
            let person = ms.first(where: { r.mentions[$0].kind == .person && r.mentions[$0].range.lowerBound > at }),
            let a = affiliations[g(person)]?.first(where: { kind($0) == .organization }), organized[a]?.contains(proj) != true else { continue }
      add(a, proj, .participatesIn, k)
    }
  }

  /// "W pracach Rady uczestniczą również m.in. X, … oraz Y": the persons named are members of that body.
  mutating func membersOfBody() {
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Self.workCues, k) else { continue }
      guard let w = s.tokens.first(where: { r.vocabulary.has(Self.workCues, $0) && r.claim[$0] < 0 }), w + 1 < s.tokens.upperBound,
            r.claim[w + 1] >= 0, r.mentions[r.claim[w + 1]].kind == .organization,
            s.tokens.contains(where: { r.tokens[$0].lower.hasPrefix("uczestnicz") || r.vocabulary.lowerIs($0, "udział") }) else { continue }
      let o = g(r.claim[w + 1])
      for m in mentions(in: k) where r.mentions[m].kind == .person && affiliations[g(m)]?.contains(o) != true {
        add(g(m), o, .affiliatedWith, k)
        affiliations[g(m), default: []].append(o)
      }
    }
  }

  /// "The Deputy Mayor of Kranj, Mojca Kovač, presented the City of Kranj's experience": an office-holder of
  /// a town speaks for the town's authority named in the same sentence.
  mutating func officeHolderAuthority() {
    for p in affiliations.keys.sorted() {
      for a in affiliations[p] ?? [] where kind(a) == .place {
        // The authority must be in the office-holder's own clause ("X presented the City of Kranj's experience"),
        // not in reported speech ("who reminded that the City of Ghent has committed …").
        guard let c = cityAuthority[a] else { continue }
        func ownClause(_ k: Int) -> Bool {
          let ms = allMentions(in: k)
          guard let pm = ms.first(where: { g($0) == p }), let cm = ms.first(where: { g($0) == c && r.mentions[$0].range.lowerBound > r.mentions[pm].range.upperBound }) else { return false }
          return !(r.mentions[pm].range.upperBound..<r.mentions[cm].range.lowerBound).contains { r.vocabulary.lowerIn($0, ["that", "who", "which", "że", "który", "która"]) }
        }
        guard affiliations[p]?.contains(c) != true,
              let k = (found[Key(source: p, target: a, type: .affiliatedWith)] ?? []).first(where: ownClause) else { continue }
        add(p, c, .affiliatedWith, k)
        affiliations[p, default: []].append(c)
      }
    }
  }

  /// "Mayo County Council, whose Senior Executive Officer Caoimhe Ní Dhomhnaill", "IOR-PIB w Poznaniu, którego
  /// przedstawicielka, prof. Anna Nowak": the function belongs to the organization before the pronoun.
  mutating func whoseFunction() {
    for i in mentions(ofKind: .person) {
      let m = r.mentions[i]
      guard !m.nested else { continue }
      var b = m.range.lowerBound - 1
      var sawRole = false
      while b >= 0, m.range.lowerBound - b <= 9, r.sentenceOf[b] == m.sentence {
        let t = r.tokens[b]
        if r.roleWords[b] != nil { sawRole = true; b -= 1; continue }
        if [",", "."].contains(t.text) || r.vocabulary.has(RoleWords.titles, b) || r.vocabulary.has(Recognizer.englishRoleModifiers, b)
          || (t.casing == .lower && r.vocabulary.has(RoleWords.continuations, b)) { b -= 1; continue }
        break
      }
      guard sawRole, b >= 1, r.vocabulary.has(Self.relativePossessives, b) else { continue }
      var q = b - 1
      if r.tokens[q].text == "," { q -= 1 }
      // "the Municipality of X (Czechia), whose …": past the country in parentheses.
      if q >= 3, r.tokens[q].text == ")", r.claim[q - 1] >= 0, r.mentions[r.claim[q - 1]].kind == .place {
        var o = r.mentions[r.claim[q - 1]].range.lowerBound - 1
        if o >= 1, r.tokens[o].text == "(" { o -= 1; q = o }
      }
      // Step back over the organization's seat: "… w Poznaniu, którego", "… z Bojadeł, którego".
      if q >= 1, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .place {
        let p = r.mentions[r.claim[q]].range.lowerBound - 1
        if p >= 1, r.vocabulary.lowerIn(p, ["w", "we", "z", "ze", "in", "from"]) { q = p - 1 }
      }
      // "Soilbit, a start-up from Leszno whose CEO …": back over the description in apposition to its comma.
      var w = q, words = 0
      while w >= 1, words < 6, r.tokens[w].kind == .word, r.tokens[w].casing == .lower, r.claim[w] < 0 { w -= 1; words += 1 }
      if words > 0, w >= 1, r.tokens[w].text == ",", r.vocabulary.lowerIn(w + 1, ["a", "an"]) { q = w - 1 }
      guard q >= 0, r.sentenceOf[q] == m.sentence, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization else { continue }
      var o = g(r.claim[q])
      // "Wydział Chemiczny PW, którego dziekan": the parent written into a unit's name; the function is the unit's.
      let pm = r.claim[q]
      if let u = r.mentions.indices.first(where: { r.mentions[$0].parent == pm && r.mentions[$0].range.upperBound == r.mentions[pm].range.lowerBound }) { o = g(u) }
      // "…, którego przedstawicielka, prof. X, kierownik Zakładu Y": the unit she heads is part of that organization.
      for a in affiliations[g(i)] ?? [] where a != o && kind(a) == .organization && parents[a] == nil
        && found[Key(source: g(i), target: a, type: .affiliatedWith)]?.contains(m.sentence) == true
        && r.mentions.indices.contains(where: { g($0) == a && r.mentions[$0].head?.isUnit == true }) {
        add(a, o, .partOf, m.sentence)
        parents[a] = o
      }
      if affiliations[g(i)]?.contains(o) == true { continue }
      add(g(i), o, .affiliatedWith, m.sentence)
      affiliations[g(i), default: []].append(o)
    }
  }

  /// Relative possessive pronouns: "whose", "którego", "której".
  static let relativePossessives: WordSet = ["whose", "którego", "której", "których"]

  /// Nouns of an organization's premises: "ma biuro w X", "has its office in X".
  static let officeNouns: WordSet = ["biuro", "siedzibę", "office", "headquarters", "offices"]

  /// Words before "in" that state an organization's seat ("based in", "headquartered in").
  static let seatCues: WordSet = ["based", "headquartered", "seated"]

  /// "the Interreg North Sea project „Green Ports …”", "the URBACT Action Planning Network „…”": a
  /// programme named as the type of a project funds it.
  mutating func programmeBeforeProject() {
    for i in r.mentions.indices where r.mentions[i].kind == .project && !r.mentions[i].nested && (r.mentions[i].isProgramme || funderLike(i)) {
      let m = r.mentions[i]
      let e = claimedEnd(i)
      var q = e
      while q < r.tokens.count, q - e < 4, r.claim[q] < 0, r.vocabulary.has(Recognizer.projectTypeWords, q) { q += 1 }
      if q < r.tokens.count, SentenceSplitter.openQuotes.contains(r.tokens[q].text) { q += 1 }
      guard q < r.tokens.count, r.sentenceOf[q] == m.sentence, r.claim[q] >= 0, r.claim[q] != i else { continue }
      let p = r.claim[q]
      guard r.mentions[p].kind == .project, !r.mentions[p].isProgramme, g(p) != g(i) else { continue }
      add(g(p), g(i), .fundedBy, m.sentence)
    }
  }

  /// Words before a funding cue that make it an application or a possibility, not a grant.
  static let fundingHedges: WordSet = [
    "wniosek", "wniosku", "wnioski", "ubiegać", "ubiega", "mogą", "może", "mogłyby", "mogłaby", "można", "apply", "applied",
    "application", "could", "might",
  ]

  /// Words that refer to a project without naming it.
  static let projectReferences: WordSet = [
    "projekt", "projektu", "projekcie", "przedsięwzięcie", "przedsięwzięcia", "inicjatywa", "inicjatywę", "project",
    "initiative", "network", "sieć", "it", "jego", "jej", "program", "programme", "pilot", "pilotaż",
    "strategia", "strategii", "strategię", "strategy",
  ]

  /// Projects and organizations coordinated after the first funder: "X and (the) Y", "X through the Y", "X oraz Y".
  func furtherFunders(after first: Int, in s: Sentence) -> [Int] {
    var out: [Int] = []
    var m = first
    while true {
      var q = r.mentions[m].range.upperBound
      while q < s.tokens.upperBound, r.claim[q] == m { q += 1 }
      // "Europejskiego Funduszu Społecznego Plus (EFS+) w ramach programu X": past the short form in parentheses.
      if q < s.tokens.upperBound, r.tokens[q].text == "(", let close = (q..<min(s.tokens.upperBound, q + 5)).first(where: { r.tokens[$0].text == ")" }) { q = close + 1 }
      // "the Interreg Atlantic Area programme through …": a marker noun after the name.
      if q < s.tokens.upperBound, r.claim[q] < 0, r.vocabulary.has(Markers.programme, q) { q += 1 }
      // "the European Union's Horizon Europe programme": the owner's programme funds too.
      let last = r.tokens[r.mentions[m].range.upperBound - 1].lower
      if r.mentions[m].kind == .organization, last.hasSuffix("'s") || last.hasSuffix("’s"), q < s.tokens.upperBound, r.claim[q] >= 0,
         r.mentions[r.claim[q]].kind == .project {
        m = r.claim[q]
        out.append(m)
        continue
      }
      // "ze środków Unii Europejskiej w ramach programu X": the programme through which the money comes.
      if q + 1 < s.tokens.upperBound, r.vocabulary.lowerIs(q, "w"), r.vocabulary.lowerIs(q + 1, "ramach") { q += 1 }
      guard q < s.tokens.upperBound, r.vocabulary.lowerIn(q, ["and", "i", "oraz", "through", "via", "ze", "z", "ramach", "under"]) else { break }
      q += 1
      var programmeWord = false
      while q < s.tokens.upperBound, r.claim[q] < 0, r.vocabulary.lowerIn(q, ["the", "środków", "programu", "funds", "of", "programme", "program"]) {
        if r.vocabulary.has(Markers.programme, q) { programmeWord = true }
        q += 1
      }
      // A project after "programu" is a programme, whatever its name ("w ramach programu FEL 2021-2027").
      guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .project || r.mentions[r.claim[q]].kind == .organization,
            r.mentions[r.claim[q]].kind == r.mentions[first].kind || funderLike(r.claim[q])
              || (programmeWord && r.mentions[r.claim[q]].kind == .project) else { break }
      m = r.claim[q]
      out.append(m)
    }
    return out
  }

  /// "The meeting was hosted by the County Council", "X Science Park hosted the second stakeholder meeting of the project": with no named
  /// event in the sentence, the host of the project's meeting takes part in the document's project.
  mutating func meetingHosts() {
    // When the report is about a named meeting, its host organizes that meeting (see ``organizing()``).
    guard mainEvent == nil, let proj = mainProject else { return }
    for (k, s) in r.sentences.enumerated() {
      let ms = mentions(in: k)
      guard !ms.contains(where: { r.mentions[$0].kind == .event }),
            let v = s.tokens.first(where: { r.vocabulary.has(Self.hostVerbs, $0) && r.claim[$0] < 0 }),
            s.tokens.contains(where: { r.vocabulary.has(RelationFinder.genericEventNouns, $0) && r.claim[$0] < 0 }) else { continue }
      var hosts: [Int] = []
      if v + 1 < s.tokens.upperBound, r.vocabulary.lowerIn(v + 1, ["by", "przez"]) {
        // "hosted by project partner University of Galway": lower-case words may come first.
        var q = v + 2
        while q < s.tokens.upperBound, q - v <= 5, r.claim[q] < 0, r.tokens[q].casing == .lower { q += 1 }
        if q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization { hosts = coordinatedOrganizations(from: q, in: s) }
      } else if let subj = ms.last(where: { r.mentions[$0].kind == .organization && r.mentions[$0].range.upperBound <= v }) {
        let e = claimedEnd(subj, before: v)
        if v - e <= 1 { hosts = [subj] }
      }
      for h in hosts where organized[g(h)]?.contains(proj) != true {
        if found[Key(source: g(h), target: proj, type: .organizes)] != nil { continue }
        add(g(h), proj, .participatesIn, k)
      }
    }
  }

  /// Verbs of hosting a meeting.
  static let hostVerbs: WordSet = ["hosted", "hosts", "gościł", "gościła", "gościło"]

  /// "Organizatorem wydarzenia był Lubuski Klub Biznesu", "The organisers were X and Y": the organizations after the
  /// noun and its copula organize the event of the sentence, else the report's meeting; after a sponsor noun
  /// ("Sponsorem festiwalu jest X") they pay for it.
  mutating func organizerNouns() {
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Self.organizerOrSponsorNouns, k) else { continue }
      guard s.tokens.contains(where: { r.vocabulary.has(Self.organizerOrSponsorNouns, $0) && r.claim[$0] < 0 }) else { continue }
      let ms = mentions(in: k)
      let named = ms.first { r.mentions[$0].kind == .event }.map { g($0) }
      let generic = s.tokens.contains { r.vocabulary.has(RelationFinder.genericEventNouns, $0) || r.vocabulary.has(RelationFinder.eventReferences, $0) || r.vocabulary.lowerIn($0, ["wydarzenia", "konferencji", "forum", "gali", "spotkania", "edycji", "edition", "kongresu"]) }
      // "W maju X organizuje „Y”. Współorganizatorem jest Z.": a sentence that opens with the noun and names no event
      // speaks of the event the sentence before named.
      let opening = r.vocabulary.has(Self.organizerOrSponsorNouns, s.tokens.lowerBound)
      let before = opening && k > 0 ? mentions(in: k - 1).last(where: { r.mentions[$0].kind == .event }).map { g($0) } : nil
      guard let target = named ?? eventByHeadNoun(k) ?? (generic ? mainEvent : before) else { continue }
      // "Organizatorem wydarzenia był X, a współorganizatorami – Y, Z oraz W": every organizer noun, a dash after it.
      for w in s.tokens where r.vocabulary.has(Self.organizerOrSponsorNouns, w) && r.claim[w] < 0 {
        let sponsors = r.vocabulary.has(Self.sponsorNounForms, w)
        var q = w + 1
        // "Współorganizatorem wydarzenia była w tym roku X": an adverbial phrase may stand before the name.
        // "Organizatorem II Kongresu X była Y": the event's own name may stand between the noun and its copula.
        if q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .event {
          let e = r.claim[q]
          while q < s.tokens.upperBound, r.claim[q] == e { q += 1 }
        }
        while q < s.tokens.upperBound, q - w <= 6, r.claim[q] < 0, (r.tokens[q].kind == .word && r.tokens[q].casing == .lower) || ["–", "—", "-", ":"].contains(r.tokens[q].text) { q += 1 }
        guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization else { continue }
        for o in coordinatedOrganizations(from: q, in: s) {
          // "Sponsorem tytularnym festiwalu jest X": a sponsor pays for the event.
          if sponsors { add(target, g(o), .fundedBy, k); continue }
          add(g(o), target, .organizes, k)
          organizers.insert(g(o))
        }
      }
    }
  }

  /// "Sponsorem", "mecenasami", "the sponsor(s)": the bodies after them pay for the event.
  static let sponsorNounForms: WordSet = [
    "sponsorem", "sponsorami", "sponsorzy", "sponsor", "mecenasem", "mecenasami", "mecenasi", "fundatorem", "fundatorami",
    "sponsors",
  ]
  /// Organizer and sponsor nouns, for the sentence test.
  static let organizerOrSponsorNouns = organizerNounForms.union(sponsorNounForms)
  /// "Organizatorem", "organizatorami", "the organiser(s)".
  static let organizerNounForms: WordSet = [
    "organizatorem", "organizatorami", "organizatorzy", "organizator", "współorganizatorem", "współorganizatorami",
    "organiser", "organisers", "organizer", "organizers", "co-organiser", "co-organizer",
    "gospodarzem", "gospodarzami", "gospodarz", "współgospodarzem", "host", "hosts", "co-host", "co-hosts",
  ]

  /// "Fundacja X zaprezentowała też swój projekt „Y”", "X presented its project Y": the subject runs the project.
  mutating func ownProjects() {
    for (k, s) in r.sentences.enumerated() {
      // Both patterns need a possessive: an English one ("the chamber's") or a possessive pronoun.
      guard r.vocabulary.sentenceHas(Self.possessives, k) || s.tokens.contains(where: { r.possessive[$0] }) else { continue }
      let ms = mentions(in: k)
      // "Chamber of Commerce of Cantabria, Spain, on the chamber's „Industria Conectada” advisory service": the
      // possessive names the organization of the sentence with that head.
      for q in s.tokens where q + 1 < s.tokens.upperBound && r.claim[q] < 0 && r.possessive[q] {
        guard let h = HeadWords.englishHead(String(r.tokens[q].lower.dropLast(2))), h.kind == .organization else { continue }
        var p = q + 1
        while p < s.tokens.upperBound, p - q <= 2, r.claim[p] < 0, r.tokens[p].kind == .punct { p += 1 }
        guard p < s.tokens.upperBound, r.claim[p] >= 0, r.mentions[r.claim[p]].kind == .project, !r.mentions[r.claim[p]].isProgramme else { continue }
        let owners = Set(ms.filter { r.mentions[$0].kind == .organization && r.mentions[$0].head?.lemma == h.lemma && r.mentions[$0].range.upperBound <= q }.map { g($0) })
        guard owners.count == 1, let o = owners.first else { continue }
        add(o, g(r.claim[p]), .organizes, k)
        organizers.insert(o)
      }
      for q in s.tokens where r.vocabulary.has(Self.possessives, q) && q + 1 < s.tokens.upperBound {
        var p = q + 1
        if r.claim[p] < 0, r.vocabulary.lowerIn(p, ["project", "projekt", "projektu", "initiative", "inicjatywę", "programme", "program"]) { p += 1 }
        while p < s.tokens.upperBound, r.claim[p] < 0, r.tokens[p].kind == .punct { p += 1 }
        guard p < s.tokens.upperBound, p - q <= 3, r.claim[p] >= 0, r.mentions[r.claim[p]].kind == .project, !r.mentions[r.claim[p]].isProgramme,
              let subj = ms.first(where: { r.mentions[$0].kind == .organization && r.mentions[$0].range.upperBound <= q }) else { continue }
        let o = g(subj), target = g(r.claim[p])
        if found[Key(source: o, target: target, type: .participatesIn)] != nil { continue }
        add(o, target, .organizes, k)
        organizers.insert(o)
      }
    }
  }

  /// "…the interregional workshop „X” … . Around 40 stakeholders, including representatives of Business Finland and
  /// the Chamber of Y, discussed …": organizations whose representatives attend the event named in this sentence or
  /// the one before take part in it.
  mutating func representativesAtEvent() {
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Self.representativeNouns, k) else { continue }
      for q in s.tokens where r.vocabulary.has(Self.representativeNouns, q) && r.claim[q] < 0 {
        var a = q + 1
        if a < s.tokens.upperBound, r.vocabulary.lowerIs(a, "of") { a += 1 }
        if a < s.tokens.upperBound, r.vocabulary.lowerIs(a, "the") { a += 1 }
        guard a < s.tokens.upperBound, r.claim[a] >= 0, r.mentions[r.claim[a]].kind == .organization else { continue }
        let here = mentions(in: k).filter { r.mentions[$0].kind == .event }
        let before = k > 0 ? mentions(in: k - 1).filter { r.mentions[$0].kind == .event } : []
        let events = Set((here.isEmpty ? before : here).map { g($0) })
        guard events.count == 1, let ev = events.first else { continue }
        for o in coordinatedOrganizations(from: a, in: s) where organized[g(o)]?.contains(ev) != true {
          add(g(o), ev, .participatesIn, k)
        }
      }
    }
  }

  /// Nouns for the people an organization sends: "representatives of X", "przedstawiciele X".
  static let representativeNouns: WordSet = ["representatives", "przedstawiciele", "przedstawicieli", "przedstawicielami"]

  /// Possessive determiners that tie a project to the sentence's subject.
  static let possessives: WordSet = ["swój", "swoj", "swoją", "swoje", "swojego", "its", "their"]

  /// "… podpisano porozumienie … pomiędzy X, Y oraz Z. … Wspólne przedsięwzięcie otrzymało nazwę „P”": the sides of
  /// the agreement run the joint project it names.
  mutating func jointUndertakings() {
    let all = Set(order.filter { $0.type == .partnerOf }.flatMap { [$0.source, $0.target] })
    guard all.count >= 2 else { return }
    for (k, s) in r.sentences.enumerated() {
      // "Wspólne przedsięwzięcie otrzymało nazwę „P”", "Partnerzy planują wspólnie przygotować projekt „P”": the
      // parties together (no organization named in the sentence) and a joint project. The sentence is read first,
      // the parties worked out only for a sentence that fits.
      guard r.vocabulary.sentenceHas(Self.jointWords, k) else { continue }
      let ms = mentions(in: k)
      guard let w = s.tokens.first(where: { r.vocabulary.has(Self.jointWords, $0) }),
            ((w + 1)..<min(s.tokens.upperBound, w + 4)).contains(where: { r.vocabulary.has(Self.undertakingNouns, $0) }),
            !ms.contains(where: { r.mentions[$0].kind == .organization }),
            let proj = ms.first(where: { r.mentions[$0].kind == .project && !r.mentions[$0].isProgramme }) else { continue }
      // The parties of an agreement stated before this sentence, not of a cooperation told later.
      let sides = Set(order.filter { key in key.type == .partnerOf && (found[key]?.contains { $0 < k } ?? false) }.flatMap { [$0.source, $0.target] })
      guard sides.count >= 2 else { continue }
      for o in sides.sorted() where kind(o) == .organization {
        add(o, g(proj), .organizes, k)
        organizers.insert(o)
      }
    }
  }

  /// "wspólne przedsięwzięcie", "joint project".
  static let jointWords: WordSet = ["wspólne", "wspólny", "wspólnego", "wspólnym", "wspólnie", "joint", "jointly"]

  static let undertakingNouns: WordSet = ["przedsięwzięcie", "przedsięwzięcia", "projekt", "projektu", "project", "venture", "initiative", "undertaking"]
}
