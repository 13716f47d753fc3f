import Foundation

/// One possible nominative of a word inside a phrase, scored.
struct WordCandidate: Sendable {
  enum Role: Sendable { case noun, adjective }
  var lemma: String
  var gender: GrammaticalGender
  var cases: PolishCases
  var role: Role
  var score: Double
  /// A plural form (of a plural-only name, or a plural adjective).
  var plural = false

  /// True when this candidate can stand in `c` agreeing with a head of gender `g` and number `plural`.
  func agrees(gender g: GrammaticalGender, case c: PolishCases, plural p: Bool = false) -> Bool {
    guard cases.contains(c), plural == p else { return false }
    if p { return true }
    switch (gender, g) {
    case (.m1, .m1), (.m1, .m2), (.m3, .m3), (.f, .f), (.n, .n): return true
    case (.m3, .m1), (.m3, .m2), (.m1, .m3): return !c.contains(.accusative)
    default: return false
    }
  }
}

/// Generates scored candidates for one word, from the lexicon first and the suffix rules after.
///
/// Scores: a lexicon reading in the wanted category 3 plus a frequency bonus (1 for rank 1, 0.5 for rank 10,
/// 0.25 for rank 1000), other lexicon readings less, rules by their weight; a lemma attested in the corpus
/// gets 2 more.
struct CandidateGenerator {
  let lexicon: PolishLexicon
  let attestedWords: Set<String>

  static func rankBonus(_ rank: Int32) -> Double {
    rank > 0 ? 1.0 / (1.0 + log10(Double(rank))) : 0
  }

  private func attestedBonus(_ lemma: String) -> Double {
    attestedWords.isEmpty ? 0 : (attestedWords.contains(lemma) ? 2 : 0)
  }

  /// Noun readings of a word inside a place or organization name.
  /// - Parameter inCompound: the word is one part of a hyphenated place name, where parts of geographical
  ///   names (Zdrój, Jastrzębie) are the usual reading.
  /// - Parameter knownAdjective: the word has a reading in the SGJP adjective list; such words get no
  ///   rule-guessed noun readings (a known adjective is not the unknown head of a name).
  func nouns(_ word: String, kind: NameKind, inCompound: Bool = false, knownAdjective: Bool = false) -> [WordCandidate] {
    var out: [WordCandidate] = []
    lexicon.forEachNameLink(word) { record, cases in
      var score: Double
      if record.categories & LemmaRecord.place != 0 {
        score = (kind == .place ? 3 : 1.5) + Self.rankBonus(record.placeRank)
      } else if record.categories & LemmaRecord.placePart != 0 {
        score = inCompound ? 3.6 : (kind == .place ? 2.8 : 1.4)
      } else if record.categories & LemmaRecord.organization != 0 {
        score = kind == .organization ? 2.5 : 1.2
      } else {
        score = 1.0
      }
      score += attestedBonus(record.lemma)
      out.append(WordCandidate(
        lemma: record.lemma, gender: record.gender, cases: cases, role: .noun, score: score, plural: record.pluralOnly))
    }
    lexicon.forEachHeadLink(word) { record, cases in
      out.append(WordCandidate(
        lemma: record.lemma, gender: record.gender, cases: cases, role: .noun,
        score: (kind == .place ? 2.0 : 3.2) + attestedBonus(record.lemma)))
    }
    if out.isEmpty, let plural = adjectivalPluralPlace(word) {
      out.append(plural)
    }
    if out.isEmpty && !knownAdjective {
      if looksEnglish(word) {
        return [WordCandidate(lemma: word, gender: .m3, cases: .all, role: .noun, score: 0.3)]
      }
      // "PolChem", "InfoTechem": a brand with a capital inside is only ever extended by an ending, keeping at least
      // three letters of its last capitalised part ("PolCh" and "PolCho" are no readings of "PolChem").
      let camel = Self.hasInnerCapital(word)
      for r in NounRules.readings(of: word) where !camel || (word.hasPrefix(r.lemma) && Self.lastCapitalisedPart(r.lemma).count >= 3) {
        out.append(WordCandidate(lemma: r.lemma, gender: r.gender, cases: r.cases, role: .noun, score: r.weight + attestedBonus(r.lemma)))
      }
      if out.isEmpty && camel { out.append(WordCandidate(lemma: word, gender: .m3, cases: .all, role: .noun, score: 0.3)) }
    }
    return out
  }

