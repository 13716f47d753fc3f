import StakeholderModel

/// Pass 1c: what a capitalised piece names, from its head word, legal form, the lists, and the words around it.
extension Recognizer {
  @discardableResult
  mutating func classify(_ r0: Range<Int>, _ k: Int, legal: String? = nil, legalEnd: Int? = nil, nested: Bool = false) -> Int? {
    var r = r0
    while !r.isEmpty, tokens[r.lowerBound].casing == .lower || tokens[r.lowerBound].kind == .punct
      || (Markers.functionWords.contains(tokens[r.lowerBound].lower) && tokens[r.lowerBound].casing == .capitalized) {
      r = (r.lowerBound + 1)..<r.upperBound
    }
    while !r.isEmpty, tokens[r.upperBound - 1].casing == .lower || tokens[r.upperBound - 1].kind == .punct {
      r = r.lowerBound..<(r.upperBound - 1)
    }
    guard !r.isEmpty else { return nil }
    let first = tokens[r.lowerBound]
    let last = tokens[r.upperBound - 1]
    if r.count == 1, Markers.months[first.lower] != nil { return nil }
    // "Partners of the X project", "Representatives of the X": the name is what follows "of".
    if Markers.genericPlurals.contains(first.lower) || ["representatives", "members", "participants"].contains(first.lower),
       let of = r.firstIndex(where: { tokens[$0].lower == "of" }) {
      var s = of + 1
      if s < r.upperBound, tokens[s].lower == "the" { s += 1 }
      guard s < r.upperBound else { return nil }
      return classify(s..<r.upperBound, k, legal: legal, legalEnd: legalEnd, nested: nested)
    }
    if Markers.genericPlurals.contains(last.lower) { return nil }
    let sentence = sentences[k]
    let after = r.upperBound < sentence.tokens.upperBound ? r.upperBound : -1
    let before = r.lowerBound - 1 >= sentence.tokens.lowerBound ? r.lowerBound - 1 : -1

    // A defined acronym inside: "Departamentu Społeczeństwa Informacyjnego UMWP" — unit, then its parent.
    if r.count > 1, let a = ((r.lowerBound + 1)..<r.upperBound).first(where: { definedAcronyms.contains(tokens[$0].text) || Self.orgAbbreviations[tokens[$0].text] != nil }),
       HeadWords.head(first.lower)?.isUnit == true || firstHead(r.lowerBound..<a)?.1.isUnit == true {
      let unit = classify(r.lowerBound..<a, k, nested: nested)
      let before = pending.count
      let parent = classify(a..<r.upperBound, k, legal: legal, legalEnd: legalEnd, nested: nested)
      if let unit, let parent { mentions[unit].parent = parent }
      if let unit, parent == nil, pending.count > before { pending[pending.count - 1].parentOf = unit }
      return unit
    }
    // "Archiwum UM w Stalowej Woli": split before a general abbreviation of an office.
    if r.count > 1, let a = ((r.lowerBound + 1)..<r.upperBound).first(where: { Self.orgAbbreviations[tokens[$0].text] != nil }) {
      classify(r.lowerBound..<a, k, nested: nested)
      return classify(a..<r.upperBound, k, legal: legal, legalEnd: legalEnd, nested: nested)
    }
    // "UM w Stalowej Woli": a general abbreviation of an office.
    if let expansion = Self.orgAbbreviations[first.text] {
      var e = r.upperBound
      if e + 1 < sentence.tokens.upperBound, ["w", "we"].contains(tokens[e].lower), tokens[e + 1].isNameLike {
        let (pe, _) = chunkEnd(e + 1, sentence)
        e = pe
      }
      let rr = r.lowerBound..<e
      let surface = text(rr)
      var name = expansion + surface.dropFirst(first.text.count)
      if r.count > 1 && e == r.upperBound { name = expansion + " " + text((r.lowerBound + 1)..<r.upperBound) }
      var m = FoundMention(kind: .organization, range: rr, name: name, surface: surface, sentence: k)
      m.head = HeadWords.head("urząd")
      m.nested = nested
      m.placeInName = placeAfterPreposition(rr)
      return add(m)
    }

    // The same words as an earlier name ("MIASTO CYFROWE" after "sieci MIASTO CYFROWE"): the same thing.
    let plain = Normalize.form(text(r))
    if let pi = titleIndex[plain] {
      let prev = mentions[pi]
      var m = FoundMention(kind: prev.kind, range: r, name: prev.name, surface: text(r), sentence: k)
      m.isProgramme = prev.isProgramme
      m.nested = nested
      return add(m)
    }
    // Headed names.
    if let (h, hw) = firstHead(r) {
      var start = r.lowerBound
      if !hw.english && language != "en" {
        start = h
        while start > r.lowerBound {
          let w = tokens[start - 1]
          if Markers.romanNumerals.contains(w.text) || w.kind == .number || (Inflection.looksAdjectival(w.text) && w.casing == .capitalized && firstName(w.text) == nil) {
            start -= 1
          } else { break }
        }
      }
      let rr = start..<r.upperBound
      let bareHead = rr.count == 1 && !tokens[h].text.contains("-")
      if !bareHead {
        return addHeaded(rr, h, hw, k, legal: legal, legalEnd: legalEnd, nested: nested)
      }
      if legal == nil { return nil }
    }

    let surface = text(r)
    var kind: EntityKind?
    var name = surface
    var foreign = false
    var programme = false
    var rr = r
    if legal != nil {
      kind = .organization
    } else if r.count > 1 || language == "en", HeadWords.englishPlaceHeads.contains(last.lower), last.casing == .capitalized, r.count > 1 {
      kind = .place
    } else if after >= 0, tokens[after].casing == .lower, HeadWords.placePostMarkers.contains(tokens[after].lower), !(r.count == 1 && first.casing == .upper) {
      kind = .place
    } else if after >= 0, tokens[after].casing == .lower, HeadWords.projectPostMarkers.contains(tokens[after].lower) {
      kind = .project
    } else if after >= 0, tokens[after].casing == .lower, HeadWords.eventPostMarkers.contains(tokens[after].lower) {
      kind = .event
    } else if let p = names.knownPlace(surface) {
      kind = .place
      name = p.name
      foreign = p.foreign
    } else if let fn = projectPredicateAfter(r), fn {
      kind = .project
    } else if r.count == 1 || r.count <= 3, allCapitalized(r), isPersonByContext(r) {
      addPerson(r, k)
      return mentions.count - 1
    } else if territorialRoleBefore(r) {
      kind = .place
    } else if before >= 0, Self.cityNouns.contains(tokens[before].lower), tokens[before].casing == .lower, allCapitalized(r), r.count <= 3 {
      // "przez miasto Lublin" (an actor) → the city as organization; "w gminie Turośń" → the place.
      let agent = before - 1 >= sentence.tokens.lowerBound && ["przez", "by"].contains(tokens[before - 1].lower)
      let place = names.placeName(r.map { tokens[$0].text }, attested: attested)
      placesInNames[place.lowercased()] = place
      if agent, ["miasto", "gmina", "city"].contains(tokens[before].lower) {
        let head = tokens[before].lower == "gmina" ? "Gmina" : (tokens[before].lower == "city" ? "City of" : "Miasto")
        rr = before..<r.upperBound
        var m = FoundMention(kind: .organization, range: rr, name: "\(head) \(place)", surface: text(rr), sentence: k)
        m.head = HeadWords.head(tokens[before].lower)
        m.placeInName = place
        return add(m)
      }
      kind = .place
      name = place
    } else if before >= 0, Self.placePrepositions.contains(tokens[before].lower), allCapitalized(r), r.count <= 3,
              !nested, firstName(first.text) == nil || r.count == 1 {
      kind = .place
    } else if inPlaceList(r) {
      kind = .place
    } else if representativeBefore(r) || roleBefore(r) {
      kind = .organization
    }
    guard let kind else {
      pending.append(Pending(range: r, sentence: k, parentOf: nil))
      return nil
    }
    if kind == .place, name == surface, language != "en" {
      name = names.placeName(r.map { tokens[$0].text }, attested: attested)
      if let p = names.knownPlace(name) { foreign = p.foreign }
    }
    if kind == .project, before >= 0, Markers.programme.contains(tokens[before].lower) { programme = true }
    if let legal {
      let le = legalEnd ?? r.upperBound
      rr = r.lowerBound..<le
      name = (language == "en" || r.count == 1 ? surface : names.organizationName(surface)) + " " + legal
    }
    var m = FoundMention(kind: kind, range: rr, name: name, surface: text(rr), sentence: k)
    m.foreign = foreign
    m.legalForm = legal
    m.isProgramme = programme
    m.nested = nested
    return add(m)
  }

