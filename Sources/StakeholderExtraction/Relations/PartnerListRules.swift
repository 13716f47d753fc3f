import StakeholderModel

/// Partners listed after a body or in the sentence after a partner word, the leader of a project, and the
/// phrases that say where a project's money comes from.
extension RelationFinder {
  /// Verbs that start the list of partners in the sentence after a partner word: "they include A, B and C".
  static let includeVerbs: WordSet = ["include", "includes", "included", "obejmuje", "należą"]
  /// "liderem jest X", "the leader is X": the organization that leads the project.
  static let leaderNouns: WordSet = ["liderem", "lider", "leader"]
  /// Words between a leader noun and the leader: a copula, "the", the noun of what is led ("liderem projektu jest").
  static let leaderLinkWords: [StaticString] = [
    "jest", "był", "była", "będzie", "is", "was", "the", "projektu", "project", "konsorcjum", "zostanie", "został",
    "została", "przedsięwzięcia", "partnerstwa", "partnership",
  ]
  /// "10,5 mln zł pochodzi z programu X", "receives EUR 4.8 million from X": money from a programme.
  static let moneyFromVerbs: WordSet = [
    "pochodzi", "pochodzą", "pochodzić", "receives", "received", "receive", "otrzymał", "otrzymała", "otrzymało", "otrzymały", "otrzyma",
  ]

  /// The one organization a lower-case head noun at token `t` refers to ("politechniki", "uczelni"), if exactly one
  /// top-level organization of the text has that head.
  func organizationReferredTo(at t: Int) -> Int? {
    r.tokens[t].casing == .lower ? organizationWithHead(at: t) : nil
  }

  /// The one organization whose head is the common noun at token `t`, in any casing ("Urząd zarządza …" opening a
  /// sentence), if exactly one top-level organization of the text has that head.
  func organizationWithHead(at t: Int) -> Int? {
    guard let h = r.heads[t], h.kind == .organization, !h.isUnit, let c = orgsByHead[h.lemma], c.count == 1 else { return nil }
    return c.first
  }

  /// The words of "w projekcie P" / "in the P project" between a partner noun and the partners.
  static let projectInWords: WordSet = ["w", "projekcie", "przedsięwzięciu"]

  /// The company a lower-case company noun at `t` refers to ("Partnerem spółki …"): the last organization with a
  /// legal form named before it in its sentence or the two before.
  func companyReferredBack(at t: Int) -> Int? {
    guard r.tokens[t].casing == .lower, r.vocabulary.has(Recognizer.companyNouns, t) else { return nil }
    let k = r.sentenceOf[t]
    for b in stride(from: k, through: max(0, k - 2), by: -1) {
      let named = mentions(in: b).last { r.mentions[$0].kind == .organization && r.mentions[$0].legalForm != nil && r.mentions[$0].range.upperBound <= t }
      if let named { return g(named) }
    }
    return nil
  }

  /// Like ``organizationReferredTo(at:)``, but when several organizations have the head, the one named last before
  /// token `t` in its sentence or the sentence before ("… dyrektor OCRG. Przypomniał, że centrum jest partnerem …").
  func organizationReferredBack(at t: Int) -> Int? {
    if let o = organizationReferredTo(at: t) { return o }
    guard r.tokens[t].casing == .lower, let h = r.heads[t], h.kind == .organization, !h.isUnit, let c = orgsByHead[h.lemma], c.count > 1 else { return nil }
    let k = r.sentenceOf[t]
    for b in stride(from: k, through: max(0, k - 1), by: -1) {
      if let m = mentions(in: b).last(where: { c.contains(g($0)) && r.mentions[$0].range.upperBound <= t }) { return g(m) }
    }
    return nil
  }