  /// The part of `word` from its last upper-case letter on ("Chem" of "PolChem").
  static func lastCapitalisedPart(_ word: String) -> Substring {
    guard let i = word.lastIndex(where: \.isUppercase) else { return Substring(word) }
    return word[i...]
  }

  /// Whether a lower-case letter is followed by an upper-case one somewhere in `word` ("PolChem", not "Bielsko-Biała").
  static func hasInnerCapital(_ word: String) -> Bool {
    var previousLower = false
    for c in word {
      if previousLower && c.isUppercase { return true }
      previousLower = c.isLowercase
    }
    return false
  }

  /// Plural place names declined like adjectives in speech: "Rydułtowych" → Rydułtowy (SGJP gives only
  /// "Rydułtów"), "Tychach" is already in the lexicon.
  private func adjectivalPluralPlace(_ word: String) -> WordCandidate? {
    let utf8 = word.utf8
    guard utf8.count > 5, utf8.hasSuffixBytes("ych".utf8) || utf8.hasSuffixBytes("ich".utf8) else { return nil }
    let stem = String(decoding: utf8.dropLast(3), as: UTF8.self)
    let nominative = stem + (utf8.hasSuffixBytes("ych".utf8) ? "y" : "i")
    var found: WordCandidate? = nil
    lexicon.forEachNameLink(nominative) { record, cases in
      guard record.pluralOnly, record.lemma == nominative, cases.contains(.nominative),
        record.categories & LemmaRecord.place != 0
      else { return }
      found = WordCandidate(lemma: nominative, gender: record.gender, cases: [.genitive, .locative], role: .noun,
                            score: 2.5 + attestedBonus(nominative), plural: true)
    }
    return found
  }

  /// Adjective readings, each already put into the nominative of its gender.
  func adjectives(_ word: String) -> [WordCandidate] {
    var out: [WordCandidate] = []
    for r in AdjectiveRules.readings(of: word) {
      let known = lexicon.isAdjectiveLemma(lastPart(r.masculineLemma))
      guard known || AdjectiveRules.looksAdjectival(r.masculineLemma) else { continue }
      let lemma = r.lemma(for: r.gender)
      out.append(WordCandidate(lemma: lemma, gender: r.gender, cases: r.cases, role: .adjective,
                               score: (known ? 2.0 : 1.2) + attestedBonus(lemma), plural: r.plural))
    }
    return out
  }

  private func lastPart(_ s: String) -> String {
    if s.utf8.contains(UInt8(ascii: "-")), let hyphen = s.lastIndex(of: "-") { return String(s[s.index(after: hyphen)...]) }
    return s
  }

  /// First-name readings: lexicon first names, then adjectival (Jerzego → Jerzy, Harriego → Harri) and noun rules.
  func firstNames(_ word: String) -> [WordCandidate] {
    if let apostrophe = Self.apostropheBase(word) { return apostrophe }
    var out: [WordCandidate] = []
    lexicon.forEachNameLink(word) { record, cases in
      guard record.categories & LemmaRecord.firstName != 0 else { return }
      out.append(WordCandidate(
        lemma: record.lemma, gender: record.gender == .m2 ? .m1 : record.gender, cases: cases, role: .noun,
        score: 3 + Self.rankBonus(record.firstNameRank) + attestedBonus(record.lemma)))
    }
    if out.isEmpty {
      out += personRules(word, adjectivalScore: 0.9)
    }
    return out
  }

