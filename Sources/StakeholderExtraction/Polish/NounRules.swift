/// Suffix rules that guess the nominative of a noun or name missing from the lexicon.
///
///     NounRules.readings(of: "Kuuseli")   // … (Kuusela, m1/f, [gen, dat, loc]) …
///     NounRules.readings(of: "Mentzena")  // … (Mentzen, m1, [gen, acc]) …
///
/// Covers the masculine consonant declension (-a, -u, -owi, -em, -e with the alternations reversed, the
/// fleeting e, ó restoration), the -a declension of feminine and masculine nouns (-y, -i, -ę, -ą, -e with
/// k→c, g→dz, ch→sz, r→rz, ł→l, t→ci, d→dzi), and neuters (-a, -u, -em, -ie → -o/-e). Alternations follow
/// the standard descriptions of Polish noun declension (e.g. Swan, "A Grammar of Contemporary Polish").
/// - Complexity: O(length of the word).
enum NounRules {
  /// One guessed reading, with a weight in 0…1 saying how typical the rule is.
  struct Reading: Sendable, Hashable {
    var lemma: String
    var gender: GrammaticalGender
    var cases: PolishCases
    var weight: Double
  }

  private static let vowels: Set<Character> = ["a", "ą", "e", "ę", "i", "o", "ó", "u", "y"]
  private static func isConsonant(_ c: Character?) -> Bool {
    guard let c else { return false }
    return c.isLetter && !vowels.contains(Character(c.lowercased()))
  }

  /// Locative/dative -e endings with the stem alternation they reverse: (ending, masculine/neuter stem end, feminine -a stem end).
  private static let softenedE: [(String, String, String)] = [
    ("ście", "st", "sta"), ("ździe", "zd", "zda"), ("cie", "t", "ta"), ("dzie", "d", "da"), ("rze", "r", "ra"),
    ("nie", "n", "na"), ("sie", "s", "sa"), ("zie", "z", "za"), ("wie", "w", "wa"), ("mie", "m", "ma"),
    ("pie", "p", "pa"), ("bie", "b", "ba"), ("fie", "f", "fa"), ("le", "ł", "ła"),
  ]
  /// Feminine dative/locative -e endings from velars: Hajnówce → Hajnówka, Musze → Mucha, Wołodze → Wołoga.
  private static let velarE: [(String, String)] = [("ce", "ka"), ("dze", "ga"), ("sze", "cha")]

  /// Soft consonants spelt with "i" before a vowel, and their word-final spelling.
  private static let softFinal: [(String, String)] = [("dzi", "dź"), ("ni", "ń"), ("si", "ś"), ("ci", "ć"), ("zi", "ź")]

  /// The word-final spelling of a stem: "Poznani" → "Poznań", "Wrocławi" → "Wrocław".
  static func unsoften(_ stem: String) -> String {
    let lower = stem.lowercased()
    guard lower.hasSuffix("i"), lower.count >= 3 else { return stem }
    for (spelt, final) in softFinal where lower.hasSuffix(spelt) {
      let kept = stem.dropLast(spelt.count)
      let upper = stem.dropFirst(kept.count).first?.isUppercase ?? false
      return kept + (upper ? final.capitalized : final)
    }
    let before = lower.dropLast().last
    if let before, "bpwmfkgl".contains(before) { return String(stem.dropLast()) }
    return stem
  }

  /// Restores the nominative of a masculine stem: the fleeting e (Jacka → Jacek, Pawła → Paweł,
  /// Klastra → Klaster, Juchnowca → Juchnowiec) and ó in -ów/-ój (Krakowa → Kraków, Zdroju → Zdrój).
  static func masculineNominative(_ stem: String) -> [(String, Double)] {
    let chars = Array(stem)
    guard chars.count >= 3 else { return [(stem, 0.5)] }
    let last = Character(chars[chars.count - 1].lowercased())
    let prev = Character(chars[chars.count - 2].lowercased())
    let prev2 = Character(chars[chars.count - 3].lowercased())
    if isConsonant(prev) {
      switch last {
      case "k" where !"sśńj".contains(prev):
        return [(String(chars.dropLast()) + "ek", 0.8), (stem, 0.3)]
      case "c" where prev == "ń":
        // Bratańca → Brataniec: ń before the inserted e is spelt ni.
        return [(String(chars.dropLast(2)) + "niec", 0.8), (stem, 0.2)]
      case "c":
        let insert = "bpwmf".contains(prev) ? "ie" : "e"
        return [(String(chars.dropLast()) + insert + "c", 0.8), (stem, 0.2)]
      case "ł", "l":
        return [(String(chars.dropLast()) + "e" + String(chars.last!), 0.7), (stem, 0.4)]
      case "r" where isConsonant(prev2):
        return [(String(chars.dropLast()) + "er", 0.7), (stem, 0.4)]
      default: break
      }
    }
    if chars.count >= 4 && prev == "o" && (last == "w" || last == "j") {
      let restored = String(chars.dropLast(2)) + (chars[chars.count - 2].isUppercase ? "Ó" : "ó") + String(chars.last!)
      return [(restored, 0.7), (stem, 0.5)]
    }
    return [(stem, 0.8)]
  }

