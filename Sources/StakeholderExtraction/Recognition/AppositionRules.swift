import StakeholderModel

/// Names that no head word explains but the words around them do: an apposition after a comma ("X, a voucher
/// scheme …", "X, a conference organised by …"), a naming verb ("otrzymała nazwę X", "called X") and an acronym
/// spelled out in parentheses after it ("SOLBUS (Solar Bus … Alliance)").
extension Recognizer {
  /// Lower-case nouns of an apposition that make the name before it a project (beyond ``Markers/project``).
  static let appositionProjectWords: WordSet = [
    "scheme", "voucher", "vouchers", "grant", "programme", "roadmap", "pilot", "tool", "service", "label",
    "bon", "bonu", "grantu", "narzędzie", "usługa", "pilotaż",
  ]
  /// Relative pronouns: after a comma they open a clause, not an apposition.
  static let relativePronouns: WordSet = ["który", "która", "które", "którego", "której", "których", "which", "that", "who"]
  /// Lower-case nouns of an English apposition that make the name before it an organization.
  static let appositionOrganizationNouns: WordSet = [
    "company", "firm", "start-up", "startup", "manufacturer", "producer", "recycler", "operator", "cooperative",
    "agency", "cluster", "association", "foundation", "consultancy", "spin-off", "incubator", "campus", "college",
    "school", "faculty", "institute", "university", "hospital", "clinic", "maker", "integrator", "supplier", "provider",
    "developer", "distributor", "exporter", "enterprise", "brewery", "winery", "bakery", "dairy", "club",
  ]
  /// Lower-case nouns of a Polish apposition that make the name before it an organization (nominative and
  /// instrumental: "X, spółka …", "z X, spółką …").
  static let polishAppositionOrganizationNouns: WordSet = [
    "spółka", "spółką", "firma", "firmą", "producent", "producentem", "spółdzielnia", "spółdzielnią", "agencja",
    "agencją", "klaster", "klastrem", "stowarzyszenie", "stowarzyszeniem", "fundacja", "fundacją", "przedsiębiorstwo",
  ]

  /// The kind an apposition after `r` gives it: ", a/an/the" (or "–") and up to six lower-case words, one of
  /// them an event marker, a project noun or an organization noun ("Green Harbour Days 2026, a conference organised
  /// by …"; "Zielony Bon, a voucher scheme the agency runs"; "X, nowa sieć …"). A function word among them
  /// ("project manager") means the name is a person's, so no kind is given.
  /// - Complexity: O(1): at most eight tokens are read.
  func appositionKind(_ r: Range<Int>) -> EntityKind? {
    var a = r.upperBound
    // "Wirtualna Elektrownia X (WEX) – projekt, który …": the acronym defined after the name comes first.
    if a + 3 < tokens.count, marks.isMark(a, "("), marks.isMark(a + 2, ")"), tokens[a + 1].casing == .upper { a += 3 }
    // "KASZ (Kashubian Buses on Demand), a pilot project": an acronym's words spelled out come first.
    else if a + 3 < tokens.count, marks.isMark(a, "("), r.count == 1, tokens[r.lowerBound].casing == .upper,
            let close = ((a + 2)..<min(tokens.count, a + 10)).first(where: { marks.isMark($0, ")") }),
            ((a + 1)..<close).allSatisfy({ tokens[$0].kind == .word && (tokens[$0].casing != .lower || vocabulary.lowerIn($0, ["of", "on", "for", "and", "in", "the"])) }) {
      a = close + 1
    }
    guard a + 1 < tokens.count, marks.isAny(a, ",", "–", "—"), sentenceOf[a + 1] == sentenceOf[r.lowerBound] else { return nil }
    // "Chcemy, żeby …", "Przypomniał, że …": one capitalised word opening a sentence may be any word.
    // (An English "X, a …" is an apposition wherever it stands: "Metalform, a stamping company from …".)
    if r.count == 1, r.lowerBound == sentences[sentenceOf[r.lowerBound]].tokens.lowerBound,
       !(language == "en" && marks.isMark(a, ",") && vocabulary.lowerIn(a + 1, ["a", "an"])) { return nil }
    var f = a + 1
    if vocabulary.lowerIn(f, ["a", "an", "the", "one"]) { f += 1 }
    var n = 0
    let english = language == "en"
    // Polish appositions put their noun first or after one adjective ("X, nowa sieć …"); English ones after a few
    // modifiers ("X, a one-day workshop", "X, a Toruń start-up").
    while f < tokens.count, n < (english ? 6 : 2), sentenceOf[f] == sentenceOf[a], tokens[f].kind == .word {
      if tokens[f].casing != .lower {
        // A place or nationality written as a modifier: "a Toruń start-up".
        if english, tokens[f].casing == .capitalized, tokens[f].lower.hasSuffix("-based") || names.knownPlace(tokens[f].text) != nil || Self.englishAdjectivesOfOrigin.contains(tokens[f].lower) || names.isLexiconPlace([tokens[f].text]) {
          f += 1
          n += 1
          continue
        }
        return nil
      }
      // "X, a hydrogen production and storage project": "and" joining two lower-case modifiers goes on.
      if english, f > a + 2, vocabulary.lowerIn(f, ["and", "or"]), f + 1 < tokens.count, tokens[f + 1].kind == .word, tokens[f + 1].casing == .lower,
         !vocabulary.has(Self.appositionStops, f + 1) {
        f += 1
        n += 1
        continue
      }
      // "Toruń, for its second partner meeting", "X, said …": a preposition, conjunction or verb starts a clause.
      if lowerRoles[f] != nil || vocabulary.has(Self.appositionStops, f) || vocabulary.has(RoleWords.speechVerbs, f) { return nil }
      if vocabulary.has(Markers.event, f) { return .event }
      if vocabulary.has(Markers.project, f) || vocabulary.has(Self.appositionProjectWords, f) { return .project }
      if english ? vocabulary.has(Self.appositionOrganizationNouns, f) : vocabulary.has(Self.polishAppositionOrganizationNouns, f) { return .organization }
      f += 1
      n += 1
    }
    return nil
  }

