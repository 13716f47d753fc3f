import StakeholderModel

extension Recognizer {
  /// Whether the Polish name from `a` to the conjunction at `j` is complete as a head and one adjective that agrees
  /// with it ("Politechnika Kaliska", "Uniwersytetu Pilskiego"), and what follows the conjunction is no adjective:
  /// then "i X" starts another name ("Politechnika Kaliska i Termobud Polska"), while complements in the
  /// genitive still coordinate ("Wydział Oświaty i Wychowania") and so do two adjectives ("Wydział Mechaniczny i
  /// Elektryczny").
  func headAndAdjectiveComplete(_ a: Int, _ j: Int) -> Bool {
    guard language != "en", j - a == 2, let h = heads[a], h.kind == .organization, !h.isUnit, !h.english,
          tokens[a + 1].casing == .capitalized, Self.clearlyAdjectival(tokens[a + 1].lower),
          j + 1 < tokens.count, tokens[j + 1].kind == .word else { return false }
    return !Inflection.looksAdjectival(tokens[j + 1].text)
  }

  /// Endings no noun of a name's complement has ("Rolnictwa" ends like "Nowa" but is a noun): the place, relational
  /// and "-owy" adjectives, nominative and genitive.
  static let adjectiveEndings: [String] = [
    "ska", "cka", "ski", "cki", "skie", "ckie", "skiej", "ckiej", "skiego", "ckiego", "na", "ny", "ne", "nej", "nego",
    "owa", "owy", "owe", "owej", "owego",
  ]

  /// Whether a lower-cased word of five letters or more ends like an adjective of ``adjectiveEndings``.
  static func clearlyAdjectival(_ l: String) -> Bool {
    l.count >= 5 && adjectiveEndings.contains { l.hasSuffix($0) }
  }
}

extension Recognizer {
  /// "Łukasiewicz – Instytut Spawalnictwa Stosowanego": an institute of the state's research network is named after the
  /// network's brand and a dash. The institute's own name (read as usual from `i + 2`) is its short form. Returns
  /// where the chunk ends, or nil when the shape does not start at `i`.
  mutating func networkInstitute(_ i: Int, _ k: Int, _ s: Sentence) -> Int? {
    guard tokens[i].text == "Łukasiewicz", i + 2 < s.tokens.upperBound, ["–", "-", "—"].contains(tokens[i + 1].text),
          tokens[i + 1].spaceBefore, claim[i + 2] < 0, tokens[i + 2].isNameLike, heads[i + 2]?.kind == .organization
            || englishHeads[i + 2]?.kind == .organization || (i + 3 < s.tokens.upperBound && heads[i + 3]?.kind == .organization) else { return nil }
    let (end, legal) = chunkEnd(i + 2, s)
    let after = max(end, legalEnd(end, s))
    segment((i + 2)..<end, k, legal: legal, legalEnd: legalEnd(end, s))
    let idx = claim[i + 2]
    guard idx >= 0, mentions[idx].kind == .organization, mentions[idx].range.lowerBound == i + 2 else { return after }
    mentions[idx].innerName = mentions[idx].name
    mentions[idx].name = "Łukasiewicz – " + mentions[idx].name
    mentions[idx].range = i..<mentions[idx].range.upperBound
    mentions[idx].surface = text(mentions[idx].range)
    claim[i] = idx
    claim[i + 1] = idx
    return after
  }
}
