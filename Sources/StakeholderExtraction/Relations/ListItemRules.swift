import StakeholderModel

/// Speakers and participants written as bulleted lists, and list items that name their own panel.
///
/// - "Seminarium „X” przygotowało Miasto Y. Głos zabrali:" and a list: a short lead-in with no event of its own
///   continues the sentence before it, so the persons listed take part in the event named there.
/// - "W obradach uczestniczyli m.in.:" and a list, in a report about a project's (unnamed) partner meeting ("spotkanie
///   partnerów projektu „P”" in the lead): the persons listed take part in the project (no named meeting to attend).
/// - "• 10.30 – panel „Y” z udziałem A oraz B": the persons of an item that names its own panel take part in that
///   panel, not in the report's main meeting.
///
/// - Complexity: O(n + m) for n tokens and m mentions (each sentence is visited once).
extension RelationFinder {
  /// Words of a lead-in that announces speakers or participants: "Głos zabrali:", "W obradach uczestniczyli:",
  /// "Speakers at the session:", "Przy stole zasiedli:", "Panelists included:".
  static let leadInSpeakerWords: WordSet = [
    "głos", "zabrali", "wystąpili", "uczestniczyli", "udział", "zasiedli", "prelegenci", "prelegentami", "prelegentów", "paneliści",
    "panelistami", "speakers", "speaker", "panelists", "participants", "attended", "took", "obradach", "debatowali",
    "dyskutowali",
  ]
  /// Words of taking part, which let a list stand for the participants of a project's own meeting.
  static let takingPartWords: WordSet = ["uczestniczyli", "udział", "obradach", "participants", "attended", "took", "participated"]

  /// Lists whose short lead-in names no event: the event named in the sentence before (not the report's meeting),
  /// else, with no meeting named anywhere in the lead, the document's project. Returns the persons listed.
  mutating func listsAfterLeadIn(mainEvent: Int?) -> Set<Int> {
    var listed: Set<Int> = []
    for (k, s) in r.sentences.enumerated() where r.vocabulary.sentenceHas(Self.leadInSpeakerWords, k) {
      let items = listItems(after: k)
      guard !items.isEmpty else { continue }
      representativesInList(items, leadIn: k, mainEvent: mainEvent)
      guard !mentions(in: k).contains(where: { r.mentions[$0].kind == .event }) else { continue }
      let words = s.tokens.filter { r.tokens[$0].kind == .word }.count
      guard words <= 6 else { continue }
      var target: Int?
      if k > 0, !isListItem(k - 1) {
        let before = Set(mentions(in: k - 1).filter { r.mentions[$0].kind == .event && g($0) != mainEvent }.map { g($0) })
        if before.count == 1 { target = before.first }
      }
      if target == nil, mainEvent == nil, let proj = mainProject, s.tokens.contains(where: { r.vocabulary.has(Self.takingPartWords, $0) }),
         leadSpeaksOfPartners(of: proj) {
        target = proj
      }
      guard let t = target else { continue }
      for item in items {
        for m in mentions(in: item) where r.mentions[m].kind == .person {
          add(g(m), t, .participatesIn, item)
          listed.insert(g(m))
        }
      }
    }
    return listed
  }

  /// Words between a panel's name and its speakers: "panel „X” z udziałem A", "panel "X" featuring A", "with A".
  static let featuringWords: WordSet = ["udziałem", "featuring", "with"]

  /// "• 10.30 – panel „Przemysł 4.0” z udziałem A, prezes X, oraz B": in a list item, the persons after a named
  /// event (not the report's meeting) and a word of featuring take part in that event only. Returns those persons.
  mutating func namedItemEvents(mainEvent: Int?) -> Set<Int> {
    var listed: Set<Int> = []
    for (k, s) in r.sentences.enumerated() where isListItem(k) && r.vocabulary.sentenceHas(Self.featuringWords, k) {
      let ms = mentions(in: k)
      guard let e = ms.first(where: { r.mentions[$0].kind == .event && g($0) != mainEvent }) else { continue }
      let end = claimedEnd(e, before: s.tokens.upperBound)
      guard let f = (end..<min(s.tokens.upperBound, end + 3)).first(where: { r.vocabulary.has(Self.featuringWords, $0) }) else { continue }
      for m in ms where r.mentions[m].kind == .person && r.mentions[m].range.lowerBound > f {
        add(g(m), g(e), .participatesIn, k)
        listed.insert(g(m))
      }
    }
    return listed
  }
}

