import StakeholderModel

/// Pass 2: chunks that only the document's own findings explain — repeats in another case, surname-only
/// mentions, acronyms, places known from institution names, names a sentence calls a project.
extension Recognizer {
  /// The earlier names a pending chunk can repeat: every form of the first mentions (surface, name, inner name,
  /// acronyms, a company's first word, a body's words after its head) lower-cased → the first mention with it, and
  /// the forms and surnames by their first four letters (for stem matching).
  ///
  /// A body's words after its head count only when they name no place (``headedTail(_:)``); that test reads the
  /// lexicon and the lemmatiser, and few forms are ever asked for, so it runs when a form is asked
  /// (``pendingTarget(_:_:)``): a form's entries are kept in mention order up to the first that needs no test.
  struct PendingIndex {
    /// Form → its first entry: a mention index, or `-1 - m` for the words after the head of mention `m`.
    var byForm: [TextKey: Int] = [:]
    /// Form → the entries after a first one of `-1 - m` kind, up to and including the first mention index.
    var later: [TextKey: [Int]] = [:]
    /// Surnames by their first four letters (keyed on bytes, ``TextKey``, as the prefix index is).
    var surnamesByPrefix: [TextKey: [(String, Int)]] = [:]
    /// Forms of four letters or more by their first four, in no order (sort a bucket before reading it in order);
    /// built by ``prefixIndex()`` when a stem match is first tried.
    var byPrefix: [TextKey: [String]]?

    /// Candidates for stem matching, by their first four letters (each bucket sorted when asked: few are): ``byPrefix``,
    /// built now if not yet.
    mutating func prefixIndex() -> [TextKey: [String]] {
      if let byPrefix { return byPrefix }
      var index: [TextKey: [String]] = [:]
      for key in byForm.keys where key.text.characterCount >= 4 { index[Self.firstFour(key.text), default: []].append(key.text) }
      byPrefix = index
      return index
    }

    /// The first four letters of `word` (`word.prefix(4)`) as a key.
    static func firstFour(_ word: String) -> TextKey { TextKey(String(word.prefix(4))) }

    /// Records `entry` for `form` unless an entry that needs no test is already there.
    mutating func give(_ form: String, _ entry: Int) {
      let key = TextKey(form)
      guard let first = byForm[key] else { byForm[key] = entry; return }
      guard first < 0 else { return }
      if let rest = later[key], rest.last! >= 0 { return }
      later[key, default: []].append(entry)
    }
  }

  /// A kind and a head lemma, as a key (the lemma compared on bytes, ``TextKey``): ``resolvePending()``'s names by head.
  struct KindAndLemma: Hashable {
    let kind: EntityKind
    let lemma: TextKey

    init(_ kind: EntityKind, _ lemma: String) {
      self.kind = kind
      self.lemma = TextKey(lemma)
    }
  }

  /// The ``PendingIndex`` of the first `count` mentions.
  /// - Complexity: O(m) for m mentions.
  func pendingIndex(_ count: Int) -> PendingIndex {
    var index = PendingIndex()
    // (About two forms per mention: room made at once, not by growing.)
    index.byForm.reserveCapacity(2 * count)
    var surnames: [(String, Int)] = []
    for idx in 0..<count {
      let m = mentions[idx]
      // Surface, name, inner name and acronyms, in that order (a name equal to the surface adds nothing: a second
      // `give` of the same key and mention is a no-op).
      index.give(m.surface.fastLowercased, idx)
      if m.name != m.surface { index.give(m.name.fastLowercased, idx) }
      if let inner = m.innerName { index.give(inner.fastLowercased, idx) }
      for f in m.acronyms { index.give(f.fastLowercased, idx) }
      if m.kind == .person, let s = m.surname { surnames.append((s.fastLowercased, idx)) }
      // "Lumenix Systems S.A." … "CEO of Lumenix", "w Termolabie": a company named later by its first word.
      if let w = companyFirstWord(m) { index.give(w, idx) }
      // "Fundacja Zielony Horyzont" … "Partnerem będzie Zielony Horyzont": a body by the words after its head.
      if let t = headedTailCandidate(m) { index.give(t, -1 - idx) }
    }
    for (s, idx) in surnames { index.surnamesByPrefix[PendingIndex.firstFour(s), default: []].append((s, idx)) }
    return index
  }

  /// The first of the first mentions (``pendingIndex(_:)``) with the lower-cased form `key`, where the words after
  /// a body's head count only when they name no place (``tailNamesPlace(_:)``); nil when none.
  func pendingTarget(_ index: PendingIndex, _ key: String) -> Int? {
    guard let first = index.byForm[TextKey(key)] else { return nil }
    for e in [first] + (index.later[TextKey(key)] ?? []) {
      if e >= 0 { return e }
      if !tailNamesPlace(mentions[-1 - e]) { return -1 - e }
    }
    return nil
  }

