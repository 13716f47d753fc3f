import StakeholderModel

/// Cooperation and management phrasings of the genre that name one side by a common noun or a relative pronoun:
///
/// - "Both universities are partners in P", "Obie uczelnie są partnerami projektu P": the two bodies of that kind
///   take part in P and are partners.
/// - "…, czyli instytucji zarządzającej FEWiM", "the Marshal's Office, the managing authority of the X programme":
///   the body named before the managing-authority phrase runs the programme.
/// - "Jonas X z Uniwersytetu Y, z którym UWM od lat współpracuje", "Z, with which the city has cooperated since
///   2019": the subject of the relative clause of cooperating is a partner of the body before the pronoun.
/// - "…, a starostwo uczestniczy w niej jako partner": a body named by a common noun takes part in the project the
///   pronoun refers to.
///
/// - Complexity: O(n) for n tokens (each sentence visited once, with look-ups among its mentions).
extension RelationFinder {
  /// "both" / "obie" and the plural nouns of a kind of body, with the head lemmas they fit.
  static let pluralBodies: [String: Set<String>] = [
    "universities": ["university", "uniwersytet", "politechnika", "akademia", "academy", "uczelnia"],
    "uczelnie": ["university", "uniwersytet", "politechnika", "akademia", "academy", "uczelnia"],
    "cities": ["city", "miasto", "municipality"], "miasta": ["city", "miasto", "municipality"], "towns": ["city", "miasto", "municipality"],
    "chambers": ["chamber", "izba"], "izby": ["chamber", "izba"], "clusters": ["cluster", "klaster"], "klastry": ["cluster", "klaster"],
    "agencies": ["agency", "agencja"], "agencje": ["agency", "agencja"], "companies": ["company", "spółka"], "spółki": ["company", "spółka"],
    "gminy": ["gmina"], "regions": ["region", "województwo", "voivodeship"], "województwa": ["województwo"],
  ]
  /// "both", "obie", "oba", "obydwie", "obydwa".
  static let bothWords: WordSet = ["both", "obie", "oba", "obydwie", "obydwa"]

