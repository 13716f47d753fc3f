import StakeholderModel

/// Shapes of names in the genre that the chunker and classifier read with these small rules: acronyms with a
/// lower-case tail, lists of short names in parentheses, owners in the English possessive, quoted parts of
/// organization names, coordinated complements, patrons in the genitive, regional boards, signatory regions and
/// persons named after an English function.
extension Recognizer {
  /// "PŚk", "UWr", "PWr": a short word whose first two letters are capitals and the rest lower case reads as an
  /// acronym (the tokenizer calls it capitalised).
  ///
  ///     Recognizer.isMixedAcronym("PŚk")   // true
  ///     Recognizer.isMixedAcronym("Opole") // false
  static func isMixedAcronym(_ w: String) -> Bool {
    let cs = Array(w)
    guard (3...5).contains(cs.count), cs[0].isUppercase, cs[1].isUppercase else { return false }
    return cs.allSatisfy(\.isLetter)
  }

  /// "Gdańsk University of Technology (Politechnika Gdańska, Gdańsk Tech)": two or more short names (one to four
  /// name-like words each, none a known place) separated by commas in parentheses right after token `e - 1`.
  /// - Returns: The forms and the index of the closing parenthesis.
  func aliasList(after e: Int) -> (forms: [String], close: Int)? {
    guard e < tokens.count, marks.isMark(e, "(") else { return nil }
    var forms: [String] = []
    var start = e + 1
    var q = start
    while q < tokens.count, q - e <= 14, sentenceOf[q] == sentenceOf[e] {
      let t = tokens[q]
      if marks.isMark(q, ",") || marks.isMark(q, ")") {
        guard q > start, q - start <= 4 else { return nil }
        let form = text(start..<q)
        guard names.knownPlace(form) == nil else { return nil }
        forms.append(form)
        if marks.isMark(q, ")") { return forms.count >= 2 ? (forms, q) : nil }
        start = q + 1
      } else if !(t.kind == .word && t.isNameLike) {
        return nil
      }
      q += 1
    }
    return nil
  }

  /// "the EU's Just Transition Fund", "the EU's research programme": an upper-case owner in the English
  /// possessive at the start of a project's name is an organization of its own; the project keeps the rest (a
  /// lone owner is the organization itself).
  /// - Returns: The owner's mention to add, when `m` started with one.
  func possessiveOwner(of m: inout FoundMention) -> FoundMention? {
    guard language == "en", m.kind == .project, !m.range.isEmpty else { return nil }
    let first = tokens[m.range.lowerBound]
    guard first.kind == .word, first.text.endsInPossessive else { return nil }
    let bare = String(first.text.dropLast(2))
    guard bare.count >= 2, bare.allSatisfy({ $0.isUppercase }) else { return nil }
    var owner = FoundMention(kind: .organization, range: m.range.lowerBound..<(m.range.lowerBound + 1), name: bare, surface: bare, sentence: m.sentence)
    owner.head = ["EU", "UE"].contains(bare) ? HeadWords.head("unia") : nil
    if m.range.count == 1 {
      // The whole mention is the owner.
      m = owner
      return nil
    }
    m.range = (m.range.lowerBound + 1)..<m.range.upperBound
    m.surface = text(m.range)
    if m.name.hasPrefix(first.text + " ") { m.name = String(m.name.dropFirst(first.text.count + 1)) } else { m.name = m.surface }
    return owner
  }

  /// "Spółdzielni Mleczarskiej „Mazurskie Łąki”", "Klastra Tworzyw Sztucznych i Recyklingu „Plast-Cykl”": a Polish
  /// quotation right after capitalised words headed by an organization noun is the end of that name, not a title.
  func organizationNameBeforeQuote(_ i: Int, _ s: Sentence) -> Bool {
    guard marks.isMark(i, "„"), i - 1 >= s.tokens.lowerBound, shapes[i - 1].kind == .word, shapes[i - 1].isNameLike else { return false }
    var b = i - 1
    while b >= s.tokens.lowerBound, i - b <= 7 {
      let t = tokens[b]
      if t.kind == .word, t.isNameLike {
        if t.casing == .capitalized, let h = heads[b], h.kind == .organization { return true }
      } else if !(t.kind == .word && ["i", "o", "dla", "na"].contains(t.lower)) {
        return false
      }
      b -= 1
    }
    return false
  }

