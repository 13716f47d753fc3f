import StakeholderModel

/// Relations whose subject is a back-reference: "the faculty has cooperated with X", "both firms had cooperated
/// with Y", "Katedra realizuje go wspólnie z …", a function whose institution was named in the sentence before,
/// and a chair inside the one faculty of the text.
extension RelationFinder {
  /// Verbs of stated cooperation, followed by "with" / "z" and the partner.
  static let cooperatedVerbs: WordSet = [
    "cooperated", "cooperates", "collaborated", "collaborates", "worked", "współpracował", "współpracowała",
    "współpracowało", "współpracowały", "współpracowali", "testing", "tested",
  ]
  /// Pronouns that stand for the project of the sentence before: "Katedra realizuje go …".
  static let projectPronouns: WordSet = ["go", "ją", "je", "it"]

  /// The organizations a lower-case back-reference before token `v` stands for: "the faculty" (the latest
  /// organization with that head named before sentence `k`), "both firms" (the two latest companies of the
  /// sentence before).
  func backReference(before v: Int, sentence k: Int) -> [Int] {
    let s = r.sentences[k]
    for b in stride(from: v - 1, through: max(s.tokens.lowerBound, v - 5), by: -1) {
      // A name between the reference and the verb is the subject itself.
      if r.claim[b] >= 0 { return [] }
      guard r.tokens[b].casing == .lower else { continue }
      let w = r.tokens[b].lower
      if ["firms", "companies", "firmy", "spółki"].contains(w), b > s.tokens.lowerBound, r.vocabulary.lowerIn(b - 1, ["both", "obie", "obydwie"]), k > 0 {
        let prev = mentions(in: k - 1).filter { r.mentions[$0].kind == .organization && r.mentions[$0].legalForm != nil }.map { g($0) }
        var out: [Int] = []
        for p in prev.reversed() where !out.contains(p) && out.count < 2 { out.append(p) }
        return out.count == 2 ? out : []
      }
      if let h = r.heads[b], h.kind == .organization, b > s.tokens.lowerBound, r.vocabulary.lowerIn(b - 1, ["the", "ten", "ta", "to"]) {
        let earlier = r.mentions.indices.filter { r.mentions[$0].kind == .organization && r.mentions[$0].sentence < k && r.mentions[$0].head?.lemma == h.lemma }
        return earlier.max { r.mentions[$0].range.lowerBound < r.mentions[$1].range.lowerBound }.map { [g($0)] } ?? []
      }
    }
    return []
  }

  /// "the faculty has already cooperated with Aalborg University", "both firms had earlier cooperated with TUL":
  /// stated cooperation between the organizations referred back to and the one named after "with".
  mutating func cooperationByReference() {
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Self.cooperatedVerbs, k) else { continue }
      for v in s.tokens where r.vocabulary.has(Self.cooperatedVerbs, v) && v + 2 < s.tokens.upperBound {
        // "testing fuel cells with X": a short object may stand between the verb and "with".
        guard let w = ((v + 1)..<min(s.tokens.upperBound - 1, v + 4)).first(where: { r.vocabulary.lowerIn($0, ["with", "z", "ze"]) }),
              ((v + 1)..<w).allSatisfy({ r.claim[$0] < 0 && r.tokens[$0].casing == .lower }) else { continue }
        var q = w + 1
        if r.vocabulary.lowerIs(q, "the") { q += 1 }
        guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization else { continue }
        let other = g(r.claim[q])
        for a in backReference(before: v, sentence: k) where a != other { add(a, other, .partnerOf, k) }
      }
    }
  }

  /// "Katedra realizuje go wspólnie z firmą X": an organization that carries out "it" organizes the project named
  /// in the sentence before; a partner after "wspólnie z" takes part in it.
  mutating func pronounProject() {
    for (k, s) in r.sentences.enumerated() where k > 0 {
      // Only a sentence with one of the verbs can match (each token then asked with one look-up).
      guard r.vocabulary.sentenceHas(Markers.organizes, k) else { continue }
      for v in s.tokens where r.vocabulary.has(Markers.organizes, v) && v + 1 < s.tokens.upperBound && v > s.tokens.lowerBound {
        guard r.vocabulary.has(Self.projectPronouns, v + 1), r.claim[v - 1] >= 0, r.mentions[r.claim[v - 1]].kind == .organization,
              let p = mentions(in: k - 1).last(where: { r.mentions[$0].kind == .project && !r.mentions[$0].isProgramme && !funderLike($0) })
        else { continue }
        let o = g(r.claim[v - 1]), proj = g(p)
        add(o, proj, .organizes, k)
        organizers.insert(o)
        guard let w = ((v + 2)..<max(v + 2, s.tokens.upperBound - 1)).first(where: { r.vocabulary.lowerIn($0, ["wspólnie", "razem", "together"]) && r.vocabulary.lowerIn($0 + 1, ["z", "ze", "with"]) }) else { continue }
        var c = w + 2
        while c < s.tokens.upperBound, r.claim[c] < 0, r.vocabulary.has(Recognizer.companyNouns, c) || r.vocabulary.lowerIs(c, "the") { c += 1 }
        guard c < s.tokens.upperBound, r.claim[c] >= 0, r.mentions[r.claim[c]].kind == .organization else { continue }
        for co in coordinatedOrganizations(from: c, in: s) where g(co) != o { add(g(co), proj, .participatesIn, k) }
      }
    }
  }

  /// "… will be led by PUT. The letter was signed by Prof. X, Vice-Rector for Research": a function whose kind of
  /// institution fits several bodies of the text belongs to the one of them named in the sentence before.
  mutating func functionFromPreviousSentence() {
    for role in r.roles where role.target == nil && role.sentence > 0 && !role.word.institution.isEmpty {
      let p = g(role.person)
      guard affiliations[p] == nil else { continue }
      let fits = topOrganizations.filter { n, _ in role.word.institution.contains { n.has($0) } }.map(\.1)
      guard Set(fits).count > 1 else { continue }
      let prev = Set(mentions(in: role.sentence - 1).map { g($0) })
      let named = Set(fits.filter { prev.contains($0) })
      guard named.count == 1, let o = named.first else { continue }
      add(p, o, .affiliatedWith, role.sentence)
      affiliations[p, default: []].append(o)
    }
  }

  /// "Katedra Biotechnologii Mleka" with no parent named, in a text with exactly one faculty: the chair is part of
  /// that faculty (a chair is a unit of a faculty).
  mutating func chairInOnlyFaculty() {
    let faculties = Set(r.mentions.indices.filter { r.mentions[$0].kind == .organization && ["wydział", "faculty"].contains(r.mentions[$0].head?.lemma ?? "") }.map { g($0) })
    guard faculties.count == 1, let faculty = faculties.first else { return }
    for i in mentions(ofKind: .organization) {
      let m = r.mentions[i]
      guard !m.nested && m.parent == nil && parents[g(i)] == nil else { continue }
      guard let h = m.head, ["katedra", "zakład", "chair"].contains(h.lemma), g(i) != faculty else { continue }
      // "Zakład Linii Kolejowych w X PKP Polskie Linie Kolejowe S.A.": a parent named right after the unit is its own.
      let e = claimedEnd(i)
      if e < r.tokens.count, r.claim[e] >= 0, r.mentions[r.claim[e]].kind == .organization { continue }
      add(g(i), faculty, .partOf, m.sentence)
      parents[g(i)] = faculty
    }
  }
}

