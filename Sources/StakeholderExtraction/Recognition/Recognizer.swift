import StakeholderModel

/// Finds the names in one document: quoted titles after markers, capitalised chunks classified by head
/// words, given names, legal forms, place cues and acronym definitions; then the names that only the
/// document's own earlier findings explain (inflected repeats, surname-only mentions, acronyms).
///
///     var r = Recognizer(text: doc.text, language: "pl")
///     r.run()   // r.mentions, r.roles
///
/// - Complexity: O(n) in the text's tokens; the look-ups of earlier mentions (repeats, bare heads, acronyms) go
///   through indexes by stem, head and capitals, so a long document costs about as much as its parts.
struct Recognizer {
  /// The document's read-only data (tokens, sentences, head words, vocabulary, …), read through the forwarding
  /// properties of `RecognizerText.swift`.
  let doc: DocumentText
  /// ``DocumentText/vocabulary``, ``DocumentText/names`` and ``DocumentText/memo`` held here too: rules call their
  /// methods, and a class read through `doc` would be retained around each such call.
  let vocabulary: VocabularyIndex
  let names: NameServices
  let memo: Memo
  /// Token → index of the outermost mention covering it, or -1.
  var claim: [Int]
  var mentions: [FoundMention] = []
  var roles: [FoundRole] = []
  /// Acronyms written in parentheses anywhere in the text.
  var definedAcronyms: Set<String> = []
  /// Places written into organization names ("Miasto Lublin" → "Lublin"), by lower-cased name.
  var placesInNames: [String: String] = [:]
  /// Chunks no rule explained in the first pass, with their context.
  var pending: [Pending] = []
  /// Tokens that belong to a role phrase (not names).
  var roleToken: [Bool]
  /// Normalised surface of every project and event mention so far → its index, bucketed by shape.
  var titleIndex = TitleIndex()

  /// Per-document memo of given-name look-ups (the same capitalised words recur).
  /// Unchecked exclusivity: the memo belongs to one recogniser on one thread and no access to a field overlaps
  /// another, so the run-time checks (a cost at every rule that reads it) are left out.
  final class Memo {
    /// ``Recognizer/firstName(_:)`` and ``Recognizer/givenName(_:)`` by the form asked (told apart by bytes).
    @exclusivity(unchecked) var firstNames = ByteKeyedMemo<(name: String, feminine: Bool)?>()
    @exclusivity(unchecked) var givenNames = ByteKeyedMemo<(name: String, feminine: Bool)?>()
    /// The same answers by token index for the token's own text (``Recognizer/firstName(at:)``,
    /// ``Recognizer/givenName(at:)``): the rules ask about the same token several times.
    @exclusivity(unchecked) var firstNameAt = TokenMemo<(name: String, feminine: Bool)?>()
    @exclusivity(unchecked) var givenNameAt = TokenMemo<(name: String, feminine: Bool)?>()
    /// Person mentions by the first four letters of their lower-cased surname (for surname-only mentions).
    @exclusivity(unchecked) var surnames: [Substring: [Int]] = [:]
    /// Lower-cased words of each organization mention's name and name in apposition, when two or more
    /// (``Recognizer/runRepeatsKnownName(_:_:)``), by ``stemBucket(_:)`` of the first word. Mentions are only
    /// appended and their names never change, so entries stay valid; `nameWordsRead` mentions are in.
    @exclusivity(unchecked) var nameWords: [String: [[String]]] = [:]
    @exclusivity(unchecked) var nameWordsRead = 0
    /// The first two characters of a word: two words ``Recognizer/sameStem(_:_:)`` calls the same share them (a
    /// common prefix of four, or a fleeting "e" before the last of four or more letters), or are equal.
    static func stemBucket(_ word: String) -> String { String(word.prefix(2)) }
    /// Multi-word organization mentions by the capitals of their name (``DocumentResolver/capitalsKey(_:)``), in
    /// mention order; `capitalsRead` mentions are in.
    @exclusivity(unchecked) var organizationsByCapitals: [String: [Int]] = [:]
    @exclusivity(unchecked) var capitalsRead = 0
    /// Companies by the first four letters of their first word (``Recognizer/companyFirstWord(_:)``), read lazily.
    @exclusivity(unchecked) var companiesByFirstWord: [Substring: [(word: String, mention: Int)]] = [:]
    @exclusivity(unchecked) var companiesRead = 0
    /// Words written right before a legal form anywhere in the document (``Recognizer/companyWordElsewhere(_:)``),
    /// read on first need.
    @exclusivity(unchecked) var wordsBeforeLegalForms: Set<String>?
    /// How far ``Recognizer/abbreviatedOrganization(at:)`` has scanned the mentions for a word, and what it found.
    struct AbbreviationScan {
      /// The first `scanned` candidates of the word's capitals (``organizationsByCapitals``) have been read.
      var scanned = 0
      /// The first organization the word abbreviates, and its normalised name.
      var hit: Int?
      var name: String?
      /// Two different organizations fit: the answer is nil for good.
      var ambiguous = false
    }
    @exclusivity(unchecked) var abbreviationScans: [String: AbbreviationScan] = [:]
    /// ``Recognizer/placeName(_:)`` by the words asked (keyed on bytes, ``TextKey``: the same words as `String` keys).
    @exclusivity(unchecked) var placeNames: [[TextKey]: String] = [:]
    /// The last text ``Recognizer/text(_:)`` built and its tokens: rules often ask the same range twice in a row
    /// (a mention's name and its surface), and the second answer shares the first one's storage.
    @exclusivity(unchecked) var lastText: (range: Range<Int>, text: String)?
    /// Organizations with a legal form, by their name without it ("Morava Poradenství" → its mention index).
    @exclusivity(unchecked) var companiesWithoutLegalForm: [String: Int] = [:]
  }