  /// "Centrum Innowacji i Transferu Technologii sp. z o.o.": the word before "i" at `j` is the head's complement (a
  /// noun, not an adjective) and the word after it another complement, so the name goes on to its legal form.
  func coordinatedComplements(_ j: Int) -> Bool {
    guard language != "en", j >= 2, j + 1 < tokens.count, tokens[j].lower == "i", let h = heads[j - 2], h.kind == .organization, !h.english,
          shapes[j - 1].casing == .capitalized, heads[j - 1] == nil, !Inflection.looksAdjectival(tokens[j - 1].text),
          shapes[j + 1].casing == .capitalized, heads[j + 1] == nil, firstName(at: j + 1) == nil else { return false }
    return true
  }

  /// "Uniwersytet Jana Kochanowskiego": a given name right after an institution's head, followed by a surname in
  /// the masculine genitive (-ego), is the institution's patron even when the given name is also a nominative one.
  func genitivePatron(_ i: Int, _ b: Int) -> Bool {
    guard language != "en", i + 1 < b, firstName(at: i) != nil else { return false }
    let next = tokens[i + 1]
    return next.casing == .capitalized && next.lower.hasSuffix("ego")
  }

  /// "z członkiem Zarządu Województwa Pawłem Nowakiem", "Markowi", "z Anną": a given name in the instrumental or
  /// dative is never an institution's patron (a patron is named in the genitive), so it opens a person.
  func notGenitiveGivenName(_ i: Int) -> Bool {
    guard language != "en", firstName(at: i) != nil else { return false }
    let lower = tokens[i].lower
    return lower.hasSuffix("em") || lower.hasSuffix("ą") || lower.hasSuffix("owi")
  }

  /// "Member of the Board of the Łódzkie Voivodeship": the board of a region, county or province is its
  /// governing body, an organization of local government (schema convention 6), not the territory.
  mutating func regionalBoard(_ r: Range<Int>, _ k: Int, nested: Bool) -> Int? {
    guard language == "en", r.count >= 4, tokens[r.lowerBound].lower == "board", tokens[r.lowerBound + 1].lower == "of",
          HeadWords.englishPlaceHeads.contains(tokens[r.upperBound - 1].lower) else { return nil }
    var m = FoundMention(kind: .organization, range: r, name: text(r), surface: text(r), sentence: k)
    m.head = HeadWord(lemma: "board", kind: .organization, gender: .neuter, isUnit: false, sector: .localGovernment, english: true)
    m.nested = nested
    return add(m)
  }

  /// Participles whose agent ("… by the X Voivodeship") acts: it organizes, hosts, funds or signs.
  static let agentParticiples = ["organised", "organized", "co-organised", "co-organized", "hosted", "co-hosted", "funded",
                                 "co-funded", "financed", "co-financed", "signed", "launched", "run"]

  /// Whether the name starting at `b` is the agent after "by (the)" of a participle of acting: "organised by the
  /// West Pomeranian Voivodeship".
  func regionIsAgent(_ b: Int, _ k: Int) -> Bool {
    var q = b - 1
    if q >= sentences[k].tokens.lowerBound, vocabulary.lowerIs(q, "the") { q -= 1 }
    guard q - 1 >= sentences[k].tokens.lowerBound, vocabulary.lowerIs(q, "by") else { return false }
    return Self.agentParticiples.contains(tokens[q - 1].lower)
  }

  /// "The signatories are the Wielkopolska Voivodeship, the City of Konin …": a voivodeship named among the
  /// signatories acts, so it is an organization (schema convention 6); so is one after "organised by".
  mutating func signatoryRegion(_ r: Range<Int>, _ k: Int, nested: Bool) -> Int? {
    guard language == "en", r.count >= 2, tokens[r.upperBound - 1].lower == "voivodeship",
          sentences[k].tokens.contains(where: { tokens[$0].lower.hasPrefix("signator") })
            || (regionIsAgent(r.lowerBound, k) && !r.contains(where: { englishHeads[$0]?.kind == .organization })) else { return nil }
    var m = FoundMention(kind: .organization, range: r, name: text(r), surface: text(r), sentence: k)
    m.head = HeadWord(lemma: "voivodeship", kind: .organization, gender: .neuter, isUnit: false, sector: .localGovernment, english: true)
    m.nested = nested
    return add(m)
  }

  /// "represented by project coordinator Lucía Martínez Soler": two or three capitalised words with no head word,
  /// none a known place, right after a lower-case English function word, are the person holding it.
  mutating func personAfterEnglishFunction(_ r: Range<Int>, _ k: Int, nested: Bool) -> Int? {
    let b = r.lowerBound - 1
    guard language == "en", !nested, (2...3).contains(r.count), b >= sentences[k].tokens.lowerBound, shapes[b].casing == .lower,
          roleWords[b] != nil, r.allSatisfy({ shapes[$0].kind == .word && shapes[$0].casing == .capitalized && heads[$0] == nil }),
          !r.contains(where: { names.knownPlace(tokens[$0].text) != nil }) else { return nil }
    addPerson(r, k)
    return mentions.count - 1
  }
}

