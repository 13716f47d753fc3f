/// Suffix rules that take Polish name words back to the nominative singular when the lexicon does not know them.
///
/// The rules follow the patterns in `shared/research/polish-morphology.md` (adjectival endings, feminine -a
/// nouns, masculine stems). They are the fallback under the lexicon-based lemmatiser, not a replacement.
enum Inflection {
  /// Adjective agreeing with a head of gender `g`: "Marszałkowskiego" → "Marszałkowski",
  /// "Krakowskiej" → "Krakowska", "Rocznym" → "Roczny". Returns nil when the word does not look adjectival.
  static func adjective(_ w: String, _ g: HeadGender) -> String? {
    let lower = w.fastLowercased
    guard lower.count >= 4 else { return nil }
    func swap(_ suffix: Int, _ repl: String) -> String { String(w.dropLast(suffix)) + repl }
    switch g {
    case .masculine:
      for s in ["iego", "iemu"] where lower.hasSuffix(s) { return swap(4, "i") }
      for s in ["ego", "emu"] where lower.hasSuffix(s) { return swap(3, "y") }
      if lower.hasSuffix("im") { return swap(2, "i") }
      if lower.hasSuffix("ym") { return swap(2, "y") }
      if lower.hasSuffix("i") || lower.hasSuffix("y") { return w }
    case .neuter:
      for s in ["iego", "iemu"] where lower.hasSuffix(s) { return swap(4, "ie") }
      for s in ["ego", "emu"] where lower.hasSuffix(s) { return swap(3, "e") }
      if lower.hasSuffix("im") { return swap(2, "ie") }
      if lower.hasSuffix("ym") { return swap(2, "e") }
      if lower.hasSuffix("e") { return w }
    case .feminine:
      if lower.hasSuffix("kiej") || lower.hasSuffix("giej") { return swap(3, "a") }
      if lower.hasSuffix("iej") && lower.count > 5 { return swap(3, "ia") }
      if lower.hasSuffix("ej") { return swap(2, "a") }
      if lower.hasSuffix("ą") { return swap(1, "a") }
      if lower.hasSuffix("a") { return w }
    case .plural:
      // "Chemicznych" → "Chemiczne", "Świętokrzyskich" → "Świętokrzyskie".
      if lower.hasSuffix("ych") { return swap(3, "e") }
      if lower.hasSuffix("ich") { return swap(2, "e") }
      if lower.hasSuffix("e") { return w }
    }
    return nil
  }

  /// Whether a capitalised word in an oblique case looks like an adjective (so it agrees with its head).
  static func looksAdjectival(_ w: String) -> Bool {
    let l = w.fastLowercased
    guard l.characterCount >= 5 else { return false }
    return l.hasSuffix(among: adjectiveEndings)
  }

  /// The endings ``looksAdjectival(_:)`` tests.
  static let adjectiveEndings: SuffixList = ["ego", "emu", "ym", "im", "ej", "ą", "ski", "cki", "ska", "cka", "skie", "ckie", "dzki", "dzka", "dzkie", "ny", "na", "ne", "wy", "wa", "we"]

  /// Whether a word is plausibly in the nominative (so it is left alone): used to tell "Projekt Polska …"
  /// (a name in apposition) from "Program Rozwoju …" (a genitive complement).
  static func looksGenitive(_ w: String) -> Bool {
    let l = w.fastLowercased
    return l.hasSuffix(among: ["u", "ów", "ych", "ich", "ej", "ego", "ii", "ji", "ki", "gi", "ty", "cy", "ny", "wy", "dy", "ry", "ści", "ni", "li", "ci"])
  }

  /// A masculine or feminine surname in the case its given name shows.
  ///
  ///     surname("Kuczerę", feminine: false, case: .accusative) // "Kuczera"
  ///     surname("Sass-Staniszewską", feminine: true, case: .accusative) // "Sass-Staniszewska"
  static func surname(_ s: String, feminine: Bool, case c: NameCase) -> String {
    if c == .nominative { return s }
    if s.includes("-") {
      return s.split(separator: "-").map { surname(String($0), feminine: feminine, case: c) }.joined(separator: "-")
    }
    let l = s.fastLowercased
    func swap(_ n: Int, _ r: String) -> String { String(s.dropLast(n)) + r }
    if feminine {
      if l.hasSuffix("kiej") || l.hasSuffix("giej") { return swap(3, "a") }
      if l.hasSuffix("ej") { return swap(2, "a") }
      if l.hasSuffix("ą") || l.hasSuffix("ę") { return swap(1, "a") }
      if c == .oblique, l.hasSuffix("y") || l.hasSuffix("i") { return swap(1, "a") }
      return s
    }
    switch c {
    case .nominative: return s
    case .genitiveAccusative:
      if l.hasSuffix("iego") { return swap(4, "i") }
      if l.hasSuffix("ego") { return swap(3, "y") }
      if l.hasSuffix("ę") { return swap(1, "a") }
      if l.hasSuffix("y") && !l.hasSuffix("ay") { return swap(1, "a") }
      if l.hasSuffix("a") && l.count > 3 { return swap(1, "") }
      return s
    case .dative:
      if l.hasSuffix("owi") { return swap(3, "") }
      if l.hasSuffix("iemu") { return swap(4, "i") }
      if l.hasSuffix("emu") { return swap(3, "y") }
      return s
    case .instrumental:
      if l.hasSuffix("iem") { return swap(3, "") }
      if l.hasSuffix("em") { return swap(2, "") }
      if l.hasSuffix("im") { return swap(2, "i") }
      if l.hasSuffix("ym") { return swap(2, "y") }
      if l.hasSuffix("ą") { return swap(1, "a") }
      return s
    case .oblique:
      return s
    }
  }

