import StakeholderModel

/// Relations read through a clause or a participle that refers back to a body:
///
/// - "visited the X Zone, where Deputy President Anna Nowak showed …", "the Port Y, also a project partner, where
///   Jan Lis, head of its unit, …": a person (with no affiliation found) in a "where" / "gdzie" clause right after an
///   organization works there.
/// - "w prowadzonym przez agencję programie „P”", "w realizowanym przez X projekcie „P”": the agent of a participle
///   of running, named or referred to by a common noun, organizes the project after it.
/// - "projektu „P”, którego liderem jest X, a partnerem – także stowarzyszenie": a partner named by a common noun
///   after "partnerem –" takes part in the project of the clause.
/// - "Sieć koordynuje X" after "… założenia sieci „S”": a generic noun refers to the project it introduced before.
///
/// - Complexity: O(n + m) for n tokens and m mentions.
extension RelationFinder {
  /// Relative adverbs of place that open a clause about the organization named before them.
  static let whereWords: WordSet = ["where", "gdzie"]

  /// "X, where [function] Name …": the person works at X.
  mutating func whereClauseAffiliation() {
    for (k, s) in r.sentences.enumerated() where r.vocabulary.sentenceHas(Self.whereWords, k) {
      let ms = mentions(in: k)
      for w in s.tokens where w > s.tokens.lowerBound && r.claim[w] < 0 && r.vocabulary.has(Self.whereWords, w) && r.tokens[w - 1].text == "," {
        // The organization the clause is about: the last one before the comma (past an apposition ", also a …").
        guard let o = ms.last(where: { r.mentions[$0].kind == .organization && r.mentions[$0].range.upperBound <= w - 1 && w - 1 - claimedEnd($0, before: w) <= 6 }) else { continue }
        // The person: the first named within five tokens after "where" (a function or title between).
        guard let p = ms.first(where: { r.mentions[$0].kind == .person && r.mentions[$0].range.lowerBound > w }),
              r.mentions[p].range.lowerBound - w <= 5,
              ((w + 1)..<r.mentions[p].range.lowerBound).allSatisfy({ r.claim[$0] < 0 && (r.roleWords[$0] != nil || r.vocabulary.has(RoleWords.titles, $0) || r.tokens[$0].casing != .lower || r.tokens[$0].kind == .punct || r.vocabulary.has(Recognizer.englishRoleModifiers, $0)) })
        else { continue }
        let pg = g(p)
        if affiliations[pg]?.contains(where: { kind($0) == .organization }) == true { continue }
        add(pg, g(o), .affiliatedWith, k)
        affiliations[pg, default: []].append(g(o))
      }
    }
  }

  /// Participles of running a project whose agent follows "przez": "prowadzonym przez", "realizowanego przez".
  static let runningParticiplePrefixes = ["prowadzon", "realizowan", "koordynowan", "zarządzan"]
  /// Stems of the generic noun between the agent and the project's name ("programie", "projekcie", "inicjatywie").
  static let projectNounStems = ["program", "projek", "inicjatyw", "sieci", "platform"]

  /// "w prowadzonym przez agencję programie „P”": the agent organizes the project named within three tokens after it.
  /// "przez" before the agent of a participle (``participleAgentProjects()``).
  static let agentPreposition: WordSet = ["przez"]

  mutating func participleAgentProjects() {
    for (k, s) in r.sentences.enumerated() where r.vocabulary.sentenceHas(Self.agentPreposition, k) {
      for t in s.tokens where t > s.tokens.lowerBound && t + 2 < s.tokens.upperBound && r.claim[t] < 0 && r.vocabulary.lowerIs(t, "przez") {
        let participle = r.tokens[t - 1].lower
        guard Self.runningParticiplePrefixes.contains(where: { participle.hasPrefix($0) }) else { continue }
        var agent: Int?
        var e = t + 1
        if r.claim[e] >= 0, r.mentions[r.claim[e]].kind == .organization {
          agent = g(r.claim[e])
          e = claimedEnd(r.claim[e], before: s.tokens.upperBound)
        } else if let o = organizationReferredBack(at: e) {
          agent = o
          e += 1
        }
        guard let org = agent,
              let pm = mentions(in: k).first(where: { r.mentions[$0].kind == .project && r.mentions[$0].range.lowerBound >= e && r.mentions[$0].range.lowerBound - e <= 3 }),
              (e..<r.mentions[pm].range.lowerBound).allSatisfy({ t in r.claim[t] == pm || r.tokens[t].kind == .punct
                || (r.claim[t] < 0 && Self.projectNounStems.contains { r.tokens[t].lower.hasPrefix($0) }) })
        else { continue }
        addRunner(org, g(pm), k)
      }
    }
  }

