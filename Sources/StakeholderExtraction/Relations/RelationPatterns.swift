import StakeholderModel

/// Relation patterns of speaker lists, appositions and project partnerships, added to ``RelationFinder``.
///
/// - "Mr Julien Lefebvre, Region of Hauts-de-France", "Dr Katharina Vogel (University of Bremen)": the person
///   is `affiliated_with` the organization written right after the name; ", Spain" after it places it.
/// - "a partnerami projektu są PBŚ i UMK", "ZARR jest partnerem wiodącym", "The project is led by X": the
///   partners `participates_in` the project, the lead partner `organizes` it.
/// - "The partners introduced themselves …, including:" followed by a bulleted list: each organization of the
///   list takes part in the project; "W panelu „X” głos zabrali:" followed by a list: the speakers take part in
///   that panel (and not, through the list, in the report's main meeting).
/// - "… który X organizuje wspólnie z Y", "organised by X in cooperation with Y": Y co-organizes.
///
/// - Complexity: O(n + m) per rule for n tokens and m mentions (each sentence is visited once).
extension RelationFinder {
  /// Words that introduce a co-organizer after an organizer ("wspólnie z", "together with").
  static let coOrganizerCues: [[String]] = [
    ["wspólnie", "z"], ["razem", "z"], ["together", "with"], ["jointly", "with"],
  ]
  /// Cooperation cues that make a co-organizer of an event only (for a project they state a partnership).
  static let eventCoOrganizerCues: [[String]] = [
    ["we", "współpracy", "z"], ["przy", "współpracy", "z"], ["in", "cooperation", "with"], ["in", "collaboration", "with"],
  ]
  /// "partner wiodący", "lead partner", "lider projektu".
  static let leadWords: Set<String> = ["wiodący", "wiodącym", "wiodącego", "wiodącemu", "lead", "leading", "lider", "liderem", "lidera"]
  /// Words that make a sentence about a project's partners.
  static let partnerNouns: Set<String> = [
    "partner", "partnera", "partnerem", "partnerzy", "partnerów", "partnerami", "partnerom", "partners",
    "konsorcjum", "consortium",
  ]
  /// Words allowed between a partner noun and the partner's name ("partnerami projektu są m.in. X", "the lead partner, the X").
  static let partnerLinkWords: Set<String> = [
    "the", "są", "jest", "był", "była", "byli", "is", "are", "was", "were", "m", "in", "including", "czyli", "namely",
    "projektu", "project", "sieci", "network", "i.e", "e.g", "among", "them", "others", "wiodący", "wiodącym", "wiodącego",
    "lead", "polish", "greek", "polski", "polskim", "zagraniczny", "zagranicznym", "another", "other", "inny", "innym",
  ]
  /// Verbs and participles whose agent leads a project: "The project is led by X", "projekt prowadzi X".
  static let ledBy: Set<String> = ["led", "coordinated", "kierowany", "kierowanego", "koordynowany", "koordynowanego", "prowadzony"]

  /// Whether the sentence `k` is an item of a bulleted list (its first token came after a bullet).
  func isListItem(_ k: Int) -> Bool {
    let a = r.sentences[k].tokens.lowerBound
    guard a > 0 else { return false }
    let t = r.tokens[a - 1]
    return t.kind == .punct && SentenceSplitter.bullets.contains(t.text) && t.newlinesBefore >= 1
  }

  /// The bulleted items that follow sentence `k` (which ends with a colon).
  func listItems(after k: Int) -> [Int] {
    let s = r.sentences[k]
    guard s.tokens.upperBound - 1 >= s.tokens.lowerBound, r.tokens[s.tokens.upperBound - 1].text == ":" else { return [] }
    var out: [Int] = []
    var n = k + 1
    while n < r.sentences.count, isListItem(n) { out.append(n); n += 1 }
    return out
  }

  // MARK: affiliated_with by apposition

