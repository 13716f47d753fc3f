import StakeholderModel

/// Affiliations in phrasings the function readers miss:
///
/// - "starosta łęczyński Jan Nowak", where the text names the county only as the acting "Powiat Łęczyński": a
///   territorial function with an adjective of the territory belongs to the commune, county or region named that way.
/// - "• Anna Nowak – Katedra Fizyki Politechniki X": in a list item, the organization after a dash after the name.
/// - "Dr X, CEO of the Kutno-based textile producer Y", "Z of the Milan-based industry association W": the
///   organization after a seat adjective and descriptor nouns.
///
/// - Complexity: O(n + m) for n tokens and m mentions.
extension RelationFinder {
  /// Head words of territorial authorities named by an adjective ("Powiat Łęczyński", "Gmina Wiejska X").
  static let territorialAuthorityHeads: Set<String> = ["powiat", "gmina", "województwo"]

  /// "starosta łęczyński Jan Nowak": the authority whose name has the adjective after the function.
  mutating func territorialAdjectiveAuthority() {
    for role in r.roles where role.target == nil && role.word.territorial && role.at >= 0 {
      let p = g(role.person)
      guard affiliations[p] == nil, role.at + 1 < r.tokens.count, r.claim[role.at + 1] < 0, r.tokens[role.at + 1].casing == .lower else { continue }
      let adj = r.tokens[role.at + 1].lower
      guard placeByAdjective(after: role.at) == nil, adj.count >= 6, adj.hasSuffix("ski") || adj.hasSuffix("cki") || adj.hasSuffix("skiego") || adj.hasSuffix("ckiego") else { continue }
      let stem = String(adj.prefix(adj.count - (adj.hasSuffix("iego") ? 4 : 1)))
      var hits = Set<Int>()
      for i in mentions(ofKind: .organization) {
        let m = r.mentions[i]
        guard m.parent == nil else { continue }
        // Only an authority the function heads ("starosta" a "powiat", not "wojewoda" a "województwo").
        guard let h = m.head, Self.territorialAuthorityHeads.contains(h.lemma), role.word.institution.contains(h.lemma) else { continue }
        if m.name.fastLowercased.split(separator: " ").dropFirst().contains(where: { $0.hasPrefix(stem) }) { hits.insert(g(i)) }
      }
      guard hits.count == 1, let o = hits.first else { continue }
      add(p, o, .affiliatedWith, role.sentence)
      affiliations[p, default: []].append(o)
    }
  }

  /// "• Anna Nowak – Katedra Fizyki Politechniki X" and "Anna Nowak, CEO of the Kutno-based producer Y".
  mutating func dashAndDescribedAffiliation() {
    for i in mentions(ofKind: .person) {
      let m = r.mentions[i]
      guard !m.nested && affiliations[g(i)] == nil else { continue }
      let s = r.sentences[m.sentence]
      let e = claimedEnd(i, before: s.tokens.upperBound)
      guard e + 1 < s.tokens.upperBound else { continue }
      // List item: name, dash, organization.
      if isListItem(m.sentence), ["–", "—", "-"].contains(r.tokens[e].text), r.claim[e + 1] >= 0, r.mentions[r.claim[e + 1]].kind == .organization {
        let o = g(unitOrSelf(r.claim[e + 1]))
        add(g(i), o, .affiliatedWith, m.sentence)
        affiliations[g(i), default: []].append(o)
        continue
      }
      // "…, CEO of the X-based knitwear producer Y" / "… of the X-based industry association Y".
      var q = e
      if r.tokens[q].text == "," { q += 1; while q < s.tokens.upperBound, q - e <= 5, r.claim[q] < 0, r.roleWords[q] != nil || r.vocabulary.has(Recognizer.englishRoleModifiers, q) { q += 1 } }
      // The seat adjective: a place mention, or a capitalised word the recogniser left alone ("Zgierz-based").
      guard q + 3 < s.tokens.upperBound, r.vocabulary.lowerIs(q, "of"), r.vocabulary.lowerIs(q + 1, "the"), r.tokens[q + 2].lower.hasSuffix("-based"),
            r.claim[q + 2] < 0 ? r.tokens[q + 2].casing != .lower : r.mentions[r.claim[q + 2]].kind == .place else { continue }
      var t = q + 3
      while t < s.tokens.upperBound, t - q <= 6, r.claim[t] < 0, r.tokens[t].kind == .word, r.tokens[t].casing == .lower { t += 1 }
      guard t > q + 3, t < s.tokens.upperBound, r.claim[t] >= 0, r.mentions[r.claim[t]].kind == .organization else { continue }
      let o = g(r.claim[t])
      add(g(i), o, .affiliatedWith, m.sentence)
      affiliations[g(i), default: []].append(o)
    }
  }
}

