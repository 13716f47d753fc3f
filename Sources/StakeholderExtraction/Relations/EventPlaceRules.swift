import StakeholderModel

/// Where a named event is held, in phrasings the place readers of ``places()`` miss:
///
/// - "podpisano w środę w Ełku, podczas IV Forum X", "talks will go on during the X Forum, which A and B will
///   organise in Ostrava": an event after "podczas" / "during" with a place after "w" / "in" in the same sentence.
/// - "Forum X, które w czwartek zgromadziło w Ostrowie …", "the forum gathered 300 guests in X": verbs of gathering.
/// - "Kolejne, VIII Forum X odbędzie się za rok w Kaliszu": a later edition named by its own ordinal is an event of
///   its own, held where the sentence says (an unnamed "kolejne posiedzenie" of the series is not).
/// - "Ponad 200 osób przyjechało do Jasionki na II Forum X", "delegates travelled to Nowy Targ for the X Forum":
///   coming to a place for a named event.
///
/// - Complexity: O(n) for n tokens per rule (each sentence visited once, with look-ups among its mentions).
extension RelationFinder {
  /// Verbs of an event gathering its participants somewhere: "zgromadziło w Ostrowie", "gathered in Koszalin".
  static let gatheringEventVerbs: WordSet = [
    "zgromadziło", "zgromadził", "zgromadziła", "zgromadzi", "gromadzi", "zgromadziły", "organising", "organizing",
    "zorganizują", "zorganizowano", "odbywało", "odbywała", "odbywał", "gathers",
  ]
  /// Verbs of coming somewhere for an event: "przyjechało do Jasionki na Forum", "travelled to X for the Y Forum".
  static let arrivalVerbs: WordSet = [
    "przyjechało", "przyjechali", "przyjechał", "przyjechała", "przyjechały", "przybyło", "przybyli", "przybył", "przybyła",
    "przybyły", "zjechali", "zjechało", "zjechały", "came", "come", "travelled", "traveled", "arrived", "flew", "gathered",
  ]
  /// Nouns of one session of a series, after which the series' name is in the genitive ("Kolejne posiedzenie X").
  static let sessionNouns: WordSet = [
    "posiedzenie", "posiedzenia", "spotkanie", "spotkania", "edycja", "edycji", "sesja", "sesji", "session", "meeting",
    "edition", "round", "runda", "rundy",
  ]
  /// Ordinals written before an event's name: "VIII Forum", "the 4th Forum", "IV Kongres".
  static func isOrdinal(_ text: String) -> Bool {
    if !text.isEmpty, text.allSatisfy({ "IVXLC".contains($0) }) { return true }
    let digits = text.prefix { $0.isNumber }
    return !digits.isEmpty && ["st", "nd", "rd", "th", "."].contains(String(text.dropFirst(digits.count)))
  }

  /// Whether event mention `e` is written right after "podczas" / "during" (optionally "the", an opening quote).
  func duringEvent(_ e: Int) -> Bool {
    var b = r.mentions[e].range.lowerBound - 1
    if b >= 0, SentenceSplitter.openQuotes.contains(r.tokens[b].text) { b -= 1 }
    if b >= 0, r.vocabulary.lowerIs(b, "the") { b -= 1 }
    return b >= 0 && r.sentenceOf[b] == r.mentions[e].sentence && r.vocabulary.lowerIn(b, ["podczas", "during"])
  }

  /// Whether a relative clause opens right after mention `e` (past a closing quote): "Kongresu X, który …", "the X
  /// Forum, which …".
  func relativeClauseFollows(_ e: Int) -> Bool {
    var a = r.mentions[e].range.upperBound
    if a < r.tokens.count, SentenceSplitter.closeQuotes.contains(r.tokens[a].text) { a += 1 }
    return a + 1 < r.tokens.count && r.sentenceOf[a + 1] == r.mentions[e].sentence && r.tokens[a].text == ","
      && r.vocabulary.lowerIn(a + 1, ["który", "która", "które", "którego", "której", "which"])
  }

  /// Whether event mention `e` is a later edition named by its own ordinal ("Kolejne, VIII Forum X"), not the
  /// report's meeting nor a session of a series named in the genitive.
  func namedLaterEdition(_ e: Int) -> Bool {
    let m = r.mentions[e]
    guard g(e) != mainEvent else { return false }
    let first = m.range.lowerBound
    let ordinal = Self.isOrdinal(r.tokens[first].text) || (first >= 1 && Self.isOrdinal(r.tokens[first - 1].text))
    guard ordinal else { return false }
    // "Kolejne posiedzenie Sudeckiego Stołu …": the session noun makes the name a genitive of the series.
    let b = first - 1
    if b >= 0, r.vocabulary.has(Self.sessionNouns, b) { return false }
    return true
  }