  /// "Name, Organization" and "Name (Organization)": the organization written right after the person.
  mutating func apposition() {
    // "Southern Regional Assembly (Ireland)": a country in parentheses places the organization.
    for (i, m) in r.mentions.enumerated() where m.kind == .organization && !m.nested {
      var e = m.range.upperBound
      while e < r.tokens.count, r.claim[e] == i { e += 1 }
      guard e + 2 < r.tokens.count, r.tokens[e].text == "(", r.claim[e + 1] >= 0, r.mentions[r.claim[e + 1]].kind == .place else { continue }
      let p = r.claim[e + 1]
      var pe = e + 1
      while pe < r.tokens.count, r.claim[pe] == p { pe += 1 }
      if pe < r.tokens.count, r.tokens[pe].text == ")" { add(g(i), g(p), .locatedIn, m.sentence) }
    }
    // "Dr X, Head of Unit at the Department of …", "Y, Associate Professor at the Institute …", "Z, Senior
    // Specialist in its Department of Transport": a function phrase, then "at"/"in" and the institution.
    for (i, m) in r.mentions.enumerated() where m.kind == .person && !m.nested && r.language == "en" {
      var e = m.range.upperBound
      guard e + 2 < r.tokens.count, r.tokens[e].text == ",", r.sentenceOf[e + 1] == m.sentence else { continue }
      e += 1
      var sawRole = false
      while e < r.tokens.count, e - m.range.upperBound <= 7, r.claim[e] < 0, r.tokens[e].kind == .word, !["at", "in"].contains(r.tokens[e].lower) {
        if r.roleWords[e] != nil { sawRole = true } else if !(Recognizer.englishRoleModifiers.contains(r.tokens[e].lower) || r.tokens[e].lower == "of" || r.tokens[e].casing == .capitalized) { break }
        e += 1
      }
      guard sawRole, e + 1 < r.tokens.count, ["at", "in"].contains(r.tokens[e].lower) else { continue }
      var q = e + 1
      if ["the", "its", "their"].contains(r.tokens[q].lower) { q += 1 }
      guard q < r.tokens.count, r.sentenceOf[q] == m.sentence, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization else { continue }
      let og = g(r.claim[q])
      if affiliations[g(i)]?.contains(og) == true { continue }
      add(g(i), og, .affiliatedWith, m.sentence)
      affiliations[g(i), default: []].append(og)
    }
    for (i, m) in r.mentions.enumerated() where m.kind == .person && !m.nested {
      var e = m.range.upperBound
      guard e + 1 < r.tokens.count, r.sentenceOf[e] == m.sentence else { continue }
      let paren = r.tokens[e].text == "("
      guard paren || r.tokens[e].text == "," else { continue }
      e += 1
      if e < r.tokens.count, r.tokens[e].lower == "the" { e += 1 }
      guard e < r.tokens.count, r.sentenceOf[e] == m.sentence, r.claim[e] >= 0 else { continue }
      let o = r.claim[e]
      guard r.mentions[o].kind == .organization, r.mentions[o].range.lowerBound == e else { continue }
      var after = r.mentions[o].range.upperBound
      while after < r.tokens.count, r.claim[after] == o { after += 1 }
      if paren { guard after < r.tokens.count, r.tokens[after].text == ")" else { continue } }
      // The organization ends the item or is followed by its country, a comma or "on …" (a topic).
      let og = g(o)
      if affiliations[g(i)]?.contains(og) != true {
        add(g(i), og, .affiliatedWith, m.sentence)
        affiliations[g(i), default: []].append(og)
      }
      // "…, Chamber of Commerce of Cantabria, Spain, on …": the country places the organization.
      if !paren, after + 1 < r.tokens.count, r.tokens[after].text == ",", r.sentenceOf[after + 1] == m.sentence,
         r.claim[after + 1] >= 0, r.mentions[r.claim[after + 1]].kind == .place {
        let p = r.claim[after + 1]
        var pe = r.mentions[p].range.upperBound
        while pe < r.tokens.count, r.claim[pe] == p { pe += 1 }
        if pe >= r.tokens.count || r.sentenceOf[pe] != m.sentence || [",", ";", ".", "–"].contains(r.tokens[pe].text) {
          add(og, g(p), .locatedIn, m.sentence)
        }
      }
    }
  }

  // MARK: on behalf of, headed by

