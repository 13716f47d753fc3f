import StakeholderModel

/// Bulleted lists of exhibitors, of sponsors and of the other sides of agreements:
/// - "Podczas targów „X” oferty przedstawiło 60 wystawców, m.in.:", "Swoje stoiska zapowiedziało 40 pracodawców.
///   Wśród nich są:", "Exhibitors included:" and a list: the first organization of each item takes part in the event
///   (named in the lead-in, else in the two sentences before, else the report's meeting);
/// - "Mecenasami tej edycji zostali:", "Sponsors:" and a list: the event is funded by each item's body;
/// - "Umowy z Zespołem Szkół X zawarli:", "Agreements with the X were signed by:" and a list: the first organization
///   of each item is a partner of the body named after "z" / "with".
extension RelationFinder {
  /// Nouns of the bodies that show themselves at a fair or event.
  static let exhibitorNouns: WordSet = [
    "wystawców", "wystawcy", "wystawcami", "pracodawców", "pracodawcy", "stoiska", "stoisk", "exhibitors", "employers",
    "stands", "exhibitor",
  ]
  /// Verbs of signing in a lead-in ("Umowy z X zawarli:", "Porozumienie podpisali:").
  static let signedVerbs: WordSet = ["zawarli", "zawarły", "podpisali", "podpisały", "signed"]
  /// Words of signing an agreement in a lead-in: the verbs and the nouns of the agreements.
  static let agreementLeadInWords = signedVerbs.union(["umowy", "porozumienia", "agreements", "listy"])
  /// Short lead-ins that continue the sentence before: "Wśród nich są:", "Among them:".
  static let continuingLeadInWords: WordSet = ["wśród", "among"]

  /// Adds the relations of the lists after lead-ins of exhibitors and of agreements.
  mutating func exhibitorAndAgreementLists() {
    for k in r.sentences.indices where r.vocabulary.sentenceHas(Self.exhibitorNouns, k) || r.vocabulary.sentenceHas(Self.agreementLeadInWords, k)
      || r.vocabulary.sentenceHas(Self.continuingLeadInWords, k) || r.vocabulary.sentenceHas(Self.sponsorNounForms, k) {
      let items = listItems(after: k)
      guard !items.isEmpty else { continue }
      let s = r.sentences[k]
      let continues = k > 0 && r.vocabulary.has(Self.continuingLeadInWords, s.tokens.lowerBound) && s.tokens.count <= 5
      let exhibitors = r.vocabulary.sentenceHas(Self.exhibitorNouns, k) || (continues && r.vocabulary.sentenceHas(Self.exhibitorNouns, k - 1))
      if r.vocabulary.sentenceHas(Self.sponsorNounForms, k), let event = eventOfLeadIn(k) {
        // "Mecenasami tej edycji zostali:" and a list: each item's body pays for the event.
        for o in firstOrganizations(of: items) { add(event, g(o), .fundedBy, r.mentions[o].sentence) }
      } else if exhibitors, let event = eventOfLeadIn(k) {
        for o in firstOrganizations(of: items) where organized[g(o)]?.contains(event) != true { add(g(o), event, .participatesIn, r.mentions[o].sentence) }
      } else if r.vocabulary.sentenceHas(Self.signingLeadInVerbs, k), otherSideOfAgreement(in: k) == nil {
        signatoryList(firstOrganizations(of: items))
      } else if r.vocabulary.sentenceHas(Self.agreementLeadInWords, k), let side = otherSideOfAgreement(in: k) {
        for o in firstOrganizations(of: items) where g(o) != side { add(g(o), side, .partnerOf, r.mentions[o].sentence) }
        // "Umowy z funduszem podpisali: • Gmina X – 1 mln zł na projekt „P”": a fund's contract pays for the project.
        guard funds(side) else { continue }
        for item in items {
          for p in mentions(in: item) where r.mentions[p].kind == .project && !r.mentions[p].isProgramme && !funderLike(p) {
            add(g(p), side, .fundedBy, item)
          }
        }
      }
    }
  }

  /// Words that open a list of the signatories themselves ("Porozumienie podpisali:", "Sygnatariuszami byli:").
  static let signingLeadInVerbs = signedVerbs.union(["sygnatariuszami"])

  /// "Porozumienie podpisali: – Miasto X – prezydent …, – Gmina Y – wójt …": the signatories of one agreement are
  /// partners. Up to four, each of each other; a longer list is read as the first one's agreement with each of the
  /// others (a city or leader that the others entrust, listed first), not as every pair of them.
  mutating func signatoryList(_ firstMentions: [Int]) {
    var seen: [(group: Int, item: Int)] = []
    for m in firstMentions where !seen.contains(where: { $0.group == g(m) }) { seen.append((g(m), r.mentions[m].sentence)) }
    guard seen.count >= 2 else { return }
    if seen.count <= 4 {
      partnersPairwise(seen)
    } else {
      for b in seen.dropFirst() { add(seen[0].group, b.group, .partnerOf, b.item) }
    }
  }

  /// Every pair of `sides` are partners, each pair with the sentence of its second side as evidence.
  mutating func partnersPairwise(_ sides: [(group: Int, item: Int)]) {
    for (x, a) in sides.enumerated() { for b in sides[(x + 1)...] { add(a.group, b.group, .partnerOf, b.item) } }
  }

  /// The first organization of each list item.
  func firstOrganizations(of items: [Int]) -> [Int] {
    items.compactMap { item in mentions(in: item).first { r.mentions[$0].kind == .organization } }
  }

  /// The event of an exhibitors' lead-in `k`: named in it, else in the two sentences before, else the report's.
  func eventOfLeadIn(_ k: Int) -> Int? {
    for b in stride(from: k, through: max(0, k - 2), by: -1) {
      if let e = mentions(in: b).last(where: { kind(g($0)) == .event }) { return g(e) }
    }
    return mainEvent
  }

  /// The organization named after "z" / "ze" / "with" in lead-in `k` ("Umowy z Zespołem Szkół X zawarli:"), or
  /// referred to there by a common noun that shares its stem with a word of exactly one organization's name named
  /// before ("Umowy z funduszem podpisali:" after "Wojewódzki Fundusz …").
  func otherSideOfAgreement(in k: Int) -> Int? {
    let s = r.sentences[k]
    for q in s.tokens where q + 1 < s.tokens.upperBound && r.claim[q] < 0 && r.vocabulary.lowerIn(q, ["z", "ze", "with"]) {
      var a = q + 1
      if a < s.tokens.upperBound, r.vocabulary.lowerIs(a, "the") { a += 1 }
      guard a < s.tokens.upperBound else { continue }
      if r.claim[a] >= 0, r.mentions[r.claim[a]].kind == .organization { return g(r.claim[a]) }
      if r.claim[a] < 0, r.tokens[a].casing == .lower, r.tokens[a].kind == .word {
        if let o = organizationReferredTo(at: a) { return o }
        let word = r.tokens[a].lower
        let named = Set(topOrganizations.filter { n, o in
          n.split(separator: " ").contains { Recognizer.sameStem(String($0), word) } && mentions(ofGroup: o).contains { r.mentions[$0].sentence < k }
        }.map(\.1))
        if named.count == 1 { return named.first }
      }
    }
    return nil
  }

  /// Whether organization group `o` is a fund ("Wojewódzki Fundusz …", "… Fund …"), whose contracts pay for projects.
  func funds(_ o: Int) -> Bool {
    mentions(ofGroup: o).contains { m in r.mentions[m].name.fastLowercased.split(separator: " ").contains { $0 == "fundusz" || $0 == "fund" } }
  }
}
