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
    let utf8 = masculine.utf8
    guard let last = utf8.last else { return masculine }
    if last == UInt8(ascii: "i") {
      let before = utf8.dropLast().last
      if before == UInt8(ascii: "k") || before == UInt8(ascii: "g") {
        return String(masculine.dropLast()) + (gender == .f ? "a" : "ie")
      }
      return masculine + (gender == .f ? "a" : "e")
    }
    if last == UInt8(ascii: "y") { return String(masculine.dropLast()) + (gender == .f ? "a" : "e") }
    return masculine
  }

  /// Endings, longest first: ending, masculine lemma ending, and the cases per gender group.
  private struct Ending {
    var suffixBytes: [UInt8]
    var masculine: UInt8
    /// Cases for m1/m2, m3, f, n.
    var animate: PolishCases
    var inanimate: PolishCases
    var feminine: PolishCases
    var neuter: PolishCases

    init(suffix: String, masculine: String, animate: PolishCases, inanimate: PolishCases, feminine: PolishCases, neuter: PolishCases) {
      suffixBytes = Array(suffix.utf8)
      self.masculine = masculine.utf8.first!
      self.animate = animate
      self.inanimate = inanimate
      self.feminine = feminine
      self.neuter = neuter
    }
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
    var form = form
    return form.withUTF8 { bytes in readings(UnsafeRawBufferPointer(bytes)) }
  }

  /// `readings(of:)` on the UTF-8 bytes of a word.
  private static func readings(_ bytes: UnsafeRawBufferPointer) -> [Reading] {
    if let hyphen = bytes.lastIndex(of: UInt8(ascii: "-")) {
      // Compound adjectives: the first part ends in -o and stays ("Przemysłowo-Handlowej").
      guard hyphen > 0, bytes[hyphen - 1] == UInt8(ascii: "o") || bytes[hyphen - 1] == UInt8(ascii: "O") else { return [] }
      let head = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[...hyphen]), as: UTF8.self)
      return readings(UnsafeRawBufferPointer(rebasing: bytes[(hyphen + 1)...])).map { r in
        Reading(masculineLemma: head + r.masculineLemma, gender: r.gender, cases: r.cases, plural: r.plural)
      }
    }
    guard bytes.count >= 5 else { return [] }
    var out: [Reading] = []
    for ending in endings where hasSuffix(bytes, ending.suffixBytes) {
      let stem = UnsafeRawBufferPointer(rebasing: bytes[..<(bytes.count - ending.suffixBytes.count)])
      let lemma = masculineLemma(stem, ending.masculine)
      for (gender, cases) in [
        (GrammaticalGender.m1, ending.animate), (.m3, ending.inanimate), (.f, ending.feminine), (.n, ending.neuter),
      ] where !cases.isEmpty {
        out.append(Reading(masculineLemma: lemma, gender: gender, cases: cases))
      }
      break
    }
    for ending in pluralEndings where hasSuffix(bytes, ending.suffix) {
      let stem = UnsafeRawBufferPointer(rebasing: bytes[..<(bytes.count - ending.suffix.count)])
      out.append(Reading(masculineLemma: masculineLemma(stem, ending.masculine), gender: .n, cases: ending.cases, plural: true))
      break
    }
    return out
  }

  /// Stem + -y/-i; velar stems take -i where hard stems take -y (Śląska → Śląski, not Śląsky).
  private static func masculineLemma(_ stem: UnsafeRawBufferPointer, _ ending: UInt8) -> String {
    var e = ending
    if e == UInt8(ascii: "y"), let last = stem.last, last == UInt8(ascii: "k") || last == UInt8(ascii: "g") { e = UInt8(ascii: "i") }
    var out = [UInt8](stem)
    out.append(e)
    return String(decoding: out, as: UTF8.self)
  }

  @inline(__always)
  private static func hasSuffix(_ bytes: UnsafeRawBufferPointer, _ suffix: [UInt8]) -> Bool {
    guard bytes.count >= suffix.count else { return false }
    let offset = bytes.count - suffix.count
    for k in 0..<suffix.count where bytes[offset + k] != suffix[k] { return false }
    return true
  }

  /// Plural endings (non-masculine-personal): ending bytes, masculine lemma ending, cases.
  private static let pluralEndings: [(suffix: [UInt8], masculine: UInt8, cases: PolishCases)] = [
    ("ymi", "y", .instrumental), ("imi", "i", .instrumental), ("ych", "y", [.genitive, .locative]),
    ("ich", "i", [.genitive, .locative]), ("ym", "y", .dative), ("im", "i", .dative),
    ("ie", "i", [.nominative, .accusative]), ("e", "y", [.nominative, .accusative]),
  ].map { (Array($0.0.utf8), $0.1.utf8.first!, $0.2) }

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