  /// "opened the session on behalf of RCCO", "w imieniu klastra podpisał prezes X": the person acts for the
  /// organization; "Biuro …, kierowane przez dyrektor Ewę Marciniak", "headed by X": X works there.
  mutating func behalfAndHeadedBy() {
    for (k, s) in r.sentences.enumerated() {
      let ms = mentions(in: k)
      let persons = ms.filter { r.mentions[$0].kind == .person }
      guard !persons.isEmpty else { continue }
      var q = s.tokens.lowerBound
      while q + 1 < s.tokens.upperBound {
        let w = r.tokens[q].lower
        var org: Int?
        var person: Int?
        if (w == "behalf" && q + 2 < s.tokens.upperBound && r.tokens[q + 1].lower == "of") || (w == "imieniu" && q > s.tokens.lowerBound && r.tokens[q - 1].lower == "w") {
          var o = q + (w == "behalf" ? 2 : 1)
          if o < s.tokens.upperBound, r.tokens[o].lower == "the" { o += 1 }
          if o < s.tokens.upperBound, r.claim[o] >= 0, r.mentions[r.claim[o]].kind == .organization {
            org = r.claim[o]
            // The person: the subject before, else the one after ("W imieniu X dokument podpisał prezes Y").
            person = persons.last(where: { r.mentions[$0].range.upperBound <= q }) ?? persons.first(where: { r.mentions[$0].range.lowerBound > o })
          }
        } else if ["przez", "by"].contains(w), q > s.tokens.lowerBound,
                  ["kierowan", "zarządzan", "prowadzon", "headed", "managed", "chaired"].contains(where: { r.tokens[q - 1].lower.hasPrefix($0) }) {
          var b = q - 2
          if b >= s.tokens.lowerBound, r.tokens[b].text == "," { b -= 1 }
          if b >= s.tokens.lowerBound, r.claim[b] >= 0, r.mentions[r.claim[b]].kind == .organization {
            org = r.claim[b]
            // "Biuro X Urzędu Miasta Łodzi, kierowane przez …": the unit written before its parent is headed.
            let parentStart = r.mentions[r.claim[b]].range.lowerBound
            if let unit = allMentions(in: k).first(where: { r.mentions[$0].parent == r.claim[b] && r.mentions[$0].range.upperBound == parentStart }) {
              org = unit
            }
            person = persons.first(where: { r.mentions[$0].range.lowerBound > q && r.mentions[$0].range.lowerBound - q <= 6 })
          }
        }
        if let org, let person, affiliations[g(person)]?.contains(g(org)) != true {
          add(g(person), g(org), .affiliatedWith, k)
          affiliations[g(person), default: []].append(g(org))
        }
        q += 1
      }
    }
  }

  // MARK: project staff

  /// "project coordinator", "kierownik projektu", "the HYLINK communication manager": the person takes part in
  /// the project (the one named before the function, else the document's).
  mutating func projectStaff() {
    let main = mainProject
    for role in r.roles where role.at >= 0 {
      var target: Int?
      var b = role.at - 1
      while b >= 0, Recognizer.roleModifiers.contains(r.tokens[b].lower) { b -= 1 }
      if b >= 0, r.claim[b] >= 0, r.mentions[r.claim[b]].kind == .project, r.sentenceOf[b] == role.sentence { target = g(r.claim[b]) }
      if target == nil, role.text.split(separator: " ").contains(where: { ["project", "projektu", "projektów"].contains($0) }) || (b + 1 < role.at && r.tokens[b + 1].lower == "project") {
        target = main
      }
      // "The network's Lead Expert, Dr Chiara Bellini": the project's own function.
      if target == nil, b >= 0, ["project's", "network's", "project’s", "network’s"].contains(r.tokens[b].lower) { target = main }
      if let t = target, kind(t) == .project {
        add(g(role.person), t, .participatesIn, role.sentence)
        // A project manager with no institution named works for the one organization that runs the project.
        let p = g(role.person)
        let runners = order.filter { $0.type == .organizes && $0.target == t && kind($0.source) == .organization }.map(\.source)
        if ["kierownik", "koordynator", "manager", "menedżer", "coordinator"].contains(role.word.base),
           !(affiliations[p]?.contains(where: { kind($0) == .organization }) ?? false), Set(runners).count == 1 {
          add(p, runners[0], .affiliatedWith, role.sentence)
          affiliations[p, default: []].append(runners[0])
        }
      }
    }
  }

  // MARK: a joint undertaking of an agreement's sides

