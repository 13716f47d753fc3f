import StakeholderModel

/// A person's institution told in the sentence after the name, which opens with the function instead of the name:
/// - "Głos zabrała też Anna Lis. Dyrektor Departamentu Kultury w Urzędzie Miasta zapowiedziała, że …";
/// - "The second panel opened with Eva Holm. The deputy president of the Office of Energy explained …".
/// (A pronoun or a profession instead of the function, "He heads …", "Naukowiec pracuje na …", is
/// ``pronounHeadsBody()``'s.)
///
/// The person must end the sentence before and have no institution yet; the sentence must name no person of its own
/// near its start (else the function is that person's).
extension RelationFinder {
  /// Words of a function's own wording between the function and its institution ("deputy president of the",
  /// "dyrektor ds.").
  static let functionFillers: WordSet = ["of", "the", "ds.", "spraw", "for"]

  /// Adds the affiliation of the person that ends a sentence with the institution of the function its next sentence
  /// opens with.
  mutating func functionInNextSentence() {
    guard r.sentences.count > 1 else { return }
    for k in 1..<r.sentences.count {
      let s = r.sentences[k]
      var q = s.tokens.lowerBound
      if q + 1 < s.tokens.upperBound, r.vocabulary.lowerIs(q, "the") { q += 1 }
      guard q + 2 < s.tokens.upperBound, r.claim[q] < 0, r.tokens[s.tokens.lowerBound].casing != .lower else { continue }
      guard r.roleWords[q] != nil, !r.roles.contains(where: { $0.at == q }) else { continue }
      var a = q + 1
      while a < s.tokens.upperBound, a < q + 6, r.claim[a] < 0, r.vocabulary.has(Self.functionFillers, a) || r.roleWords[a] != nil { a += 1 }
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
