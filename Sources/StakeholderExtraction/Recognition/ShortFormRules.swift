/// Short forms a text uses for a body named in full before: a company by the first word of its name ("Lumenix
/// Systems S.A." … "CEO of Lumenix", "w Termolabie"), a body by the words after its head ("Fundacja Zielony
/// Horyzont" … "Zielony Horyzont"). Read by the pending pass, the classifier and the resolver.
extension Recognizer {
  /// The lower-cased first word of a company's name when the text may name the company by it alone: "lumenix" for
  /// "Lumenix Systems S.A.", "termolab" for "Termolab Polska sp. z o.o." (a name with a legal form and at least
  /// two words before it, whose first word is no place, given name or function), or the one word of a company's
  /// name written alone ("grafenix" for "spółki Grafenix", so that "Grafenixu" and "z Lekoplastem" are the same
  /// companies). Nil otherwise.
  ///
  ///     companyFirstWord(m)   // "lumenix"
  func companyFirstWord(_ m: FoundMention) -> String? {
    guard m.kind == .organization, !m.nested, m.head == nil else { return nil }
    if let legal = m.legalForm {
      guard m.range.count >= 2 + legal.spaceSeparatedWords.count else { return nil }
    } else {
      guard language != "en", m.range.count == 1, m.name == tokens[m.range.lowerBound].text, !Self.hasAcronymShape(m.name) else { return nil }
    }
    let t = tokens[m.range.lowerBound]
    guard t.kind == .word, t.casing == .capitalized || t.casing == .camel, t.text.count >= 4, heads[m.range.lowerBound] == nil,
          roleWords[m.range.lowerBound] == nil, names.knownPlace(t.text) == nil, firstName(t.text) == nil else { return nil }
    return t.lower
  }

  /// The company (an earlier mention) that the single word at `i` names by its first word, in any case:
  /// "w Termolabie" after "Termolab Polska sp. z o.o."; nil when none or more than one.
  ///
  /// - Complexity: amortised O(1): the mentions are indexed once, as they come.
  func companyNamedByFirstWord(_ i: Int) -> Int? {
    let t = tokens[i]
    guard t.kind == .word, t.casing == .capitalized || t.casing == .camel, t.text.count >= 4 else { return nil }
    while memo.companiesRead < mentions.count {
      let m = mentions[memo.companiesRead]
      if let w = companyFirstWord(m) { memo.companiesByFirstWord[Substring(w).prefix(4), default: []].append((w, memo.companiesRead)) }
      memo.companiesRead += 1
    }
    let hits = (memo.companiesByFirstWord[t.lower.prefix(4)] ?? []).filter { $0.word == t.lower || Self.sameStem($0.word, t.lower) }
    guard let first = hits.first, hits.allSatisfy({ mentions[$0.mention].name == mentions[first.mention].name }) else { return nil }
    return first.mention
  }

  /// The lower-cased words after the leading (Polish or foreign) head words of an organization's name, when they are
  /// a name of their own (capitalised, at least four letters, no acronym, no place): "zielony horyzont" for
  /// "Fundacja Zielony Horyzont". Nil otherwise.
  func headedTail(_ m: FoundMention) -> String? {
    guard let tail = headedTailCandidate(m), !tailNamesPlace(m) else { return nil }
    return tail
  }

  /// ``headedTail(_:)`` before its place tests: the lower-cased tail when it has the shape of a name of its own
  /// (the cheap tests), nil otherwise. `headedTail(m)` is this when ``tailNamesPlace(_:)`` is false, nil when true.
  func headedTailCandidate(_ m: FoundMention) -> String? {
    guard m.legalForm == nil, let q = tailStart(m),
          !(q..<m.range.upperBound).contains(where: { tokens[$0].kind != .word || heads[$0] != nil }),
          m.head?.english == false else { return nil }
    let tail = text(q..<m.range.upperBound).fastLowercased
    return tail.characterCount >= 4 ? tail : nil
  }

  /// Whether the tail of a mention that has one (``headedTailCandidate(_:)``) names a place ("Urząd Miasta Wrocławia",
  /// "University College Galway"): then the town is a place of its own, not a short form of the body.
  func tailNamesPlace(_ m: FoundMention) -> Bool {
    guard let q = tailStart(m) else { return false }
    let words = (q..<m.range.upperBound).map { tokens[$0].text }
    return names.knownPlace(words.joined(separator: " ")) != nil || names.isLexiconPlace(words) || names.isLexiconPlace([placeName(words)])
  }

  /// Where the words after the leading head words of a headed organization's name start, when they start with a
  /// capitalised or camel-case word ("Zielony" in "Fundacja Zielony Horyzont"); nil otherwise ("Biuro ZMKW": an
  /// acronym after a unit's head names its parent, not the unit).
  func tailStart(_ m: FoundMention) -> Int? {
    guard m.kind == .organization, !m.nested, m.head != nil, m.range.count >= 2 else { return nil }
    var q = m.range.lowerBound
    while q < m.range.upperBound, heads[q] != nil { q += 1 }
    guard q > m.range.lowerBound, q < m.range.upperBound, tokens[q].casing == .capitalized || tokens[q].casing == .camel else { return nil }
    return q
  }
}
