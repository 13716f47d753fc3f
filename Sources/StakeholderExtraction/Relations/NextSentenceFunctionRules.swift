import StakeholderModel

/// A person's institution told in the sentence after the name, which opens with the function, a profession or a
/// pronoun instead of the name:
/// - "Głos zabrała też Anna Lis. Dyrektor Departamentu Kultury w Urzędzie Miasta zapowiedziała, że …";
/// - "The second panel opened with Eva Holm. The deputy president of the Office of Energy explained …";
/// - "We asked Jan Kos how. He has run the Planning Department of the port since 2020.";
/// - "Pomiary wykonał zespół dr. Jana Kosa. Naukowiec pracuje na Wydziale Chemii."
///
/// The person must end the sentence before and have no institution yet; the sentence must name no person of its own
/// near its start (else the function is that person's).
extension RelationFinder {
  /// Pronouns and nouns of a profession that open a sentence about the person named just before.
  static let personReferenceOpeners: WordSet = [
    "he", "she", "on", "ona", "naukowiec", "naukowczyni", "badacz", "badaczka", "ekspert", "ekspertka", "specjalista",
    "specjalistka", "researcher", "scientist", "expert",
  ]
  /// Verbs of heading or working at an institution, after such an opener ("He heads", "Naukowiec pracuje na").
  static let workplaceVerbs: WordSet = [
    "heads", "leads", "runs", "run", "manages", "chairs", "directs", "coordinates", "works", "worked", "headed", "led",
    "has", "had", "kieruje", "kierowała", "kierował", "pracuje", "pracowała", "pracował", "szefuje", "zarządza",
  ]
  /// Words that may stand between the opener and the institution: a function's own wording ("deputy president of
  /// the"), a verb and its preposition ("has run the", "pracuje na", "works at the").
  static let workplaceFillers = workplaceVerbs.union(["of", "the", "at", "in", "for", "w", "we", "na", "been", "ds.", "spraw"])

  /// Adds the affiliation of the person that ends a sentence with the institution its next sentence opens with.
  mutating func functionInNextSentence() {
    guard r.sentences.count > 1 else { return }
    for k in 1..<r.sentences.count {
      let s = r.sentences[k]
      var q = s.tokens.lowerBound
      if q + 1 < s.tokens.upperBound, r.vocabulary.lowerIs(q, "the") { q += 1 }
      guard q + 2 < s.tokens.upperBound, r.claim[q] < 0, r.tokens[s.tokens.lowerBound].casing != .lower else { continue }
      let byFunction = r.roleWords[q] != nil && !r.roles.contains { $0.at == q }
      let byReference = !byFunction && r.vocabulary.has(Self.personReferenceOpeners, q) && r.vocabulary.has(Self.workplaceVerbs, q + 1)
      guard byFunction || byReference else { continue }
      var a = q + 1
      while a < s.tokens.upperBound, a < q + 6, r.claim[a] < 0, r.vocabulary.has(Self.workplaceFillers, a) || r.roleWords[a] != nil { a += 1 }
      guard a < s.tokens.upperBound, r.claim[a] >= 0, r.mentions[r.claim[a]].kind == .organization else { continue }
      let o = r.claim[a]
      let end = claimedEnd(o, before: s.tokens.upperBound)
      guard !mentions(in: k).contains(where: { r.mentions[$0].kind == .person && r.mentions[$0].range.lowerBound <= end + 4 }),
            let p = personEndingSentence(k - 1) else { continue }
      let pg = g(p), og = g(o)
      guard affiliations[pg] == nil else { continue }
      add(pg, og, .affiliatedWith, k)
      affiliations[pg, default: []].append(og)
    }
  }

  /// The person mention that sentence `k` ends with (a full stop after it, or one lower-case word: "We asked X how."),
  /// when it has no function of its own.
  func personEndingSentence(_ k: Int) -> Int? {
    let s = r.sentences[k]
    guard let last = mentions(in: k).last, r.mentions[last].kind == .person else { return nil }
    var e = claimedEnd(last, before: s.tokens.upperBound)
    if e + 1 == s.tokens.upperBound - 1, r.tokens[e].kind == .word, r.tokens[e].casing == .lower { e += 1 }
    guard e == s.tokens.upperBound - 1, r.tokens[e].text == "." else { return nil }
    let pg = g(last)
    return r.roles.contains(where: { g($0.person) == pg }) ? nil : last
  }
}
