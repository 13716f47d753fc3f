import StakeholderModel

/// Units "part of" a parent, partners introduced by their countries, and organizations that present at the
/// report's meeting.
extension RelationFinder {
  /// Participles of running a body: ", run by the X Foundation" makes the body part of X.
  static let runByVerbs: WordSet = ["run", "operated", "prowadzony", "prowadzona", "prowadzone"]
  /// Plural nouns of visitors introduced by their country: "Guests from Germany included …".
  static let visitorNouns: WordSet = ["guests", "goście", "gości", "delegation", "delegacja", "delegacji", "visitors"]

  /// "Guests from Germany included Dr X of the Lower Saxony Ministry …": the organizations of a sentence about
  /// visitors from a foreign country are in that country.
  mutating func guestsFromCountry() {
    for (k, s) in r.sentences.enumerated() {
      guard let n = s.tokens.prefix(3).first(where: { r.vocabulary.has(Self.visitorNouns, $0) }), n + 2 < s.tokens.upperBound,
            r.vocabulary.lowerIn(n + 1, ["from", "z", "ze"]), r.claim[n + 2] >= 0, r.mentions[r.claim[n + 2]].kind == .place,
            r.names.knownPlace(r.mentions[r.claim[n + 2]].name)?.foreign == true else { continue }
      let country = g(r.claim[n + 2])
      for o in mentions(in: k) where r.mentions[o].kind == .organization && r.mentions[o].range.lowerBound > n + 2 {
        if !order.contains(where: { $0.source == g(o) && $0.type == .locatedIn }) { add(g(o), country, .locatedIn, k) }
      }
    }
  }

  /// Verbs of presenting at a meeting, whose subject takes part in it.
  static let presentingVerbs: WordSet = [
    "zaprezentował", "zaprezentowała", "zaprezentowało", "zaprezentowali", "zaprezentowały", "przedstawił", "przedstawiła",
    "przedstawiło", "przedstawili", "przedstawiły", "presented", "showcased",
  ]
  /// Words between such a verb and its subject written after it ("zaprezentował także X").
  static let presentingFillers: WordSet = ["także", "również", "też", "swoje", "swój", "swoją", "also", "its", "their"]
  /// Plural nouns of people sent by an organization named right after them ("eksperci X", "naukowcy X").
  static let delegateNouns: WordSet = [
    "ekspertów", "eksperci", "ekspertami", "przedstawiciele", "przedstawicieli", "naukowcy", "naukowców", "experts",
    "representatives", "researchers", "scientists",
  ]

  /// The words that open ", part of …" and ", część …" (``partOfApposition()``).
  static let partOfWords: WordSet = ["part", "część"]

  /// "the Institute of Thermal Energy, part of the Faculty of X", "Instytut X, część Wydziału Y": a unit is part of
  /// the organization named after "part of".
  mutating func partOfApposition() {
    for (k, s) in r.sentences.enumerated() {
      // Only a sentence with "part", "część" or a verb of running can have the apposition.
      guard r.vocabulary.sentenceHas(Self.partOfWords, k) || r.vocabulary.sentenceHas(Self.runByVerbs, k) else { continue }
      for c in s.tokens where r.tokens[c].text == "," && c + 2 < s.tokens.upperBound && c > s.tokens.lowerBound {
        var q = c + 1
        // ", part of the Faculty of X", ", część Wydziału X", ", run by the Y Foundation", ", prowadzony przez Fundację Y".
        if r.vocabulary.lowerIs(q, "part"), r.vocabulary.lowerIs(q + 1, "of") { q += 2 } else if r.vocabulary.lowerIs(q, "część") { q += 1 }
        else if r.vocabulary.has(Self.runByVerbs, q), r.vocabulary.lowerIn(q + 1, ["by", "przez"]) { q += 2 } else { continue }
        if q < s.tokens.upperBound, r.vocabulary.lowerIs(q, "the") { q += 1 }
        guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization,
              r.claim[c - 1] >= 0, r.mentions[r.claim[c - 1]].kind == .organization else { continue }
        let unit = g(r.claim[c - 1]), parent = g(r.claim[q])
        guard unit != parent, parents[unit] == nil else { continue }
        add(unit, parent, .partOf, k)
        parents[unit] = parent
      }
    }
  }

