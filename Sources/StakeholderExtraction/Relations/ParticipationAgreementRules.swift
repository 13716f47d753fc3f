import StakeholderModel

/// Agreements and sentences that make organizations take part in a project rather than partner each other:
///
/// - "Umowy o udziale w programie „P” podpisały już trzy spółki: A, B oraz C", "agreements on participation in the
///   programme were signed by A and B": each signing body takes part in the programme when it is named there; they did
///   not sign with each other (with "w programie" alone no participation is added, and still no partnership).
/// - "Spółka będzie też partnerem projektu „P”": a sentence opened by a common noun ("Spółka", "Uczelnia") that
///   refers to the body named before makes it a participant of the project it is a partner of.
/// - "Two more members joined on the same day: A and B", "Dołączyły do nas: A i B": members that joined, listed after a
///   colon, take part in the report's project (a network, a platform); ``statedProjectParticipation()`` reads the
///   joining of a project named by its noun.
///
/// - Complexity: O(n) for n tokens (each sentence with a cue visited once).
extension RelationFinder {
  /// Nouns of taking part ("umowa o udziale w …", "agreement on participation in …").
  static let participationNouns: WordSet = ["udziale", "udział", "udziału", "uczestnictwie", "uczestnictwa", "uczestnictwo", "participation"]

  /// Whether agreement sentence `k` is about taking part in an undertaking ("Umowy o udziale w programie …"), and the
  /// project when it is named right after the noun (a common noun alone names none: "w programie").
  func participationAgreement(_ k: Int) -> (isOne: Bool, project: Int?) {
    guard r.vocabulary.sentenceHas(Self.participationNouns, k) else { return (false, nil) }
    let s = r.sentences[k]
    for t in s.tokens where r.claim[t] < 0 && r.vocabulary.has(Self.participationNouns, t) {
      let after = (t + 1)..<min(s.tokens.upperBound, t + 5)
      if let q = after.first(where: { r.claim[$0] >= 0 && r.mentions[r.claim[$0]].kind == .project }) { return (true, g(r.claim[q])) }
      if let q = after.first(where: { r.claim[$0] < 0 && r.vocabulary.has(Self.undertakingCaseForms, $0) }) { return (true, projectNamedBefore(by: q)) }
    }
    return (false, nil)
  }

  /// The project that the common noun at `t` ("w programie") refers back to: the last project written earlier right
  /// after the same noun ("start programu „P”"), else nil.
  func projectNamedBefore(by t: Int) -> Int? {
    let programme = r.vocabulary.has(Markers.programme, t)
    let named = mentions(ofKind: .project).last { i in
      let b = r.mentions[i].range.lowerBound - 1
      let c = b >= 0 && r.marks.isAny(b, "„", "\"", "“") ? b - 1 : b
      return r.mentions[i].range.upperBound <= t && c >= 0 && r.claim[c] < 0
        && (programme ? r.vocabulary.has(Markers.programme, c) : r.vocabulary.has(Self.undertakingCaseForms, c) || r.tokens[c].lower.hasPrefix("projekt"))
    }
    return named.map { g($0) }
  }

  /// Adds the participation of a body referred to by a sentence-opening common noun in the project it is a partner of.
  mutating func genericPartnerOfProject() {
    for (k, s) in r.sentences.enumerated() where r.vocabulary.sentenceHas(Markers.partnerWords, k) {
      guard let body = bodyOpeningSentence(s) else { continue }
      let opening = s.tokens.lowerBound..<min(s.tokens.upperBound, s.tokens.lowerBound + 6)
      guard let pw = opening.first(where: { r.claim[$0] < 0 && r.vocabulary.has(Markers.partnerWords, $0) }) else { continue }
      var q = pw + 1
      while q < min(s.tokens.upperBound, pw + 4), r.claim[q] < 0 { q += 1 }
      guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .project, !r.mentions[r.claim[q]].isProgramme else { continue }
      let project = g(r.claim[q])
      if organized[body]?.contains(project) == true { continue }
      add(body, project, .participatesIn, k)
    }
  }

  /// Adds the participation of the organizations that joined the report's project.
  mutating func newMembers() {
    guard let project = mainProject, kind(project) == .project else { return }
    for (k, s) in r.sentences.enumerated() where r.vocabulary.sentenceHas(Self.joiningVerbs, k) {
      guard let v = s.tokens.first(where: { r.claim[$0] < 0 && r.vocabulary.has(Self.joiningVerbs, $0) }) else { continue }
      // What was joined: the report's project named after the verb, or no object at all before a colon ("members
      // joined: …"). A body named before the verb ("Do TIP dołączyły: …", "do naszego stowarzyszenia dołączyły …") or
      // after it ("joined the Association X") was joined instead: another relation.
      if s.tokens.contains(where: { $0 < v && r.claim[$0] < 0 && r.vocabulary.lowerIn($0, ["do", "to"]) }) { continue }
      let after = mentions(in: k).filter { r.mentions[$0].range.lowerBound > v }
      let colon = s.tokens.first(where: { $0 > v && r.marks.isMark($0, ":") })
      if let colon, after.contains(where: { r.mentions[$0].range.lowerBound < colon }) { continue }
      let joinedNamed = after.first.map { m in g(m) == project && r.mentions[m].range.lowerBound - v <= 4 } ?? false
      guard joinedNamed || colon != nil else { continue }
      let members = after.filter { m in r.mentions[m].kind == .organization && (colon.map { c in r.mentions[m].range.lowerBound > c } ?? true) }
      for m in members where organized[g(m)]?.contains(project) != true { add(g(m), project, .participatesIn, k) }
    }
  }
}