  /// Verbs saying where something was held ("odbył się", "took place", "held").
  static let venueVerbs: WordSet = ["odbył", "odbyła", "odbyło", "odbyły", "odbędzie", "place", "held"]

  /// Whether sentence `k` has one of ``venueVerbs`` (``classify(_:_:legal:legalEnd:nested:)`` asks for every
  /// chunk of the sentence).
  /// - Complexity: O(1) once the document's ``vocabulary`` knows the set.
  func sentenceHasVenueVerb(_ k: Int) -> Bool { vocabulary.sentenceHas(Self.venueVerbs, k) }

  /// ``NameServices/placeName(_:attested:)`` with this document's ``attested`` words (fixed once the recogniser is
  /// built), remembered for this document: the same place is often named several times.
  func placeName(_ words: [String]) -> String {
    let key = words.map(TextKey.init)
    if let hit = memo.placeNames[key] { return hit }
    let v = names.placeName(words, attested: attested)
    memo.placeNames[key] = v
    return v
  }

  /// ``NameServices/firstName(_:)``, remembered for this document.
  func firstName(_ form: String) -> (name: String, feminine: Bool)? {
    let names = self.names
    return memo.firstNames.value(form) { names.firstName($0) }
  }

  /// ``NameServices/givenName(_:)`` (Polish or foreign given names), remembered for this document: for rules that
  /// find persons; the rules that keep a given name out of other names ask ``firstName(_:)``.
  func givenName(_ form: String) -> (name: String, feminine: Bool)? {
    let names = self.names
    return memo.givenNames.value(form) { names.givenName($0) }
  }

  /// ``firstName(_:)`` of token `i`'s text, remembered by token (one array read when asked again).
  func firstName(at i: Int) -> (name: String, feminine: Bool)? {
    memo.firstNameAt.value(i, tokenCount: tokens.count) { firstName(tokens[i].text) }
  }

  /// ``givenName(_:)`` of token `i`'s text, remembered by token (one array read when asked again).
  func givenName(at i: Int) -> (name: String, feminine: Bool)? {
    memo.givenNameAt.value(i, tokenCount: tokens.count) { givenName(tokens[i].text) }
  }