extension RelationFinder {
  /// Generic nouns that open a sentence about an event named before: "Spotkanie …", "The visit …".
  static let eventSubjectNouns = genericEventNouns.union(Markers.visits.words)
    .union(["galę", "gala", "imprezę", "impreza", "festiwal", "targi", "piknik", "koncert"])
  /// Plural and neuter past forms of organizing that ``Markers/organizes`` leaves out (several organizers).
  static let organizedPlural: WordSet = [
    "przygotowały", "przygotowali", "zorganizowało", "współorganizowały", "współorganizowali", "przygotowało",
  ]

  /// "Spotkanie przygotowały wspólnie X i Y", "Wydarzenie zorganizowała X", "The visit was hosted by X together
  /// with Y": a sentence that opens with a generic event noun and names no event speaks of the event named in the
  /// sentence before (else of the report's event); the organizations right after the organizing verb organize it
  /// (and those after "together with" / "wspólnie z", through ``coOrganizers()``).
  mutating func eventNounSubjectOrganizers() {
    for (k, s) in r.sentences.enumerated() where k > 0 {
      var n = s.tokens.lowerBound
      if n + 1 < s.tokens.upperBound, r.vocabulary.lowerIs(n, "the") { n += 1 }
      // "Forum organizuje co roku …" where the bare noun was read as a short form of the event: that event.
      let selfReference = n < s.tokens.upperBound && r.claim[n] >= 0 && r.mentions[r.claim[n]].kind == .event && r.mentions[r.claim[n]].range.count == 1
      guard n + 2 < s.tokens.upperBound, r.claim[n] < 0 || selfReference, r.vocabulary.has(Self.eventSubjectNouns, n) else { continue }
      let ms = mentions(in: k)
      guard !ms.contains(where: { r.mentions[$0].kind == .event && !(selfReference && $0 == r.claim[n]) }),
            let target = selfReference ? g(r.claim[n]) : (mentions(in: k - 1).last(where: { r.mentions[$0].kind == .event }).map({ g($0) }) ?? mainEvent),
            let v = ((n + 1)..<min(s.tokens.upperBound, n + 4)).first(where: {
              r.claim[$0] < 0 && (r.vocabulary.has(Markers.organizes, $0) || r.vocabulary.has(Markers.organizedByCue, $0)
                || r.vocabulary.has(Self.organizedPlural, $0))
            }) else { continue }
      var q = v + 1
      if q < s.tokens.upperBound, r.vocabulary.lowerIn(q, ["by", "przez"]) { q += 1 }
      if q < s.tokens.upperBound, r.vocabulary.lowerIs(q, "the") { q += 1 }
      // "Forum organizuje co roku Urząd Miasta X": past an adverbial before the subject.
      q = pastAdverbials(q, in: s)
      // Co-organizers after "together with" / "wspólnie z" follow from ``coOrganizers()``.
      for a in coordinatedOrganizations(from: q, in: s) {
        add(g(unitOrSelf(a)), target, .organizes, k)
        organizers.insert(g(unitOrSelf(a)))
      }
    }
  }
}