  mutating func addHeaded(_ r: Range<Int>, _ h: Int, _ hw: HeadWord, _ k: Int, legal: String?, legalEnd: Int?, nested: Bool) -> Int? {
    let sentence = sentences[k]
    // Marker heads introduce the name after them: "Projekt Polska Regionalna Gospodarka Cyfrowa", "Programu Interreg Europe".
    if hw.isMarker, !hw.english, h == r.lowerBound, r.count > 1, !Inflection.looksGenitive(tokens[h + 1].text) || tokens[h + 1].casing == .upper || tokens[h + 1].casing == .camel {
      let rr = (h + 1)..<r.upperBound
      let surface = text(rr)
      var m = FoundMention(kind: .project, range: rr, name: surface, surface: surface, sentence: k)
      m.isProgramme = hw.lemma == "program" || hw.lemma == "fundusz"
      m.nested = nested
      return add(m)
    }
    // A unit followed by its parent: "Wydziału Oświaty i Wychowania Urzędu Miasta Lublin".
    if hw.isUnit, let p = ((h + 1)..<r.upperBound).first(where: { i in
      tokens[i].casing != .lower && (HeadWords.head(tokens[i].lower).map { HeadWords.parentHeads.contains($0.lemma) } ?? false)
    }) {
      let parentStart = p
      // Adjectives before the parent's head belong to it ("… Śląskiego Uniwersytetu Medycznego").
      var ps = parentStart
      while ps > h + 1, Inflection.looksAdjectival(tokens[ps - 1].text), tokens[ps - 1].casing == .capitalized { ps -= 1 }
      // After a genitive noun the adjectives belong to it ("Wydziału Rozwoju Gospodarczego Urzędu …"); after the
      // unit's own head or its adjectives they start the parent ("Wydział Lekarski Śląskiego Uniwersytetu …").
      if ps < parentStart, ps - 1 > h, !Inflection.looksAdjectival(tokens[ps - 1].text) { ps = parentStart }
      let ownName = ps > h + 1
      let parent = classify(ps..<r.upperBound, k, legal: legal, legalEnd: legalEnd, nested: !ownName || nested)
      let unitRange = ownName ? r.lowerBound..<ps : r
      var m = FoundMention(kind: .organization, range: unitRange, name: headedName(unitRange, head: h, hw), surface: text(unitRange), sentence: k)
      m.head = hw
      m.parent = parent
      m.nested = nested
      let idx = add(m)
      if !ownName { for i in r where claim[i] == -1 || claim[i] == parent { claim[i] = idx } }
      return idx
    }
    var rr = r
    var legalText = legal
    if let legal, let le = legalEnd { rr = r.lowerBound..<le; legalText = legal }
    var name = headedName(r, head: h, hw)
    if let legalText { name += " " + legalText }
    // Event subtitle after a dash: "Policy Learning Event #5 – Good practices in the Podlaskie Region".
    if hw.kind == .event, rr.upperBound + 1 < sentence.tokens.upperBound, ["–", "-", "—"].contains(tokens[rr.upperBound].text),
       tokens[rr.upperBound + 1].isNameLike, claim[rr.upperBound + 1] < 0 {
      var e = rr.upperBound + 1
      while e < sentence.tokens.upperBound, tokens[e].kind != .punct || tokens[e].text == "#", e - rr.upperBound < 14 { e += 1 }
      if e - rr.upperBound >= 3 {
        let full = rr.lowerBound..<e
        var m = FoundMention(kind: .event, range: full, name: name + " " + text(rr.upperBound..<e), surface: text(full), sentence: k)
        m.head = hw
        m.innerName = name
        m.nested = nested
        return add(m)
      }
    }
    var m = FoundMention(kind: hw.kind, range: rr, name: name, surface: text(rr), sentence: k)
    m.head = hw
    m.legalForm = legalText
    m.nested = nested
    m.isProgramme = hw.kind == .project && (hw.lemma == "program" || hw.lemma == "fundusz" || hw.lemma == "programme" || hw.lemma == "fund")
    // Generic head + name in apposition: "Stowarzyszenie Metropolia Krakowska" is also "Metropolia Krakowska".
    if !hw.english, h == r.lowerBound, r.count >= 2, ["stowarzyszenie", "fundacja", "spółka", "klaster", "związek", "grupa", "centrum", "park", "inkubator", "sieć", "platforma"].contains(hw.lemma) {
      let rest = (h + 1)..<r.upperBound
      let restText = text(rest)
      let firstRest = tokens[h + 1]
      if firstRest.casing == .camel || firstRest.casing == .upper || !Inflection.looksGenitive(firstRest.text) || HeadWords.head(firstRest.lower) != nil {
        m.innerName = restText
      }
    }
    // A place in the name: "Miasto Lublin", "Urząd Miasta Wrocławia", "Urząd Miasta w Stalowej Woli".
    if hw.kind == .organization {
      if let p = placeAfterPreposition(r) {
        m.placeInName = p
      } else if ["miasto", "gmina", "powiat", "city"].contains(hw.lemma), h + 1 < r.upperBound {
        let words = ((h + 1)..<r.upperBound).map { tokens[$0].text }.filter { $0 != "of" }
        m.placeInName = names.placeName(words, attested: attested)
      } else if hw.lemma == "urząd", h + 2 < r.upperBound, ["miasta", "gminy", "miejski", "miejskiego", "miejskim", "miejskiemu"].contains(tokens[h + 1].lower) {
        m.placeInName = names.placeName(((h + 2)..<r.upperBound).map { tokens[$0].text }, attested: attested)
      }
      if let p = m.placeInName { placesInNames[p.lowercased()] = p }
    }
    return add(m)
  }