  // Rules call these through `vocabulary` (`vocabulary.has(set, i)`, `r.vocabulary.has(set, i)`): a call on the
  // recogniser itself from a closure inside a mutating method copies the whole recogniser first.
  /// Whether token `i`'s lower-cased text is in `set`: `set.contains(tokens[i].lower)`, answered from ``vocabulary``.
  @inline(__always) func has(_ set: WordSet, _ i: Int) -> Bool { vocabulary.has(set, i) }
  /// Whether token `i`'s lower-cased text starts with one of `set`'s prefixes: `set.matches(tokens[i].lower)`.
  @inline(__always) func has(_ set: PrefixSet, _ i: Int) -> Bool { vocabulary.has(set, i) }
  /// Whether token `i`'s lower-cased text is `word` (`tokens[i].lower == word`), compared on bytes where exact.
  @inline(__always) func lowerIs(_ i: Int, _ word: StaticString) -> Bool { vocabulary.words.lowerIs(i, word) }
  /// Whether some token of sentence `k` is in `set` (O(1) once the set is known for the document).
  @inline(__always) func sentenceHas(_ set: WordSet, _ k: Int) -> Bool { vocabulary.sentenceHas(set, k) }
  /// Whether some token of sentence `k` starts with one of `set`'s prefixes.
  @inline(__always) func sentenceHas(_ set: PrefixSet, _ k: Int) -> Bool { vocabulary.sentenceHas(set, k) }

  /// Claim value of tokens that belong to no entity (an award's title).
  static let nonEntity = -2
  /// Nouns that introduce an award or a contest by its title.
  static let awardNouns: WordSet = [
    "nagroda", "nagrody", "nagrodę", "nagrodą", "wyróżnienie", "wyróżnienia",
    "wyróżnień", "statuetka", "statuetki", "statuetkę", "statuetkami", "tytuł", "tytułu", "tytułem", "plebiscyt",
    "plebiscytu", "award", "awards", "prize", "competition", "contest",
  ]

  /// Nouns after a quoted title that make it a named service (a project): "advisory service", "usługa".
  static let serviceNouns: WordSet = ["service", "services", "usługa", "usługi", "usługę", "programme", "scheme", "tool", "narzędzie", "pilot", "pilotaż", "pilotażu"]

  struct Pending {
    var range: Range<Int>
    var sentence: Int
    /// The unit whose parent this chunk names ("… Informacyjnego UMWP").
    var parentOf: Int?
  }

  /// `HeadWords.head`, `HeadWords.englishHead` and `RoleWords.role` of one lower-cased word (a struct, not a tuple:
  /// an array of them is torn down by its own code, not element by element through the tuple's generic witness).
  struct WordLookup: Sendable {
    let head: HeadWord?
    let englishHead: HeadWord?
    let role: RoleWord?
  }

  /// The ``WordLookup`` of each lower-cased word, kept for the process.
  static let wordLookups = SharedWordValues { WordLookup(head: HeadWords.head($0), englishHead: HeadWords.englishHead($0), role: RoleWords.role($0)) }

  init(tokens: [Token], language: String, names: NameServices = .shared) {
    doc = DocumentText(tokens: tokens, language: language, names: names)
    vocabulary = doc.vocabulary
    self.names = names
    memo = doc.memo
    claim = Array(repeating: -1, count: tokens.count)
    roleToken = Array(repeating: false, count: tokens.count)
    let marks = doc.marks
    for i in 1..<max(1, tokens.count - 1) where marks.isMark(i - 1, "(") && marks.isMark(i + 1, ")") {
      let t = tokens[i]
      if t.kind == .word, t.casing == .upper || t.casing == .camel || Self.isMixedAcronym(t.text), t.text.count <= 10 { definedAcronyms.insert(t.text) }
    }
  }

  mutating func run() {
    for (k, s) in sentences.enumerated() { quotes(k, s) }
    for (k, s) in sentences.enumerated() { chunks(k, s) }
    quotedReferences()
    bareQuotedReferences()
    shortQuotedForms()
    eventTypeBeforeTitle()
    numberedCouncilSessions()
    shortEventNames()
    voivodeshipShortForms()
    resolvePending()
    linkLoneSurnames()
    acronymExpansions()
    repairSplitCoordinatedNames()
    alignKindsWithEarlierNames()
    alignRegionAuthorities()
    regionShortForms()
    townShortForms()
    seatForms()
    findRoles()
  }

