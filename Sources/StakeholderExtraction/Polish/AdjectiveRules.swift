/// Suffix rules that read a Polish adjective form (singular) as a masculine lemma, gender and cases.
///
///     AdjectiveRules.readings(of: "Stalowej")   // [(Stalowy, f, [gen, dat, loc])]
///     AdjectiveRules.readings(of: "Śląskim").first!.lemma(for: .f)   // "Śląska"
///
/// The endings follow the standard adjectival declension (hard stems -y, velar and soft stems -i).
/// Whether the lemma really is an adjective is decided by the caller (the SGJP adjective list).
/// - Complexity: O(length of the word).
enum AdjectiveRules {
  /// One reading: the masculine nominative lemma, the gender it is read in, and the cases.
  struct Reading: Sendable, Hashable {
    var masculineLemma: String
    var gender: GrammaticalGender
    var cases: PolishCases
    /// A plural reading (non-masculine-personal: it agrees with plural-only names such as Lasy, Góry).
    var plural = false

    /// The nominative singular in a gender: Śląski / Śląska / Śląskie, ostatni / ostatnia / ostatnie.
    func lemma(for gender: GrammaticalGender) -> String {
      AdjectiveRules.nominative(masculine: masculineLemma, gender: gender)
    }
  }

  /// The nominative singular of an adjective in `gender`, given its masculine nominative.
  static func nominative(masculine: String, gender: GrammaticalGender) -> String {
    guard gender == .f || gender == .n else { return masculine }
    let lower = masculine.lowercased()
    if lower.hasSuffix("ki") || lower.hasSuffix("gi") {
      return String(masculine.dropLast()) + (gender == .f ? "a" : "ie")
    }
    if lower.hasSuffix("i") { return masculine + (gender == .f ? "a" : "e") }
    if lower.hasSuffix("y") { return String(masculine.dropLast()) + (gender == .f ? "a" : "e") }
    return masculine
  }

  /// Endings, longest first: ending, masculine lemma ending, and the cases per gender group.
  private struct Ending {
    var suffix: String
    var masculine: String
    /// Cases for m1/m2, m3, f, n.
    var animate: PolishCases
    var inanimate: PolishCases
    var feminine: PolishCases
    var neuter: PolishCases
  }

  private static let endings: [Ending] = [
    Ending(suffix: "iego", masculine: "i", animate: [.genitive, .accusative], inanimate: .genitive, feminine: [], neuter: .genitive),
    Ending(suffix: "ego", masculine: "y", animate: [.genitive, .accusative], inanimate: .genitive, feminine: [], neuter: .genitive),
    Ending(suffix: "iemu", masculine: "i", animate: .dative, inanimate: .dative, feminine: [], neuter: .dative),
    Ending(suffix: "emu", masculine: "y", animate: .dative, inanimate: .dative, feminine: [], neuter: .dative),
    Ending(suffix: "im", masculine: "i", animate: [.instrumental, .locative], inanimate: [.instrumental, .locative], feminine: [], neuter: [.instrumental, .locative]),
    Ending(suffix: "ym", masculine: "y", animate: [.instrumental, .locative], inanimate: [.instrumental, .locative], feminine: [], neuter: [.instrumental, .locative]),
    Ending(suffix: "iej", masculine: "i", animate: [], inanimate: [], feminine: [.genitive, .dative, .locative], neuter: []),
    Ending(suffix: "ej", masculine: "y", animate: [], inanimate: [], feminine: [.genitive, .dative, .locative], neuter: []),
    Ending(suffix: "ią", masculine: "i", animate: [], inanimate: [], feminine: [.accusative, .instrumental], neuter: []),
    Ending(suffix: "ą", masculine: "y", animate: [], inanimate: [], feminine: [.accusative, .instrumental], neuter: []),
    Ending(suffix: "ia", masculine: "i", animate: [], inanimate: [], feminine: .nominative, neuter: []),
    Ending(suffix: "a", masculine: "y", animate: [], inanimate: [], feminine: .nominative, neuter: []),
    Ending(suffix: "ie", masculine: "i", animate: [], inanimate: [], feminine: [], neuter: [.nominative, .accusative]),
    Ending(suffix: "e", masculine: "y", animate: [], inanimate: [], feminine: [], neuter: [.nominative, .accusative]),
    Ending(suffix: "i", masculine: "i", animate: .nominative, inanimate: [.nominative, .accusative], feminine: [], neuter: []),
    Ending(suffix: "y", masculine: "y", animate: .nominative, inanimate: [.nominative, .accusative], feminine: [], neuter: []),
  ]