  /// "Both universities are partners in AgriBridge", "Obie uczelnie są partnerami projektu X".
  mutating func bothArePartners() {
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Self.bothWords, k) else { continue }
      for b in s.tokens where r.claim[b] < 0 && r.vocabulary.has(Self.bothWords, b) && b + 2 < s.tokens.upperBound {
        guard let heads = Self.pluralBodies[r.tokens[b + 1].lower],
              let pw = ((b + 2)..<min(s.tokens.upperBound, b + 6)).first(where: { r.vocabulary.has(Self.partnerNouns, $0) && r.claim[$0] < 0 }) else { continue }
        let byHead = orgsByHead
        let bodies = Set(heads.flatMap { byHead[$0] ?? [] }).sorted()
        guard bodies.count == 2 else { continue }
        let named = ((pw + 1)..<min(s.tokens.upperBound, pw + 5)).first(where: { r.claim[$0] >= 0 && r.mentions[r.claim[$0]].kind == .project && !r.mentions[r.claim[$0]].isProgramme }).map { g(r.claim[$0]) }
        guard let proj = named ?? mainProject else { continue }
        for o in bodies where organized[o]?.contains(proj) != true { add(o, proj, .participatesIn, k) }
        if found[Key(source: bodies[1], target: bodies[0], type: .partnerOf)] == nil { add(bodies[0], bodies[1], .partnerOf, k) }
      }
    }
  }

  /// "authority" of "managing authority" (the gate of ``managingAuthority()``).
  static let authorityWords: WordSet = ["authority"]
  /// Forms of "zarządzająca" in "instytucja zarządzająca" (managing authority).
  static let managingForms: WordSet = ["zarządzającej", "zarządzająca", "zarządzającą", "zarządzającym"]

  /// "Urzędu Marszałkowskiego X, czyli instytucji zarządzającej FEWiM", "the Marshal's Office, the managing
  /// authority of the X programme".
  mutating func managingAuthority() {
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Self.managingForms, k) || r.vocabulary.sentenceHas(Self.authorityWords, k) else { continue }
      for t in s.tokens where r.claim[t] < 0 && t > s.tokens.lowerBound {
        let polish = r.vocabulary.has(Self.managingForms, t) && r.tokens[t - 1].lower.hasPrefix("instytucj")
        let english = r.vocabulary.lowerIs(t, "authority") && r.vocabulary.lowerIs(t - 1, "managing")
        guard polish || english else { continue }
        // The programme: within four tokens after ("programem", "of the", "for").
        guard let pm = ((t + 1)..<min(s.tokens.upperBound, t + 5)).first(where: { r.claim[$0] >= 0 }), r.mentions[r.claim[pm]].kind == .project,
              ((t + 1)..<pm).allSatisfy({ r.vocabulary.lowerIn($0, ["of", "the", "for", "dla"]) || r.vocabulary.has(Markers.programme, $0) }) else { continue }
        // The body: the organization just before ("…, czyli instytucji", "X, the managing authority").
        var b = t - 2
        while b > s.tokens.lowerBound, t - b <= 6, r.claim[b] < 0, r.tokens[b].kind == .punct || r.vocabulary.lowerIn(b, ["czyli", "jako", "the", "as", "i.e", "is", "jest", "a", "an", "which"]) { b -= 1 }
        guard b >= s.tokens.lowerBound, r.claim[b] >= 0, r.mentions[r.claim[b]].kind == .organization else { continue }
        let og = g(r.claim[b])
        add(og, g(r.claim[pm]), .organizes, k)
        organizers.insert(og)
      }
    }
  }

  /// Relative pronouns of cooperating with: "z którym", "z którą", "z którymi", "with which", "with whom".
  static let withWhichWords: WordSet = ["którym", "którą", "którymi", "which", "whom"]

  /// "Jonas X z Uniwersytetu Y, z którym UWM od kilku lat współpracuje przy projektach".
  mutating func relativeCooperation() {
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Self.withWhichWords, k) else { continue }
      for c in s.tokens where c + 2 < s.tokens.upperBound && r.tokens[c].text == "," && r.vocabulary.lowerIn(c + 1, ["z", "ze", "with"])
        && r.vocabulary.has(Self.withWhichWords, c + 2) {
        guard c - 1 >= s.tokens.lowerBound, r.claim[c - 1] >= 0, r.mentions[r.claim[c - 1]].kind == .organization else { continue }
        let antecedent = g(r.claim[c - 1])
        guard let v = ((c + 3)..<min(s.tokens.upperBound, c + 14)).first(where: { r.claim[$0] < 0 && (r.tokens[$0].lower.hasPrefix("współpracuj") || r.tokens[$0].lower.hasPrefix("cooperat") || r.tokens[$0].lower.hasPrefix("co-operat")) }) else { continue }
        // The subject: an organization between the pronoun and the verb, or a common noun naming the one such body.
        var subject = mentions(in: k).first(where: { r.mentions[$0].kind == .organization && r.mentions[$0].range.lowerBound > c + 2 && r.mentions[$0].range.upperBound <= v }).map { g($0) }
        if subject == nil { subject = ((c + 3)..<v).compactMap { organizationReferredTo(at: $0) }.first }
        guard let o = subject, o != antecedent, found[Key(source: antecedent, target: o, type: .partnerOf)] == nil else { continue }
        add(o, antecedent, .partnerOf, k)
      }
    }
  }

  /// "CYRKLA jest realizowana przez PŚk jako lidera, a starostwo uczestniczy w niej jako partner": a body named by a
  /// common noun (the one of its kind) takes part in the project of the sentence the pronoun refers to.
  mutating func pronounProjectParticipation() {
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Self.takingPartVerbs, k) else { continue }
      for v in s.tokens where r.claim[v] < 0 && r.vocabulary.lowerIn(v, ["uczestniczy", "participates"]) && v + 2 < s.tokens.upperBound {
        guard r.vocabulary.lowerIn(v + 1, ["w", "in"]), r.vocabulary.lowerIn(v + 2, ["niej", "nim", "it"]) else { continue }
        guard let proj = mentions(in: k).last(where: { r.mentions[$0].kind == .project && !r.mentions[$0].isProgramme && r.mentions[$0].range.upperBound <= v }).map({ g($0) }) else { continue }
        var subject: Int?
        if v - 1 >= s.tokens.lowerBound, r.claim[v - 1] >= 0, r.mentions[r.claim[v - 1]].kind == .organization { subject = g(r.claim[v - 1]) }
        else if v - 1 >= s.tokens.lowerBound { subject = organizationReferredTo(at: v - 1) }
        guard let o = subject, organized[o]?.contains(proj) != true, found[Key(source: o, target: proj, type: .organizes)] == nil else { continue }
        add(o, proj, .participatesIn, k)
      }
    }
  }

  /// "badania nad X, które wydział prowadzi wspólnie z firmą Y S.A.", "a system which the institute tests together with
  /// the company Z": the subject of a relative clause of joint work (named, or a common noun naming one body) is a
  /// partner of the organization after "wspólnie z" / "together with".
  mutating func relativeJointWork() {
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Self.coordinationAdverbs, k) else { continue }
      for c in s.tokens where c + 3 < s.tokens.upperBound && r.tokens[c].text == "," && r.vocabulary.lowerIn(c + 1, ["który", "które", "która", "którą", "których", "which", "that"]) {
        // The subject right after the pronoun.
        var subject: Int?
        var q = c + 2
        if r.vocabulary.lowerIs(q, "the") { q += 1 }
        if q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization {
          subject = g(r.claim[q])
          let m = r.claim[q]
          while q < s.tokens.upperBound, r.claim[q] == m { q += 1 }
        } else if q < s.tokens.upperBound, let o = organizationReferredBack(at: q) ?? unitReferredBack(at: q) {
          subject = o
          q += 1
        }
        guard let subj = subject else { continue }
        // A verb, then "wspólnie z" / "razem z" / "together with", within four tokens.
        guard let w = (q..<min(s.tokens.upperBound - 2, q + 4)).first(where: { r.vocabulary.lowerIn($0, ["wspólnie", "razem", "together", "jointly"]) && r.vocabulary.lowerIn($0 + 1, ["z", "ze", "with"]) }) else { continue }
        var a = w + 2
        if a < s.tokens.upperBound, r.vocabulary.lowerIs(a, "the") { a += 1 }
        a = pastDescriptors(a, in: s)
        guard a < s.tokens.upperBound, r.claim[a] >= 0, r.mentions[r.claim[a]].kind == .organization else { continue }
        let other = g(r.claim[a])
        guard other != subj, found[Key(source: other, target: subj, type: .partnerOf)] == nil else { continue }
        // Co-organizers of one event or project are read elsewhere; they are not stated partners.
        if let x = organized[subj], let y = organized[other], !x.isDisjoint(with: y) { continue }
        add(subj, other, .partnerOf, k)
        // Joint work run by a unit is the unit's: its parent, read as the subject by the cooperation patterns, is not.
        if let parent = parents[subj] {
          for key in [Key(source: parent, target: other, type: .partnerOf), Key(source: other, target: parent, type: .partnerOf)] where found[key] == [k] {
            found[key] = nil
            order.removeAll { $0 == key }
          }
        }
      }
    }
  }

  /// A lower-case unit noun ("wydział", "instytut", "the faculty") referring to the unit of that head named last before
  /// token `t` (in its sentence or the one before), units with a parent included.
  func unitReferredBack(at t: Int) -> Int? {
    guard r.tokens[t].casing == .lower, let h = r.heads[t], h.kind == .organization, h.isUnit else { return nil }
    let k = r.sentenceOf[t]
    for b in stride(from: k, through: max(0, k - 1), by: -1) {
      if let m = allMentions(in: b).last(where: { r.mentions[$0].kind == .organization && r.mentions[$0].head?.lemma == h.lemma && r.mentions[$0].range.upperBound <= t }) { return g(m) }
    }
    return nil
  }
}
