import StakeholderModel

/// Taking part in an event or project named in an earlier sentence and referred to by a pronoun or a common noun:
/// - "… Forum Y, które X zorganizuje w maju. Udział w nim zapowiedziało już Stowarzyszenie Z.";
/// - "Brało w nim udział m.in. Stowarzyszenie V.", "Swój udział w forum potwierdziła już spółka W.";
/// - "… podczas konferencji „Q”. Udział w konferencji zapowiedział Jan Kos, członek Zarządu Województwa.";
/// - "A delegation from the City of X will take part in the forum."
///
/// The taking part is the bodies' and persons' of the sentence, not the institutions of the persons' functions
/// there, nor places.
extension RelationFinder {
  /// Words of taking part that the reference follows or precedes ("udział w nim", "w nim udział", "part in it").
  static let takingPartNouns: WordSet = ["udział", "udziału", "part"]
  /// Pronouns (after "w" / "in") that refer to the event or project of the sentence before.
  static let eventPronouns: WordSet = ["nim", "niej", "nich", "it"]
  /// Common nouns (after "w" / "in") that refer to an event named before, with the stem its name or marker shares
  /// ("udział w konferencji" → "… konferencji „Q”"); an empty stem fits any event.
  static let eventBackNouns: WordMap<String> = WordMap([
    "forum": "forum", "konferencji": "konferenc", "spotkaniu": "spotka", "targach": "targ", "debacie": "debat",
    "warsztatach": "warsztat", "kongresie": "kongres", "seminarium": "seminar", "festiwalu": "festiwal", "obradach": "",
    "panelu": "panel", "dyskusji": "dyskus",
    "wydarzeniu": "", "conference": "conferenc", "meeting": "meeting", "fair": "fair", "workshop": "workshop",
    "festival": "festival", "event": "",
  ])
  /// The common nouns of ``eventBackNouns``, for look-ups.
  static let eventBackNounWords = WordSet(Array(eventBackNouns.keys))
  /// Both kinds of back-reference, for the sentence test.
  static let eventBackReferences = eventPronouns.union(eventBackNounWords)
  /// Prepositions before a mention that is no subject of taking part ("na Wydziale X", "z Y", "in Z").
  static let prepositionsBeforeNonSubjects: WordSet = ["w", "we", "na", "z", "ze", "do", "od", "dla", "przy", "in", "at", "from", "of", "on"]

  /// Adds `participates_in` from the bodies and persons of a sentence of taking part in "it" / "the forum" to the
  /// event (or project) named last in the three sentences before.
  mutating func participationInEventNamedBefore() {
    guard r.sentences.count > 1 else { return }
    for k in 1..<r.sentences.count where r.vocabulary.sentenceHas(Self.takingPartNouns, k) && r.vocabulary.sentenceHas(Self.eventBackReferences, k) {
      let s = r.sentences[k]
      let here = mentions(in: k)
      guard !here.contains(where: { kind(g($0)) == .event || kind(g($0)) == .project }),
            let u = s.tokens.first(where: { r.claim[$0] < 0 && r.vocabulary.has(Self.takingPartNouns, $0) }),
            // "W spotkaniu udział wzięli: A, B …": a list of the meeting's participants is the list rules'.
            !((u + 1)..<min(s.tokens.upperBound, u + 3)).contains(where: { r.marks.isMark($0, ":") }),
            let ref = backReference(near: u, in: s), let target = eventReferredTo(by: ref, before: k) else { continue }
      let persons = here.filter { r.mentions[$0].kind == .person }.map { g($0) }
      let theirs = Set(persons.flatMap { affiliations[$0] ?? [] })
      for m in here where [.person, .organization].contains(r.mentions[m].kind) {
        let start = r.mentions[m].range.lowerBound
        if start > s.tokens.lowerBound, r.vocabulary.has(Self.prepositionsBeforeNonSubjects, start - 1) { continue }
        let who = g(m)
        guard !theirs.contains(who), organized[who]?.contains(target) != true else { continue }
        add(who, target, .participatesIn, k)
      }
    }
  }

  /// The back-reference after "w" / "in" within three tokens of the taking-part noun at `u` (the token), if any.
  func backReference(near u: Int, in s: Sentence) -> Int? {
    let lo = max(s.tokens.lowerBound, u - 3), hi = min(s.tokens.upperBound - 1, u + 3)
    guard lo < hi else { return nil }
    for w in lo..<hi where r.vocabulary.lowerIn(w, ["w", "in"]) {
      var ref = w + 1
      if ref < hi, r.vocabulary.lowerIs(ref, "the") { ref += 1 }
      if r.claim[ref] < 0, r.vocabulary.has(Self.eventBackReferences, ref) { return ref }
    }
    return nil
  }