  /// "Urząd Miasta w Stalowej Woli" → "Stalowa Wola".
  func placeAfterPreposition(_ r: Range<Int>) -> String? {
    guard let w = r.first(where: { ["w", "we"].contains(tokens[$0].lower) && tokens[$0].casing == .lower }), w + 1 < r.upperBound else { return nil }
    return names.placeName(((w + 1)..<r.upperBound).map { tokens[$0].text }, attested: attested)
  }

  func allCapitalized(_ r: Range<Int>) -> Bool { r.allSatisfy { tokens[$0].kind == .word && tokens[$0].casing == .capitalized } }

  /// "X jest projektem", "X is a project", "X to platforma".
  func projectPredicateAfter(_ r: Range<Int>) -> Bool? {
    var j = r.upperBound
    guard j < tokens.count, ["jest", "to", "is", "był", "była", "będzie", "was"].contains(tokens[j].lower) else { return nil }
    j += 1
    // Articles and one adjective may come first: "is a new project", "jest wspólnym projektem".
    var n = 0
    while j < tokens.count, n < 2, ["a", "an", "the"].contains(tokens[j].lower) || (tokens[j].casing == .lower && !Markers.projectPredicate.contains(tokens[j].lower) && ["ym", "im", "ą", "ew", "al", "ic"].contains(where: { tokens[j].lower.hasSuffix($0) })) {
      j += 1
      n += 1
    }
    guard j < tokens.count else { return nil }
    if Markers.projectPredicate.contains(tokens[j].lower) { return true }
    if tokens[r.upperBound].lower == "to", let h = HeadWords.head(tokens[j].lower), h.kind == .project, tokens[j].lower == h.lemma { return true }
    return nil
  }

