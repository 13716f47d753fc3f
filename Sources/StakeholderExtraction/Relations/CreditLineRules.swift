import StakeholderModel

/// Author, photo and source lines ("Autor: Anna Nowak, Wydział Promocji", "Photo: Jan Kowalski / City Hall",
/// "Tekst i zdjęcia: Ewa Lis / PPNT", "fot. Piotr Zając / UM Nysa").
///
/// - A credit of the form "Person / Organization" states that the person works for the organization
///   (`affiliated_with`); "Person, Organization" and "Person (Organization)" are read by ``apposition()``.
/// - A person named only in credit lines wrote or photographed the report; they do not take part in its meeting.
///
/// - Complexity: O(n) for n tokens (each sentence visited once, with look-ups among its mentions).
extension RelationFinder {
  /// Words that open a credit line when a colon (or the abbreviation's full stop) follows them.
  static let creditWords: WordSet = [
    "autor", "autorka", "author", "authors", "photo", "photos", "fot", "foto", "zdjęcia", "zdjęcie", "tekst", "text",
    "źródło", "source", "opracowanie", "oprac", "credit", "credits",
  ]

  /// The token after the colon of the first credit opener of sentence `k`, or nil when the sentence has none.
  func creditStart(_ k: Int) -> Int? {
    // "fot. Piotr Zając / UM Nysa" split after the abbreviation: the line goes on in the next sentence.
    if k > 0, let last = r.sentences[k - 1].tokens.last, last > 0, r.tokens[last].text == ".", r.vocabulary.has(Self.creditWords, last - 1),
       r.sentences[k - 1].tokens.count >= 2, r.tokens[r.sentences[k].tokens.lowerBound].newlinesBefore == 0 {
      return r.sentences[k].tokens.lowerBound
    }
    guard r.vocabulary.sentenceHas(Self.creditWords, k) else { return nil }
    let s = r.sentences[k]
    for q in s.tokens where q + 1 < s.tokens.upperBound && r.claim[q] < 0 && r.vocabulary.has(Self.creditWords, q) {
      if r.tokens[q + 1].text == ":" || r.tokens[q + 1].text == "." { return q + 2 }
    }
    return nil
  }

  /// "Photo: Jan Kowalski / City Hall": a person in a credit line followed by a slash and an organization works there.
  mutating func creditLines() {
    for k in r.sentences.indices {
      guard let start = creditStart(k) else { continue }
      let s = r.sentences[k]
      for m in mentions(in: k) where r.mentions[m].kind == .person && r.mentions[m].range.lowerBound >= start {
        let e = claimedEnd(m, before: s.tokens.upperBound)
        guard e + 1 < s.tokens.upperBound, r.tokens[e].text == "/", r.claim[e + 1] >= 0, r.mentions[r.claim[e + 1]].kind == .organization else { continue }
        let o = g(r.claim[e + 1])
        if affiliations[g(m)]?.contains(o) == true { continue }
        add(g(m), o, .affiliatedWith, k)
        affiliations[g(m), default: []].append(o)
      }
    }
  }

  /// Persons every mention of whom is in a credit line (after its opener): the report's author or photographer.
  func creditedPersons() -> Set<Int> {
    var credited: Set<Int> = []
    var elsewhere: Set<Int> = []
    var starts: [Int: Int?] = [:]
    for i in mentions(ofKind: .person) {
      let m = r.mentions[i]
      guard m.sentence >= 0 && m.sentence < r.sentences.count else { continue }
      if starts[m.sentence] == nil { starts[m.sentence] = .some(creditStart(m.sentence)) }
      if let st = starts[m.sentence] ?? nil, m.range.lowerBound >= st { credited.insert(g(i)) } else { elsewhere.insert(g(i)) }
    }
    return credited.subtracting(elsewhere)
  }
}