extension RelationFinder {
  /// "Na konferencji wystąpili też A z X oraz przedstawiciele firmy Y": in a sentence of speakers at a named event,
  /// an organization written after "przedstawiciele" / "representatives of" (and a company noun) takes part itself.
  ///
  /// - Parameters:
  ///   - event: The event group spoken at.
  ///   - k: The sentence.
  mutating func representedAtNamedEvent(_ event: Int, in k: Int) {
    let s = r.sentences[k]
    for q in s.tokens where r.claim[q] < 0 && r.vocabulary.has(Self.representativeNouns, q) {
      var a = q + 1
      if a < s.tokens.upperBound, r.vocabulary.lowerIs(a, "of") { a += 1 }
      if a < s.tokens.upperBound, r.vocabulary.lowerIs(a, "the") { a += 1 }
      a = pastDescriptors(a, in: s)
      guard a < s.tokens.upperBound, r.claim[a] >= 0, r.mentions[r.claim[a]].kind == .organization else { continue }
      for o in coordinatedOrganizations(from: a, in: s) where organized[g(o)]?.contains(event) != true { add(g(o), event, .participatesIn, k) }
    }
  }
}

extension RelationFinder {
  /// Whether a sentence of the lead names project `proj` together with a partner or consortium noun ("spotkanie
  /// partnerów projektu „P”", "P partners meet in X"): the report is about the project's own meeting.
  func leadSpeaksOfPartners(of proj: Int) -> Bool {
    (0...min(leadEnd, r.sentences.count - 1)).contains { k in
      r.vocabulary.sentenceHas(Self.partnerNouns, k) && mentions(in: k).contains { g($0) == proj }
    }
  }
}

extension RelationFinder {
  /// "Przy stole zasiedli m.in.:" and an item "– przedstawiciele Fundacji X.": an organization whose representatives
  /// are listed takes part in the event of the lead-in (named there, else the report's meeting).
  ///
  /// - Parameters:
  ///   - items: The list items.
  ///   - k: The lead-in sentence.
  ///   - mainEvent: The report's meeting.
  mutating func representativesInList(_ items: [Int], leadIn k: Int, mainEvent: Int?) {
    guard let target = mentions(in: k).first(where: { r.mentions[$0].kind == .event }).map({ g($0) }) ?? mainEvent else { return }
    for item in items {
      let s = r.sentences[item]
      var q = s.tokens.lowerBound
      while q < s.tokens.upperBound, r.tokens[q].kind == .punct { q += 1 }
      guard q + 1 < s.tokens.upperBound, r.claim[q] < 0, r.vocabulary.has(Self.representativeNouns, q) else { continue }
      var a = q + 1
      if r.vocabulary.lowerIs(a, "of") { a += 1 }
      if a < s.tokens.upperBound, r.vocabulary.lowerIs(a, "the") { a += 1 }
      a = pastDescriptors(a, in: s)
      guard a < s.tokens.upperBound, r.claim[a] >= 0, r.mentions[r.claim[a]].kind == .organization else { continue }
      for o in coordinatedOrganizations(from: a, in: s) where organized[g(o)]?.contains(target) != true { add(g(o), target, .participatesIn, item) }
    }
  }
}

extension RelationFinder {
  /// Heads of a governing body inside a function ("President of the Management Board", "członek zarządu"), which name
  /// no institution of their own.
  static let governingBodyHeads: Set<String> = ["board", "zarząd", "management", "rada", "council"]

  /// "• Anna Nowak, President of the Management Board, XYZ;": in a list item, the organization that ends the item after
  /// a function and a comma is the person's; a governing body named inside the function ("the Management Board") is
  /// only part of the function, not an affiliation.
  mutating func functionThenOrganizationItems() {
    for (k, s) in r.sentences.enumerated() where isListItem(k) {
      let ms = mentions(in: k)
      guard let p = ms.first(where: { r.mentions[$0].kind == .person }), let last = ms.last, r.mentions[last].kind == .organization, last != p else { continue }
      let e = claimedEnd(p, before: s.tokens.upperBound)
      let start = r.mentions[last].range.lowerBound
      guard e < start - 1, r.tokens[e].text == ",", r.tokens[start - 1].text == ",",
            ((e + 1)..<(start - 1)).contains(where: { r.roleWords[$0] != nil }) else { continue }
      // The organization ends the item.
      let after = claimedEnd(last, before: s.tokens.upperBound)
      guard after >= s.tokens.upperBound || [";", ".", ","].contains(r.tokens[after].text) else { continue }
      let pg = g(p), og = g(last)
      // Every mention between is a governing body (or there is none).
      let between = ms.filter { r.mentions[$0].range.lowerBound > e && r.mentions[$0].range.upperBound < start }
      guard between.allSatisfy({ b in
        r.mentions[b].kind == .organization && (r.mentions[b].head.map { Self.governingBodyHeads.contains($0.lemma) } == true
          || r.mentions[b].name.fastLowercased.split(separator: " ").last.map { Self.governingBodyHeads.contains(String($0)) } == true)
      }) else { continue }
      for b in between {
        let key = Key(source: pg, target: g(b), type: .affiliatedWith)
        let body = g(b)
        if found[key] != nil { found[key] = nil; order.removeAll { $0 == key }; affiliations[pg]?.removeAll { $0 == body } }
      }
      if affiliations[pg]?.contains(og) == true { continue }
      add(pg, og, .affiliatedWith, k)
      affiliations[pg, default: []].append(og)
    }
  }
}
