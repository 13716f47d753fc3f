import StakeholderModel

/// Investment sites: a company that builds, expands or opens a plant in a town is located in that town.
///
/// - "Spółka X sp. z o.o. zainwestuje 48 mln zł w nowy zakład w Koninie", "Y, który rozbuduje zakład w Z",
///   "Firma zbuduje w Słupsku centrum dystrybucyjne", "X, the German maker of pumps, opened its plant in Poland".
///
/// The subject is the first organization of the sentence (nothing but a company noun before it), an organization
/// followed by ", który …", or "Firma" / "Spółka" opening the sentence for the company named just before. The place
/// follows "w" / "in" after the verb, before or after the facility's noun, within the verb's clause.
///
/// - Complexity: O(n) for n tokens (sentences without an investment verb are skipped by one look-up).
extension RelationFinder {
  /// Verbs of building, expanding, modernising, opening or investing in a site.
  static let investmentVerbs = PrefixSet([
    "zainwestuj", "zainwestow", "zbuduj", "zbudow", "wybuduj", "wybudow", "rozbuduj", "rozbudow", "zmodernizuj",
    "zmodernizow", "otworzy", "otworzył", "otwiera", "uruchomi", "buduje", "ulokuj", "ulokow",
    "opened", "opens", "build", "built", "invest", "expand", "launched",
  ])

  /// Verbs of having a site, which name it right after them: "ma zakład produkcyjny w X", "operates a plant in Y".
  static let siteHoldingVerbs: WordSet = ["ma", "posiada", "prowadzi", "has", "operates", "runs"]

  /// Nouns of a company's site ("zakład", "fabrykę", "centrum dystrybucyjne", "plant", "facility").
  static let facilityNouns: WordSet = [
    "zakład", "zakładu", "zakładzie", "fabrykę", "fabryka", "fabryki", "fabryce", "halę", "hala", "hali", "centrum",
    "młyn", "magazyn", "magazyny", "oddział", "linię", "biuro", "siedzibę", "kampus", "laboratorium", "drukarnię",
    "plant", "factory", "facility", "site", "warehouse", "centre", "center", "campus", "hub", "office",
  ]

  /// Adds `located_in` from a company to the town where it builds, expands or opens a site.
  mutating func investmentSites() {
    for (k, s) in r.sentences.enumerated() where r.vocabulary.sentenceHas(Self.facilityNouns, k)
      && (r.vocabulary.sentenceHas(Self.investmentVerbs, k) || r.vocabulary.sentenceHas(Self.siteHoldingVerbs, k)) {
      for v in s.tokens where r.claim[v] < 0 && r.tokens[v].casing == .lower && (r.vocabulary.has(Self.investmentVerbs, v) || holdsSite(v)) {
        guard let company = investingCompany(before: v, in: s), let place = siteTown(after: v, in: s), company != place else { continue }
        add(company, place, .locatedIn, k)
      }
    }
  }

  /// Whether token `v` is a verb of having a site with the site's noun right after it (past an article).
  func holdsSite(_ v: Int) -> Bool {
    guard r.vocabulary.has(Self.siteHoldingVerbs, v), v + 1 < r.tokens.count else { return false }
    let n = r.vocabulary.lowerIn(v + 1, ["a", "an", "its"]) ? v + 2 : v + 1
    return n < r.tokens.count && r.claim[n] < 0 && r.vocabulary.has(Self.facilityNouns, n)
  }

  /// The organization (group) that is the subject of the verb at `v`: the sentence's first mention when it is an
  /// organization with no other organization between it and the verb, the organization right before ", który" (or
  /// "która", "które") when the verb comes within four words, or the company "Firma" / "Spółka" opening the sentence
  /// refers to.
  func investingCompany(before v: Int, in s: Sentence) -> Int? {
    let k = r.sentenceOf[v]
    let before = mentions(in: k).filter { r.mentions[$0].range.upperBound <= v && !r.mentions[$0].nested }
    if let last = before.last(where: { r.mentions[$0].kind == .organization }) {
      let e = claimedEnd(last)
      if e + 1 < v, r.tokens[e].text == ",", r.vocabulary.lowerIn(e + 1, ["który", "która", "które", "which"]), v - e <= 5 {
        return g(last)
      }
    }
    if let first = before.first, r.mentions[first].kind == .organization,
       !before.dropFirst().contains(where: { r.mentions[$0].kind == .organization }),
       (s.tokens.lowerBound..<r.mentions[first].range.lowerBound).allSatisfy({ r.vocabulary.has(Recognizer.companyNouns, $0) || r.vocabulary.lowerIs($0, "–") || r.vocabulary.lowerIs($0, "the") }) {
      return g(first)
    }
    if before.isEmpty, v - s.tokens.lowerBound <= 2 { return bodyOpeningSentence(s) }
    return nil
  }

  /// The town (group) of a site named after the verb at `v`: the first place after "w" / "we" / "in" before the end
  /// of the clause (a comma or a dash), when a facility noun stands between the verb and the place or within three
  /// words after it.
  func siteTown(after v: Int, in s: Sentence) -> Int? {
    var sawFacility = false
    var q = v + 1
    while q < s.tokens.upperBound, q - v <= 12 {
      if r.claim[q] < 0, [",", "–", ";", "—"].contains(r.tokens[q].text) { return nil }
      if r.claim[q] < 0, r.vocabulary.has(Self.facilityNouns, q) { sawFacility = true }
      if r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .place, q > v + 1, r.vocabulary.lowerIn(q - 1, ["w", "we", "in"]) {
        let after = (q + 1)..<min(s.tokens.upperBound, q + 4)
        if sawFacility || after.contains(where: { r.claim[$0] < 0 && r.vocabulary.has(Self.facilityNouns, $0) }) { return g(r.claim[q]) }
        return nil
      }
      q += 1
    }
    return nil
  }
}
