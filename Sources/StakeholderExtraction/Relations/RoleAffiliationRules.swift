import StakeholderModel

/// Affiliations read from functions: the institution a function names, persons "from" an institution, units a
/// person represents, and "represented by".
extension RelationFinder {
  /// Each person's function: the institution or place it names (`affiliated_with`), and a capitalised head in the
  /// function ("Przewodniczącą Rady") for the one institution of the text with that head.
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
    for i in mentions(ofKind: .person) {
      let m = r.mentions[i]
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
    for i in mentions(ofKind: .person) {
      let m = r.mentions[i]
      guard affiliations[g(i)] == nil else { continue }
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

  /// "Zespołem kieruje dr Jan Kępa z tego wydziału", "led by Dr Anna Pieprz of the faculty": a person followed by
  /// "z tego" / "of the" and a lower-case head word works at the organization with that head named last before, in
  /// the sentence or the two before it.
  mutating func demonstrativeUnit() {
    for i in mentions(ofKind: .person) {
      let m = r.mentions[i]
      guard affiliations[g(i)] == nil else { continue }
      let q = claimedEnd(i)
      guard q + 2 < r.sentences[m.sentence].tokens.upperBound, r.vocabulary.lowerIn(q, ["z", "ze", "of", "from"]),
            r.vocabulary.lowerIn(q + 1, ["tego", "tej", "the"]), r.claim[q + 2] < 0, r.tokens[q + 2].casing == .lower,
            let noun = r.heads[q + 2], noun.kind == .organization else { continue }
      var named: Int?
      for k in max(0, m.sentence - 2)...m.sentence {
        for o in allMentions(in: k) where r.mentions[o].kind == .organization && r.mentions[o].head?.lemma == noun.lemma
          && r.mentions[o].range.upperBound <= m.range.lowerBound {
          named = o
        }
      }
      guard let o = named else { continue }
      add(g(i), g(o), .affiliatedWith, m.sentence)
      affiliations[g(i), default: []].append(g(o))
    }
  }

  /// "– mówi Dorota Lipniak z fundacji": a person followed by "z" and a lower-case head noun in the genitive works at the
  /// body with that head named before (the only one, or the last one in the sentence or the one before).
  mutating func bodyNamedByItsNoun() {
    for i in mentions(ofKind: .person) {
      let m = r.mentions[i]
      guard affiliations[g(i)] == nil else { continue }
      let q = claimedEnd(i)
      let end = r.sentences[m.sentence].tokens.upperBound
      guard q + 1 < end, r.vocabulary.lowerIn(q, ["z", "ze"]), r.claim[q + 1] < 0, r.tokens[q + 1].casing == .lower,
            q + 2 >= end || r.tokens[q + 2].kind == .punct || r.tokens[q + 2].casing == .lower,
            let o = organizationReferredBack(at: q + 1) else { continue }
      affiliate(g(i), o, m.sentence)
    }
  }

  /// "Researchers from the University of X, led by Dr Anna Y", "badacze z Uniwersytetu X (UX) pod kierunkiem dr hab.
  /// Ireny Y": the person who leads a team from an organization works there.
  mutating func teamLeader() {
    for (k, s) in r.sentences.enumerated() where r.vocabulary.sentenceHas(Self.teamLeadingWords, k) {
      for w in s.tokens where w > s.tokens.lowerBound && w + 2 < s.tokens.upperBound && r.claim[w] < 0 {
        let english = r.vocabulary.lowerIs(w, "led") && r.vocabulary.lowerIs(w + 1, "by")
        let polish = r.vocabulary.lowerIs(w, "pod") && r.vocabulary.lowerIn(w + 1, ["kierunkiem", "kierownictwem"])
        guard english || polish else { continue }
        var q = w + 2
        while q < s.tokens.upperBound, r.claim[q] < 0, r.vocabulary.has(RoleWords.titles, q) || r.tokens[q].text == "." { q += 1 }
        guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .person else { continue }
        // The organization right before (its acronym in parentheses and a comma skipped).
        var b = w - 1
        if b > s.tokens.lowerBound, r.tokens[b].text == "," { b -= 1 }
        if b - 2 >= s.tokens.lowerBound, r.tokens[b].text == ")", r.tokens[b - 2].text == "(" { b -= 3 }
        // A team from the organization ("badacze z …", "researchers from …"), not a place of work ("w Katedrze …").
        guard b >= s.tokens.lowerBound, r.claim[b] >= 0, r.mentions[r.claim[b]].kind == .organization else { continue }
        var before = r.mentions[r.claim[b]].range.lowerBound - 1
        if before >= s.tokens.lowerBound, r.vocabulary.lowerIs(before, "the") { before -= 1 }
        guard before >= s.tokens.lowerBound, r.vocabulary.lowerIn(before, ["z", "ze", "from", "of"]) else { continue }
        let p = g(r.claim[q])
        guard affiliations[p]?.contains(where: { kind($0) == .organization }) != true else { continue }
        affiliate(p, g(r.claim[b]), k)
      }
    }
  }

  /// "… was welcomed by Olga X. She leads the unmanned systems team at the Faculty of Y", "We asked Jan X. He has run
  /// the Planning Department since 2020.", "Pomiary wykonał zespół dr. Jana X. Naukowiec pracuje na Wydziale Y.": a
  /// sentence opening with a pronoun or a profession and a verb of heading or working speaks of the person named last
  /// in the sentence before, who works at the first organization named after the verb.
  mutating func pronounHeadsBody() {
    for (k, s) in r.sentences.enumerated() where k > 0 {
      let a = s.tokens.lowerBound
      guard a + 3 < s.tokens.upperBound, r.vocabulary.has(Self.personReferenceOpeners, a), r.vocabulary.has(Self.headingVerbs, a + 1),
            // "He has run / headed / led …", not any "has".
            !r.vocabulary.lowerIs(a + 1, "has") || r.vocabulary.has(Self.headingParticiples, a + 2),
            let o = mentions(in: k).first(where: { r.mentions[$0].kind == .organization && r.mentions[$0].range.lowerBound - a <= 10 }),
            let person = mentions(in: k - 1).last(where: { r.mentions[$0].kind == .person }) else { continue }
      let p = g(person)
      guard affiliations[p]?.contains(where: { kind($0) == .organization }) != true else { continue }
      affiliate(p, g(o), k)
    }
  }

  /// Participles of heading after "has" ("He has run the X").
  static let headingParticiples: WordSet = ["run", "headed", "led", "managed", "chaired", "directed", "coordinated", "worked"]
  /// Pronouns and nouns of a profession that open a sentence about the person named just before.
  static let personReferenceOpeners: WordSet = [
    "he", "she", "on", "ona", "naukowiec", "naukowczyni", "badacz", "badaczka", "ekspert", "ekspertka", "specjalista",
    "specjalistka", "researcher", "scientist", "expert",
  ]
  /// Verbs of heading or working in a body, after such an opener ("He heads", "He has run", "Naukowiec pracuje na").
  static let headingVerbs: WordSet = [
    "leads", "heads", "runs", "manages", "directs", "chairs", "coordinates", "works", "has", "kieruje", "pracuje", "szefuje",
    "zarządza",
  ]

  /// "led" and "pod": the first words of ``teamLeader()``'s phrases.
  static let teamLeadingWords: WordSet = ["led", "pod"]

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
}

extension RelationFinder {
  /// Words of a research or project team ("zespół naukowców", "Zespołem kieruje", "a team from", "studenci").
  static let teamWords: WordSet = [
    "zespół", "zespołu", "zespołem", "zespole", "naukowcy", "naukowców", "badacze", "studenci", "team", "researchers", "students",
  ]
  /// Verbs and phrases of leading a team ("poprowadzi", "kieruje", "kierujący badaniem", "led by", "pod opieką").
  static let teamLeadingVerbs: WordSet = [
    "kieruje", "pokieruje", "poprowadzi", "prowadzi", "kierowany", "kierowana", "kierowanym", "kierujący", "kierująca", "koordynuje",
    "opieką", "led", "headed",
  ]

  /// "Zespół naukowców z Katedry X poprowadzi dr P", "Instytut X uczelni przygotuje studium, a zespołem pokieruje prof.
  /// P", "… naukowcy z Instytutu X. Zespołem kieruje dr hab. P", "studenci Wydziału X pod opieką dr P": the person who
  /// leads the team works at the body the team comes from, named before the verb in the sentence (a unit first), else
  /// in the sentence before.
  mutating func teamHeads() {
    for (k, s) in r.sentences.enumerated() where r.vocabulary.sentenceHas(Self.teamWords, k) && r.vocabulary.sentenceHas(Self.teamLeadingVerbs, k) {
      guard let v = s.tokens.first(where: { r.claim[$0] < 0 && r.vocabulary.has(Self.teamLeadingVerbs, $0) }) else { continue }
      // The person right after the verb (its object, "by", titles and a period between).
      var q = v + 1
      while q < s.tokens.upperBound, q - v <= 6, r.claim[q] < 0 { q += 1 }
      guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .person else { continue }
      let p = g(r.claim[q])
      guard affiliations[p]?.contains(where: { kind($0) == .organization }) != true else { continue }
      func body(_ ms: [Int]) -> Int? {
        let orgs = ms.filter { r.mentions[$0].kind == .organization }
        return (orgs.last { r.mentions[$0].head?.isUnit == true } ?? orgs.last).map { g($0) }
      }
      let before = mentions(in: k).filter { r.mentions[$0].range.upperBound <= v }
      guard let o = body(before) ?? (k > 0 ? body(mentions(in: k - 1)) : nil) else { continue }
      affiliate(p, o, k)
    }
  }
}
