import StakeholderModel

/// Where a named event is held, written right around its name:
///
/// - "Forum Przedsiębiorczości X już w maju w Węgrowie", "Kongres Y 20 listopada w Lublinie", "the Z Forum returns to
///   Gdańsk", "konferencja „W”, zorganizowana w Krośnie przez …": after the event's name only words of time, of taking
///   place or of organizing stand before "w" / "in" / "to" and the place (headlines, "Czytaj także" lines, leads).
/// - "spent the weekend in Tychy at the „X” hackathon", "spotkali się w Opolu na Forum Y", "w Kole obradował Stół
///   X": the place, then "at" / "na" (or a verb of taking place) and the event.
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
  ]

  /// Adds `located_in` for events whose place is written right after or right before their name.
  mutating func eventPlaceAroundName() {
    var placed = Set<Int>()
    for key in order where key.type == .locatedIn && kind(key.source) == .event { placed.insert(key.source) }
    for (e, m) in r.mentions.enumerated() where m.kind == .event && !m.nested && !placed.contains(g(e)) {
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
    let limit = min(s.tokens.upperBound, q + 7)
    while q < limit, r.claim[q] < 0 {
      let t = r.tokens[q]
      guard t.kind == .number || r.vocabulary.has(Self.eventToPlaceWords, q) || Markers.months[t.lower] != nil || t.text == "." else { return nil }
      q += 1
    }
    guard q < s.tokens.upperBound, q - 1 >= s.tokens.lowerBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .place,
          r.vocabulary.lowerIn(q - 1, ["w", "we", "in", "to"]) else { return nil }
    return r.claim[q]
  }

  /// Verbs of a meeting taking place between its place and its name: "w Kole obradował X", "w Kole odbyło się X".
  static let sittingVerbs: WordSet = ["obradował", "obradowała", "obradowało", "obradowali", "odbył", "odbyła", "odbyło", "odbyły", "się", "rozpoczął", "rozpoczęło", "rozpoczęła"]

  /// "in Tychy at the „X” hackathon", "w Opolu na Forum Y", "w Kole obradował X": the place right before "at" / "na"
  /// (or a verb of taking place) and the event.
  func placeBeforeEvent(_ e: Int, in s: Sentence) -> Int? {
    var b = r.mentions[e].range.lowerBound - 1
    if b >= s.tokens.lowerBound, SentenceSplitter.openQuotes.contains(r.tokens[b].text) { b -= 1 }
    // "w Kole obradował Stół X": one or two verbs of taking place, the place right before them.
    var v = b
    while v >= s.tokens.lowerBound, b - v < 2, r.claim[v] < 0, r.vocabulary.has(Self.sittingVerbs, v) { v -= 1 }
    if v < b, v >= s.tokens.lowerBound, r.claim[v] >= 0, r.mentions[r.claim[v]].kind == .place {
      let p = r.claim[v]
      let a = r.mentions[p].range.lowerBound - 1
      if a >= s.tokens.lowerBound, r.vocabulary.lowerIn(a, ["w", "we"]) { return p }
    }
    if b >= s.tokens.lowerBound, r.vocabulary.lowerIs(b, "the") { b -= 1 }
    guard b - 1 >= s.tokens.lowerBound, r.vocabulary.lowerIn(b, ["at", "na"]), r.claim[b - 1] >= 0 else { return nil }
    let p = r.claim[b - 1]
    guard r.mentions[p].kind == .place else { return nil }
    let a = r.mentions[p].range.lowerBound - 1
    guard a >= s.tokens.lowerBound, r.vocabulary.lowerIn(a, ["w", "we", "in"]) else { return nil }
    return p
  }
}