  /// Surname readings: lexicon surnames, adjectival surnames (-ski/-ska), indeclinable female surnames, noun rules.
  func surnames(_ word: String) -> [WordCandidate] {
    if let apostrophe = Self.apostropheBase(word) { return apostrophe }
    if let foreign = Self.foreignLetterSurname(word) { return foreign }
    var out: [WordCandidate] = []
    var lexicalGenders: Set<GrammaticalGender> = []
    lexicon.forEachNameLink(word) { record, cases in
      guard record.gender == .m1 || record.gender == .f || record.gender == .m2 else { return }
      let isSurname = record.categories & LemmaRecord.surname != 0
      let score = (isSurname ? 3 + Self.rankBonus(record.surnameRank) : 1.2) + attestedBonus(record.lemma)
      let gender: GrammaticalGender = record.gender == .m2 ? .m1 : record.gender
      if isSurname { lexicalGenders.insert(gender) }
      out.append(WordCandidate(lemma: record.lemma, gender: gender, cases: cases, role: .noun, score: score))
    }
    // Rules for genders the lexicon does not cover (a surname listed only as a man's, used for a woman);
    // not for adjectival surnames, whose other gender is a separate lexicon entry (Kowalski / Kowalska).
    let adjectival = out.contains { c in c.lemma.hasSuffix(among: ["ski", "cki", "dzki", "ska", "cka", "dzka"]) }
    if lexicalGenders.count < 2 && !adjectival {
      var guessed = personRules(word, adjectivalScore: 1.5)
      let lower = word.lowercased()
      if let last = lower.last, !"aąęiy".contains(last) {
        // Indeclinable female surnames: "Annie Nowak", "Beaty Szydło", "Krystynie Pawłowicz".
        guessed.append(WordCandidate(lemma: word, gender: .f, cases: .all, role: .noun, score: 0.6 + attestedBonus(word)))
      }
      if lower.hasSuffix("o") {
        // Men's surnames in -o are often left undeclined: "Macieja Żywno".
        guessed.append(WordCandidate(lemma: word, gender: .m1, cases: .all, role: .noun, score: 0.4 + attestedBonus(word)))
      }
      out += guessed.filter { !lexicalGenders.contains($0.gender) }
    }
    return out
  }

  /// Foreign names declined with an apostrophe ("Jean-Claude'a", "Harry'emu") are their part before it.
  static func apostropheBase(_ word: String) -> [WordCandidate]? {
    guard let mark = word.lastIndex(where: { $0 == "'" || $0 == "’" }), mark != word.startIndex else { return nil }
    let ending = word[word.index(after: mark)...].lowercased()
    guard ["a", "owi", "em", "u", "ego", "emu", "m", "ie", "y", "ę", "ą", "e", ""].contains(ending) else { return nil }
    let base = String(word[..<mark])
    return [
      WordCandidate(lemma: base, gender: .m1, cases: .all, role: .noun, score: 2),
      WordCandidate(lemma: base, gender: .f, cases: .all, role: .noun, score: 1),
    ]
  }

  /// Rule readings for personal names missing from the lexicon (masculine personal and feminine only).
  private func personRules(_ word: String, adjectivalScore: Double) -> [WordCandidate] {
    var out: [WordCandidate] = []
    for r in AdjectiveRules.readings(of: word) where !r.plural && (r.gender == .m1 || r.gender == .f) {
      let lemma = r.lemma(for: r.gender)
      let masculine = r.masculineLemma.lowercased()
      let lowerWord = word.lowercased()
      // -ski/-cki/-dzki surnames, and endings no noun has: -ego, -emu, a woman's -ej.
      let strong = masculine.hasSuffix(among: ["ski", "cki", "dzki"])
        || lowerWord.hasSuffix(among: ["ego", "emu"]) || (r.gender == .f && lowerWord.hasSuffix("ej"))
      out.append(WordCandidate(lemma: lemma, gender: r.gender, cases: r.cases, role: .noun,
                               score: (strong ? adjectivalScore : 0.5) + attestedBonus(lemma)))
    }
    for r in NounRules.readings(of: word) where r.gender == .m1 || r.gender == .f {
      out.append(WordCandidate(lemma: r.lemma, gender: r.gender, cases: r.cases, role: .noun, score: r.weight + attestedBonus(r.lemma)))
    }
    return out
  }
}

/// True for words whose spelling is not Polish (q, v, x, th, ee, oo, ou, sh, ph, wh, -ncy, -ity, -ion…): they are left
/// as written instead of being "declined" by the Polish suffix rules (Agency, University, Commission).
func looksEnglish(_ word: String) -> Bool {
  let lower = word.lowercased()
  if lower.contains(where: { $0 == "q" || $0 == "v" || $0 == "x" }) { return true }
  for pattern in ["th", "ee", "oo", "ou", "sh", "ph", "wh"] where lower.contains(pattern) { return true }
  for suffix in ["ncy", "ity", "ion", "ment", "ship", "ness"] where lower.hasSuffix(suffix) { return true }
  return false
}