  mutating func resolvePending() {
    guard !pending.isEmpty else { return }
    // The index of the mentions found before this pass, built when the first chunk that is not a bare head needs it
    // (chunks add mentions as they go, but only after `earlier`, and never change the earlier ones' forms).
    let earlier = mentions.count
    var index: PendingIndex?
    // Multi-word names of mentions not nested, by kind and head lemma: the first normalised form, whether another
    // form was seen, and the first mention. Read lazily in mention order (`headedRead` so far); what this loop adds
    // only appends.
    var headed: [KindAndLemma: (name: String, several: Bool, first: Int)] = [:]
    var headedRead = 0
    var unexplained: [Pending] = []
    for p in pending {
      let r = p.range
      // A bare capitalised head ("Rady", "Radzie", "Park", "Forum"): the one name of the text with that head.
      if r.count == 1, let h = heads[r.lowerBound] {
        guard h.kind == .organization || h.kind == .event else { continue }
        while headedRead < mentions.count {
          let idx = headedRead
          headedRead += 1
          guard !mentions[idx].nested, let lemma = mentions[idx].head?.lemma, mentions[idx].name.includes(" ") else { continue }
          let key = KindAndLemma(mentions[idx].kind, lemma)
          if headed[key]?.several == true { continue }
          let n = Normalize.form(mentions[idx].name)
          if let known = headed[key] {
            if known.name != n { headed[key]!.several = true }
          } else {
            headed[key] = (n, false, idx)
          }
        }
        let found = headed[KindAndLemma(h.kind, h.lemma)]
        // "w Sejmie", "Senat przyjął": the chambers of parliament are named by their head alone.
        if found == nil, Self.parliamentChambers.contains(h.lemma), tokens[r.lowerBound].casing == .capitalized {
          var m = FoundMention(kind: .organization, range: r, name: recase(h.lemma, like: tokens[r.lowerBound].text), surface: text(r), sentence: p.sentence)
          m.head = h
          add(m)
          continue
        }
        if let found, !found.several {
          let t = found.first
          var m = FoundMention(kind: mentions[t].kind, range: r, name: mentions[t].name, surface: text(r), sentence: p.sentence)
          m.head = mentions[t].head
          m.innerName = mentions[t].innerName
          add(m)
        }
        continue
      }
      // Drop a sentence-initial function word the chunker kept ("Lublin" stays; "Zdjęcia" is not a name).
      let surface = text(r)
      let l = surface.fastLowercased
      if index == nil { index = pendingIndex(earlier) }
      let known = index!
      var target: Int? = pendingTarget(known, l)
      if target == nil, r.count == 1, tokens[r.lowerBound].casing == .capitalized {
        for (s, idx) in known.surnamesByPrefix[PendingIndex.firstFour(l)] ?? [] where Self.sameStem(s, l) { target = idx; break }
      }
      if target == nil, l.count >= 5 {
        for key in (index!.prefixIndex()[PendingIndex.firstFour(l)] ?? []).sorted() where Self.sameStem(key, l) {
          guard let t = pendingTarget(known, key) else { continue }
          if mentions[t].kind != .person { target = t; break }
        }
      }
      if let t = target {
        let src = mentions[t]
        var m = FoundMention(kind: src.kind, range: r, name: src.name, surface: surface, sentence: p.sentence)
        m.head = src.head
        m.surname = src.surname
        m.feminine = src.feminine
        m.foreign = src.foreign
        m.isProgramme = src.isProgramme
        m.innerName = src.innerName
        if src.kind == .person && r.count == 1 { m.name = src.name }
        let idx = add(m)
        if let u = p.parentOf { mentions[u].parent = idx }
        continue
      }
      // Read only by the two place tests below, which both need a short capitalised chunk.
      let placeName = r.count <= 3 && allCapitalized(r) ? self.placeName(r.map { tokens[$0].text }) : ""
      // "Biella's wool waste" after "the Municipality of Biella": the English possessive is no part of the place.
      let bare = language == "en" && l.endsInPossessive ? String(l.dropLast(2)) : l
      if let town = datelinePlace(r) {
        add(FoundMention(kind: .place, range: r, name: town, surface: surface, sentence: p.sentence))
        continue
      }
      if r.count <= 3, allCapitalized(r), let known = placesInNames[placeName.fastLowercased] ?? placesInNames[bare] {
        add(FoundMention(kind: .place, range: r, name: known, surface: surface, sentence: p.sentence))
        continue
      }
      // "z Olecka, Gołdapi, Sejn i okolicznych gmin", "Tartu (Estonia) and Braga (Portugal)": a name
      // coordinated with a place is a place; "Harbour Fish Ltd (Westport)": a town in parentheses after a company.
      if r.count <= 2, allCapitalized(r), coordinatedWithPlace(r) || townAfterCompany(r) {
        add(FoundMention(kind: .place, range: r, name: language == "en" ? surface : placeName, surface: surface, sentence: p.sentence))
        continue
      }
      // "Kalisz was represented by its President …", "and Konin by …": an English text names a Polish town of some
      // size without any cue; the name is not declined, so it is the lexicon's base form.
      if language == "en", r.count <= 2, allCapitalized(r), placeName == surface, names.isLexiconPlace(r.map { tokens[$0].text }, maxRank: Self.englishTownRank) {
        add(FoundMention(kind: .place, range: r, name: surface, surface: surface, sentence: p.sentence))
        continue
      }
      if fundingProgramme(r) {
        var m = FoundMention(kind: .project, range: r, name: surface, surface: surface, sentence: p.sentence)
        m.isProgramme = true
        add(m)
        continue
      }
      // "X, a conference organised by …", "nowa sieć otrzymała nazwę X": an apposition or a naming word gives the kind.
      if r.count <= 6, let kind = appositionKind(r) ?? namedKind(r) {
        let name = language == "en" || kind != .organization ? surface : names.organizationName(surface)
        add(FoundMention(kind: kind, range: r, name: name, surface: surface, sentence: p.sentence))
        continue
      }
      if isPersonByContext(r) { addPerson(r, p.sentence); continue }
      // An unexplained brand-like name in a sentence about "the project": the project's name.
      let s = sentences[p.sentence]
      let first = tokens[r.lowerBound]
      if r.count == 1, first.casing == .camel || (first.casing == .capitalized && first.text.containsNumber),
         r.lowerBound > s.tokens.lowerBound,
         s.tokens.contains(where: { vocabulary.lowerIn($0, ["projektu", "projekt", "projektem", "project"]) }) {
        add(FoundMention(kind: .project, range: r, name: surface, surface: surface, sentence: p.sentence))
        continue
      }
      unexplained.append(p)
    }
    pending.removeAll()
    repeatsOfNamesFoundHere(unexplained, since: earlier)
  }

