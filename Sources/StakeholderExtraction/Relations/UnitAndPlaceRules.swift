import StakeholderModel

/// Units and places: a department or branch `part_of` its parent, and institutions, events and projects
/// `located_in` the place a name or phrase gives.
extension RelationFinder {
  /// Unit heads of the level that holds smaller units (offices, teams, sections) inside an institution.
  static let departmentHeads: WordSet = ["departament", "wydział", "department", "directorate", "faculty", "division"]
  /// Words after "działa w" that place a body inside another ("w strukturach", "w ramach", "part of").
  static let structureWords: WordSet = ["strukturach", "strukturze", "ramach", "part"]
  /// "organ doradczy", "ciało opiniodawcze", "advisory body": the two words of an advisory body's apposition.
  static let advisoryWords: WordSet = [
    "organ", "ciało", "doradczy", "doradcze", "opiniodawczy", "opiniodawcze", "opiniodawczo-doradczy", "advisory", "body", "consultative",
  ]
  /// Participles that open a body's place of work after its name ("…, działające w strukturze Urzędu …").
  static let operatingParticiples: WordSet = [
    "działające", "działający", "działająca", "funkcjonujące", "funkcjonujący", "funkcjonująca", "operating",
  ]

  /// Heads of a council or board that may be attached to an institution's head ("Rada … przy Rektorze …").
  static let attachedBodyHeads: WordSet = ["rada", "komitet", "zespół", "komisja", "council", "board", "committee"]

