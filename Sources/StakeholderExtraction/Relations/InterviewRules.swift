import StakeholderModel

/// Interviews: "Rozmowa z prezesem LARF", "Z Janem X rozmawiamy o …". The answers speak in the first person plural
/// for the interviewee's organization, so "podpisaliśmy umowę z X", "współpracujemy z X" make it X's partner and
/// "prowadzimy wspólnie z X inkubator „Y”", "organizujemy w Elblągu „Z”" make it (and X) run what is named.
///
/// - Complexity: O(n) for n tokens (a document that is no interview is left after its first three sentences).
extension RelationFinder {
  /// Words of the title or lead that make a text an interview.
  static let interviewWords: WordSet = ["rozmowa", "wywiad", "rozmawiamy", "rozmawia", "rozmawiała", "rozmawiał", "interview"]
  /// Verbs in the first person plural of signing or cooperating (the partner follows "z").
  static let weCooperateVerbs: WordSet = [
    "podpisaliśmy", "zawarliśmy", "współpracujemy", "podpisałyśmy", "zawarłyśmy", "nawiązaliśmy",
  ]
  /// Verbs in the first person plural of running or organizing (the project or event follows).
  static let weRunVerbs: WordSet = [
    "prowadzimy", "organizujemy", "realizujemy", "zorganizujemy", "uruchomiliśmy", "uruchamiamy", "zorganizowaliśmy",
    "koordynujemy", "przygotowujemy",
  ]

  /// Adds the interviewee's organization's partners and what it runs, read from its answers.
  mutating func interviewAnswers() {
    guard r.sentences.count > 3, let we = interviewee() else { return }
    for (k, s) in r.sentences.enumerated() where k > 1 {
      let cooperates = r.vocabulary.sentenceHas(Self.weCooperateVerbs, k), runs = r.vocabulary.sentenceHas(Self.weRunVerbs, k)
      guard cooperates || runs else { continue }
      for v in s.tokens where r.claim[v] < 0 {
        if r.vocabulary.has(Self.weCooperateVerbs, v), let with = partnerPreposition(after: v, in: s) {
          var q = with + 1
          q = pastDescriptors(q, in: s)
          if q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization, g(r.claim[q]) != we {
            add(we, g(r.claim[q]), .partnerOf, k)
          }
        } else if r.vocabulary.has(Self.weRunVerbs, v) {
          // "prowadzimy wspólnie z X …": the partner runs it too.
          var q = v + 1
          var partner: Int?
          while q < s.tokens.upperBound, q - v <= 12 {
            if r.claim[q] >= 0 {
              let m = r.claim[q]
              if r.mentions[m].kind == .organization, q > v + 1, r.vocabulary.lowerIn(q - 1, ["z", "ze"]) { partner = g(m) }
              if r.mentions[m].kind == .project || r.mentions[m].kind == .event {
                addRunner(we, g(m), k)
                if let partner, partner != we {
                  addRunner(partner, g(m), k)
                  add(we, partner, .partnerOf, k)
                }
                break
              }
              q = claimedEnd(m)
              continue
            }
            if [",", ".", ";", ":"].contains(r.tokens[q].text) { break }
            q += 1
          }
        }
      }
    }
  }

  /// The organization (group) an interview speaks for: the body a function in the title or lead names ("Rozmowa
  /// z prezesem LARF", "prezes X S.A. zarządza …"), when the title or the lead's first two sentences have a word of
  /// interviewing; nil otherwise.
  func interviewee() -> Int? {
    let lead = 0..<min(3, r.sentences.count)
    guard lead.contains(where: { r.vocabulary.sentenceHas(Self.interviewWords, $0) }) else { return nil }
    for k in lead {
      for t in r.sentences[k].tokens where r.claim[t] < 0 && r.roleWords[t] != nil {
        var q = t + 1
        while q < r.sentences[k].tokens.upperBound, r.claim[q] < 0, r.vocabulary.has(RoleWords.continuations, q) { q += 1 }
        if q < r.sentences[k].tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization { return g(r.claim[q]) }
      }
    }
    return nil
  }
}
