import StakeholderModel

/// An organizer named first, its organizing in a relative clause after it: "the Lesser Poland Development Agency
/// (LPDA), which organised the meeting", "Fundacja X, która zorganizowała forum": the organization organizes the event
/// named after the verb, or, when a generic noun of a meeting stands there, the report's meeting.
///
/// - Complexity: O(o) for the o organization mentions, each read over at most eight tokens.
extension RelationFinder {
  /// Relative pronouns that open the clause: "which", "who", "który", "która", "które".
  static let organizerRelatives: WordSet = ["which", "who", "that", "który", "która", "które"]
  /// Verbs of organizing a meeting in the clause's past or present.
  static let clauseOrganizingVerbs: WordSet = [
    "organised", "organized", "organises", "organizes", "hosted", "hosts", "co-organised", "co-organized",
    "zorganizował", "zorganizowała", "zorganizowało", "organizuje", "współorganizowała", "współorganizował",
  ]

  /// Adds `organizes` from the organization before ", which organised …" to the meeting it names.
  mutating func organizerClause() {
    for i in mentions(ofKind: .organization) {
      let m = r.mentions[i]
      let s = r.sentences[m.sentence]
      var q = claimedEnd(i, before: s.tokens.upperBound)
      q = pastParenthesisedWord(q, before: s.tokens.upperBound)
      guard q + 3 < s.tokens.upperBound, r.tokens[q].text == ",", r.vocabulary.has(Self.organizerRelatives, q + 1),
            r.vocabulary.has(Self.clauseOrganizingVerbs, q + 2) else { continue }
      var o = q + 3
      if r.vocabulary.lowerIs(o, "the") { o += 1 }
      guard o < s.tokens.upperBound else { continue }
      let target: Int?
      if r.claim[o] >= 0, r.mentions[r.claim[o]].kind == .event {
        target = g(r.claim[o])
      } else if r.claim[o] < 0, r.vocabulary.has(Self.genericEventNouns, o) {
        target = mainEvent
      } else {
        target = nil
      }
      guard let e = target else { continue }
      addRunner(g(i), e, m.sentence)
    }
  }
}