  /// "… podpisano porozumienie … pomiędzy X, Y oraz Z. … Wspólne przedsięwzięcie otrzymało nazwę „P”": the sides of
  /// the agreement run the joint project it names.
  mutating func jointUndertakings() {
    let sides = Set(order.filter { $0.type == .partnerOf }.flatMap { [$0.source, $0.target] })
    guard sides.count >= 2 else { return }
    for (k, s) in r.sentences.enumerated() {
      guard let w = s.tokens.first(where: { Self.jointWords.contains(r.tokens[$0].lower) }), w + 1 < s.tokens.upperBound,
            Self.undertakingNouns.contains(r.tokens[w + 1].lower),
            let proj = mentions(in: k).first(where: { r.mentions[$0].kind == .project && !r.mentions[$0].isProgramme }) else { continue }
      for o in sides.sorted() where kind(o) == .organization {
        add(o, g(proj), .organizes, k)
        organizers.insert(o)
      }
    }
  }

  /// "wspólne przedsięwzięcie", "joint project".
  static let jointWords: Set<String> = ["wspólne", "wspólny", "wspólnego", "wspólnym", "joint"]
  static let undertakingNouns: Set<String> = ["przedsięwzięcie", "przedsięwzięcia", "projekt", "projektu", "project", "venture", "initiative", "undertaking"]

  // MARK: units next to their parent

  /// "Urząd Miejski w Olecku, Referat Promocji …", "Department of Economy, Marshal's Office of …": a unit and an
  /// organization separated only by a comma (signature and contact lines) — the unit is part of it.
  mutating func unitsBesideParent() {
    for (i, m) in r.mentions.enumerated() where m.kind == .organization && m.head?.isUnit == true && !m.nested && parents[g(i)] == nil {
      var e = m.range.upperBound
      while e < r.tokens.count, r.claim[e] == i { e += 1 }
      var other: Int?
      if e + 1 < r.tokens.count, r.tokens[e].text == ",", r.claim[e + 1] >= 0, r.sentenceOf[e + 1] == m.sentence { other = r.claim[e + 1] }
      let b = m.range.lowerBound - 1
      if other == nil, b - 1 >= 0, r.tokens[b].text == ",", r.claim[b - 1] >= 0, r.sentenceOf[b - 1] == m.sentence { other = r.claim[b - 1] }
      guard let o = other, r.mentions[o].kind == .organization, r.mentions[o].head?.isUnit != true, g(o) != g(i) else { continue }
      // Only in a line of names (no verb around): the sentence holds nothing but the two names, places and punctuation.
      let s = r.sentences[m.sentence]
      let loose = s.tokens.filter { r.claim[$0] < 0 && r.tokens[$0].kind == .word }
      guard loose.count <= 3 else { continue }
      add(g(i), g(o), .partOf, m.sentence)
      parents[g(i)] = g(o)
    }
  }

  // MARK: joint work on a project

  /// "X, Y i Z będą wspólnie przygotowywać projekt „P”": each takes part in P; "PŁ współpracuje z ŁRPNT przy
  /// programie „B”": both take part in B.
  mutating func jointProjects() {
    for (k, s) in r.sentences.enumerated() {
      let ms = mentions(in: k)
      guard let proj = ms.first(where: { r.mentions[$0].kind == .project && !r.mentions[$0].isProgramme || (r.mentions[$0].kind == .project && r.tokens[max(0, r.mentions[$0].range.lowerBound - 2)].lower == "przy") }) else { continue }
      let p = r.mentions[proj].range.lowerBound
      // Coordinated organizations opening the sentence, "wspólnie" before the project.
      if (s.tokens.lowerBound..<p).contains(where: { ["wspólnie", "jointly", "together"].contains(r.tokens[$0].lower) }),
         r.claim[s.tokens.lowerBound] >= 0 {
        let subjects = coordinatedOrganizations(from: s.tokens.lowerBound, in: s)
        if subjects.count >= 2 { for o in subjects where organized[g(o)]?.contains(g(proj)) != true { add(g(o), g(proj), .participatesIn, k) } }
      }
      // "X współpracuje z Y przy programie P".
      if let c = (s.tokens.lowerBound..<p).first(where: { r.tokens[$0].lower.hasPrefix("współpracuj") || r.tokens[$0].lower == "cooperates" || r.tokens[$0].lower == "works" }),
         (c..<p).contains(where: { ["przy", "on", "w"].contains(r.tokens[$0].lower) }) {
        let before = ms.last { r.mentions[$0].kind == .organization && r.mentions[$0].range.upperBound <= c }
        let with = ms.first { r.mentions[$0].kind == .organization && r.mentions[$0].range.lowerBound > c && r.mentions[$0].range.upperBound <= p }
        for o in [before, with].compactMap({ $0 }) where organized[g(o)]?.contains(g(proj)) != true { add(g(o), g(proj), .participatesIn, k) }
      }
    }
  }

