import StakeholderModel

/// Agreements and cooperation (`partner_of`), and who takes part in the meetings and projects of a report
/// (`participates_in`).
extension RelationFinder {
  /// Nouns of creating something by an agreement: "w sprawie utworzenia partnerstwa", "on establishing the network".
  /// ("ramach": an agreement signed "w ramach inicjatywy „P”" makes its sides members of the initiative too.)
  static let creationWords: WordSet = ["ramach", "utworzenia", "utworzeniu", "powołania", "powołaniu", "założenia", "establishing", "establishment", "creation", "creating", "setting", "establish", "create", "utworzyć", "powołać", "utworzenie", "powołanie"]

  /// The first words of "list intencyjny" and "letter of intent" (``partners()``).
  static let letterOfIntentWords: WordSet = ["list", "listu", "letter"]
  /// "list", "listu" of "list intencyjny" (``partners()``).
  static let listWords: WordSet = ["list", "listu"]

  /// The anchor words of the ``Markers/cooperation`` patterns, for the sentence test of ``partners()``.
  static let cooperationWords = PatternWords(Markers.cooperation)

  mutating func partners() {
    for (k, s) in r.sentences.enumerated() {
      // Without an agreement word or the anchor of a cooperation pattern nothing below can match.
      let cooperation = Self.cooperationWords.mayMatch(in: k, r.vocabulary)
      guard cooperation || r.vocabulary.sentenceHas(Markers.agreementCue, k) || r.vocabulary.sentenceHas(Self.letterOfIntentWords, k)
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
          // "Umowy o udziale w programie „P” podpisały A, B i C": each takes part; they did not sign with each other.
          // "Dokument zawarło Miasto X z Gminą A, Gminą B oraz Gminą C": one side signs with each listed one, not the
          // listed ones with each other.
          let participation = participationAgreement(k)
          if participation.isOne {
            for side in sides where kind(side) == .organization {
              if let project = participation.project, organized[side]?.contains(project) != true { add(side, project, .participatesIn, k) }
            }
          } else if let star = starOfSides(in: k, sides) {
            for o in star.spokes { add(star.hub, o, .partnerOf, k) }
          } else {
            for a in 0..<sides.count { for b in (a + 1)..<sides.count { add(sides[a], sides[b], .partnerOf, k) } }
          }
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
      let opens = !cooperation ? [] : low.indices.filter { r.vocabulary.has(Markers.cooperationOpeners, s.tokens.lowerBound + $0) }
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

  /// The sides of agreement sentence `k` as one hub and a list after "z" / "with" ("Miasto X zawarło porozumienie z
  /// Gminą A, Gminą B oraz Gminą C"): nil unless exactly one side is named before the list and every other side is in it.
  /// Or the one side after "z" with the list elsewhere ("Listy intencyjne podpisały z Powiatem X: A, B oraz C").
  func starOfSides(in k: Int, _ sides: [Int]) -> (hub: Int, spokes: [Int])? {
    let s = r.sentences[k]
    for w in s.tokens where r.claim[w] < 0 && w + 1 < s.tokens.upperBound && r.vocabulary.lowerIn(w, ["z", "ze", "with"]) {
      let q = r.vocabulary.lowerIs(w + 1, "the") ? w + 2 : w + 1
      guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization else { continue }
      let spokes = coordinatedOrganizations(from: q, in: s).map { g($0) }.filter { sides.contains($0) }
      if spokes.count == 1, sides.count >= 3, let hub = spokes.first, sides.allSatisfy({ side in mentions(in: k).contains { g($0) == side } }) {
        return (hub, sides.filter { $0 != hub })
      }
      guard spokes.count >= 2 else { continue }
      let rest = sides.filter { !spokes.contains($0) }
      guard rest.count == 1, mentions(in: k).contains(where: { g($0) == rest[0] && r.mentions[$0].range.upperBound <= w }) else { return nil }
      return (rest[0], spokes)
    }
    return nil
  }

  // MARK: participates_in

  /// Whether sentence `k` names the event `event` or has a word of the meeting ("spotkanie", "udział", "podczas",
  /// "presented").
  func speaksOfEvent(_ k: Int, _ event: Int) -> Bool {
    r.vocabulary.sentenceHas(Markers.eventContext, k) || mentions(in: k).contains { g($0) == event }
  }

  /// Whether a person named in sentence `k` takes part in the event `event`: the sentence speaks of it, or it is an
  /// item of a bulleted list whose lead-in does ("Wśród prelegentów byli:", "W obradach uczestniczyli:").
  func personTakesPart(_ k: Int, _ event: Int) -> Bool {
    if speaksOfEvent(k, event) { return true }
    guard isListItem(k) else { return false }
    var lead = k - 1
    while lead >= 0, isListItem(lead) { lead -= 1 }
    return lead >= 0 && (speaksOfEvent(lead, event) || r.vocabulary.sentenceHas(Self.leadInSpeakerWords, lead))
  }

  mutating func participation() {
    // "przedstawiciel partnera wiodącego projektu, czyli X": X takes part in the document's project.
    if let proj = mainProject {
      for (k, s) in r.sentences.enumerated() {
        guard r.vocabulary.sentenceHas(Markers.partnerWords, k) else { continue }
        // A partner of the meeting ("Organizatorem wydarzenia była X, a partnerem – Y") is none of the project.
        guard let pw = s.tokens.first(where: { r.claim[$0] < 0 && r.vocabulary.has(Markers.partnerWords, $0) }),
              !mentions(in: k).contains(where: { r.mentions[$0].kind == .event || (r.mentions[$0].kind == .project && !r.mentions[$0].isProgramme) }),
              !r.vocabulary.sentenceHas(Self.eventReferences, k) else { continue }
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
    // A person takes part where the sentence says so (schema convention 10): it names the event or speaks of the
    // meeting ("udział wzięli", "podczas spotkania", "presented"). A person only quoted or mentioned elsewhere in the
    // report is not linked to the event.
    for i in mentions(ofKind: .person) {
      let m = r.mentions[i]
      guard !participants.contains(g(i)) && !panelOnly.contains(g(i)) && !credited.contains(g(i)), personTakesPart(m.sentence, mainEvent) else { continue }
      participants.insert(g(i))
      add(g(i), mainEvent, .participatesIn, m.sentence)
    }
    // Organizations a participant represents are there through that person.
    var represented: Set<Int> = []
    for p in participants.union(panelOnly) { for a in affiliations[p] ?? [] { var x: Int? = a; while let y = x, !represented.contains(y) { represented.insert(y); x = parents[y] } } }
    for (k, s) in r.sentences.enumerated() {
      let ms = mentions(in: k)
      let context = speaksOfEvent(k, mainEvent)
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
