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
    if out.isEmpty && !knownAdjective {
      if looksEnglish(word) {
        return [WordCandidate(lemma: word, gender: .m3, cases: .all, role: .noun, score: 0.3)]
      }
      for r in NounRules.readings(of: word) {
        out.append(WordCandidate(lemma: r.lemma, gender: r.gender, cases: r.cases, role: .noun, score: r.weight + attestedBonus(r.lemma)))
      }
    }
    return out
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
    if let hyphen = s.lastIndex(of: "-") { return String(s[s.index(after: hyphen)...]) }
    return s
  }

  /// First-name readings: lexicon first names, then adjectival (Jerzego → Jerzy, Harriego → Harri) and noun rules.
  func firstNames(_ word: String) -> [WordCandidate] {
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
    var out: [WordCandidate] = []
    var lexical = false
    lexicon.forEachNameLink(word) { record, cases in
      guard record.gender == .m1 || record.gender == .f || record.gender == .m2 else { return }
      let isSurname = record.categories & LemmaRecord.surname != 0
      let score = (isSurname ? 3 + Self.rankBonus(record.surnameRank) : 1.2) + attestedBonus(record.lemma)
      if isSurname { lexical = true }
      out.append(WordCandidate(
        lemma: record.lemma, gender: record.gender == .m2 ? .m1 : record.gender, cases: cases, role: .noun, score: score))
    }
    if !lexical {
      out += personRules(word, adjectivalScore: 1.5)
      let lower = word.lowercased()
      if let last = lower.last, !"aąęiy".contains(last) {
        // Indeclinable female surnames: "Annie Nowak", "Beaty Szydło", "Krystynie Pawłowicz".
        out.append(WordCandidate(lemma: word, gender: .f, cases: .all, role: .noun, score: 0.6 + attestedBonus(word)))
      }
    }
    return out
  }

  /// Rule readings for personal names missing from the lexicon (masculine personal and feminine only).
  private func personRules(_ word: String, adjectivalScore: Double) -> [WordCandidate] {
    var out: [WordCandidate] = []
    for r in AdjectiveRules.readings(of: word) where !r.plural && (r.gender == .m1 || r.gender == .f) {
      let lemma = r.lemma(for: r.gender)
      let masculine = r.masculineLemma.lowercased()
      let strong = ["ski", "cki", "dzki"].contains { masculine.hasSuffix($0) } || word.lowercased().hasSuffix("ego")
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