  /// "Ponad 200 osób przyjechało w czwartek do Jasionki pod Rzeszowem na II Forum X", "the delegates came to
  /// Nowy Targ for the X Forum": the place one comes to hosts the event one comes for.
  mutating func arrivalPlace() {
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Self.arrivalVerbs, k) else { continue }
      guard let v = s.tokens.first(where: { r.vocabulary.has(Self.arrivalVerbs, $0) && r.claim[$0] < 0 }) else { continue }
      let ms = mentions(in: k)
      guard let pm = ms.first(where: { p in
        let b = r.mentions[p].range.lowerBound - 1
        return r.mentions[p].kind == .place && r.mentions[p].range.lowerBound > v && r.mentions[p].range.lowerBound - v <= 10 && b >= 0 && r.vocabulary.lowerIn(b, ["do", "to"])
      }) else { continue }
      guard let ev = ms.first(where: { e in
        var b = r.mentions[e].range.lowerBound - 1
        if b >= 0, SentenceSplitter.openQuotes.contains(r.tokens[b].text) { b -= 1 }
        if b >= 0, r.vocabulary.lowerIs(b, "the") { b -= 1 }
        return r.mentions[e].kind == .event && r.mentions[e].range.lowerBound > r.mentions[pm].range.upperBound
          && r.mentions[e].range.lowerBound - r.mentions[pm].range.upperBound <= 6 && b >= 0 && r.vocabulary.lowerIn(b, ["na", "for"])
      }) else { continue }
      add(g(ev), g(pm), .locatedIn, k)
    }
  }
}

/// Where a named event is held, written right around its name:
///
/// - "Forum Przedsiębiorczości X już w maju w Węgrowie", "Kongres Y 20 listopada w Lublinie", "the Z Forum returns to
///   Gdańsk", "konferencja „W”, zorganizowana w Krośnie przez …": after the event's name only words of time, of taking
///   place or of organizing stand before "w" / "in" / "to" and the place (headlines, "Czytaj także" lines, leads).
/// - "spent the weekend in Tychy at the „X” hackathon", "spotkali się w Opolu na Y", "met in Lublin for the Z
///   Summit", "w Kole obradował Stół X", "w Kole uczestnicy Zjazdu W": the place, then "at" / "na" / "for" (or a verb of
///   taking place, or the participants) and the event.
///
/// Only an event with no place found yet gets one, so that a place named further on in a long sentence does not add
/// a second.
///
/// - Complexity: O(n) for n tokens (each event mention looks at a few tokens around it).
extension RelationFinder {
  /// Words allowed between an event's name and the preposition of its place: time, taking place, organizing.
  static let eventToPlaceWords: WordSet = [
    "już", "odbędzie", "odbyło", "odbyła", "odbył", "odbyły", "odbywa", "się", "zorganizowana", "zorganizowane",
    "zorganizowany", "zorganizowanej", "zorganizowanego", "przygotowane", "przygotowana", "held", "takes", "take", "took",
    "will", "be", "place", "returns", "return", "comes", "moves", "organised", "organized", "hosted", "on", "the", "of",
    "w", "we", "in", "to", "r", "maju", "czerwcu", "lipcu", "sierpniu", "wrześniu", "październiku", "listopadzie",
    "grudniu", "styczniu", "lutym", "marcu", "kwietniu", "poniedziałek", "wtorek", "środę", "czwartek", "piątek",
    "sobotę", "niedzielę", "spring", "autumn", "summer", "winter", "wiosną", "jesienią", "latem", "zimą", "roku", "year",
    "który", "które", "która", "which", "i", "and", "was", "is", "planned", "scheduled", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening",
  ]

  /// Adds `located_in` for events whose place is written right after or right before their name.
  mutating func eventPlaceAroundName() {
    var placed = Set<Int>()
    for key in order where key.type == .locatedIn && kind(key.source) == .event { placed.insert(key.source) }
    for e in mentions(ofKind: .event) {
      let m = r.mentions[e]
      guard !m.nested && !placed.contains(g(e)) else { continue }
      guard m.sentence >= 0, m.sentence < r.sentences.count else { continue }
      let s = r.sentences[m.sentence]
      if let p = placeAfterEvent(e, in: s) ?? placeBeforeEvent(e, in: s) {
        add(g(e), g(p), .locatedIn, m.sentence)
        placed.insert(g(e))
      }
    }
  }