  /// What the back-reference at token `ref` in sentence `k` stands for: for a pronoun, the event or project (not a
  /// programme or fund) named last in the sentence before, unless that sentence opens with an unnamed meeting
  /// ("Panel dyskusyjny poprowadził X. Wzięli w nim udział: …"); for a common noun, the event named last in the three
  /// sentences before whose name or marker shares the noun's stem.
  func eventReferredTo(by ref: Int, before k: Int) -> Int? {
    if r.vocabulary.has(Self.eventPronouns, ref) {
      let opening = r.sentences[k - 1].tokens.lowerBound
      guard !(r.claim[opening] < 0 && r.vocabulary.has(Self.genericEventNouns, opening)) else { return nil }
      return mentions(in: k - 1).last(where: { kind(g($0)) == .event || (kind(g($0)) == .project && !r.mentions[$0].isProgramme && !funderLike($0)) }).map { g($0) }
    }
    guard let stem = Self.eventBackNouns[r.tokens[ref].lower] else { return nil }
    for b in stride(from: k - 1, through: max(0, k - 3), by: -1) {
      for m in mentions(in: b).reversed() where kind(g(m)) == .event {
        // The marker: the word before the name, past an opening quote.
        var before = r.mentions[m].range.lowerBound - 1
        if before > r.sentences[b].tokens.lowerBound, r.tokens[before].kind == .punct { before -= 1 }
        let marker = before >= r.sentences[b].tokens.lowerBound ? r.tokens[before].lower : ""
        // "panel dyskusyjny „X”": the marker may stand before an adjective.
        let second = before - 1 >= r.sentences[b].tokens.lowerBound ? r.tokens[before - 1].lower : ""
        if stem.isEmpty || r.mentions[m].name.fastLowercased.contains(stem) || marker.hasPrefix(stem) || second.hasPrefix(stem) { return g(m) }
      }
    }
    return nil
  }

  /// "W panelu wystąpili: A, prezes X; B, …", "W debacie udział wzięli: …": the persons listed after the colon of a
  /// sentence that opens with a noun of the event take part in the event that noun refers to.
  mutating func speakersListedAfterEventNoun() {
    guard r.sentences.count > 1 else { return }
    for k in 1..<r.sentences.count {
      let s = r.sentences[k]
      let a = s.tokens.lowerBound
      guard a + 3 < s.tokens.upperBound, r.vocabulary.lowerIn(a, ["w", "na", "in", "on"]), r.vocabulary.has(Self.eventBackNounWords, a + 1),
            let colon = ((a + 2)..<min(s.tokens.upperBound, a + 6)).first(where: { r.tokens[$0].text == ":" }),
            ((a + 2)..<colon).allSatisfy({ r.claim[$0] < 0 && r.tokens[$0].casing == .lower }),
            let target = eventReferredTo(by: a + 1, before: k) else { continue }
      for m in mentions(in: k) where r.mentions[m].kind == .person && r.mentions[m].range.lowerBound > colon {
        add(g(m), target, .participatesIn, k)
      }
    }
  }

  /// Verbs of moderating a discussion.
  static let moderatingVerbs: WordSet = ["moderował", "moderowała", "moderuje", "moderated", "chaired"]
  /// Nouns of the discussion moderated: "Rozmowę moderowała X", "The debate was moderated by Y".
  static let discussionNouns: WordSet = ["rozmowę", "dyskusję", "debatę", "panel", "discussion", "debate"]

  /// "… zamknął panel „T”. Rozmowę moderowała X": the moderator of a discussion takes part in the event named last in
  /// the sentence or the one before (not the report's meeting, which a panel belongs to).
  mutating func discussionModerators() {
    for (k, s) in r.sentences.enumerated() where r.vocabulary.sentenceHas(Self.moderatingVerbs, k) && r.vocabulary.sentenceHas(Self.discussionNouns, k) {
      let here = mentions(in: k).filter { kind(g($0)) == .event && g($0) != mainEvent }
      let before = k > 0 ? mentions(in: k - 1).filter { kind(g($0)) == .event && g($0) != mainEvent } : []
      guard let target = (here.last ?? before.last).map({ g($0) }) else { continue }
      for m in mentions(in: k) where r.mentions[m].kind == .person { add(g(m), target, .participatesIn, k) }
    }
  }
}
