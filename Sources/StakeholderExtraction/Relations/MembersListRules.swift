import StakeholderModel

/// "Stronę samorządową reprezentowali członkowie Zarządu Województwa X: marszałek A i B, a także …", "the members of
/// the Y Board: A and B": the persons listed after a body's members and a colon sit on that body.
///
/// - Complexity: O(n) for n tokens (each sentence with a members' noun is read once).
extension RelationFinder {
  /// Nouns of the members of a body, before its name.
  static let bodyMemberNouns: WordSet = ["członkowie", "członków", "członkami", "członkinie", "members"]
  /// Words that end the list of members: a new clause or another group ("a także", "oraz przedstawiciele").
  static let memberListEnds: WordSet = ["a", "także", "również", "przedstawiciele", "representatives", "while"]

  /// Persons after "członkowie <organization>:" up to the clause's end are affiliated with the organization.
  mutating func membersAfterColon() {
    for (k, s) in r.sentences.enumerated() where r.vocabulary.sentenceHas(Self.bodyMemberNouns, k) {
      for q in s.tokens where r.claim[q] < 0 && r.vocabulary.has(Self.bodyMemberNouns, q) {
        var a = q + 1
        if a < s.tokens.upperBound, r.vocabulary.lowerIs(a, "of") { a += 1 }
        if a < s.tokens.upperBound, r.vocabulary.lowerIs(a, "the") { a += 1 }
        guard a < s.tokens.upperBound, r.claim[a] >= 0, r.mentions[r.claim[a]].kind == .organization else { continue }
        let body = r.claim[a]
        let colon = claimedEnd(body, before: s.tokens.upperBound)
        guard colon + 1 < s.tokens.upperBound, r.tokens[colon].text == ":" else { continue }
        var i = colon + 1
        while i < s.tokens.upperBound, r.tokens[i].text != ";", !(r.tokens[i].text == "," && i + 1 < s.tokens.upperBound && r.vocabulary.has(Self.memberListEnds, i + 1)),
              !(r.claim[i] < 0 && r.vocabulary.has(Self.memberListEnds, i)) {
          if r.claim[i] >= 0, r.mentions[r.claim[i]].kind == .person {
            affiliate(g(r.claim[i]), g(body), k)
            i = claimedEnd(r.claim[i], before: s.tokens.upperBound)
            continue
          }
          i += 1
        }
      }
    }
  }
}
