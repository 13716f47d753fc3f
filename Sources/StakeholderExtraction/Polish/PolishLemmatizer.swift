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

  /// A lemmatiser over a lexicon (the shipped one by default).
  public init(lexicon: PolishLexicon = .shared) {
    self.lexicon = lexicon
  }

  /// Words that end the inflected core of a name: prepositions, conjunctions, "im.".
  static let freezeWords: Set<String> = [
    "w", "we", "na", "z", "ze", "do", "dla", "przy", "pod", "nad", "od", "o", "po", "za", "przed", "u", "i", "oraz",
    "im.", "imienia", "ds.", "sp.", "s.a.", "-", "–", "—",
  ]
  /// Prepositions that may stand before a place name in running text: "w Białymstoku".
  static let leadingPrepositions: Set<String> = ["w", "we", "na", "z", "ze", "do", "dla", "przy", "pod", "nad", "od", "o", "po", "ku", "u"]

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
    var tokens = phrase.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\u{00A0}" }).map(String.init)
    guard !tokens.isEmpty else { return phrase }
    if kind != .person, tokens.count > 1, Self.leadingPrepositions.contains(tokens[0].lowercased()) {
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

/// True for acronyms and codes that never inflect: UMWP, UwB, PARP, 2024.
func isFrozenToken(_ token: String) -> Bool {
  guard let first = token.first else { return true }
  if "„\"«»'“”(".contains(first) { return true }
  if token.contains(where: { $0.isNumber }) { return true }
  let letters = token.filter { $0.isLetter }
  let uppers = letters.filter { $0.isUppercase }.count
  if uppers >= 2 && letters.count <= 6 && uppers * 2 >= letters.count { return true }
  return false
}