  /// "Forum X już w maju w Węgrowie": the place after the event's name and words of ``eventToPlaceWords``.
  func placeAfterEvent(_ e: Int, in s: Sentence) -> Int? {
    var q = claimedEnd(e, before: s.tokens.upperBound)
    // A closing quote or a comma after the name ("konferencja „W”, zorganizowana w Krośnie").
    if q < s.tokens.upperBound, r.claim[q] < 0, [",", "”", "\"", "’"].contains(r.tokens[q].text) { q += 1 }
    let limit = min(s.tokens.upperBound, q + 12)
    var relative = false
    var skippedBody = false
    while q < limit {
      // "…, które EOF organizuje we wrześniu w Elblągu", "which the City Council will host in X": in the event's
      // relative clause, its organizer may stand before the place.
      if r.claim[q] >= 0 {
        guard relative, !skippedBody, r.mentions[r.claim[q]].kind == .organization else { break }
        skippedBody = true
        q = claimedEnd(r.claim[q], before: s.tokens.upperBound)
        continue
      }
      let t = r.tokens[q]
      if r.vocabulary.lowerIn(q, ["który", "które", "która", "którą", "which"]) { relative = true }
      guard t.kind == .number || r.vocabulary.has(Self.eventToPlaceWords, q) || Markers.months[t.lower] != nil || t.text == "."
              || (relative && r.vocabulary.has(Self.clauseHostingVerbs, q)) else { return nil }
      q += 1
    }
    guard q < s.tokens.upperBound, q - 1 >= s.tokens.lowerBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .place,
          r.vocabulary.lowerIn(q - 1, ["w", "we", "in", "to"]) else { return nil }
    return r.claim[q]
  }

  /// Verbs of organizing or hosting in an event's relative clause, before its place.
  static let clauseHostingVerbs: WordSet = [
    "organizuje", "organizują", "zorganizuje", "zorganizują", "przygotuje", "przygotują", "host", "hosts", "hold", "holds",
    "organise", "organises", "organize", "organizes",
  ]

  /// Verbs of a meeting taking place between its place and its name: "w Kole obradował X", "w Kole odbyło się X".
  static let sittingVerbs: WordSet = [
    "obradował", "obradowała", "obradowało", "obradowali", "odbył", "odbyła", "odbyło", "odbyły", "się", "rozpoczął", "rozpoczęło",
    "rozpoczęła", "zakończył", "zakończyła", "zakończyło", "uczestnicy",
  ]

  /// "in Tychy at the „X” hackathon", "w Opolu na Forum Y", "w Kole obradował X", "w Bytowie rozpoczęła się XII
  /// edycja festiwalu „X”": the place right before "at" / "na" (or a verb of taking place) and the event.
  func placeBeforeEvent(_ e: Int, in s: Sentence) -> Int? {
    var b = r.mentions[e].range.lowerBound - 1
    if b >= s.tokens.lowerBound, SentenceSplitter.openQuotes.contains(r.tokens[b].text) { b -= 1 }
    // "w Bytowie rozpoczęła się XII edycja festiwalu „X”": the edition and the marker noun before the title.
    var phrase = b
    if phrase >= s.tokens.lowerBound, r.claim[phrase] < 0, r.vocabulary.has(Markers.event, phrase) {
      phrase -= 1
      if phrase >= s.tokens.lowerBound, r.vocabulary.lowerIn(phrase, ["edycja", "edycji"]) { phrase -= 1 }
      if phrase >= s.tokens.lowerBound, Self.isOrdinal(r.tokens[phrase].text) { phrase -= 1 }
    }
    // "w Kole obradował Stół X": one or two verbs of taking place, the place right before them.
    var v = phrase < b ? phrase : b
    b = v
    while v >= s.tokens.lowerBound, b - v < 2, r.claim[v] < 0, r.vocabulary.has(Self.sittingVerbs, v) { v -= 1 }
    if v < b, v >= s.tokens.lowerBound, r.claim[v] >= 0, r.mentions[r.claim[v]].kind == .place {
      let p = r.claim[v]
      let a = r.mentions[p].range.lowerBound - 1
      if a >= s.tokens.lowerBound, r.vocabulary.lowerIn(a, ["w", "we"]) { return p }
    }
    if b >= s.tokens.lowerBound, r.vocabulary.lowerIs(b, "the") { b -= 1 }
    guard b - 1 >= s.tokens.lowerBound, r.vocabulary.lowerIn(b, ["at", "na", "for"]), r.claim[b - 1] >= 0 else { return nil }
    let p = r.claim[b - 1]
    guard r.mentions[p].kind == .place else { return nil }
    let a = r.mentions[p].range.lowerBound - 1
    guard a >= s.tokens.lowerBound, r.vocabulary.lowerIn(a, ["w", "we", "in"]) else { return nil }
    return p
  }
}