extension Recognizer {
  /// "Deputy Minister of Infrastructure Wojciech Sobczak": the words after "Minister of" name the ministry, the
  /// body the minister belongs to ("Ministry of Infrastructure"), not an organization called "Infrastructure".
  mutating func ministryOfMinister(_ r: Range<Int>, _ k: Int, nested: Bool) -> Int? {
    let b = r.lowerBound - 1
    guard language == "en", b - 1 >= sentences[k].tokens.lowerBound, tokens[b].lower == "of", tokens[b - 1].lower == "minister",
          r.allSatisfy({ shapes[$0].kind == .word && (shapes[$0].isNameLike || ["and", "of", "the"].contains(tokens[$0].lower)) }),
          !r.contains(where: { heads[$0] != nil }) else { return nil }
    var r = r
    // "Deputy Minister of Funds and Regional Policy" after "Ministry of Funds and Regional Policy": the chunk stopped at
    // "and"; the ministry read before says how far its name goes.
    let written = "Ministry of " + text(r) + " and "
    if let known = mentions.first(where: { $0.kind == .organization && $0.name.hasPrefix(written) }) {
      let extra = known.name.dropFirst(written.count).split(separator: " ").count + 1
      let end = r.upperBound + extra
      if end <= sentences[k].tokens.upperBound, (r.upperBound..<end).allSatisfy({ claim[$0] < 0 }), "Ministry of " + text(r.lowerBound..<end) == known.name {
        r = r.lowerBound..<end
      }
    }
    let name = "Ministry of " + text(r)
    var m = FoundMention(kind: .organization, range: r, name: name, surface: text(r), sentence: k)
    m.head = HeadWords.englishHead("ministry")
    m.nested = nested
    return add(m)
  }
}

extension Recognizer {
  /// The quoted part of an organization's name ("Plast-Cykl" in "Klaster Tworzyw … „Plast-Cykl”"), with the
  /// organization's mention index.
  func quotedParts() -> [(text: String, idx: Int)] {
    var out: [(text: String, idx: Int)] = []
    for idx in mentions.indices where mentions[idx].kind == .organization {
      let m = mentions[idx]
      guard let quoted = m.name.quotedPart else { continue }
      let q = String(quoted)
      if q.count >= 4, q.first?.isUppercase == true { out.append((q, idx)) }
    }
    return out
  }

  /// "Klaster „Plast-Cykl”" beside "Klaster Tworzyw Sztucznych i Recyklingu „Plast-Cykl”": a head word and the
  /// quoted part alone is the short form of the longer name with the same head and quoted part.
  mutating func shortQuotedForms() {
    let parts = quotedParts()
    for (q, i) in parts {
      guard let h = mentions[i].head?.lemma, mentions[i].name.split(separator: " ").count <= q.split(separator: " ").count + 1 else { continue }
      let longer = parts.filter { $0.text == q && $0.idx != i && mentions[$0.idx].head?.lemma == h && mentions[$0.idx].name.count > mentions[i].name.count }
      if let l = longer.map(\.idx).max(by: { mentions[$0].name.count < mentions[$1].name.count }) { mentions[i].name = mentions[l].name }
    }
  }

  /// "Jego partnerami są m.in. Plast-Cykl oraz …": the quoted part of an organization's name, written bare and
  /// not read as anything else, refers to that organization.
  mutating func bareQuotedReferences() {
    let parts = quotedParts()
    guard !parts.isEmpty else { return }
    for s in sentences {
      var i = s.tokens.lowerBound
      while i < s.tokens.upperBound {
        guard claim[i] < 0, shapes[i].kind == .word, shapes[i].isNameLike else { i += 1; continue }
        var hit: (end: Int, idx: Int)?
        var j = i + 1
        while j <= min(s.tokens.upperBound, i + 7), claim[j - 1] < 0 {
          let t = text(i..<j)
          if let p = parts.first(where: { $0.text == t }), j == s.tokens.upperBound || !(shapes[j].kind == .word && shapes[j].isNameLike && shapes[j].spaceBefore == false) {
            hit = (j, p.idx)
          }
          j += 1
        }
        guard let hit else { i += 1; continue }
        let src = mentions[hit.idx]
        var m = FoundMention(kind: .organization, range: i..<hit.end, name: src.name, surface: text(i..<hit.end), sentence: sentenceOf[i])
        m.head = src.head
        m.legalForm = src.legalForm
        add(m)
        i = hit.end
      }
    }
  }