  /// "Warmińsko-Mazurskiej Agencji Rozwoju Regionalnego S.A. w Olsztynie": an organization followed by "w" and a
  /// place is also known by that longer form (kept as an alias; the seat does not change the canonical name).
  mutating func seatForms() {
    for idx in mentions.indices where mentions[idx].kind == .organization && mentions[idx].fullForm == nil && !mentions[idx].nested {
      let e = mentions[idx].range.upperBound
      guard e + 1 < tokens.count, vocabulary.lowerIn(e, ["w", "we"]), shapes[e].casing == .lower, sentenceOf[e + 1] == mentions[idx].sentence,
            claim[e] < 0 || claim[e] == idx else { continue }
      let p = claim[e + 1]
      guard p >= 0, mentions[p].kind == .place, mentions[p].range.lowerBound == e + 1 else { continue }
      mentions[idx].fullForm = text(mentions[idx].range.lowerBound..<mentions[p].range.upperBound)
    }
  }

  /// "współorganizowała z „Doliną Mleka”": a quoted name, in any case, that is the quoted part of an
  /// organization read before ("Stowarzyszenie … „Dolina Mleka”") refers to that organization.
  mutating func quotedReferences() {
    var quoted: [(words: [String], idx: Int)] = []
    for idx in mentions.indices where mentions[idx].kind == .organization {
      let m = mentions[idx]
      guard let part = m.name.quotedPart else { continue }
      let words = part.lowercased().split(separator: " ").map(String.init)
      if !words.isEmpty { quoted.append((words, idx)) }
    }
    guard !quoted.isEmpty else { return }
    for s in sentences {
      var i = s.tokens.lowerBound
      while i < s.tokens.upperBound {
        guard marks.isMark(i, "„"), claim[i] < 0 else { i += 1; continue }
        var j = i + 1
        while j < s.tokens.upperBound, !marks.isMark(j, "”"), j - i <= 6 { j += 1 }
        guard j < s.tokens.upperBound, marks.isMark(j, "”"), j > i + 1, ((i + 1)...j).allSatisfy({ claim[$0] < 0 }) else { i += 1; continue }
        let words = ((i + 1)..<j).map { tokens[$0].lower }
        let hits = quoted.filter { q in q.words.count == words.count && zip(q.words, words).allSatisfy { Self.sameStem($0, $1) } }
        if let src = hits.first?.idx, Set(hits.map { Normalize.form(mentions[$0.idx].name) }).count == 1 {
          var m = FoundMention(kind: .organization, range: (i + 1)..<j, name: mentions[src].name, surface: text((i + 1)..<j), sentence: sentenceOf[i])
          m.head = mentions[src].head
          m.legalForm = mentions[src].legalForm
          let idx = add(m)
          claim[i] = idx
          claim[j] = idx
        }
        i = j + 1
      }
    }
  }

  // MARK: helpers

  /// The text of tokens `r` as written, single spaces where the document has whitespace.
  /// - Complexity: O(n) in the text's bytes; one allocation (the bytes are copied into the new string's storage),
  ///   none when the same range was asked last.
  func text(_ r: Range<Int>) -> String {
    guard !r.isEmpty else { return "" }
    if let last = memo.lastText, last.range == r { return last.text }
    let text = textFromTokens(r)
    memo.lastText = (r, text)
    return text
  }

  /// ``text(_:)`` built from the tokens.
  private func textFromTokens(_ r: Range<Int>) -> String {
    let tokens = self.tokens
    // One token: its written text itself (no space is put before the first token).
    if r.count == 1 { return tokens[r.lowerBound].writtenText }
    var size = 0
    for i in r { size += tokens[i].writtenText.utf8.count + 1 }
    return String(unsafeUninitializedCapacity: size) { buf in
      var p = 0
      for i in r {
        if i > r.lowerBound && shapes[i].spaceBefore { buf[p] = 0x20; p += 1 }
        let word = tokens[i].writtenText
        // The word's bytes copied at once where the string stores them contiguously (native strings do).
        let copied = word.utf8.withContiguousStorageIfAvailable { bytes -> Int in
          UnsafeMutableBufferPointer(rebasing: buf[p...]).initialize(fromContentsOf: bytes)
        }
        if let copied {
          p += copied
        } else {
          for b in word.utf8 { buf[p] = b; p += 1 }
        }
      }
      return p
    }
  }