  /// "Partnerami politechniki są UJK, KPT oraz X sp. z o.o.": the organizations listed are partners of the body the
  /// lower-case noun refers to, and take part in the project it leads (or the document's project).
  mutating func partnersOfBody() {
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Self.partnerNouns, k) else { continue }
      for pn in s.tokens where r.vocabulary.has(Self.partnerNouns, pn) && r.claim[pn] < 0 && pn + 2 < s.tokens.upperBound {
        guard let owner = organizationReferredTo(at: pn + 1) ?? companyReferredBack(at: pn + 1) else { continue }
        var q = pn + 2
        // "Partnerem spółki w projekcie ABC jest X": the project the partnership is in may stand between.
        while q < s.tokens.upperBound, q - pn <= 10,
              r.claim[q] < 0 ? r.tokens[q].kind == .punct || r.vocabulary.has(Self.partnerLinkWords, q) || r.vocabulary.has(Self.projectInWords, q)
                : r.mentions[r.claim[q]].kind == .project {
          q += 1
        }
        guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization else { continue }
        let listed = coordinatedOrganizations(from: q, in: s).map { g($0) }.filter { $0 != owner }
        let project = organized[owner]?.first(where: { kind($0) == .project && $0 == mainProject }) ?? mainProject
        for o in listed {
          add(owner, o, .partnerOf, k)
          if let p = project, organized[o]?.contains(p) != true { add(o, p, .participatesIn, k) }
        }
      }
    }
  }

  /// "The consortium brings together eight partners … Besides X, they include A, B and C": the partners go on in
  /// the sentence after the partner word, after a verb of including; they take part in the document's project.
  mutating func partnersContinued() {
    guard let proj = mainProject else { return }
    for (k, s) in r.sentences.enumerated() where k > 0 {
      guard r.vocabulary.sentenceHas(Self.includeVerbs, k),
            let v = s.tokens.first(where: { r.vocabulary.has(Self.includeVerbs, $0) && r.claim[$0] < 0 }),
            !r.vocabulary.sentenceHas(Self.partnerNouns, k),
            r.vocabulary.sentenceHas(Self.partnerNouns, k - 1),
            !mentions(in: k).contains(where: { r.mentions[$0].kind == .project || r.mentions[$0].kind == .event }) else { continue }
      var q = v + 1
      if q < s.tokens.upperBound, r.vocabulary.lowerIs(q, "the") { q += 1 }
      for o in coordinatedOrganizations(from: q, in: s) where organized[g(o)]?.contains(proj) != true { add(g(o), proj, .participatesIn, k) }
    }
  }

  /// "projekt „P”, którego liderem jest Politechnika X", "the leader is X": the organization right after the
  /// leader noun and a copula organizes the project named in the sentence (or the document's project).
  mutating func projectLeader() {
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Self.leaderNouns, k),
            let l = s.tokens.first(where: { r.vocabulary.has(Self.leaderNouns, $0) && r.claim[$0] < 0 }) else { continue }
      var q = l + 1
      // "Liderem projektu P jest X", "liderem partnerstwa została X": the project may be named between.
      var between: Int?
      while q < s.tokens.upperBound, q - l <= 3 + (between.map { r.mentions[$0].range.count } ?? 0) {
        if r.claim[q] < 0, r.vocabulary.lowerIn(q, Self.leaderLinkWords) { q += 1; continue }
        guard between == nil, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .project, !r.mentions[r.claim[q]].isProgramme,
              q > l + 1, r.vocabulary.lowerIn(q - 1, ["projektu", "project", "przedsięwzięcia"]) else { break }
        between = r.claim[q]
        q = claimedEnd(r.claim[q], before: s.tokens.upperBound)
      }
      guard q > l + 1, q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization else { continue }
      let named = between.map { g($0) }
        ?? mentions(in: k).first { r.mentions[$0].kind == .project && !r.mentions[$0].isProgramme && r.mentions[$0].range.upperBound <= l }.map { g($0) }
      guard let proj = named ?? mainProject, !funderLike(r.mentions.indices.first { g($0) == proj }!) else { continue }
      let og = g(r.claim[q])
      add(og, proj, .organizes, k)
      organizers.insert(og)
      let partner = Key(source: og, target: proj, type: .participatesIn)
      if found[partner] != nil { found[partner] = nil; order.removeAll { $0 == partner } }
    }
  }

  /// "– „P” (4,2 mln zł) – lider: Politechnika X, partner: Y sp. z o.o.": the leader and the partners written after
  /// their labels in one line are partners of each other.
  mutating func leaderAndPartnerLabels() {
    for (k, s) in r.sentences.enumerated() where r.vocabulary.sentenceHas(Self.leaderNouns, k) && r.vocabulary.sentenceHas(Self.partnerLabels, k) {
      var leader: Int?
      var partners: [Int] = []
      for q in s.tokens where q + 2 < s.tokens.upperBound && r.claim[q] < 0 && r.tokens[q + 1].text == ":" {
        guard r.claim[q + 2] >= 0, r.mentions[r.claim[q + 2]].kind == .organization else { continue }
        if r.vocabulary.has(Self.leaderNouns, q) { leader = r.claim[q + 2] }
        if r.vocabulary.has(Self.partnerLabels, q) { partners += coordinatedOrganizations(from: q + 2, in: s) }
      }
      guard let l = leader else { continue }
      for p in partners where g(p) != g(l) && found[Key(source: g(p), target: g(l), type: .partnerOf)] == nil { add(g(l), g(p), .partnerOf, k) }
    }
  }

  /// Labels of partners before a colon: "partner:", "partnerzy:", "partners:".
  static let partnerLabels: WordSet = ["partner", "partnerzy", "partners", "partnerami"]

  /// Nouns of money whose source is the report's project's funder ("85 proc. środków pochodzi z programu X").
  static let moneyNouns: WordSet = ["środków", "środki", "pieniądze", "pieniędzy", "funds", "money"]

  /// Whether token `t` is a noun of money not said to be for something named ("Pieniądze na ZIT X pochodzą …" are not).
  func moneyOfReport(_ t: Int) -> Bool {
    r.vocabulary.has(Self.moneyNouns, t) && !(t + 1 < r.tokens.count && r.vocabulary.lowerIn(t + 1, ["na", "for"]))
  }

  /// Funding written as where the money comes from: "z czego 10,5 mln zł pochodzi z programu X", "P receives EUR
  /// 4.8 million from X", and "P, a four-year X project" (a programme's name used as the project's kind).
  mutating func fundingPhrases() {
    for (k, s) in r.sentences.enumerated() {
      let ms = mentions(in: k)
      let funders = ms.filter { r.mentions[$0].kind == .project && (r.mentions[$0].isProgramme || funderLike($0)) }
      guard !funders.isEmpty else { continue }
      let own = ms.first { r.mentions[$0].kind == .project && !funders.contains($0) && !funderLike($0) }.map { g($0) }
      if r.vocabulary.sentenceHas(Self.moneyFromVerbs, k), let v = s.tokens.first(where: { r.vocabulary.has(Self.moneyFromVerbs, $0) }),
         let f = funders.first(where: { r.mentions[$0].range.lowerBound > v && r.mentions[$0].range.lowerBound - v <= 9 }),
         (v..<r.mentions[f].range.lowerBound).contains(where: { r.vocabulary.lowerIn($0, ["z", "ze", "from"]) }),
         let p = own ?? (s.tokens.contains(where: { $0 < v && (r.vocabulary.has(Markers.project, $0) || moneyOfReport($0)) }) ? mainProject : nil),
         p != g(f) {
        add(p, g(f), .fundedBy, k)
      }
      // "BALTIC-WINDSKILLS, a four-year Horizon Europe project": the programme's name before the word "project".
      if let p = own {
        for f in funders {
          let e = r.mentions[f].range.upperBound
          guard e < s.tokens.upperBound, r.vocabulary.lowerIn(e, ["project", "projekt", "projektu"]), r.claim[e] < 0, p != g(f) else { continue }
          add(p, g(f), .fundedBy, k)
        }
      }
    }
  }
}
