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

  init(_ r: Recognizer, _ res: DocumentResolver) {
    self.r = r
    self.groupOf = res.groupOf
    self.kinds = res.groups.map { r.mentions[$0[0]].kind }
    var by = Array(repeating: [Int](), count: r.sentences.count)
    for (i, m) in r.mentions.enumerated() where m.sentence >= 0 && m.sentence < by.count { by[m.sentence].append(i) }
    for k in by.indices { by[k].sort { r.mentions[$0].range.lowerBound < r.mentions[$1].range.lowerBound } }
    bySentence = by
    mainEvent = r.mentions.indices.filter { r.mentions[$0].kind == .event && r.mentions[$0].sentence <= 2 }
      .min { r.mentions[$0].range.lowerBound < r.mentions[$1].range.lowerBound }.map { res.groupOf[$0] }
    var tops: [(String, Int)] = []
    var seen = Set<Int>()
    for (i, m) in r.mentions.enumerated() where m.kind == .organization && m.parent == nil && !seen.contains(res.groupOf[i]) {
      seen.insert(res.groupOf[i])
      tops.append((m.name.lowercased(), res.groupOf[i]))
    }
    topOrganizations = tops
  }

  static let genericEventNouns: Set<String> = [
    "workshop", "meeting", "conference", "event", "forum", "seminar", "webinar", "session", "spotkanie", "konferencja",
    "konferencję", "wydarzenie", "forum", "seminarium", "warsztaty", "debata", "debatę", "spotkania", "konferencji",
  ]

  /// The meeting the report is about: the first event named in the title or the first three sentences.
  let mainEvent: Int?
  /// Mention indices of each sentence (nested ones included), in text order.
  let bySentence: [[Int]]
  /// Top-level organizations (no parent) by lower-cased name, for functions without a named institution.
  let topOrganizations: [(String, Int)]

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

  mutating func run() {
    roles()
    representedBy()
    personFrom()
    units()
    places()
    organizing()
    funding()
    partners()
    participation()
  }

  // MARK: affiliated_with

  mutating func roles() {
    for role in r.roles {
      let p = g(role.person)
      if let t = role.target {
        add(p, g(t), .affiliatedWith, role.sentence)
        affiliations[p, default: []].append(g(t))
      } else if !role.word.institution.isEmpty {
        // "marszałek X" with no institution named: the one matching institution of the document.
        var cands: [Int] = []
        for (n, og) in topOrganizations where role.word.institution.contains(where: { n.hasPrefix($0) }) && !cands.contains(og) {
          cands.append(og)
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
    for (i, m) in r.mentions.enumerated() where m.kind == .person && affiliations[g(i)] == nil {
      var e = m.range.upperBound
      guard e < r.tokens.count, r.sentenceOf[e] == m.sentence, ["from", "z", "ze"].contains(r.tokens[e].lower) else { continue }
      e += 1
      if e < r.tokens.count, r.tokens[e].lower == "the" { e += 1 }
      guard e < r.tokens.count, r.claim[e] >= 0, r.mentions[r.claim[e]].kind == .organization else { continue }
      add(g(i), g(r.claim[e]), .affiliatedWith, m.sentence)
      affiliations[g(i), default: []].append(g(r.claim[e]))
    }
  }

  /// "X was represented by Piotr Mazur", "X reprezentował Jan Kowalski": the person speaks for X.
  mutating func representedBy() {
    for (k, s) in r.sentences.enumerated() {
      guard let at = s.tokens.first(where: { ["represented", "reprezentował", "reprezentowała", "reprezentowali", "reprezentowany", "reprezentowana", "reprezentowało"].contains(r.tokens[$0].lower) }) else { continue }
      let ms = mentions(in: k)
      guard let org = ms.last(where: { r.mentions[$0].kind == .organization && r.mentions[$0].range.upperBound <= at }),
            let person = ms.first(where: { r.mentions[$0].kind == .person && r.mentions[$0].range.lowerBound > at }) else { continue }
      if affiliations[g(person)]?.contains(g(org)) == true { continue }
      add(g(person), g(org), .affiliatedWith, k)
      affiliations[g(person), default: []].append(g(org))
    }
  }

  // MARK: part_of

  mutating func units() {
    for (i, m) in r.mentions.enumerated() {
      if let p = m.parent { add(g(i), g(p), .partOf, m.sentence); parents[g(i)] = g(p) }
    }
    // "Departamentu X w UMWP": a unit followed by "w" and an institution.
    for (i, m) in r.mentions.enumerated() where m.kind == .organization && m.head?.isUnit == true && !m.nested {
      let e = m.range.upperBound
      guard e + 1 < r.tokens.count, ["w", "we", "at", "of"].contains(r.tokens[e].lower) else { continue }
      let n = r.claim[e + 1]
      guard n >= 0, r.mentions[n].kind == .organization, r.mentions[n].head?.isUnit != true else { continue }
      add(g(i), g(n), .partOf, m.sentence)
      parents[g(i)] = g(n)
    }
  }

  // MARK: located_in

  mutating func places() {
    var placeByName: [String: Int] = [:]
    for (i, m) in r.mentions.enumerated() where m.kind == .place { placeByName[m.name.lowercased()] = placeByName[m.name.lowercased()] ?? g(i) }
    for (i, m) in r.mentions.enumerated() where m.kind == .organization || m.kind == .event {
      // "Urząd Miasta w Stalowej Woli": a place written with "w" into the name.
      if let p = r.placeAfterPreposition(m.range), let pg = placeByName[p.lowercased()] { add(g(i), pg, .locatedIn, m.sentence) }
      if m.nested { continue }
      // "ORG w PLACE", "ORG in PLACE", "ORG z Finlandii"; "UNIT w ORG w PLACE" places the ORG.
      var e = m.range.upperBound
      var subject = g(i)
      for _ in 0..<2 {
        guard e + 1 < r.tokens.count, r.sentenceOf[e + 1] == m.sentence, ["w", "we", "in", "z", "ze", "from"].contains(r.tokens[e].lower) else { break }
        let n = r.claim[e + 1]
        guard n >= 0 else { break }
        if r.mentions[n].kind == .place {
          if ["z", "ze", "from"].contains(r.tokens[e].lower) && m.kind == .event { break }
          add(subject, g(n), .locatedIn, m.sentence)
          break
        }
        if r.mentions[n].kind == .organization { subject = g(n); e = r.mentions[n].range.upperBound; continue }
        break
      }
    }
    for (k, s) in r.sentences.enumerated() {
      let ms = mentions(in: k)
      // "W Rybniku otwarto oddział …": a sentence that opens with its place.
      let first = s.tokens.lowerBound
      if ["w", "we", "in"].contains(r.tokens[first].lower), first + 1 < s.tokens.upperBound, r.claim[first + 1] >= 0,
         r.mentions[r.claim[first + 1]].kind == .place {
        let place = g(r.claim[first + 1])
        let others = ms.filter { [.organization, .event].contains(r.mentions[$0].kind) }
        if others.count == 1 { add(g(others[0]), place, .locatedIn, k) }
      }
      // Events and a place after a locative preposition in a sentence about where they happen.
      let events = ms.filter { r.mentions[$0].kind == .event }
      guard !events.isEmpty, s.tokens.contains(where: { i in ["odbył", "odbyła", "odbyło", "odbędzie", "odbywa", "odbyły", "odbędą", "held", "organizację", "zorganizuje", "zorganizowała", "zorganizował", "place", "hosted"].contains(r.tokens[i].lower) }) else { continue }
      for pm in ms where r.mentions[pm].kind == .place {
        let b = r.mentions[pm].range.lowerBound - 1
        guard b >= s.tokens.lowerBound, ["w", "we", "na", "in"].contains(r.tokens[b].lower) else { continue }
        if b - 1 >= 0, r.claim[b - 1] >= 0, r.mentions[r.claim[b - 1]].kind == .organization { continue }
        for ev in events { add(g(ev), g(pm), .locatedIn, k) }
      }
    }
  }

  // MARK: organizes

  mutating func organizing() {
    for (k, s) in r.sentences.enumerated() {
      let ms = mentions(in: k)
      let all = allMentions(in: k)
      for i in s.tokens where r.claim[i] < 0 && r.tokens[i].kind == .word {
        let w = r.tokens[i].lower
        if Markers.organizedByCue.matches(w) {
          // "… zorganizowanej 10 grudnia przez X": the nearest event or project before is organized by X.
          var j = i + 1
          while j < min(s.tokens.upperBound, i + 6), !["przez", "by"].contains(r.tokens[j].lower) { j += 1 }
          guard j + 1 < s.tokens.upperBound, ["przez", "by"].contains(r.tokens[j].lower), r.claim[j + 1] >= 0 else { continue }
          let agent = r.claim[j + 1]
          guard [.organization, .person].contains(r.mentions[agent].kind) else { continue }
          if let target = ms.last(where: { [.event, .project].contains(r.mentions[$0].kind) && r.mentions[$0].range.upperBound <= i }) {
            add(g(agent), g(target), .organizes, k)
            organizers.insert(g(agent))
          } else if let main = mainEvent, (s.tokens.lowerBound..<i).contains(where: { Self.genericEventNouns.contains(r.tokens[$0].lower) }) {
            // "The workshop was hosted by X", "Konferencję zorganizował X": the report's meeting.
            add(g(agent), main, .organizes, k)
            organizers.insert(g(agent))
          }
          // "przez X w ramach Programu Y": X takes part in Y.
          var e = r.mentions[agent].range.upperBound
          while e < s.tokens.upperBound, r.claim[e] == agent { e += 1 }
          if e + 2 < s.tokens.upperBound, r.tokens[e].lower == "w", r.tokens[e + 1].lower == "ramach" {
            var q = e + 2
            while q < s.tokens.upperBound, r.claim[q] < 0, q - e < 5 { q += 1 }
            if q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .project { add(g(agent), g(r.claim[q]), .participatesIn, k) }
          }
        } else if Markers.organizes.contains(w) {
          // "e-Izba realizuje projekt …", "który e-Izba realizuje": the actor before the verb organizes.
          let before = all.filter { [.organization, .person].contains(r.mentions[$0].kind) && r.mentions[$0].range.upperBound <= i }
          // "Forum zorganizowała Agencja X": the event first, the actor right after the verb.
          if i + 1 < s.tokens.upperBound, r.claim[i + 1] >= 0, r.mentions[r.claim[i + 1]].kind == .organization,
             let target = ms.last(where: { [.event, .project].contains(r.mentions[$0].kind) && r.mentions[$0].range.upperBound <= i }).map({ g($0) })
              ?? ((s.tokens.lowerBound..<i).contains(where: { Self.genericEventNouns.contains(r.tokens[$0].lower) }) ? mainEvent : nil) {
            add(g(r.claim[i + 1]), target, .organizes, k)
            organizers.insert(g(r.claim[i + 1]))
            continue
          }
          guard let subject = before.max(by: { a, b in
            let ea = r.mentions[a].range.upperBound, eb = r.mentions[b].range.upperBound
            return ea != eb ? ea < eb : r.mentions[a].range.count > r.mentions[b].range.count
          }) else { continue }
          // The actor must be close: no other clause in between.
          if i - r.mentions[subject].range.upperBound > 6 { continue }
          let objects = ms.filter { [.event, .project].contains(r.mentions[$0].kind) && r.mentions[$0].range.lowerBound > i }
          if !objects.isEmpty {
            for o in objects { add(g(subject), g(o), .organizes, k); organizers.insert(g(subject)) }
          } else if let o = ms.last(where: { [.event, .project].contains(r.mentions[$0].kind) && r.mentions[$0].range.upperBound <= r.mentions[subject].range.lowerBound }) {
            add(g(subject), g(o), .organizes, k)
            organizers.insert(g(subject))
          }
        }
      }
    }
    // "Forum Metropolii Krakowskiej": an event named after the organization that holds it.
    var orgForms: [(String, Int)] = []
    for (i, m) in r.mentions.enumerated() where m.kind == .organization && m.parent == nil {
      for f in [m.surface, m.name] + [m.innerName].compactMap({ $0 }) where f.contains(" ") { orgForms.append((Normalize.form(f), g(i))) }
    }
    for (i, m) in r.mentions.enumerated() where m.kind == .event {
      let n = Normalize.form(m.surface)
      for (f, og) in orgForms where n.hasSuffix(" " + f) || n.contains(" " + f + " ") {
        add(og, g(i), .organizes, m.sentence)
        organizers.insert(og)
        break
      }
    }
  }

  // MARK: funded_by

  /// The project the document is about: the most mentioned (not a programme or fund), earliest first.
  var mainProject: Int? {
    var count: [Int: Int] = [:]
    var first: [Int: Int] = [:]
    for (i, m) in r.mentions.enumerated() where m.kind == .project && !m.isProgramme {
      count[g(i), default: 0] += 1
      first[g(i)] = min(first[g(i)] ?? Int.max, m.range.lowerBound)
    }
    return count.keys.sorted { (count[$0]!, -first[$0]!) > (count[$1]!, -first[$1]!) }.first
  }

  mutating func funding() {
    for (k, s) in r.sentences.enumerated() {
      guard let cue = s.tokens.first(where: { i in r.claim[i] < 0 && Markers.fundingCue.matches(r.tokens[i].lower) }) else { continue }
      let ms = mentions(in: k)
      guard let funder = ms.first(where: { [.project, .organization].contains(r.mentions[$0].kind) && r.mentions[$0].range.lowerBound > cue }) else { continue }
      let funded = ms.last(where: { r.mentions[$0].kind == .project && r.mentions[$0].range.upperBound <= cue }).map { g($0) } ?? mainProject
      if let funded, funded != g(funder) { add(funded, g(funder), .fundedBy, k) }
    }
  }

  // MARK: partner_of

  mutating func partners() {
    for (k, s) in r.sentences.enumerated() {
      let low = s.tokens.map { r.tokens[$0].lower }
      let ms = mentions(in: k)
      let agreement = low.indices.contains { i in
        Markers.agreementCue.matches(low[i])
          || (i + 1 < low.count && (low[i] == "list" || low[i] == "listu") && low[i + 1].hasPrefix("intencyjn"))
          || (i + 2 < low.count && low[i] == "letter" && low[i + 1] == "of" && low[i + 2] == "intent")
      }
      if agreement {
        var sides: [Int] = []
        for m in ms {
          let mm = r.mentions[m]
          if mm.kind == .organization, !sides.contains(g(m)) { sides.append(g(m)) }
          if mm.kind == .person { for a in affiliations[g(m)] ?? [] where !sides.contains(a) { sides.append(a) } }
        }
        // An organization whose person signs is one side, not two.
        sides = sides.filter { s in !sides.contains { parents[$0] == s } }
        if sides.count >= 2 {
          for a in 0..<sides.count { for b in (a + 1)..<sides.count { add(sides[a], sides[b], .partnerOf, k) } }
        }
      }
      for pattern in Markers.cooperation where pattern.count > 1 {
        var p = 0
        while p + pattern.count <= low.count {
          if low[p] == pattern[0], low[p..<(p + pattern.count)].elementsEqual(pattern) {
            let at = s.tokens.lowerBound + p
            let all = allMentions(in: k)
            let subj = all.filter { r.mentions[$0].kind == .organization && r.mentions[$0].range.upperBound <= at }.max { r.mentions[$0].range.upperBound < r.mentions[$1].range.upperBound }
            if let subj {
              for o in ms where r.mentions[o].kind == .organization && r.mentions[o].range.lowerBound >= at + pattern.count {
                add(g(subj), g(o), .partnerOf, k)
              }
            }
          }
          p += 1
        }
      }
    }
  }

  // MARK: participates_in

  mutating func participation() {
    // "przedstawiciel partnera wiodącego projektu, czyli X": X takes part in the document's project.
    if let proj = mainProject {
      for (k, s) in r.sentences.enumerated() {
        guard let pw = s.tokens.first(where: { Markers.partnerWords.contains(r.tokens[$0].lower) && r.claim[$0] < 0 }) else { continue }
        for m in mentions(in: k) where r.mentions[m].kind == .organization && r.mentions[m].range.lowerBound > pw {
          if r.mentions[m].range.lowerBound - pw <= 6 { add(g(m), proj, .participatesIn, k) }
          break
        }
      }
    }
    guard let mainEvent else { return }
    var participants: Set<Int> = []
    for (i, m) in r.mentions.enumerated() where m.kind == .person && !participants.contains(g(i)) {
      participants.insert(g(i))
      add(g(i), mainEvent, .participatesIn, m.sentence)
    }
    // Organizations a participant represents are there through that person.
    var represented: Set<Int> = []
    for p in participants { for a in affiliations[p] ?? [] { var x: Int? = a; while let y = x, !represented.contains(y) { represented.insert(y); x = parents[y] } } }
    for (k, s) in r.sentences.enumerated() {
      let ms = mentions(in: k)
      let context = s.tokens.contains { Markers.eventContext.contains(r.tokens[$0].lower) } || ms.contains { g($0) == mainEvent }
      guard context else { continue }
      let venueSentence = s.tokens.contains { ["odbył", "odbyła", "odbyło", "odbędzie", "held", "hosted"].contains(r.tokens[$0].lower) }
      for m in ms where r.mentions[m].kind == .organization {
        let og = g(m)
        if organized[og]?.contains(mainEvent) == true || represented.contains(og) { continue }
        // "w Europejskim Centrum Solidarności odbyło się …": a venue, not a participant.
        let b = r.mentions[m].range.lowerBound - 1
        if venueSentence, b >= 0, ["w", "we", "at", "in"].contains(r.tokens[b].lower) { continue }
        add(og, mainEvent, .participatesIn, k)
      }
    }
  }
}