  /// Every singular adjectival reading of `form` (possibly none). Hyphenated compounds
  /// ("Przemysłowo-Handlowej") are read by their last part and keep the first part unchanged.
  static func readings(of form: String) -> [Reading] {
    if let hyphen = form.lastIndex(of: "-") {
      let head = form[...hyphen]
      let tail = String(form[form.index(after: hyphen)...])
      guard head.dropLast().lowercased().hasSuffix("o") else { return [] }
      return readings(of: tail).map { r in
        Reading(masculineLemma: String(head) + r.masculineLemma, gender: r.gender, cases: r.cases, plural: r.plural)
      }
    }
    let utf8 = form.utf8
    guard utf8.count >= 5 else { return [] }
    var out: [Reading] = []
    for ending in endings where utf8.hasSuffixBytes(ending.suffix.utf8) {
      let stem = String(decoding: utf8.dropLast(ending.suffix.utf8.count), as: UTF8.self)
      var masculine = ending.masculine
      // Velar stems take -i where hard stems take -y: Śląska → Śląski, not Śląsky.
      if masculine == "y", let last = stem.utf8.last, last == UInt8(ascii: "k") || last == UInt8(ascii: "g") {
        masculine = "i"
      }
      let lemma = stem + masculine
      for (gender, cases) in [
        (GrammaticalGender.m1, ending.animate), (.m3, ending.inanimate), (.f, ending.feminine), (.n, ending.neuter),
      ] where !cases.isEmpty {
        out.append(Reading(masculineLemma: lemma, gender: gender, cases: cases))
      }
      break
    }
    for (suffix, masculine, cases) in pluralEndings where utf8.hasSuffixBytes(suffix.utf8) {
      let stem = String(decoding: utf8.dropLast(suffix.utf8.count), as: UTF8.self)
      var ending = masculine
      if ending == "y", let last = stem.utf8.last, last == UInt8(ascii: "k") || last == UInt8(ascii: "g") { ending = "i" }
      out.append(Reading(masculineLemma: stem + ending, gender: .n, cases: cases, plural: true))
      break
    }
    return out
  }

  /// Plural endings (non-masculine-personal): ending, masculine lemma ending, cases.
  private static let pluralEndings: [(String, String, PolishCases)] = [
    ("ymi", "y", .instrumental), ("imi", "i", .instrumental), ("ych", "y", [.genitive, .locative]),
    ("ich", "i", [.genitive, .locative]), ("ym", "y", .dative), ("im", "i", .dative),
    ("ie", "i", [.nominative, .accusative]), ("e", "y", [.nominative, .accusative]),
  ]

  /// True for masculine lemmas whose ending marks them as adjectives even when the list lacks them
  /// (place-derived -ski, -cki, -dzki and the productive -owy, -ny).
  static func looksAdjectival(_ masculineLemma: String) -> Bool {
    let lower = masculineLemma.lowercased()
    for suffix in ["ski", "cki", "dzki", "owy", "ny"] where lower.hasSuffix(suffix) {
      return lower.count >= 5
    }
    return false
  }
}

extension String.UTF8View {
  /// Byte-wise suffix test (no Unicode processing; both sides are expected in NFC).
  @inline(__always)
  func hasSuffixBytes(_ suffix: String.UTF8View) -> Bool {
    let n = suffix.count
    guard count >= n else { return false }
    return self.reversed().starts(with: suffix.reversed())
  }
}