  /// Chunks this pass left unexplained that repeat, word for word, a name the pass itself found later in the text's
  /// order of chunks: "RURBUS (…), a pilot project …. RURBUS is coordinated by …" (the apposition explains the first
  /// chunk only). Mentions from index `earlier` on are the pass's own.
  mutating func repeatsOfNamesFoundHere(_ unexplained: [Pending], since earlier: Int) {
    guard !unexplained.isEmpty, mentions.count > earlier else { return }
    var byForm: [String: Int] = [:]
    for i in earlier..<mentions.count where mentions[i].kind != .place && mentions[i].kind != .person {
      for form in [mentions[i].surface, mentions[i].name] where byForm[form.fastLowercased] == nil { byForm[form.fastLowercased] = i }
    }
    for p in unexplained where p.range.allSatisfy({ claim[$0] < 0 }) {
      guard let t = byForm[text(p.range).fastLowercased] else { continue }
      let src = mentions[t]
      var m = FoundMention(kind: src.kind, range: p.range, name: src.name, surface: text(p.range), sentence: p.sentence)
      m.head = src.head
      m.isProgramme = src.isProgramme
      m.innerName = src.innerName
      add(m)
    }
  }

  /// Same word up to its ending: a common prefix of at least 4 letters covering all but the last 2–3 letters.
  /// Whether the chunk follows ", " / "i" / "and" after a place (its parenthesised country skipped).
  func coordinatedWithPlace(_ r: Range<Int>) -> Bool {
    var b = r.lowerBound - 1
    // "the Olecko and Gołdap areas": a place the lexicon knows, coordinated with a place after it.
    let e = r.upperBound
    if e + 1 < tokens.count, sentenceOf[e + 1] == sentenceOf[r.lowerBound], vocabulary.lowerIn(e, [",", "i", "oraz", "and"]), claim[e + 1] >= 0,
       mentions[claim[e + 1]].kind == .place, mentions[claim[e + 1]].range.lowerBound == e + 1, !mentions[claim[e + 1]].nested,
       r.allSatisfy({ heads[$0] == nil && firstName(at: $0) == nil }), names.isLexiconPlace(r.map { tokens[$0].text }) {
      return true
    }
    guard b >= 1, sentenceOf[b] == sentenceOf[r.lowerBound], vocabulary.lowerIn(b, [",", "i", "oraz", "and"]) else { return false }
    b -= 1
    if marks.isMark(b, ")"), b >= 2, claim[b - 1] >= 0, mentions[claim[b - 1]].kind == .place, marks.isMark(b - 2, "(") { b -= 3 }
    guard b >= 0, claim[b] >= 0, mentions[claim[b]].kind == .place, !mentions[claim[b]].nested else { return false }
    // The chunk itself must not be followed by a head noun of another kind ("…, Olecka i Urząd …").
    return r.allSatisfy { heads[$0] == nil && firstName(at: $0) == nil }
  }

