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
