import Foundation

/// Puts inflected Polish name phrases into their canonical nominative.
///
///     let lemmatizer = PolishLemmatizer()
///     lemmatizer.lemma("Piotra Kuczerę", kind: .person)                       // "Piotr Kuczera"
///     lemmatizer.lemma("w Białymstoku", kind: .place)                         // "Białystok"
///     lemmatizer.lemma("Urzędu Miasta Wrocławia", kind: .organization)       // "Urząd Miasta Wrocławia"
///
/// People: the gender and case are chosen jointly for all parts (the first name decides the gender, the
/// surname is read in it; hyphenated surnames per part; indeclinable female surnames stay). Places and
/// institutions: the inflected core is the longest run "adjectives* noun adjectives*" that agrees in gender and
/// case; everything after it (a genitive complement, a preposition, "im.", a quotation, an acronym) is kept
/// as written. Words come from the SGJP-derived lexicon with a frequency prior; unknown words from suffix rules.
/// Design: `polish-morphology.md` (lexicon + prior + rules + agreement + corpus evidence).
public struct PolishLemmatizer: Sendable {
  let lexicon: PolishLexicon
  private let cache: LemmaCache?

  /// A lemmatiser over a lexicon (the shipped one by default).
  public init(lexicon: PolishLexicon = .shared) {
    self.init(lexicon: lexicon, caching: true)
  }

  /// A lemmatiser that never answers from the cache (for benchmarks).
  public static func uncached(lexicon: PolishLexicon = .shared) -> PolishLemmatizer {
    PolishLemmatizer(lexicon: lexicon, caching: false)
  }

  /// - Parameter caching: remember answers for phrases without corpus evidence (on by default; benchmarks
  ///   turn it off to measure the work itself).
  init(lexicon: PolishLexicon, caching: Bool) {
    self.lexicon = lexicon
    cache = caching ? lexicon.lemmaCache : nil
  }

  /// Words that end the inflected core of a name: prepositions, conjunctions, "im.".
  static let freezeWords: WordSet = [
    "w", "we", "na", "z", "ze", "do", "dla", "przy", "pod", "nad", "od", "o", "po", "za", "przed", "u", "i", "oraz",
    "im.", "imienia", "ds.", "sp.", "s.a.", "-", "–", "—",
  ]
  /// Prepositions that may stand before a place name in running text: "w Białymstoku".
  static let leadingPrepositions: WordSet = ["w", "we", "na", "z", "ze", "do", "dla", "przy", "pod", "nad", "od", "o", "po", "ku", "u"]

  /// Canonical nominative of a whole name phrase.
  ///
  /// - Parameters:
  ///   - phrase: the name as written, without titles ("Piotra Kuczerę", "Stalowej Woli").
  ///   - kind: what the phrase names; it decides the readings preferred.
  ///   - attested: nominative forms seen elsewhere in the corpus; candidates equal to one of them (or to one of
  ///     their words) are preferred.
  /// - Returns: the nominative phrase; the input unchanged when nothing can be inflected.
  /// - Complexity: O(n²) in the number of words of the phrase (tiny), one hash probe per word reading.
  public func lemma(_ phrase: String, kind: NameKind, attested: Set<String> = []) -> String {
    guard attested.isEmpty, let cache else { return compute(phrase, kind: kind, attested: attested) }
    if let known = cache.value(phrase, kind) { return known }
    let result = compute(phrase, kind: kind, attested: attested)
    cache.store(result, for: phrase, kind)
    return result
  }

  private func compute(_ phrase: String, kind: NameKind, attested: Set<String>) -> String {
    var tokens = phrase.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\u{00A0}" }).map(String.init)
    // Sentence punctuation stuck to the last word is not part of the name ("Białymstoku," → Białystok).
    while let last = tokens.last, let c = last.last, ",;:".contains(c) {
      tokens[tokens.count - 1] = String(last.dropLast())
      if tokens[tokens.count - 1].isEmpty { tokens.removeLast() }
    }
    guard !tokens.isEmpty else { return phrase }
    if kind != .person, tokens.count > 1, tokens[0].utf8.count <= 3, Self.leadingPrepositions.contains(tokens[0].lowercased()) {
      tokens.removeFirst()
    }
    let joined = tokens.joined(separator: " ")
    if attested.contains(joined) { return joined }
    var words = Set<String>()
    for a in attested { for w in a.split(separator: " ") { words.insert(String(w)) } }
    let generator = CandidateGenerator(lexicon: lexicon, attestedWords: words)
    switch kind {
    case .person:
      return PersonNameResolver(generator: generator).lemma(tokens)
    case .place:
      // Coordinated regions: "Warmii i Mazur" → "Warmia i Mazury".
      if let i = tokens.firstIndex(of: "i"), i > 0, i < tokens.count - 1 {
        let left = PhraseResolver(generator: generator, kind: kind).lemma(Array(tokens[..<i]))
        let right = PhraseResolver(generator: generator, kind: kind).lemma(Array(tokens[(i + 1)...]))
        return left + " i " + right
      }
      return PhraseResolver(generator: generator, kind: kind).lemma(tokens)
    case .organization, .other:
      return PhraseResolver(generator: generator, kind: kind).lemma(tokens)
    }
  }
}

/// Gives a lemma the letter case of the surface word: "Urzędu" → "Urząd", "urzędu" → "urząd".
func matchCapitalisation(_ lemma: String, like surface: String) -> String {
  guard let s = surface.first, let l = lemma.first else { return lemma }
  if s.isUppercase && !l.isUppercase { return l.uppercased() + lemma.dropFirst() }
  if s.isLowercase && l.isUppercase { return l.lowercased() + lemma.dropFirst() }
  return lemma
}

/// True for acronyms, quotations and codes that never inflect: UMWP, UwB, PARP, „Czyste Powietrze”, 2024.
func isFrozenToken(_ token: String) -> Bool {
  var letters = 0
  var uppers = 0
  var first = true
  for scalar in token.unicodeScalars {
    let v = scalar.value
    if first {
      first = false
      if "„\"«»'“”(".unicodeScalars.contains(scalar) { return true }
    }
    if v < 0x80 {
      if v >= 0x30 && v <= 0x39 { return true }
      if v >= 0x41 && v <= 0x5A { letters += 1; uppers += 1 } else if v >= 0x61 && v <= 0x7A { letters += 1 }
    } else if scalar.properties.isAlphabetic {
      letters += 1
      if scalar.properties.isUppercase { uppers += 1 }
    } else if scalar.properties.numericType != nil {
      return true
    }
  }
  return uppers >= 2 && letters <= 6 && uppers * 2 >= letters
}