  /// "Ltd (Westport)", "Sp. z o.o. (Puławy)": one capitalised word in parentheses right after a company's name.
  func townAfterCompany(_ r: Range<Int>) -> Bool {
    guard r.count == 1, r.lowerBound >= 2, r.upperBound < tokens.count, marks.isMark(r.lowerBound - 1, "("),
          marks.isMark(r.upperBound, ")"), tokens[r.lowerBound].casing == .capitalized else { return false }
    let o = claim[r.lowerBound - 2]
    return o >= 0 && mentions[o].kind == .organization && mentions[o].legalForm != nil
  }

  /// Whether `a` and `b` are the same word up to its ending (phrases: word by word): equal, or a common prefix of at
  /// least 4 letters covering all but the last 2–3 letters, or a fleeting "e" before the last letter.
  static func sameStem(_ a: String, _ b: String) -> Bool {
    if a.isSimpleText && b.isSimpleText {
      // Words of one stem share their first letter (a common prefix of four, or all but the last two letters before
      // a fleeting "e"): simple texts opening with different bytes (no space) are not decoded.
      if let x = a.utf8.first, let y = b.utf8.first, x != y, x != 0x20, y != 0x20 { return false }
      return sameSimpleStem(a.scalarArray, b.scalarArray)
    }
    if a == b { return true }
    let phrase = a.includes(" ")
    if phrase != b.includes(" ") { return false }
    if phrase {
      // Phrases: every word must share its stem.
      let aw = a.split(separator: " "), bw = b.split(separator: " ")
      guard aw.count == bw.count else { return false }
      return zip(aw, bw).allSatisfy { sameStem(String($0), String($1)) }
    }
    // In simple text each scalar is a whole character (``Swift/String/isSimpleText``): the scalars give the same
    // answer as the characters without breaking the words into grapheme clusters.
    if a.isSimpleText && b.isSimpleText { return sameWordStem(Array(a.unicodeScalars), Array(b.unicodeScalars)) }
    return sameWordStem(Array(a), Array(b))
  }

  /// ``sameStem(_:_:)`` for two simple texts (``Swift/String/isSimpleText``) given as their scalars, each a whole
  /// character there: equal scalars are equal strings, and phrases are compared word by word without making strings.
  static func sameSimpleStem(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> Bool {
    if x == y { return true }
    let phrase = x.contains(" ")
    if phrase != y.contains(" ") { return false }
    guard phrase else { return sameWordStem(x, y) }
    let xw = x.split(separator: " "), yw = y.split(separator: " ")
    guard xw.count == yw.count else { return false }
    return zip(xw, yw).allSatisfy { $0 == $1 || sameWordStem(Array($0), Array($1)) }
  }

  /// ``sameStem(_:_:)`` for two single words given as their characters (or, for simple text, their scalars).
  static func sameWordStem<C: Equatable & ExpressibleByUnicodeScalarLiteral>(_ x: [C], _ y: [C]) -> Bool {
    var p = 0
    while p < x.count, p < y.count, x[p] == y[p] { p += 1 }
    let maxLen = max(x.count, y.count), minLen = min(x.count, y.count)
    if p >= 4 && p >= maxLen - 3 && p >= minLen - 2 { return true }
    // A fleeting "e" in the last syllable: "Sobek" / "Sobkowi", "Marzec" / "Marca".
    for (base, form) in [(x, y), (y, x)] where base.count >= 4 && base[base.count - 2] == "e" && (base[base.count - 1] == "k" || base[base.count - 1] == "c") {
      let stem = base.dropLast(2) + [base[base.count - 1]]
      if form.count > stem.count, form.count - stem.count <= 3, Array(form.prefix(stem.count)) == Array(stem) { return true }
    }
    return false
  }
}

extension Recognizer {
  /// How large (by the lexicon's rank) a town named without any cue in an English text must be.
  static let englishTownRank = 1500

  /// Heads that name one body when written alone and capitalised: the chambers of the Polish parliament.
  static let parliamentChambers: Set<String> = ["sejm", "senat"]
}