  // MARK: co-organizers

  /// "X organizuje … wspólnie z Y": Y organizes what X organizes in the same sentence.
  mutating func coOrganizers() {
    for key in order where key.type == .organizes {
      for k in found[key] ?? [] {
        let s = r.sentences[k]
        let low = s.tokens.map { r.tokens[$0].lower }
        for cue in Self.coOrganizerCues + (kind(key.target) == .event ? Self.eventCoOrganizerCues : []) {
          var p = 0
          while p + cue.count <= low.count {
            if low[p] == cue[0], low[p..<(p + cue.count)].elementsEqual(cue) {
              var q = s.tokens.lowerBound + p + cue.count
              if q < s.tokens.upperBound, r.tokens[q].lower == "the" { q += 1 }
              if q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization {
                // "wspólnie z Fundacją X oraz Starostwem Y": every coordinated organization co-organizes.
                for c in coordinatedOrganizations(from: q, in: s) {
                  let co = g(c)
                  if co != key.source { add(co, key.target, .organizes, k); organizers.insert(co) }
                }
              }
            }
            p += 1
          }
        }
      }
    }
  }

  // MARK: project partners

  /// Partners and lead partners of projects, in sentences and in bulleted lists of partners.
  mutating func projectPartners() {
    let main = mainProject
    for (k, s) in r.sentences.enumerated() {
      guard let pw = s.tokens.first(where: { Self.partnerNouns.contains(r.tokens[$0].lower) && r.claim[$0] < 0 }),
            !s.tokens.contains(where: { Markers.agreementCue.matches(r.tokens[$0].lower) }),
            // "partnerem dla samorządu", "a partner for local firms": a partner of someone, not of a project.
            !(pw + 1 < s.tokens.upperBound && ["dla", "for"].contains(r.tokens[pw + 1].lower)) else { continue }
      let ms = mentions(in: k)
      // The project: one named in the sentence (not a programme), else the document's.
      let named = ms.first { r.mentions[$0].kind == .project && !r.mentions[$0].isProgramme }.map { g($0) }
      guard let proj = named ?? main else { continue }
      let lead = s.tokens.contains { Self.leadWords.contains(r.tokens[$0].lower) }
      // Partners: the organizations coordinated right after the partner word ("partnerami są m.in. ZUT oraz
      // duńska Izba …", "The Polish partner, the Marshal's Office …") or the subject just before it ("X jest partnerem").
      var near: Set<Int> = []
      for pn in s.tokens where Self.partnerNouns.contains(r.tokens[pn].lower) && r.claim[pn] < 0 {
        if let first = ms.first(where: { r.mentions[$0].kind == .organization && r.mentions[$0].range.lowerBound > pn && r.mentions[$0].range.lowerBound - pn <= 7 }),
           ((pn + 1)..<r.mentions[first].range.lowerBound).allSatisfy({ q in
             r.tokens[q].kind == .punct || Self.partnerLinkWords.contains(r.tokens[q].lower) || (r.claim[q] >= 0 && r.mentions[r.claim[q]].kind == .project)
           }) {
          for o in coordinatedOrganizations(from: r.mentions[first].range.lowerBound, in: s) { near.insert(o) }
        }
      }
      for m in ms where r.mentions[m].kind == .organization {
        let og = g(m)
        if lead, let l = s.tokens.first(where: { Self.leadWords.contains(r.tokens[$0].lower) }),
           abs(r.mentions[m].range.lowerBound - l) <= 6 || abs(r.mentions[m].range.upperBound - l) <= 6,
           !ms.contains(where: { x in r.mentions[x].kind == .organization && x != m && abs(r.mentions[x].range.lowerBound - l) < abs(r.mentions[m].range.lowerBound - l) }) {
          if organized[og]?.contains(proj) != true, found[Key(source: og, target: proj, type: .participatesIn)] == nil {
            add(og, proj, .organizes, k)
            organizers.insert(og)
          }
          continue
        }
        if organized[og]?.contains(proj) == true { continue }
        // Partners named after the partner word, or the subject of "X jest partnerem".
        if near.contains(m) || (r.mentions[m].range.upperBound <= pw && pw - r.mentions[m].range.upperBound <= 3) {
          add(og, proj, .participatesIn, k)
        }
      }
      // "The partners introduced themselves …, including:" and a list.
      for item in listItems(after: k) {
        for m in mentions(in: item) where r.mentions[m].kind == .organization {
          let og = g(m)
          if organized[og]?.contains(proj) != true { add(og, proj, .participatesIn, item) }
        }
      }
    }
    // "The project is led by X", "projekt prowadzi X".
    if let proj = main {
      for (k, s) in r.sentences.enumerated() {
        guard let v = s.tokens.first(where: { Self.ledBy.contains(r.tokens[$0].lower) }),
              s.tokens.contains(where: { ["project", "projekt", "projektem", "network", "sieć", "partnership", "partnerstwo"].contains(r.tokens[$0].lower) && $0 < v })
                || mentions(in: k).contains(where: { g($0) == proj && r.mentions[$0].range.upperBound <= v }) else { continue }
        var q = v + 1
        while q < s.tokens.upperBound, q - v <= 3, r.claim[q] < 0 { q += 1 }
        guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization,
              ["by", "przez"].contains(r.tokens[v + 1].lower) || r.tokens[v + 1].lower == "the" else { continue }
        let og = g(r.claim[q])
        add(og, proj, .organizes, k)
        organizers.insert(og)
      }
    }
  }