  /// Two or three capitalised words after a speech verb, or before ", <function>".
  func isPersonByContext(_ r: Range<Int>) -> Bool {
    guard r.count >= 2, r.count <= 3, r.allSatisfy({ HeadWords.head(tokens[$0].lower) == nil && Places.table[tokens[$0].text] == nil }) else { return false }
    let b = r.lowerBound - 1
    if b >= 0, RoleWords.speechVerbs.contains(tokens[b].lower) { return true }
    let a = r.upperBound
    if a + 1 < tokens.count, tokens[a].text == ",", RoleWords.role(tokens[a + 1].lower) != nil, sentenceOf[a + 1] == sentenceOf[r.lowerBound] { return true }
    if b >= 0, let rw = RoleWords.role(tokens[b].lower), !rw.territorial { return firstName(tokens[r.lowerBound].text) != nil }
    return false
  }

  /// "prezydent Rybnika", "wójt gminy Turośń", "Mayor of Katowice": the territory a function names.
  func territorialRoleBefore(_ r: Range<Int>) -> Bool {
    var b = r.lowerBound - 1
    var steps = 0
    while b >= 0, steps < 3 {
      let t = tokens[b]
      if let rw = RoleWords.role(t.lower) { return rw.territorial }
      guard t.kind == .word, t.casing == .lower || roleToken[b], ["gminy", "gmina", "miasta", "powiatu", "of", "the", "województwa"].contains(t.lower) || roleToken[b] else { return false }
      b -= 1
      steps += 1
    }
    return false
  }