  /// The case a given name is in, from its surface form and nominative.
  static func nameCase(form: String, lemma: String, feminine: Bool) -> NameCase {
    if form == lemma { return .nominative }
    if feminine {
      if form.hasSuffix("ę") { return .genitiveAccusative }
      if form.hasSuffix("ą") { return .instrumental }
      return .oblique
    }
    if form.hasSuffix("owi") || (form.hasSuffix("u") && !form.hasSuffix("iu")) { return .dative }
    if form.hasSuffix("em") { return .instrumental }
    if form.hasSuffix("a") { return .genitiveAccusative }
    return .oblique
  }

  /// A place name from an inflected form, by rules: "Rybniku" → "Rybnik", "Stalowej Woli" → "Stalowa Wola",
  /// "Hrubieszowa" → "Hrubieszów". `attested` (nominative forms seen in the text) settles ambiguous cases.
  static func place(_ words: [String], attested: Set<String>) -> String {
    if words.count > 1 {
      // "Stalowej Woli": adjective + feminine noun; "Jastrzębiu-Zdroju" etc. left to per-word rules.
      let allFem = words.dropLast().allSatisfy { $0.fastLowercased.hasSuffix("ej") }
      if allFem {
        let adj = words.dropLast().map { adjective($0, .feminine) ?? $0 }
        let last = words.last!
        var noun = last
        let l = last.fastLowercased
        if l.hasSuffix("i") || l.hasSuffix("y") || l.hasSuffix("ę") { noun = String(last.dropLast()) + "a" }
        if l.hasSuffix("ie") { noun = String(last.dropLast(2)) + "a" }
        return (adj + [noun]).joined(separator: " ")
      }
      // "Turośń Kościelna", "Jastrzębie Zdrój": already nominative when the last word is a nominative adjective
      // or the words end like nouns in the nominative.
      let last = words.last!.fastLowercased
      for s in ["na", "ska", "cka", "wa", "ny", "ski", "cki", "wy", "ne", "skie", "ckie", "ój", "ła", "ia"] where last.hasSuffix(s) {
        return words.joined(separator: " ")
      }
      return words.map { place([$0], attested: attested) }.joined(separator: " ")
    }
    let w = words[0]
    if w.includes("-") {
      return w.split(separator: "-").map { place([String($0)], attested: attested) }.joined(separator: "-")
    }
    let l = w.fastLowercased
    func swap(_ n: Int, _ r: String) -> String { String(w.dropLast(n)) + r }
    var candidates: [String] = []
    if l.hasSuffix("owa") || l.hasSuffix("owie") { candidates.append(swap(l.hasSuffix("owa") ? 3 : 4, "ów")) }
    if l.hasSuffix("ych") { candidates.append(swap(3, "y")) }
    if l.hasSuffix("iu") { candidates.append(swap(2, "")) }
    if l.hasSuffix("ia") && l.count > 5 { candidates.append(swap(2, "")) }
    if l.hasSuffix("u") { candidates.append(swap(1, "")) }
    if l.hasSuffix("ie") { candidates.append(swap(2, "")) }
    if l.hasSuffix("rza") || l.hasSuffix("ża") || l.hasSuffix("la") && l.count > 4 { candidates.append(swap(1, "e")) }
    if l.hasSuffix("a") { candidates.append(swap(1, "")) }
    if l.hasSuffix("y") || l.hasSuffix("i") || l.hasSuffix("ę") { candidates.append(swap(1, "a")) }
    for c in candidates where attested.contains(c) { return c }
    return candidates.first ?? w
  }
}

/// The case of a person's name as far as the given name shows it.
enum NameCase: Sendable { case nominative, genitiveAccusative, dative, instrumental, oblique }
