import StakeholderModel

/// Cooperation stated by a body referred to with a common noun:
///
/// - "projekt „P”, który uniwersytet realizuje w partnerstwie z X", "Stowarzyszenie z Bonn współpracuje z Y",
///   "Kowalska poinformowała, że uczelnia zawarła umowę o współpracy z firmą Z": with no organization named before the
///   cooperation word, a lower-case head noun ("uniwersytet", "uczelnia", "stowarzyszenie", "the zone") stands for the
///   one body of the text with that head, or for the organization of the person the sentence quotes; it is
///   `partner_of` the organization after "z" / "with".
///
/// - Complexity: O(n) for n tokens (each sentence visited once, a few look-ups per cooperation word).
extension RelationFinder {
  /// Words of cooperation followed by "z" / "with" and the partner.
  static let cooperationNouns: WordSet = ["współpracy", "partnerstwie", "współpracuje", "współpracują", "współpracę", "cooperation", "partnership", "cooperates", "collaborates"]

  /// Verbs of signing whose "z" / "with" may come a few words later: "Spółka podpisała w marcu list intencyjny ze X".
  static let signingVerbs = PrefixSet(["podpisał", "podpisali", "podpisały", "zawarł", "zawarli", "signed"])

  /// Adds `partner_of` between a body referred to by a common noun and the named organization it cooperates with.
  mutating func genericSubjectCooperation() {
    for (k, s) in r.sentences.enumerated() where r.vocabulary.sentenceHas(Self.cooperationNouns, k) || r.vocabulary.sentenceHas(Self.signingVerbs, k) {
      let ms = mentions(in: k)
      for c in s.tokens where r.claim[c] < 0 && (r.vocabulary.has(Self.cooperationNouns, c) || r.vocabulary.has(Self.signingVerbs, c)) {
        guard let with = partnerPreposition(after: c, in: s) else { continue }
        var q = with + 1
        if r.vocabulary.lowerIs(q, "the") { q += 1 }
        q = pastDescriptors(q, in: s)
        guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization else { continue }
        let partner = g(r.claim[q])
        // Only when no organization is named before the cooperation word (the named readers take those).
        guard !ms.contains(where: { r.mentions[$0].kind == .organization && r.mentions[$0].range.upperBound <= c }) else { continue }
        guard let subject = referredSubject(before: c, in: k), subject != partner else { continue }
        if found[Key(source: partner, target: subject, type: .partnerOf)] != nil || found[Key(source: subject, target: partner, type: .partnerOf)] != nil { continue }
        add(subject, partner, .partnerOf, k)
      }
    }
  }

  /// The "z" / "with" that names the partner after the cooperation word or signing verb at `c`: right after a
  /// cooperation word; after a signing verb within five unnamed words ("podpisała w marcu list intencyjny ze X").
  func partnerPreposition(after c: Int, in s: Sentence) -> Int? {
    let reach = r.vocabulary.has(Self.cooperationNouns, c) ? 1 : 6
    var w = c + 1
    while w < s.tokens.upperBound - 1, w - c <= reach, r.claim[w] < 0 {
      if r.vocabulary.lowerIn(w, ["z", "ze", "with"]) { return w }
      w += 1
    }
    return nil
  }

  /// The organization a common head noun before token `c` (at most eight tokens, in sentence `k`) refers to: the one
  /// body of the text with that head (named last before, when several), else the one introduced earlier by that noun
  /// ("stowarzyszenia H2 Nord e.V."), else the organization of the one person named before it in the sentence.
  func referredSubject(before c: Int, in k: Int) -> Int? {
    let s = r.sentences[k]
    for t in stride(from: c - 1, through: max(s.tokens.lowerBound, c - 8), by: -1) where r.claim[t] < 0 {
      guard let h = r.heads[t], h.kind == .organization, !h.isUnit else { continue }
      // A sentence-initial capital ("Stowarzyszenie z Bonn …") is still a common noun.
      guard r.tokens[t].casing == .lower || t == s.tokens.lowerBound else { continue }
      if let c = orgsByHead[h.lemma], c.count == 1 { return c.first }
      if r.tokens[t].casing == .lower, let o = organizationReferredBack(at: t) { return o }
      if let o = organizationIntroduced(by: h.lemma, before: t) { return o }
      // "… Kamieniarz S.A. Spółka zawarła z X umowę": a sentence opened by "Spółka" / "Firma" speaks of the company before.
      if t == s.tokens.lowerBound, let o = bodyOpeningSentence(s) { return o }
      let people = mentions(in: k).filter { r.mentions[$0].kind == .person && r.mentions[$0].range.upperBound <= t }
      let orgs = Set(people.flatMap { (affiliations[g($0)] ?? []).filter { kind($0) == .organization } })
      return orgs.count == 1 ? orgs.first : nil
    }
    return nil
  }
}

extension RelationFinder {
  /// The one organization written earlier (before token `t`) right after a common noun with head `lemma`
  /// ("członek zarządu stowarzyszenia H2 Nord e.V." for a later "Stowarzyszenie"), else nil.
  func organizationIntroduced(by lemma: String, before t: Int) -> Int? {
    var hits = Set<Int>()
    for i in mentions(ofKind: .organization) {
      let m = r.mentions[i]
      guard !m.nested && m.range.upperBound <= t else { continue }
      let b = m.range.lowerBound - 1
      guard b >= 0, r.claim[b] < 0, r.tokens[b].casing == .lower, let h = r.heads[b], h.lemma == lemma else { continue }
      hits.insert(g(i))
    }
    return hits.count == 1 ? hits.first : nil
  }
}
