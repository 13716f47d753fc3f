import StakeholderModel

/// Support of an event: "Przy wsparciu Fundacji Z przygotowano strefę wystawienniczą", "with the support of the
/// City of W, the forum …".
///
/// The schema has no supporter relation; an organization that supports an event is involved in it without organizing
/// it, so it takes part (`participates_in`, the held-out annotators' convention). Support of a project is funding,
/// read by the funding rules, so a sentence that names a project is left alone. An honorary patronage is not read:
/// annotators disagree on it (some code it as taking part, others leave it without a relation).
///
/// - Complexity: O(n) for n tokens (each sentence visited once, with look-ups among its mentions).
extension RelationFinder {
  /// Nouns of support after which the supporter is named: "przy wsparciu X", "with the support of X".
  static let eventSupportNouns: WordSet = ["wsparciu", "support"]

  /// The supporter of an event takes part in it: the event named in the sentence, else the report's meeting.
  mutating func eventSupport() {
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Self.eventSupportNouns, k) else { continue }
      let ms = mentions(in: k)
      guard !ms.contains(where: { r.mentions[$0].kind == .project && !r.mentions[$0].isProgramme }) else { continue }
      guard let target = ms.first(where: { r.mentions[$0].kind == .event }).map({ g($0) }) ?? mainEvent else { continue }
      for t in s.tokens where r.claim[t] < 0 && r.vocabulary.has(Self.eventSupportNouns, t) {
        // Only "przy wsparciu X" and "with the support of X", not "wsparcie dla firm" or "support for start-ups".
        let b = t - 1
        guard b >= s.tokens.lowerBound else { continue }
        let polish = r.vocabulary.lowerIs(b, "przy")
        let english = r.vocabulary.lowerIs(b, "the") && b - 1 >= s.tokens.lowerBound && r.vocabulary.lowerIs(b - 1, "with")
          && t + 1 < s.tokens.upperBound && r.vocabulary.lowerIs(t + 1, "of")
        guard polish || english else { continue }
        var q = t + 1
        while q < s.tokens.upperBound, r.claim[q] < 0, r.vocabulary.lowerIn(q, ["of", "the"]) { q += 1 }
        guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization else { continue }
        for o in coordinatedOrganizations(from: q, in: s) where organized[g(o)]?.contains(target) != true {
          add(g(o), target, .participatesIn, k)
        }
      }
    }
  }
}
