import StakeholderModel

/// Organizers written as the subject of an active verb of launching, agents named through a possessive common
/// noun, and bodies that represent their region in a partnership.
extension RelationFinder {
  /// Verbs of launching a project or event, whose subject organizes it.
  static let launchVerbs: WordSet = [
    "launched", "launches", "uruchomił", "uruchomiła", "uruchomiło", "zainaugurował", "zainaugurowała", "zainaugurowało",
    "rozpoczyna", "rozpoczął", "rozpoczęła", "rozpoczęło", "uruchamia",
  ]
  /// Auxiliaries and adverbs between a subject and its verb ("has launched", "has officially launched").
  static let auxiliaries: WordSet = ["has", "have", "had", "officially", "recently", "just", "today", "właśnie", "oficjalnie"]
  /// Verbs of representing a body or region in a joint undertaking.
  static let representsVerbs: WordSet = ["represents", "represent", "reprezentuje", "reprezentują"]

  /// "Gdańsk University of Technology (…) has launched BALTIC-WINDSKILLS", "The City of A and the City of B, its
  /// twin town, have launched a joint cultural project, „X”": the organizations right before a verb of launching
  /// (past auxiliaries and adverbs, and an apposition between commas) organize the project or event after it (past
  /// a few lower-case words that name its kind).
  mutating func activeLaunch() {
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Self.launchVerbs, k) else { continue }
      for v in s.tokens where r.vocabulary.has(Self.launchVerbs, v) && r.claim[v] < 0 {
        var b = v - 1
        while b > s.tokens.lowerBound, r.claim[b] < 0, r.vocabulary.has(Self.auxiliaries, b) { b -= 1 }
        if b > s.tokens.lowerBound, r.claim[b] < 0, r.tokens[b].text == ",", let open = appositionStart(before: b, in: s) { b = open - 1 }
        guard b >= s.tokens.lowerBound, let target = launchedThing(after: v, in: s) else { continue }
        for o in coordinatedOrganizations(endingBefore: b + 1, in: s).map({ g($0) }) {
          add(o, target, .organizes, k)
          organizers.insert(o)
        }
      }
    }
  }

  /// The comma that opens an apposition closed by the comma at `close` ("A, its twin town since 1991, have …", "X,
  /// producent blach z Opola, przeznaczy …"): within ten tokens (places may stand inside), right after an
  /// organization; nil when none.
  func appositionStart(before close: Int, in s: Sentence) -> Int? {
    var c = close - 1
    while c > s.tokens.lowerBound, close - c <= 10, r.claim[c] < 0 || r.mentions[r.claim[c]].kind == .place {
      if r.tokens[c].text == "," { return r.claim[c - 1] >= 0 && r.mentions[r.claim[c - 1]].kind == .organization ? c : nil }
      c -= 1
    }
    return nil
  }

  /// The project or event (group) launched by the verb at `v`: right after it and an article, or after up to five
  /// lower-case words and marks that include a project or event noun ("a joint cultural project, „X”"); not a
  /// programme or fund.
  func launchedThing(after v: Int, in s: Sentence) -> Int? {
    var a = v + 1
    var sawNoun = false
    while a < s.tokens.upperBound, a - v <= 6, r.claim[a] < 0, r.tokens[a].kind == .punct || r.tokens[a].casing == .lower {
      if r.vocabulary.has(Markers.project, a) || r.vocabulary.has(Markers.event, a) { sawNoun = true }
      a += 1
    }
    guard a < s.tokens.upperBound, a == v + 1 || sawNoun || (a == v + 2 && r.vocabulary.lowerIn(v + 1, ["the", "a", "an"])),
          r.claim[a] >= 0, [.project, .event].contains(r.mentions[r.claim[a]].kind),
          !r.mentions[r.claim[a]].isProgramme, !funderLike(r.claim[a]) else { return nil }
    return g(r.claim[a])
  }

  /// "The project is coordinated by the university's Faculty of X": after "by" and a possessive common noun, the
  /// named organization organizes the project or event named before (or the document's project, referred to by
  /// "the project", or the report's meeting, referred to by "the meeting").
  mutating func possessiveAgent() {
    for (k, s) in r.sentences.enumerated() where r.vocabulary.sentenceHas(Markers.organizedByCue, k) {
      for by in s.tokens where r.vocabulary.lowerIs(by, "by") && by + 3 < s.tokens.upperBound && by > s.tokens.lowerBound {
        guard r.vocabulary.has(Markers.organizedByCue, by - 1) else { continue }
        var q = by + 1
        if r.vocabulary.lowerIs(q, "the") { q += 1 }
        guard q + 1 < s.tokens.upperBound, r.claim[q] < 0, r.tokens[q].casing == .lower,
              r.tokens[q].lower.hasSuffix("'s") || r.tokens[q].lower.hasSuffix("’s"), r.claim[q + 1] >= 0,
              r.mentions[r.claim[q + 1]].kind == .organization else { continue }
        let before = mentions(in: k).last { [.project, .event].contains(r.mentions[$0].kind) && r.mentions[$0].range.upperBound <= by }.map { g($0) }
        let referred = (s.tokens.lowerBound..<by).contains { r.vocabulary.has(Markers.project, $0) } ? mainProject : nil
        // "The two-day meeting was hosted by the university's Faculty of X": a generic meeting noun is the report's meeting.
        let meeting = (s.tokens.lowerBound..<by).contains { r.vocabulary.has(Self.genericEventNouns, $0) || r.vocabulary.has(Self.eventReferences, $0) } ? mainEvent : nil
        guard let target = before ?? referred ?? meeting else { continue }
        let o = g(r.claim[q + 1])
        add(o, target, .organizes, k)
        organizers.insert(o)
      }
    }
  }

  /// "the Marshal's Office of X, which represents the region in the partnership through its Department of Y": the
  /// body, and the unit it acts through, take part in the document's project.
  mutating func representsInPartnership() {
    guard let proj = mainProject else { return }
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Self.representsVerbs, k),
            let v = s.tokens.first(where: { r.vocabulary.has(Self.representsVerbs, $0) }), v - 3 >= s.tokens.lowerBound,
            r.vocabulary.lowerIn(v - 1, ["which", "który", "która", "które"]), r.tokens[v - 2].text == ",",
            ((v + 1)..<s.tokens.upperBound).contains(where: { r.vocabulary.has(Self.undertakingCues, $0) || r.vocabulary.lowerIn($0, ["projekcie", "partnerstwie", "konsorcjum"]) }),
            r.claim[v - 3] >= 0, r.mentions[r.claim[v - 3]].kind == .organization else { continue }
      var takers = [g(r.claim[v - 3])]
      for m in mentions(in: k) where r.mentions[m].kind == .organization && r.mentions[m].range.lowerBound > v {
        let b = r.mentions[m].range.lowerBound - 1
        if b - 1 > v, r.vocabulary.lowerIn(b, ["its", "jego", "swój", "swoje"]), r.vocabulary.lowerIn(b - 1, ["through", "przez", "poprzez"]) { takers.append(g(m)) }
      }
      for o in takers where organized[o]?.contains(proj) != true { add(o, proj, .participatesIn, k) }
    }
  }
}

extension RelationFinder {
  /// "podczas spotkania „Nauka dla mleczarstwa”", "during the workshop „X”": event mention `e` is introduced by
  /// "during" and a generic meeting noun, so its sentence says where and when it happened.
  func duringMeetingNoun(_ e: Int) -> Bool {
    var b = r.mentions[e].range.lowerBound - 1
    if b >= 0, SentenceSplitter.openQuotes.contains(r.tokens[b].text) { b -= 1 }
    guard b >= 1, r.vocabulary.has(Self.genericEventNouns, b) else { return false }
    var d = b - 1
    if d >= 1, r.vocabulary.lowerIs(d, "the") { d -= 1 }
    return r.vocabulary.lowerIn(d, ["podczas", "during"])
  }
}