  /// "the Policy Learning Event "Textiles in the Loop"": an event's type written as a capitalised name right
  /// before the event's quoted title is the same event, named by its title.
  mutating func eventTypeBeforeTitle() {
    for i in mentions.indices where mentions[i].kind == .event {
      let e = mentions[i].range.upperBound
      guard e + 1 < tokens.count, SentenceSplitter.openQuotes.contains(tokens[e].text), sentenceOf[e] == mentions[i].sentence else { continue }
      let t = claim[e + 1]
      guard t >= 0, t != i, mentions[t].kind == .event, mentions[t].range.lowerBound == e + 1 else { continue }
      mentions[i].name = mentions[t].name
    }
  }
}

extension Recognizer {
  /// "The Voivodeship was represented by …": a capitalised "Voivodeship" after "the", in a text with exactly one
  /// organization named "… Voivodeship", is that organization's short form (capitalised short forms are aliases).
  mutating func voivodeshipShortForms() {
    // "Marshal's Office of the X Voivodeship" ends the same way but is headed by its office.
    let names = Set(mentions.filter { $0.kind == .organization && $0.name.hasSuffix(" Voivodeship") && $0.head?.lemma == "voivodeship" }.map(\.name))
    guard names.count == 1, let name = names.first, let src = mentions.firstIndex(where: { $0.name == name }) else { return }
    for i in tokens.indices where i > 0 && claim[i] < 0 && tokens[i].text == "Voivodeship" && tokens[i - 1].lower == "the" {
      var m = FoundMention(kind: .organization, range: i..<(i + 1), name: name, surface: "Voivodeship", sentence: sentenceOf[i])
      m.head = mentions[src].head
      add(m)
    }
  }
}

extension Recognizer {
  /// "z 14 gmin Szczecińskiego Obszaru Metropolitalnego": a metropolitan or functional area is a place (the
  /// territory, not the association that may carry its name), named in the nominative.
  mutating func metropolitanArea(_ r: Range<Int>, _ k: Int, nested: Bool) -> Int? {
    guard language != "en", let o = r.first(where: { tokens[$0].lower.hasPrefix("obszar") }), o + 1 < r.upperBound,
          ["metropolitaln", "funkcjonaln"].contains(where: { tokens[o + 1].lower.hasPrefix($0) }),
          (r.lowerBound..<o).allSatisfy({ heads[$0] == nil && Inflection.looksAdjectival(tokens[$0].text) }) else { return nil }
    let span = r.lowerBound..<(o + 2)
    var words = (r.lowerBound..<o).map { Inflection.adjective(tokens[$0].text, .masculine) ?? tokens[$0].text }
    words.append("Obszar")
    words.append(Inflection.adjective(tokens[o + 1].text, .masculine) ?? tokens[o + 1].text)
    var m = FoundMention(kind: .place, range: span, name: words.joined(separator: " "), surface: text(span), sentence: k)
    m.nested = nested
    return add(m)
  }
}

extension Recognizer {
  /// "(RSI WO 2030)", "(FEO 2021–2027)": a short form of two or three words in parentheses right after token
  /// `e - 1`, the first an acronym in capitals, the others acronyms, years or a period of years.
  /// - Returns: The short form and the index of the closing parenthesis.
  func spacedAcronym(after e: Int) -> (text: String, close: Int)? {
    guard e + 3 < tokens.count, marks.isMark(e, "("), shapes[e + 1].kind == .word, shapes[e + 1].casing == .upper || Self.isMixedAcronym(tokens[e + 1].text),
          let close = ((e + 3)..<min(tokens.count, e + 7)).first(where: { marks.isMark($0, ")") }) else { return nil }
    for q in (e + 2)..<close {
      let t = tokens[q]
      guard t.kind == .number || (t.kind == .word && t.casing == .upper) || (t.kind == .punct && ["–", "-", "—"].contains(t.text)) else { return nil }
    }
    return (text((e + 1)..<close), close)
  }
}

extension String {
  /// The text between the first opening quotation mark of a name and its closing mark, as Polish typography („…”)
  /// or plain keyboards ("…", “…”) write them: "Plast-Cykl" in `Klaster „Plast-Cykl”`; nil without a non-empty pair.
  var quotedPart: Substring? {
    // Most names have no quotation mark: "\"" is the byte 0x22, and „ ” “ all open with the byte 0xE2.
    if utf8.withContiguousStorageIfAvailable({ !$0.contains { $0 == 0x22 || $0 == 0xE2 } }) == true { return nil }
    guard let a = firstIndex(where: { $0 == "„" || $0 == "\"" || $0 == "“" }) else { return nil }
    let from = index(after: a)
    guard let b = self[from...].firstIndex(where: { $0 == "”" || $0 == "\"" || $0 == "“" }), from < b else { return nil }
    return self[from..<b]
  }
}
