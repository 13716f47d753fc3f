/// Names whose head is a plural noun, written in an oblique case: "z Funduszy Europejskich dla Lubelskiego" →
/// "Fundusze Europejskie dla Lubelskiego", "Opolskich Sieci Ciepłowniczych" → "Opolskie Sieci Ciepłownicze",
/// "Wodociągom Mazurskim" → "Wodociągi Mazurskie". The lexicon holds singular head forms only, so the plural is read
/// from the endings: an adjective in "-ych" / "-ich" / "-ymi" / "-imi" (or "-ym" / "-im" beside a noun in "-om") is
/// plural, and so is the noun it agrees with. Only non-personal plurals are formed (the genre's plural names are
/// funds, networks, works and fairs).
extension PhraseResolver {
  /// The name `tokens` in the nominative plural when it opens with "adjectives* noun adjectives*" in an oblique
  /// plural case; nil when it does not.
  func pluralHeadPhrase(_ tokens: [String]) -> String? {
    guard kind != .place, kind != .person, tokens.count >= 2 else { return nil }
    var i = 0
    var out: [String] = []
    while i < tokens.count, let nominative = Self.pluralAdjective(tokens[i], nounInDative: false) { out.append(nominative); i += 1 }
    guard i < tokens.count, tokens[i].first?.isUppercase == true, Self.pluralAdjective(tokens[i], nounInDative: true) == nil,
          let noun = Self.pluralNoun(tokens[i]) else { return nil }
    let dative = tokens[i].hasSuffix("om")
    out.append(noun)
    i += 1
    while i < tokens.count, let nominative = Self.pluralAdjective(tokens[i], nounInDative: dative) { out.append(nominative); i += 1 }
    // At least one agreeing adjective shows the plural.
    guard out.count >= 2 else { return nil }
    return (out + tokens[i...]).joined(separator: " ")
  }

  /// The nominative plural of a capitalised adjective in an oblique plural case ("Europejskich" → "Europejskie",
  /// "Śląskimi" → "Śląskie"); "-ym" / "-im" only beside a dative noun. Nil for any other word.
  static func pluralAdjective(_ w: String, nounInDative: Bool) -> String? {
    guard w.first?.isUppercase == true, w.count >= 6 else { return nil }
    for (ending, soft) in [("ych", false), ("ich", true), ("ymi", false), ("imi", true)] where w.hasSuffix(ending) {
      return String(w.dropLast(3)) + (soft ? "ie" : "e")
    }
    if nounInDative {
      if w.hasSuffix("ym") { return String(w.dropLast(2)) + "e" }
      if w.hasSuffix("im") { return String(w.dropLast(2)) + "ie" }
    }
    return nil
  }

  /// The nominative plural of a noun in an oblique plural case ("Funduszy" → "Fundusze", "Zakładów" → "Zakłady",
  /// "Sieciom" → "Sieci", "Technologii" → "Technologie"); nil when the word has no plural ending.
  static func pluralNoun(_ w: String) -> String? {
    guard w.count >= 4 else { return nil }
    for ending in ["ami", "ach", "om", "ów"] where w.hasSuffix(ending) { return nominativeOfStem(String(w.dropLast(ending.count))) }
    if w.hasSuffix("ii") { return String(w.dropLast()) + "e" }
    if w.hasSuffix("ei") { return String(w.dropLast()) + "je" }
    if w.hasSuffix("i") { return w }
    if w.hasSuffix("y") {
      let stem = String(w.dropLast())
      return softStem(stem) ? stem + "e" : nil
    }
    return nil
  }

  /// The nominative plural on a bare stem: "-i" after k / g, "-e" after a soft or hardened consonant, the stem itself
  /// when it ends in "i" ("Sieci"), else "-y".
  static func nominativeOfStem(_ stem: String) -> String {
    if stem.hasSuffix("i") { return stem }
    if stem.hasSuffix("k") || stem.hasSuffix("g") { return stem + "i" }
    return stem + (softStem(stem) ? "e" : "y")
  }

  /// Whether a stem ends in a soft or hardened consonant ("Fundusz", "Kolej", "Dworc").
  static func softStem(_ stem: String) -> Bool {
    ["sz", "cz", "rz", "ż", "c", "dz", "j", "l"].contains { stem.hasSuffix($0) }
  }
}