  /// "a representative of X", "przedstawiciel X".
  func representativeBefore(_ r: Range<Int>) -> Bool {
    let b = r.lowerBound - 1
    guard b >= 1 else { return false }
    if tokens[b].lower == "of", ["representative", "member", "head", "director", "ceo", "founder", "president"].contains(tokens[b - 1].lower) { return true }
    if ["przedstawiciel", "przedstawicielka", "przedstawiciela"].contains(tokens[b].lower) { return true }
    return false
  }

  /// The name right after a function ("prezes Zarządu Holo4Med"): the institution.
  func roleBefore(_ r: Range<Int>) -> Bool {
    var b = r.lowerBound - 1
    var steps = 0
    while b >= 0, steps < 3 {
      if RoleWords.role(tokens[b].lower) != nil { return true }
      if !roleToken[b] && !RoleWords.continuations.contains(tokens[b].lower) { return false }
      b -= 1
      steps += 1
    }
    return false
  }

  /// "przedstawiciele 6 polskich miast: Hrubieszowa, Jarosławia, …": a list of places after a colon.
  func inPlaceList(_ r: Range<Int>) -> Bool {
    var b = r.lowerBound - 1
    let s = sentences[sentenceOf[r.lowerBound]]
    while b > s.tokens.lowerBound {
      let t = tokens[b]
      if t.text == ":" { return Self.listNouns.contains(tokens[b - 1].lower) }
      if t.text == "," || ["i", "oraz", "and"].contains(t.lower) || (t.kind == .word && t.casing == .capitalized) { b -= 1; continue }
      return false
    }
    return false
  }
}