extension RelationFinder {
  /// Possessive pronouns that tie a common noun to the person just named ("jej departament", "his company").
  static let personalPossessives: WordSet = ["jej", "jego", "ich", "her", "his", "their"]

  /// "Nowak zapowiedziała, że jej departament przygotowuje projekt X": between person mention `subject` and the verb at
  /// `verb`, a possessive pronoun and a lower-case head noun ("departament", "firma", "uczelnia") refer to the
  /// person's organization with that head; nil when there is no such pair or no such affiliation.
  func possessiveReferent(of subject: Int, before verb: Int) -> Int? {
    guard r.mentions[subject].kind == .person else { return nil }
    let start = r.mentions[subject].range.upperBound
    guard start + 1 < verb else { return nil }
    for q in start..<(verb - 1) where r.claim[q] < 0 && r.vocabulary.has(Self.personalPossessives, q) {
      guard r.claim[q + 1] < 0, r.tokens[q + 1].casing == .lower, let h = r.heads[q + 1], h.kind == .organization else { continue }
      for a in affiliations[g(subject)] ?? [] where kind(a) == .organization {
        if r.mentions.indices.contains(where: { g($0) == a && r.mentions[$0].head?.lemma == h.lemma }) { return a }
      }
    }
    return nil
  }
}

extension RelationFinder {
  /// Nouns of a subordinate body in an apposition: "a budgetary unit of the City of X", "a subsidiary of Y".
  static let subordinateBodyNouns: WordSet = [
    "unit", "subsidiary", "branch", "jednostka", "jednostką", "jednostki", "oddział", "oddziałem", "spółką", "spółka",
  ]

  /// "X (PX), a budgetary unit of the City of Y", "X, jednostka budżetowa Miasta Y", "X, a subsidiary of Y", "X jest
  /// jednostką budżetową Y", "X is a unit of Y": the organization described is `part_of` the one after the noun.
  mutating func subordinateApposition() {
    for i in mentions(ofKind: .organization) {
      let m = r.mentions[i]
      guard !m.nested && parents[g(i)] == nil else { continue }
      let s = r.sentences[m.sentence]
      let e = pastParenthesisedWord(claimedEnd(i, before: s.tokens.upperBound), before: s.tokens.upperBound)
      guard e + 3 < s.tokens.upperBound, r.tokens[e].text == "," || r.vocabulary.lowerIn(e, ["jest", "is"]) else { continue }
      var q = e + 1
      if r.vocabulary.lowerIn(q, ["a", "an", "the"]) { q += 1 }
      // One adjective before the noun ("budgetary", "budżetowa" comes after it in Polish).
      if q + 1 < s.tokens.upperBound, r.claim[q] < 0, r.tokens[q].casing == .lower, !r.vocabulary.has(Self.subordinateBodyNouns, q) { q += 1 }
      guard q < s.tokens.upperBound, r.claim[q] < 0, r.vocabulary.has(Self.subordinateBodyNouns, q) else { continue }
      // "spółka" only as a subsidiary: "spółką zależną", "spółka córka".
      if r.vocabulary.lowerIn(q, ["spółką", "spółka"]), !(q + 1 < s.tokens.upperBound && (r.tokens[q + 1].lower.hasPrefix("zależn") || r.tokens[q + 1].lower.hasPrefix("córk"))) { continue }
      q += 1
      if q < s.tokens.upperBound, r.claim[q] < 0, r.tokens[q].casing == .lower, !r.vocabulary.lowerIn(q, ["of", "the"]) { q += 1 }
      // "spółką zależną niemieckiej firmy X": an adjective of origin and a company noun before the parent's name.
      if q + 1 < s.tokens.upperBound, r.claim[q] < 0, r.tokens[q].casing == .lower, r.vocabulary.has(Recognizer.companyNouns, q + 1) { q += 1 }
      q = pastDescriptors(q, in: s)
      if q < s.tokens.upperBound, r.vocabulary.lowerIs(q, "of") { q += 1 }
      if q < s.tokens.upperBound, r.vocabulary.lowerIs(q, "the") { q += 1 }
      guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization, g(r.claim[q]) != g(i) else { continue }
      add(g(i), g(r.claim[q]), .partOf, m.sentence)
      parents[g(i)] = g(r.claim[q])
    }
  }
}