  // MARK: hosts of a project's meeting

  /// "The meeting was hosted by LCCC", "TSP hosted the second stakeholder meeting of the project": with no named
  /// event in the sentence, the host of the project's meeting takes part in the document's project.
  mutating func meetingHosts() {
    // When the report is about a named meeting, its host organizes that meeting (see ``organizing()``).
    guard mainEvent == nil, let proj = mainProject else { return }
    for (k, s) in r.sentences.enumerated() {
      let ms = mentions(in: k)
      guard !ms.contains(where: { r.mentions[$0].kind == .event }),
            let v = s.tokens.first(where: { Self.hostVerbs.contains(r.tokens[$0].lower) && r.claim[$0] < 0 }),
            s.tokens.contains(where: { RelationFinder.genericEventNouns.contains(r.tokens[$0].lower) && r.claim[$0] < 0 }) else { continue }
      var hosts: [Int] = []
      if v + 1 < s.tokens.upperBound, ["by", "przez"].contains(r.tokens[v + 1].lower) {
        // "hosted by project partner University of Aveiro": lower-case words may come first.
        var q = v + 2
        while q < s.tokens.upperBound, q - v <= 5, r.claim[q] < 0, r.tokens[q].casing == .lower { q += 1 }
        if q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization { hosts = coordinatedOrganizations(from: q, in: s) }
      } else if let subj = ms.last(where: { r.mentions[$0].kind == .organization && r.mentions[$0].range.upperBound <= v }) {
        var e = r.mentions[subj].range.upperBound
        while e < v, r.claim[e] == subj { e += 1 }
        if v - e <= 1 { hosts = [subj] }
      }
      for h in hosts where organized[g(h)]?.contains(proj) != true {
        if found[Key(source: g(h), target: proj, type: .organizes)] != nil { continue }
        add(g(h), proj, .participatesIn, k)
      }
    }
  }

  /// Verbs of hosting a meeting.
  static let hostVerbs: Set<String> = ["hosted", "hosts", "gościł", "gościła", "gościło"]

  // MARK: organizers named by a noun

  /// "Organizatorem wydarzenia był Lubuski Klub Biznesu", "The organisers were X and Y": the organizations after the
  /// noun and its copula organize the event of the sentence, else the report's meeting.
  mutating func organizerNouns() {
    for (k, s) in r.sentences.enumerated() {
      guard let w = s.tokens.first(where: { Self.organizerNounForms.contains(r.tokens[$0].lower) && r.claim[$0] < 0 }) else { continue }
      let ms = mentions(in: k)
      let named = ms.first { r.mentions[$0].kind == .event }.map { g($0) }
      let generic = s.tokens.contains { RelationFinder.genericEventNouns.contains(r.tokens[$0].lower) || RelationFinder.eventReferences.contains(r.tokens[$0].lower) || ["wydarzenia", "konferencji", "forum", "gali", "spotkania"].contains(r.tokens[$0].lower) }
      guard let target = named ?? (generic ? mainEvent : nil) else { continue }
      var q = w + 1
      while q < s.tokens.upperBound, q - w <= 4, r.claim[q] < 0, r.tokens[q].kind == .word, r.tokens[q].casing == .lower { q += 1 }
      guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization else { continue }
      for o in coordinatedOrganizations(from: q, in: s) {
        add(g(o), target, .organizes, k)
        organizers.insert(g(o))
      }
    }
  }