  /// "projektu „P”, którego liderem jest X, a partnerem – także stowarzyszenie": the body the common noun after
  /// "partnerem" (and a dash) refers to takes part in the project named in the sentence.
  mutating func partnerByCommonNoun() {
    for (k, s) in r.sentences.enumerated() where r.vocabulary.sentenceHas(Self.projectPartnerNouns, k) {
      let ms = mentions(in: k)
      guard let proj = ms.first(where: { r.mentions[$0].kind == .project && !r.mentions[$0].isProgramme }).map({ g($0) }) else { continue }
      for pw in s.tokens where r.claim[pw] < 0 && r.vocabulary.lowerIn(pw, ["partnerem", "partnerami"]) {
        var q = pw + 1
        while q < s.tokens.upperBound, q - pw <= 3, r.claim[q] < 0, r.tokens[q].kind == .punct || r.vocabulary.lowerIn(q, ["także", "również", "jest", "są"]) { q += 1 }
        guard q < s.tokens.upperBound, q > pw + 1, r.claim[q] < 0, let o = organizationReferredBack(at: q) ?? organizationIntroducedByHead(at: q) else { continue }
        if organized[o]?.contains(proj) == true { continue }
        add(o, proj, .participatesIn, k)
      }
    }
  }

  /// The organization introduced earlier by the lower-case head noun at token `t` ("stowarzyszenie" after
  /// "Stowarzyszenie X (SX) …"): the one top-level organization whose name starts with that head, else nil.
  func organizationIntroducedByHead(at t: Int) -> Int? {
    guard r.tokens[t].casing == .lower, let h = r.heads[t], h.kind == .organization, !h.isUnit else { return nil }
    var hits = Set<Int>()
    for i in mentions(ofKind: .organization) {
      let m = r.mentions[i]
      guard m.parent == nil && m.range.upperBound <= t else { continue }
      if let mh = m.head, mh.lemma == h.lemma { hits.insert(g(i)) }
    }
    return hits.count == 1 ? hits.first : (organizationIntroduced(by: h.lemma, before: t))
  }
}

extension RelationFinder {
  /// "… założenia sieci „S” … Sieć koordynuje X": the one project (before token `t`) written right after a generic noun
  /// with the first three letters of `stem` ("sieci „S”", "platformy „P”"), else nil.
  func projectIntroduced(byNounStem stem: String, before t: Int) -> Int? {
    let head = String(stem.prefix(3))
    guard head.count == 3 else { return nil }
    var hits = Set<Int>()
    for i in mentions(ofKind: .project) {
      let m = r.mentions[i]
      guard m.range.upperBound <= t else { continue }
      var b = m.range.lowerBound - 1
      if b >= 0, SentenceSplitter.openQuotes.contains(r.tokens[b].text) || r.claim[b] == i { b -= 1 }
      guard b >= 0, r.claim[b] < 0, r.tokens[b].casing == .lower, r.tokens[b].lower.hasPrefix(head) else { continue }
      hits.insert(g(i))
    }
    return hits.count == 1 ? hits.first : nil
  }

  /// "Sowa Labs, a Białystok start-up", "X, a Gdańsk company": an organization described by a place and a company noun
  /// right after its name is located there.
  mutating func placeDescribedCompany() {
    for i in mentions(ofKind: .organization) {
      let m = r.mentions[i]
      guard !m.nested else { continue }
      let s = r.sentences[m.sentence]
      let e = claimedEnd(i, before: s.tokens.upperBound)
      guard e + 3 < s.tokens.upperBound, r.tokens[e].text == ",", r.vocabulary.lowerIn(e + 1, ["a", "an"]), r.claim[e + 2] >= 0,
            r.mentions[r.claim[e + 2]].kind == .place else { continue }
      let p = r.claim[e + 2]
      var q = claimedEnd(p, before: s.tokens.upperBound)
      while q < s.tokens.upperBound, q - e <= 6, r.claim[q] < 0, r.tokens[q].casing == .lower, !r.vocabulary.has(Self.companyDescriptors, q) { q += 1 }
      guard q < s.tokens.upperBound, r.claim[q] < 0, r.vocabulary.has(Self.companyDescriptors, q) else { continue }
      add(g(i), g(p), .locatedIn, m.sentence)
    }
  }
}
