/// Czech and Slovak surnames declined in Polish text: "Martina Kubáka" (Kubák), "Jany Benešovej" (Benešová). The
/// Polish rules would read "Kubáka" as a stem with a fleeting e ("Kubáek"); a surname written with letters Polish
/// lacks takes the Polish case endings off its own nominative instead.
extension CandidateGenerator {
  /// Letters of Czech and Slovak (and other Central European languages) that Polish spelling never uses.
  static let foreignSurnameLetters: Set<Character> = ["á", "é", "í", "ú", "ý", "č", "ď", "ě", "ň", "ř", "š", "ť", "ů", "ľ", "ĺ", "ŕ", "ô", "ä"]

  /// Candidates for a surname with foreign letters, or nil for any other word.
  ///
  ///     foreignLetterSurname("Kubáka")      // Kubák (m, genitive/accusative), …
  ///     foreignLetterSurname("Benešovej")   // Benešová (f, genitive/dative/locative)
  ///     foreignLetterSurname("Nowaka")      // nil
  static func foreignLetterSurname(_ word: String) -> [WordCandidate]? {
    guard word.count >= 4, word.contains(where: { foreignSurnameLetters.contains(Character($0.lowercased())) }) else { return nil }
    var out: [WordCandidate] = []
    func add(_ ending: String, _ replacement: String, _ gender: GrammaticalGender, _ cases: PolishCases) {
      guard word.hasSuffix(ending), word.count > ending.count + 2 else { return }
      out.append(WordCandidate(lemma: String(word.dropLast(ending.count)) + replacement, gender: gender, cases: cases, role: .noun, score: 3))
    }
    // Women's surnames in -ová keep it in the nominative and decline it as an adjective ("Benešovej", "Benešową").
    add("ovej", "ová", .f, [.genitive, .dative, .locative])
    add("ową", "ová", .f, [.accusative, .instrumental])
    if word.hasSuffix("ová") || word.hasSuffix("á") && !word.hasSuffix("ová") && out.isEmpty {
      out.append(WordCandidate(lemma: word, gender: .f, cases: .all, role: .noun, score: 3))
    }
    // Men's surnames ending in a consonant take the Polish masculine endings.
    if out.isEmpty {
      add("owi", "", .m1, [.dative])
      // "Horákiem", "Kubákiem": after k and g the instrumental ending is -iem.
      if word.hasSuffix("kiem") || word.hasSuffix("giem") { add("iem", "", .m1, [.instrumental]) } else { add("em", "", .m1, [.instrumental]) }
      add("a", "", .m1, [.genitive, .accusative])
      add("u", "", .m1, [.locative])
      if let last = word.last, !"aeiouyáéíóúý".contains(last) {
        out.append(WordCandidate(lemma: word, gender: .m1, cases: .nominative, role: .noun, score: 3))
        out.append(WordCandidate(lemma: word, gender: .f, cases: .all, role: .noun, score: 0.5))
      }
    }
    return out.isEmpty ? nil : out
  }
}
