import StakeholderModel

/// Affiliations written as a described apposition after a name, which the function readers do not tie to the name:
///
/// - "Tom Reed, an expert of the Association of X", "Ann Bell, a member of Y County Council", "Ivan Z, a
///   representative of W": an English noun of membership or work, then "of" and the organization.
/// - "Anna Lis, adiunkt na Wydziale X", "Jan Kos, kierownik projektu w Agencji Y", "Ewa Bąk, referentka ds.
///   innowacji w Ministerstwie Z": a Polish function, a few lower-case words, then "w" / "we" / "na" and the
///   organization.
///
/// - Complexity: O(m) for m person mentions, each looking at a window of at most eight tokens.
extension RelationFinder {
  /// English nouns of membership or work before "of": the person belongs to the organization after.
  static let describedMemberNouns: WordSet = [
    "expert", "member", "representative", "researcher", "specialist", "adviser", "advisor", "officer", "employee",
    "engineer", "analyst", "spokesperson", "spokeswoman", "spokesman", "lecturer", "delegate", "consultant", "professor",
  ]

  /// "Tom Reed, an expert of the Association of X", "Anna Lis, adiunkt na Wydziale X": the organization after the
  /// described apposition is the person's.
  mutating func describedMemberApposition() {
    let english = r.language == "en"
    for i in mentions(ofKind: .person) {
      let m = r.mentions[i]
      guard !m.nested else { continue }
      let s = r.sentences[m.sentence]
      let c = claimedEnd(i, before: s.tokens.upperBound)
      guard c + 4 < s.tokens.upperBound, r.tokens[c].text == "," else { continue }
      var q = c + 1
      if english {
        guard r.vocabulary.lowerIn(q, ["a", "an", "the"]) else { continue }
        q += 1
        // A few lower-case modifiers, then the noun and "of".
        var noun = false
        while q < s.tokens.upperBound, q - c <= 5, r.claim[q] < 0, r.tokens[q].kind == .word, r.tokens[q].casing == .lower,
              !r.vocabulary.has(Self.appositionStoppers, q) {
          noun = r.vocabulary.has(Self.describedMemberNouns, q)
          if noun { q += 1; break }
          q += 1
        }
        guard noun, q + 1 < s.tokens.upperBound, r.vocabulary.lowerIs(q, "of") else { continue }
        q += 1
        if r.vocabulary.lowerIs(q, "the") { q += 1 }
      } else {
        // The function first ("adiunkt", "kierownik"), then at most three lower-case words ("projektu", "ds. innowacji").
        guard r.claim[q] < 0, r.roleWords[q] != nil else { continue }
        q += 1
        while q < s.tokens.upperBound, q - c <= 5, r.claim[q] < 0, r.tokens[q].kind == .word || r.tokens[q].text == ".",
              r.tokens[q].casing == .lower, !r.vocabulary.lowerIn(q, ["w", "we", "na", "i", "oraz", "który", "która"]) { q += 1 }
        guard q + 1 < s.tokens.upperBound, r.vocabulary.lowerIn(q, ["w", "we", "na"]) else { continue }
        q += 1
      }
      guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization,
            r.mentions[r.claim[q]].range.lowerBound == q else { continue }
      affiliate(g(i), g(r.claim[q]), m.sentence)
    }
  }
}
