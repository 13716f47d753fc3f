import StakeholderModel

/// Meetings and bodies that share a head word: an unnumbered council session is no event of its own ("Sesja Rady
/// Miasta X: …" in a title), while an assembly someone chairs is a body ("przewodniczący Zgromadzenia X").
extension Recognizer {
  /// Whether chunk `r` opens its sentence with "Sesja" (capitalised only by its place) and goes on with a council:
  /// "Sesja Rady Miasta Kłodzka: …" names the council, and the session is an unnamed meeting (schema convention 9).
  /// Numbered sessions ("XIV sesja Rady …") are read by ``numberedCouncilSessions()``.
  func sessionOpensSentence(_ r: Range<Int>, _ k: Int) -> Bool {
    guard language != "en", r.count >= 3, r.lowerBound == sentences[k].tokens.lowerBound,
          tokens[r.lowerBound].casing == .capitalized, vocabulary.has(Self.sessionForms, r.lowerBound) else { return false }
    return vocabulary.lowerIn(r.lowerBound + 1, ["rady", "sejmiku"])
  }

  /// "przewodniczący Zgromadzenia Związku Gmin X", "członek Zgromadzenia Ogólnego Związku …": an assembly after a
  /// function is the body the person sits on, an organization (a unit of the union it names), not a meeting; nil when
  /// chunk `r` is not such an assembly.
  mutating func assemblyAfterFunction(_ r: Range<Int>, _ k: Int, nested: Bool) -> Int? {
    guard language != "en", r.count >= 2, r.lowerBound > sentences[k].tokens.lowerBound, tokens[r.lowerBound].casing == .capitalized,
          vocabulary.has(Self.assemblyForms, r.lowerBound),
          roleWords[r.lowerBound - 1] != nil || roleToken[r.lowerBound - 1] else { return nil }
    let surface = text(r)
    var m = FoundMention(kind: .organization, range: r, name: names.organizationName(surface), surface: surface, sentence: k)
    m.head = HeadWord(lemma: "zgromadzenie", kind: .organization, gender: .neuter, isUnit: true, sector: .localGovernment)
    m.nested = nested
    return add(m)
  }

  /// Forms of the Polish noun "zgromadzenie" (an assembly).
  static let assemblyForms: WordSet = ["zgromadzenie", "zgromadzenia", "zgromadzeniu", "zgromadzeniem"]
}
