import StakeholderModel

/// The host who invites to an event: "Starostwo Powiatowe w X zaprosiło radnych na Targi Y", "Biuro Karier Z zaprasza
/// studentów na „Dni Zawodów”", "The city invites residents to the W Festival". The inviting body organizes it.
extension RelationFinder {
  /// Verbs of inviting.
  static let invitingVerbs: WordSet = [
    "zaprasza", "zapraszają", "zaprosił", "zaprosiła", "zaprosiło", "zaprosiły", "zaprosili", "invites", "invite", "invited",
  ]

  /// Adds `organizes` from the bodies right before a verb of inviting to the event named after "na" / "to" (within
  /// eight tokens after the verb).
  mutating func invitingHosts() {
    for (k, s) in r.sentences.enumerated() where r.vocabulary.sentenceHas(Self.invitingVerbs, k) {
      for v in s.tokens where v > s.tokens.lowerBound && r.claim[v] < 0 && r.vocabulary.has(Self.invitingVerbs, v) {
        guard let to = ((v + 1)..<min(s.tokens.upperBound - 1, v + 8)).first(where: { r.claim[$0] < 0 && r.vocabulary.lowerIn($0, ["na", "to"]) }) else { continue }
        var e = to + 1
        if e < s.tokens.upperBound, r.vocabulary.lowerIs(e, "the") { e += 1 }
        if e < s.tokens.upperBound, r.marks.isAny(e, "„", "\"", "“") { e += 1 }
        guard e < s.tokens.upperBound, r.claim[e] >= 0, r.mentions[r.claim[e]].kind == .event else { continue }
        let event = g(r.claim[e])
        for o in coordinatedOrganizations(endingBefore: v, in: s) {
          add(g(o), event, .organizes, k)
          organizers.insert(g(o))
        }
      }
    }
  }
}