  /// "Partners from Italy and Sweden, the Municipality of Prato and the University of Borås, reported …": the
  /// organizations take part in the project, each in its country when the counts agree (in order).
  mutating func partnersFromCountries() {
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Self.partnerNouns, k) else { continue }
      for pn in s.tokens where r.vocabulary.has(Self.partnerNouns, pn) && r.claim[pn] < 0 && pn + 3 < s.tokens.upperBound {
        guard r.vocabulary.lowerIn(pn + 1, ["from", "z", "ze"]) else { continue }
        var q = pn + 2
        var places: [Int] = []
        while q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .place {
          let p = r.claim[q]
          places.append(g(p))
          while q < s.tokens.upperBound, r.claim[q] == p { q += 1 }
          if q < s.tokens.upperBound, r.vocabulary.lowerIn(q, ["and", "i", "oraz"]) { q += 1 }
        }
        guard !places.isEmpty, q + 1 < s.tokens.upperBound, r.tokens[q].text == "," else { continue }
        q += 1
        if r.vocabulary.lowerIs(q, "the") { q += 1 }
        guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization else { continue }
        let orgs = coordinatedOrganizations(from: q, in: s).map { g($0) }
        let named = mentions(in: k).first { r.mentions[$0].kind == .project && !r.mentions[$0].isProgramme }.map { g($0) }
        if let proj = named ?? mainProject {
          for o in orgs where organized[o]?.contains(proj) != true { add(o, proj, .participatesIn, k) }
        }
        if orgs.count == places.count, orgs.count >= 2 {
          for (o, p) in zip(orgs, places) { add(o, p, .locatedIn, k) }
        }
      }
    }
  }

  /// "Swoje doświadczenia zaprezentował także Klaster X", "warsztaty prowadzone przez ekspertów Izby Y", "naukowcy
  /// Uniwersytetu Z … podczas spotkania „N”": an organization that presents at the report's meeting, or whose
  /// experts or representatives do, takes part in it.
  mutating func organizationsPresenting() {
    guard let ev = mainEvent else { return }
    guard let firstSentence = r.mentions.indices.filter({ g($0) == ev }).map({ r.mentions[$0].sentence }).min() else { return }
    for (k, s) in r.sentences.enumerated() where k >= firstSentence {
      // Only a presenting verb or a delegate noun names an organization that takes part.
      let presenting = r.vocabulary.sentenceHas(Self.presentingVerbs, k)
      guard presenting || r.vocabulary.sentenceHas(Self.delegateNouns, k) else { continue }
      let ms = mentions(in: k)
      // Another event of the sentence may be what is presented at.
      if ms.contains(where: { r.mentions[$0].kind == .event && g($0) != ev }) { continue }
      let aboutMeeting = ms.contains { g($0) == ev } || r.vocabulary.sentenceHas(Self.eventReferences, k) || r.vocabulary.sentenceHas(Self.genericEventNouns, k)
      var takers: [Int] = []
      for v in s.tokens where presenting && r.vocabulary.has(Self.presentingVerbs, v) {
        var q = v + 1
        while q < s.tokens.upperBound, q - v <= 3, r.claim[q] < 0, r.vocabulary.has(Self.presentingFillers, q) || r.vocabulary.lowerIs(q, "doświadczenia") { q += 1 }
        if q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization {
          takers.append(g(r.claim[q]))
        }
      }
      if aboutMeeting {
        for d in s.tokens where r.vocabulary.has(Self.delegateNouns, d) && d + 1 < s.tokens.upperBound {
          if r.claim[d + 1] >= 0, r.mentions[r.claim[d + 1]].kind == .organization { takers.append(g(r.claim[d + 1])) }
        }
      }
      for o in takers where organized[o]?.contains(ev) != true { add(o, ev, .participatesIn, k) }
    }
  }
}