  /// Words that end an apposition's search: prepositions, conjunctions, relative pronouns.
  static let appositionStops: WordSet = [
    "for", "of", "in", "at", "with", "to", "by", "on", "from", "which", "who", "that", "where", "when", "as", "and", "or",
    "w", "we", "z", "ze", "na", "do", "dla", "przez", "który", "która", "które", "którzy", "że", "żeby", "aby", "i", "oraz",
    "a", "jak", "gdzie", "kiedy",
  ]

  /// Participles of funding before "by"/"from"/"z": "funded by X", "co-financed from X", "współfinansowany z X".
  static let fundingParticiples: WordSet = [
    "funded", "financed", "co-funded", "co-financed", "cofinanced", "supported", "finansowany", "finansowana",
    "finansowane", "współfinansowany", "współfinansowana", "współfinansowane", "dofinansowany", "dofinansowana",
    "dofinansowane", "sfinansowany", "sfinansowana", "sfinansowane",
  ]

  /// "funded by Digital Europe and coordinated by …": a name no head word explains, right after a funding
  /// participle and "by"/"from"/"z", is the programme that funds (a project; institutions have head words).
  /// - Complexity: O(1).
  func fundingProgramme(_ r: Range<Int>) -> Bool {
    let b = r.lowerBound - 1
    guard b >= 1, vocabulary.lowerIn(b, ["by", "from", "z", "ze"]), vocabulary.has(Self.fundingParticiples, b - 1),
          r.allSatisfy({ heads[$0] == nil && englishHeads[$0] == nil }), firstName(at: r.lowerBound) == nil,
          names.knownPlace(text(r)) == nil else { return false }
    return r.count >= 2 || tokens[r.lowerBound].casing != .upper
  }

  /// Verbs and nouns that give a name: "otrzymała nazwę X", "pod nazwą X", "named X", "called X".
  static let namingWords: WordSet = ["nazwę", "nazwą", "nazwie", "named", "called", "dubbed", "entitled"]

  /// The kind of a name given by a naming word right before `r` ("Nowa sieć otrzymała nazwę X"): the nearest
  /// marker noun earlier in the sentence decides (a network, a programme: project; a forum: event).
  /// - Complexity: O(s) in the sentence's tokens.
  func namedKind(_ r: Range<Int>) -> EntityKind? {
    let b = r.lowerBound - 1
    guard b >= 0, vocabulary.has(Self.namingWords, b), tokens[b].casing == .lower else { return nil }
    let s = sentences[sentenceOf[r.lowerBound]]
    var q = b - 1
    while q >= s.tokens.lowerBound {
      if tokens[q].casing == .lower || q == s.tokens.lowerBound {
        if vocabulary.has(Markers.event, q) { return .event }
        if vocabulary.has(Markers.project, q) { return .project }
      }
      q -= 1
    }
    return nil
  }

  /// "SOLBUS (Solar Bus Alliance for Small Towns) is a … project": an acronym-like word with its
  /// spelled-out name in parentheses right after it. The spelled-out name is the canonical one (schema convention
  /// 2) and takes the kind the text gives the acronym (a project or event elsewhere, or a project noun in the
  /// sentence); the acronym becomes its alias.
  /// - Complexity: O(m) for m mentions.
  mutating func acronymExpansions() {
    for idx in mentions.indices where !mentions[idx].nested && mentions[idx].range.count >= 3 {
      let r = mentions[idx].range
      let open = r.lowerBound - 1, close = r.upperBound
      guard open >= 1, close < tokens.count, marks.isMark(open, "("), marks.isMark(close, ")") else { continue }
      let w = tokens[open - 1]
      guard w.kind == .word, w.text.count >= 3, w.text.count <= 12, w.casing == .upper || w.casing == .camel,
            let initial = w.text.first, mentions[idx].name.first == initial,
            mentions[idx].acronyms.isEmpty else { continue }
      // The acronym's kind: another mention of it, else the sentence's own marker nouns.
      var kind: EntityKind?
      if let other = mentions.first(where: { ($0.name == w.text || $0.surface == w.text) && ($0.kind == .project || $0.kind == .event) }) { kind = other.kind }
      let k = mentions[idx].sentence
      if kind == nil, sentences[k].tokens.contains(where: { $0 > close && vocabulary.has(Markers.project, $0) && tokens[$0].casing == .lower }) { kind = .project }
      guard let kind, kind != mentions[idx].kind || claim[open - 1] >= 0 else { continue }
      mentions[idx].kind = kind
      mentions[idx].head = nil
      mentions[idx].acronyms.append(w.text)
      definedAcronyms.insert(w.text)
      for m in mentions.indices where mentions[m].name == w.text && (mentions[m].kind == kind || mentions[m].kind == .organization) {
        mentions[m].name = mentions[idx].name
        mentions[m].kind = kind
      }
      if claim[open - 1] < 0 {
        var m = FoundMention(kind: kind, range: (open - 1)..<open, name: mentions[idx].name, surface: w.text, sentence: k)
        m.isProgramme = false
        add(m)
      }
    }
  }
}
