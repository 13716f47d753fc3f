import StakeholderModel

/// A partner introduced by a possessive pronoun that refers to the body or project the sentence before opened with:
/// "Fundacja X od lat prowadzi warsztaty. Jej partnerem jest Park Narodowy Y." (`partner_of`), "The network was set up
/// in 2023. Its partners are the X Association and the Commune of Y." (a project's partners take part in it).
extension RelationFinder {
  /// "jej", "jego", "its" opening a sentence about partners.
  static let partnerPossessives: WordSet = ["jej", "jego", "its"]
  /// Words between the pronoun and the partner noun ("Its other partners", "Jej głównym partnerem").
  static let partnerQualifiers: WordSet = ["other", "main", "key", "głównym", "głównymi", "pozostałymi", "kolejnym"]

  /// Adds the relations of a sentence that opens with a possessive pronoun and a partner noun.
  mutating func possessivePartners() {
    guard r.sentences.count > 1 else { return }
    for k in 1..<r.sentences.count where r.vocabulary.sentenceHas(Self.partnerPossessives, k) {
      let s = r.sentences[k]
      let p = s.tokens.lowerBound
      guard p + 3 < s.tokens.upperBound, r.vocabulary.has(Self.partnerPossessives, p) else { continue }
      // "Its other partners are …", "Jej głównym partnerem jest …".
      let n = r.vocabulary.has(Self.partnerQualifiers, p + 1) ? p + 2 : p + 1
      guard r.vocabulary.has(Self.partnerNouns, n) else { continue }
      var q = n + 1
      while q < s.tokens.upperBound, q - p <= 5, r.claim[q] < 0, r.vocabulary.has(Self.partnerLinkWords, q) { q += 1 }
      guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization,
            let owner = possessiveOwner(opening: k - 1, pronoun: r.tokens[p].lower) else { continue }
      for o in coordinatedOrganizations(from: q, in: s) where g(o) != owner {
        if kind(owner) == .project { add(g(o), owner, .participatesIn, k) } else { add(g(o), owner, .partnerOf, k) }
      }
    }
  }

  /// The organization or project (not a programme) that sentence `k` opens with, when its gender fits the Polish
  /// pronoun ("jej": feminine; "jego": masculine or neuter; a name without a head fits either).
  func possessiveOwner(opening k: Int, pronoun: String) -> Int? {
    guard let first = mentions(in: k).first, r.mentions[first].range.lowerBound <= r.sentences[k].tokens.lowerBound + 1 else { return nil }
    let m = r.mentions[first]
    guard m.kind == .organization || (m.kind == .project && !m.isProgramme && !funderLike(first)) else { return nil }
    if let gender = m.head?.gender, pronoun != "its" {
      guard (pronoun == "jej") == (gender == .feminine), gender != .plural else { return nil }
    }
    return g(first)
  }
}