  /// Every guessed reading of a word missing from the lexicon, best first.
  static func readings(of form: String) -> [Reading] {
    let lower = form.lowercased()
    var out: [Reading] = []
    func masculine(_ stem: Substring, _ cases: PolishCases, _ weight: Double, unsoft: Bool = true) {
      let s = unsoft ? unsoften(String(stem)) : String(stem)
      for (lemma, w) in masculineNominative(s) {
        out.append(Reading(lemma: lemma, gender: .m1, cases: cases, weight: weight * w))
        out.append(Reading(lemma: lemma, gender: .m3, cases: cases.subtracting(.accusative), weight: weight * w * 0.95))
      }
    }
    func aNoun(_ lemma: String, _ cases: PolishCases, _ weight: Double) {
      out.append(Reading(lemma: lemma, gender: .f, cases: cases, weight: weight))
      out.append(Reading(lemma: lemma, gender: .m1, cases: cases, weight: weight * 0.75))
    }
    func neuter(_ stem: Substring, _ cases: PolishCases, _ weight: Double) {
      let s = stem.lowercased()
      let soft = s.hasSuffix(among: ["rz", "cz", "sz", "ż", "j", "ni", "ci", "si", "zi", "l"])
      out.append(Reading(lemma: stem + (soft ? "e" : "o"), gender: .n, cases: cases, weight: weight))
    }
    let count = lower.count
    guard count >= 3 else { return [] }

    // Masculine consonant stems.
    if lower.hasSuffix("owi") { masculine(form.dropLast(3), .dative, 0.9) }
    if lower.hasSuffix("iem") {
      masculine(form.dropLast(3), .instrumental, 0.8, unsoft: false)
    } else if lower.hasSuffix("em") {
      masculine(form.dropLast(2), .instrumental, 0.8)
      neuter(form.dropLast(2), .instrumental, 0.4)
    }
    if lower.hasSuffix("a") && !lower.hasSuffix("ia") || lower.hasSuffix("ia") {
      masculine(form.dropLast(1), [.genitive, .accusative], 0.8)
      neuter(form.dropLast(1), .genitive, 0.3)
    }
    if lower.hasSuffix("u") {
      masculine(form.dropLast(1), [.genitive, .locative, .dative], 0.7)
      neuter(form.dropLast(1), [.dative, .locative], 0.3)
    }
    for (ending, mascStem, femStem) in softenedE where lower.hasSuffix(ending) {
      let kept = form.dropLast(ending.count)
      masculine(kept + mascStem, .locative, 0.6, unsoft: false)
      neuter(kept + mascStem, .locative, 0.3)
      aNoun(kept + femStem, [.dative, .locative], 0.6)
      break
    }
    for (ending, femStem) in velarE where lower.hasSuffix(ending) {
      aNoun(form.dropLast(ending.count) + femStem, [.dative, .locative], 0.6)
      break
    }
    // The -a declension (feminine nouns and masculine -a surnames).
    if lower.hasSuffix("ę") || lower.hasSuffix("ą") {
      aNoun(form.dropLast() + "a", lower.hasSuffix("ę") ? .accusative : .instrumental, 0.85)
    }
    if lower.hasSuffix("ii") || lower.hasSuffix("ji") {
      aNoun(form.dropLast() + "a", [.genitive, .dative, .locative], 0.9)
    } else if lower.hasSuffix("ai") || lower.hasSuffix("ei") || lower.hasSuffix("oi") || lower.hasSuffix("ui") {
      // Zachei → Zacheja, Troi → Troja: -ja nouns after a vowel.
      aNoun(form.dropLast() + "ja", [.genitive, .dative, .locative], 0.8)
    } else if lower.hasSuffix("i") {
      let before = lower.dropLast().last
      if let before, "kgl".contains(before) {
        aNoun(form.dropLast() + "a", before == "l" ? [.genitive, .dative, .locative] : .genitive, 0.8)
      } else if let before, "nczsj".contains(before) {
        aNoun(form + "a", [.genitive, .dative, .locative], 0.7)
      }
    }
    if lower.hasSuffix("y"), let before = lower.dropLast().last, isConsonant(before), !"kgj".contains(before) {
      // After the historically soft cz, sz, rz, ż, c, dz the dative and locative are -y too (Gałuszy).
      let soft = lower.hasSuffix(among: ["czy", "szy", "rzy", "ży", "cy", "dzy"])
      aNoun(form.dropLast() + "a", soft ? [.genitive, .dative, .locative] : .genitive, 0.8)
      // plural-only place names and masculine -o names are rarer readings
      out.append(Reading(lemma: form.dropLast() + "o", gender: .m1, cases: .genitive, weight: 0.2))
    }
    // The word itself, as a nominative.
    out.append(Reading(lemma: form, gender: .m1, cases: [.nominative], weight: 0.3))
    out.append(Reading(lemma: form, gender: .m3, cases: [.nominative, .accusative], weight: 0.3))
    if lower.hasSuffix("a") { out.append(Reading(lemma: form, gender: .f, cases: .nominative, weight: 0.5)) }
    if lower.hasSuffix("o") || lower.hasSuffix("e") || lower.hasSuffix("um") {
      out.append(Reading(lemma: form, gender: .n, cases: [.nominative, .accusative], weight: 0.4))
    }
    return out.sorted { ($0.weight, $1.lemma) > ($1.weight, $0.lemma) }
  }
}