  /// "Organizatorem", "organizatorami", "the organiser(s)".
  static let organizerNounForms: Set<String> = [
    "organizatorem", "organizatorami", "organizatorzy", "organizator", "współorganizatorem", "współorganizatorami",
    "organiser", "organisers", "organizer", "organizers", "co-organiser", "co-organizer",
  ]

  // MARK: a project the subject calls its own

  /// "Fundacja X zaprezentowała też swój projekt „Y”", "X presented its project Y": the subject runs the project.
  mutating func ownProjects() {
    for (k, s) in r.sentences.enumerated() {
      let ms = mentions(in: k)
      // "Chamber of Commerce of Cantabria, Spain, on the chamber's „Industria Conectada” advisory service": the
      // possessive names the organization of the sentence with that head.
      for q in s.tokens where q + 1 < s.tokens.upperBound && r.claim[q] < 0 && (r.tokens[q].lower.hasSuffix("'s") || r.tokens[q].lower.hasSuffix("’s")) {
        guard let h = HeadWords.englishHead(String(r.tokens[q].lower.dropLast(2))), h.kind == .organization else { continue }
        var p = q + 1
        while p < s.tokens.upperBound, p - q <= 2, r.claim[p] < 0, r.tokens[p].kind == .punct { p += 1 }
        guard p < s.tokens.upperBound, r.claim[p] >= 0, r.mentions[r.claim[p]].kind == .project, !r.mentions[r.claim[p]].isProgramme else { continue }
        let owners = Set(ms.filter { r.mentions[$0].kind == .organization && r.mentions[$0].head?.lemma == h.lemma && r.mentions[$0].range.upperBound <= q }.map { g($0) })
        guard owners.count == 1, let o = owners.first else { continue }
        add(o, g(r.claim[p]), .organizes, k)
        organizers.insert(o)
      }
      for q in s.tokens where Self.possessives.contains(r.tokens[q].lower) && q + 1 < s.tokens.upperBound {
        var p = q + 1
        if r.claim[p] < 0, ["project", "projekt", "projektu", "initiative", "inicjatywę", "programme", "program"].contains(r.tokens[p].lower) { p += 1 }
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
      for q in s.tokens where Self.representativeNouns.contains(r.tokens[q].lower) && r.claim[q] < 0 {
        var a = q + 1
        if a < s.tokens.upperBound, r.tokens[a].lower == "of" { a += 1 }
        if a < s.tokens.upperBound, r.tokens[a].lower == "the" { a += 1 }
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
  static let representativeNouns: Set<String> = ["representatives", "przedstawiciele", "przedstawicieli", "przedstawicielami"]

  /// Possessive determiners that tie a project to the sentence's subject.
  static let possessives: Set<String> = ["swój", "swoj", "swoją", "swoje", "swojego", "its", "their"]

  // MARK: speakers of a named panel

  /// "W panelu „Nauka dla gospodarki”, który poprowadziła X, głos zabrali:" and a list: the persons in the
  /// sentence and in the list take part in that panel. Returns the persons known only from such lists.
  mutating func subEventSpeakers(mainEvent: Int?) -> Set<Int> {
    var listed: Set<Int> = []
    for (k, _) in r.sentences.enumerated() {
      let ms = mentions(in: k)
      guard let ev = ms.first(where: { r.mentions[$0].kind == .event && g($0) != mainEvent }).map({ g($0) }) else { continue }
      let items = listItems(after: k)
      guard !items.isEmpty else { continue }
      for m in ms where r.mentions[m].kind == .person { add(g(m), ev, .participatesIn, k) }
      for item in items {
        for m in mentions(in: item) where r.mentions[m].kind == .person {
          add(g(m), ev, .participatesIn, item)
          listed.insert(g(m))
        }
      }
    }
    // A later mention alone ("Prof. Lewandowski mówił …") does not put the speaker in the main meeting either.
    return listed
  }
}