  func lower(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].lower : "" }

  func inSentence(_ i: Int, _ s: Sentence) -> Bool { s.tokens.contains(i) }

  @discardableResult
  mutating func add(_ m0: FoundMention, claimTokens: Bool = true) -> Int {
    var m = m0
    // "the EU's Just Transition Fund": the owner in the possessive is an organization of its own.
    if let owner = possessiveOwner(of: &m) { add(owner, claimTokens: claimTokens) }
    // "the City of Kranj's experience": the English possessive ending is not part of the name.
    if language == "en", m.name.endsInPossessive, m.name.count > 3 {
      m.name.removeLast(2)
      if m.surface.endsInPossessive { m.surface.removeLast(2) }
      if let p = m.placeInName, p.endsInPossessive { m.placeInName = String(p.dropLast(2)) }
    }
    if m.kind == .event { withEnglishOrdinal(&m) }
    let idx = mentions.count
    mentions.append(m)
    if m.kind == .person, let s = m.surname?.fastLowercased { memo.surnames[Substring(s).prefix(4), default: []].append(idx) }
    if m.kind == .organization, let l = m.legalForm, m.name.count > l.count + 1, m.name.hasSuffix(" " + l) {
      let bare = String(m.name.dropLast(l.count + 1))
      if memo.companiesWithoutLegalForm[bare] == nil { memo.companiesWithoutLegalForm[bare] = idx }
    }
    if m.kind == .project || m.kind == .event {
      let f = Normalize.form(m.surface)
      titleIndex.insert(f, idx)
    }
    if claimTokens && !m.nested { for i in m.range where claim[i] < 0 { claim[i] = idx } }
    // An acronym defined right after: "Name (ACR)".
    let e = m.range.upperBound
    if m.kind != .person, e + 2 < tokens.count, marks.isMark(e, "("), marks.isMark(e + 2, ")"), definedAcronyms.contains(tokens[e + 1].text) {
      mentions[idx].acronyms.append(tokens[e + 1].text)
      for i in e..<(e + 3) where claim[i] < 0 { claim[i] = idx }
    } else if m.kind == .organization, m.legalForm != nil, e + 4 < tokens.count, vocabulary.lowerIn(e, ["w", "we"]), shapes[e + 1].casing == .capitalized,
              marks.isMark(e + 2, "("), marks.isMark(e + 4, ")"), definedAcronyms.contains(tokens[e + 3].text) {
      // "Agencja Rozwoju Regionalnego S.A. w Koninie (ARR)": the acronym after the company's seat.
      mentions[idx].acronyms.append(tokens[e + 3].text)
      for i in (e + 2)..<(e + 5) where claim[i] < 0 { claim[i] = idx }
    } else if m.kind == .organization, e + 3 < tokens.count, marks.isMark(e, "("), marks.isMark(e + 3, ")"), shapes[e + 1].kind == .word,
              shapes[e + 1].casing == .upper, (2...8).contains(tokens[e + 1].text.count), shapes[e + 2].kind == .word, shapes[e + 2].casing == .capitalized {
      // "Lublin Science and Technology Park Świdnik (LPNT Świdnik)": an acronym with the seat's name.
      mentions[idx].acronyms.append(text((e + 1)..<(e + 3)))
      for i in e..<(e + 4) where claim[i] < 0 { claim[i] = idx }
    } else if m.kind == .organization, twoWordAcronym(after: e) != nil {
      // "Vilnius Gediminas Technical University (VILNIUS TECH)": a two-word short name.
      mentions[idx].acronyms.append(text((e + 1)..<(e + 3)))
      for i in e..<(e + 4) where claim[i] < 0 { claim[i] = idx }
    } else if m.kind == .project, let acr = spacedAcronym(after: e) {
      // "Regionalnej Strategii Innowacji … (RSI WO 2030)": a short form of several words.
      mentions[idx].acronyms.append(acr.text)
      definedAcronyms.insert(acr.text)
      for i in e...acr.close where claim[i] < 0 { claim[i] = idx }
    } else if m.kind == .organization, let list = aliasList(after: e) {
      // "Gdańsk University of Technology (Politechnika Gdańska, Gdańsk Tech)": short names listed in parentheses.
      mentions[idx].acronyms += list.forms
      for i in e...list.close where claim[i] < 0 { claim[i] = idx }
    } else if language == "en", m.kind == .organization, m.range.count >= 3, e + 3 < tokens.count, marks.isMark(e, "("), marks.isMark(e + 3, ")"),
              shapes[e + 1].kind == .word, shapes[e + 1].casing == .capitalized, shapes[e + 2].kind == .word, shapes[e + 2].casing == .capitalized,
              names.knownPlace(text((e + 1)..<(e + 3))) == nil, englishHeads[e + 2] == nil, !vocabulary.has(HeadWords.englishPlaceHeads, e + 2) {
      // "Lublin University of Technology (Lublin Tech)": a two-word short name in parentheses.
      mentions[idx].acronyms.append(text((e + 1)..<(e + 3)))
      for i in e..<(e + 4) where claim[i] < 0 { claim[i] = idx }
    }
    return idx
  }

  /// "the 3rd Białystok Cross-Border Innovation Forum": an English ordinal right before an event's name is part
  /// of it, as a Roman numeral is in Polish ("III Forum …"); the ordinal is a lower-case word token, so the
  /// capitalised chunk starts after it.
  func withEnglishOrdinal(_ m: inout FoundMention) {
    let b = m.range.lowerBound - 1
    guard language == "en", b >= 0, claim[b] < 0, Self.isEnglishOrdinal(tokens[b]), sentenceOf[b] == m.sentence else { return }
    let ordinal = tokens[b].text
    m.range = b..<m.range.upperBound
    if !m.name.hasPrefix(ordinal) { m.name = ordinal + " " + m.name }
    if !m.surface.hasPrefix(ordinal) { m.surface = ordinal + " " + m.surface }
  }

  /// "1st", "2nd", "3rd", "10th": digits and an English ordinal suffix.
  static func isEnglishOrdinal(_ t: Token) -> Bool {
    guard t.kind == .word, t.text.count >= 3, t.text.count <= 5 else { return false }
    let l = t.lower
    guard l.hasSuffix(among: ["st", "nd", "rd", "th"]) else { return false }
    return l.dropLast(2).allSatisfy { $0.isASCII && $0.isNumber }
  }

  /// "(HARBOUR-LINK)", "(FEdP)" right after token `j`: one short capitalised word (not a place) in parentheses, with
  /// the index of the closing parenthesis.
  func shortFormInParentheses(after j: Int, _ s: Sentence) -> (text: String, close: Int)? {
    guard j + 3 < s.tokens.upperBound, marks.isMark(j + 1, "("), marks.isMark(j + 3, ")") else { return nil }
    let t = tokens[j + 2]
    guard t.kind == .word, t.casing != .lower, t.text.count >= 2, t.text.count <= 15,
          t.casing == .upper || t.casing == .camel || t.text.includes("-"), names.knownPlace(t.text) == nil else { return nil }
    return (t.text, j + 3)
  }

  // MARK: pass 1a: quoted titles after a marker

  mutating func quotes(_ k: Int, _ s: Sentence) {
    var i = s.tokens.lowerBound
    var lastKind: EntityKind?
    var lastEnd = -10
    while i < s.tokens.upperBound {
      let t = shapes[i]
      guard t.kind == .punct, SentenceSplitter.openQuotes.contains(tokens[i].text), i + 1 < s.tokens.upperBound,
            !shapes[i + 1].spaceBefore || marks.isMark(i, "„"), !organizationNameBeforeQuote(i, s) else { i += 1; continue }
      var j = i + 1
      while j < s.tokens.upperBound, !(shapes[j].kind == .punct && SentenceSplitter.closeQuotes.contains(tokens[j].text)) { j += 1 }
      guard j < s.tokens.upperBound, j - i - 1 >= 1, j - i - 1 <= 30 else { i += 1; continue }
      // "„święto kwitnącej jabłoni”", "„opolskie święto chleba”", "kampania „smaki regionu”": a title in lower case is a
      // name only when one of its first two words is an event or project head, or a marker stands right before it (in
      // English a quotation in lower case is someone's words).
      let lowerTitleHead = shapes[i + 1].casing == .lower ? ownHeadOfTitle(i + 1, j) : nil
      if shapes[i + 1].casing == .lower, language == "en" || (lowerTitleHead == nil && !markerRightBefore(i, s)) { i += 1; continue }
      // The marker: the nearest marker word within six tokens before the quote.
      var kind: EntityKind?
      var programme = false
      var b = i - 1
      while b >= max(s.tokens.lowerBound, i - 7) {
        let w = tokens[b].lower
        if Markers.event.contains(w) { kind = .event; break }
        if Markers.project.contains(w) { kind = .project; programme = Markers.programme.contains(w); break }
        if visitMarksTitle(b, i) { kind = .event; break }
        if productMarksTitle(b, i) { kind = .project; break }
        if let h = HeadWords.head(w), h.kind != .organization, shapes[b].kind == .word {
          // "finału konkursu „Srebrna X”": the final of a contest is an event.
          kind = h.lemma == "konkurs" && b > s.tokens.lowerBound && tokens[b - 1].lower.hasPrefix("fina") ? .event : h.kind
          break
        }
        b -= 1
      }
      // "warsztaty poświęcone aktualizacji dokumentu „Strategia Rozwoju …”", "plan organizacji „Letniego
      // Festiwalu …”": a title whose own first or second word is a project or event head word is that kind,
      // whatever marker stands further back (a marker right before the quote still names it: "projekt „Forum
      // Młodych”").
      if let k0 = kind, b < i - 1, let h = ownHeadOfTitle(i + 1, j), h.kind != k0 {
        kind = h.kind
        programme = false
      }
      // "projektu „X”, który LGD „Y” realizuje": a quote right after an acronym is that body's name ("LGD „Y”"), not
      // a title of the marker further back.
      if kind != nil, b < i - 1, shapes[i - 1].kind == .word, shapes[i - 1].casing == .upper, (2...5).contains(tokens[i - 1].text.count) {
        i = j + 1
        continue
      }
      // "„święto kwitnących sadów”": a title in lower case with no marker before it is the kind of its own head.
      if kind == nil, let h = lowerTitleHead { kind = h.kind }
      // "„A” oraz „B”": the second title shares the first one's marker.
      if kind == nil, let lk = lastKind, i - lastEnd <= 2 { kind = lk }
      // "promocji „Smaków X” na targach" after "program „Smaki X”": a title read before keeps its kind.
      if kind == nil, tokens[i + 1].casing != .lower, !titleIndex.isEmpty {
        let written = text((i + 1)..<j)
        if earlierTitleName(written, .project) != nil { kind = .project } else if earlierTitleName(written, .event) != nil { kind = .event }
      }
      // A marker after the title: "the „Opole Days” conference", "a „Symbiosis Matchmaking” service".
      if kind == nil {
        var a = j + 1
        while a < s.tokens.upperBound, a - j <= 3, shapes[a].kind == .word, shapes[a].casing == .lower {
          if vocabulary.has(Markers.event, a) { kind = .event; break }
          if vocabulary.has(Markers.project, a) || vocabulary.has(Self.serviceNouns, a) { kind = .project; break }
          a += 1
        }
      }
      // "during "Healing Waters, Smart Services", the second interregional study visit of …": an apposition after the
      // comma, of up to six lower-case words, ends in the title's kind.
      // (A relative clause is no apposition: "„X”, które fundusz organizuje" does not make X a fund's project.)
      if kind == nil, j + 2 < s.tokens.upperBound, marks.isMark(j + 1, ","), !vocabulary.has(Self.relativePronouns, j + 2) {
        var a = j + 2
        while a < s.tokens.upperBound, a - j <= 7, shapes[a].kind == .word, shapes[a].casing == .lower {
          if vocabulary.has(Markers.event, a) || vocabulary.has(Markers.visits, a) { kind = .event; break }
          if vocabulary.has(Markers.project, a) { kind = .project; break }
          a += 1
        }
      }
      if kind == nil { kind = titleOwnKind((i + 1)..<j) }
      // "litewska grupa „Vėtrūnė”", "chór „Y”": a team or group named in quotes after its noun.
      if kind == nil, (max(s.tokens.lowerBound, i - 2)..<i).contains(where: { vocabulary.has(Self.teamNouns, $0) }) { kind = .organization }
      if kind == nil, grantListTitle(i, j, s) { kind = .project }
      // "HYLINK („Hydrogen Links for …”), a three-year project": the acronym is the name, the title its expansion.
      if i >= 2, marks.isMark(i - 1, "("), shapes[i - 2].kind == .word, shapes[i - 2].casing == .upper || shapes[i - 2].casing == .camel,
         claim[i - 2] < 0, j + 1 < s.tokens.upperBound, marks.isMark(j + 1, ")") {
        var acronymKind = kind ?? .project
        var a = j + 2
        while a < s.tokens.upperBound, a - j <= 8 {
          if vocabulary.has(Markers.project, a) { acronymKind = .project; break }
          if vocabulary.has(Markers.event, a) { acronymKind = .event; break }
          a += 1
        }
        let acr = tokens[i - 2].text
        var m = FoundMention(kind: acronymKind, range: (i - 2)..<(i - 1), name: acr, surface: acr, sentence: k)
        m.innerName = text((i + 1)..<j)
        m.isProgramme = false
        let idx = add(m)
        for q in (i - 1)...(j + 1) { claim[q] = idx }
        definedAcronyms.insert(acr)
        i = j + 2
        continue
      }
      // Awards ("statuetki „Olecki Przedsiębiorca Roku”", "nagrody „X”") are not entities; their titles are kept from
      // being read as names. (A grant competition, "konkursu „X”", is a project; a contest's final an event.)
      if kind == nil || kind == .event || kind == .organization, (max(s.tokens.lowerBound, i - 3)..<i).contains(where: { vocabulary.has(Self.awardNouns, $0) }) {
        for q in i...j { claim[q] = Self.nonEntity }
        i = j + 1
        continue
      }
      // "w ramach Działania 1.2 „Badania i innowacje”": a programme's numbered measure, named with its number;
      // "IV Forum Rozwoju Kadr „X”": an event named by a phrase of its kind and the title. The words before the quote
      // and the title together are the name; the title alone is its short form.
      var prefixed: (kind: EntityKind, start: Int, words: String)?
      if let measure = measureBeforeQuote(i, s), (measure.start..<i).allSatisfy({ claim[$0] < 0 }) {
        prefixed = (.project, measure.start, measure.words)
      } else if kind == .event, let phrase = eventPhraseBeforeQuote(i, s) {
        prefixed = (.event, phrase.start, phrase.words)
      }
      if let prefixed {
        let full = prefixed.start..<(j + 1)
        var m = FoundMention(kind: prefixed.kind, range: full, name: prefixed.words + " " + text(i..<(j + 1)), surface: text(full), sentence: k)
        m.innerName = text((i + 1)..<j)
        let idx = add(m)
        for q in full where claim[q] < 0 { claim[q] = idx }
        lastKind = prefixed.kind
        lastEnd = j
        i = j + 1
        continue
      }
      if let kind {
        var inner = (i + 1)..<j
        // Drop closing punctuation glued inside ("RIS ”" has a space before the closing mark).
        while inner.count > 1, shapes[inner.upperBound - 1].kind == .punct, marks.isAny(inner.upperBound - 1, ".", ",", ";") {
          inner = inner.lowerBound..<(inner.upperBound - 1)
        }
        let surface = text(inner)
        var m = FoundMention(kind: kind, range: inner, name: earlierTitleName(surface, kind) ?? nominativeTitle(surface), surface: surface, sentence: k)
        m.isProgramme = programme
        // "„CIRCLE-IN – Circular Industrial Symbiosis …”": the short title before the dash is the same thing.
        // A dash between years ("na lata 2025–2030") is a range, not a subtitle.
        if let d = inner.first(where: { marks.isAny($0, "–", "—", "-") && shapes[$0].spaceBefore }), d > inner.lowerBound {
          m.innerName = text(inner.lowerBound..<d)
        }
        let idx = add(m)
        claim[i] = idx
        claim[j] = idx
        lastKind = kind
        lastEnd = j
        // "„Fundusze Europejskie dla Podlaskiego 2021-2027” (FEdP)", "\"Harbour Links for Green Fisheries\" (HarbourLink)":
        // the short form in parentheses right after a title is its acronym (schema convention 2).
        if let acr = shortFormInParentheses(after: j, s) {
          mentions[idx].acronyms.append(acr.text)
          definedAcronyms.insert(acr.text)
          for q in (j + 1)...acr.close where claim[q] < 0 { claim[q] = idx }
          lastEnd = acr.close
          i = acr.close + 1
          continue
        }
      }
      i = j + 1
    }
  }
}