  mutating func units() {
    for (i, m) in r.mentions.enumerated() {
      if let p = m.parent { add(g(i), g(p), .partOf, m.sentence); parents[g(i)] = g(p) }
    }
    // "the European Commission's European Research Executive Agency": a body owned by an institution is part of it.
    for i in mentions(ofKind: .organization) {
      let m = r.mentions[i]
      guard !m.nested else { continue }
      guard let o = r.ownedOrganization(after: i, r.sentences[m.sentence]), r.mentions[o].parent == nil, parents[g(o)] == nil, g(o) != g(i) else { continue }
      add(g(o), g(i), .partOf, m.sentence)
      parents[g(o)] = g(i)
    }
    // "the Marshal's Office …, deputy director of its Department of Economy": "its" points to the organization named before.
    for i in mentions(ofKind: .organization) {
      let m = r.mentions[i]
      guard m.head?.isUnit == true && m.parent == nil && !m.nested else { continue }
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
    // "Centrum Obsługi Inwestorów (COI), działające w strukturze Urzędu …", "Departament …, działający w Urzędzie …".
    for i in mentions(ofKind: .organization) {
      let m = r.mentions[i]
      guard m.parent == nil && parents[g(i)] == nil && !m.nested else { continue }
      let e = pastParenthesisedWord(claimedEnd(i))
      guard e + 4 < r.tokens.count, r.tokens[e].text == "," else { continue }
      var q = e + 2
      var cue = false
      if r.vocabulary.lowerIn(e + 1, ["które", "który", "która", "which"]) {
        while q < min(r.tokens.count, e + 8), r.sentenceOf[q] == m.sentence, r.claim[q] < 0 {
          if r.vocabulary.has(Self.structureWords, q) { cue = true; q += 1; break }
          q += 1
        }
      } else if r.vocabulary.has(Self.operatingParticiples, e + 1), r.vocabulary.lowerIn(q, ["w", "we"]) {
        q += 1
        if r.vocabulary.has(Self.structureWords, q) { cue = true; q += 1 }
        // Straight "w" and the parent's name: only a unit, or a body inside an office, works within another body.
        else if r.claim[q] >= 0, m.head?.isUnit == true || r.mentions[r.claim[q]].head?.lemma == "urząd" { cue = true }
      }
      guard cue, q < r.tokens.count, r.sentenceOf[q] == m.sentence else { continue }
      if r.vocabulary.lowerIn(q, ["of", "the"]) { q += 1 }
      var parent: Int?
      if r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization { parent = g(r.claim[q]) }
      else if let h = r.heads[q], h.kind == .organization, let c = orgsByHead[h.lemma], c.count == 1 { parent = c.first }
      if let parent, parent != g(i) { add(g(i), parent, .partOf, m.sentence); parents[g(i)] = parent }
    }
    // "Działające przy UWM Centrum Transferu Technologii", "działający w Urzędzie Marszałkowskim Departament X": a
    // participle and its body written before the unit's name.
    for i in mentions(ofKind: .organization) where parents[g(i)] == nil && !r.mentions[i].nested {
      let start = r.mentions[i].range.lowerBound
      guard start >= 3, r.claim[start - 1] >= 0, case let o = r.claim[start - 1], o != i, r.mentions[o].kind == .organization else { continue }
      let p = r.mentions[o].range.lowerBound - 1
      guard p >= 1, r.vocabulary.lowerIn(p, ["przy", "w", "we"]), r.vocabulary.has(Self.operatingParticiples, p - 1), g(o) != g(i) else { continue }
      add(g(i), g(o), .partOf, r.mentions[i].sentence)
      parents[g(i)] = g(o)
    }
    // "Opolska Rada Innowacji (ORI), organ doradczy Zarządu Województwa …", "X, an advisory body to the Board of Y":
    // an advisory body is part of the body it advises.
    for i in mentions(ofKind: .organization) where parents[g(i)] == nil && !r.mentions[i].nested {
      let e = pastParenthesisedWord(claimedEnd(i))
      guard e + 3 < r.tokens.count, r.tokens[e].text == ",", r.sentenceOf[e + 3] == r.mentions[i].sentence else { continue }
      var q = e + 1
      if r.vocabulary.lowerIn(q, ["an", "the"]) { q += 1 }
      guard q + 2 < r.tokens.count, r.vocabulary.has(Self.advisoryWords, q), r.vocabulary.has(Self.advisoryWords, q + 1) else { continue }
      q += 2
      if r.vocabulary.lowerIn(q, ["przy", "to", "of"]) { q += 1 }
      if q < r.tokens.count, r.vocabulary.lowerIs(q, "the") { q += 1 }
      guard q < r.tokens.count, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization, g(r.claim[q]) != g(i) else { continue }
      add(g(i), g(r.claim[q]), .partOf, r.mentions[i].sentence)
      parents[g(i)] = g(r.claim[q])
    }
    // "Rada Gospodarcza przy Rektorze Politechniki Wrocławskiej", "Rada … przy Prezydencie Miasta X": a council attached
    // to an institution's head is part of that institution.
    for i in r.mentions.indices where r.mentions[i].kind == .organization && !r.mentions[i].nested
      && Self.attachedBodyHeads.contains(r.mentions[i].head?.lemma ?? "") && parents[g(i)] == nil {
      let m = r.mentions[i]
      let e = claimedEnd(i)
      guard e + 2 < r.tokens.count, r.vocabulary.lowerIn(e, ["przy", "at"]), r.sentenceOf[e + 2] == m.sentence else { continue }
      var q = e + 1
      if r.claim[q] < 0, r.roleWords[q] != nil { q += 1 }
      guard q < r.tokens.count, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization, g(r.claim[q]) != g(i) else { continue }
      add(g(i), g(r.claim[q]), .partOf, m.sentence)
      parents[g(i)] = g(r.claim[q])
    }
    // "Departamentu X w UMWP": a unit followed by "w" and an institution.
    for i in mentions(ofKind: .organization) {
      let m = r.mentions[i]
      guard !m.nested && parents[g(i)] == nil else { continue }
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
        for i in placeMentions.indices where placeMentions[i].kind == .place {
          let m = placeMentions[i]
          let n = m.name.fastLowercased
          if d[n] == nil { d[n] = placeGroups[i] }
        }
        placeByName = d
      }
      return placeByName![name]
    }
    for i in r.mentions.indices where r.mentions[i].kind == .organization || r.mentions[i].kind == .event {
      let m = r.mentions[i]
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
      // "X is based in Y", "X, based in Y", "X działa w Y", "X mieści się w Y": a copula, a comma or a verb of being
      // somewhere before the seat.
      if m.kind == .organization, e + 3 < r.tokens.count, r.sentenceOf[e + 2] == m.sentence {
        if r.vocabulary.lowerIn(e, [",", "is", "was"]), r.vocabulary.has(Self.seatCues, e + 1) { e += 1 }
        else if r.vocabulary.lowerIn(e, ["działa", "mieści"]) {
          e += r.vocabulary.lowerIs(e + 1, "się") ? 2 : 1
          seat = true
        }
      }
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
      // "kolejne spotkanie podczas Kongresu X, który A i B zorganizują w Zamościu": a named event the next meeting is
      // held during, with its own clause, is where that clause says.
      guard !events.isEmpty, !speaksOfFutureEdition(k) || events.allSatisfy({ namedLaterEdition($0) || (duringEvent($0) && relativeClauseFollows($0)) }),
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
}
