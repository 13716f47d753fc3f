import StakeholderModel

/// Who runs a project or programme, in three more phrasings of the genre:
///
/// - "X będzie operatorem programu grantowego „P”", "Y jest koordynatorem projektu P", "Z is the operator of the P
///   scheme": the organization before a copula and an organizer noun runs the project named after it (`organizes`).
/// - "programu P (ACR), którym zarządza X", "sieci „S”, którą koordynuje Y": the subject after a relative pronoun and
///   a verb of managing runs the project or programme named before it.
/// - "X rozpoczęło realizację projektu „P”" (``startedProjects()``).
///
/// - Complexity: O(n) for n tokens (each sentence visited once, with look-ups among its mentions).
extension RelationFinder {
  /// Organizer nouns after a copula: "jest operatorem", "będzie koordynatorem", "is the operator".
  static let runnerNouns: WordSet = ["operatorem", "koordynatorem", "liderem", "operator", "coordinator"]
  /// Copulas before a runner noun.
  static let runnerCopulas = Markers.toBe.union(["było", "zostanie", "została", "został", "will", "be", "the", "also", "także", "również"])
  /// Verbs of managing in a relative clause: "którym zarządza X", "którą koordynuje Y".
  static let relativeManagingVerbs: WordSet = ["zarządza", "koordynuje", "administruje", "operuje"]

  /// Adds `organizes` for both phrasings.
  mutating func projectRunnerPhrases() {
    for (k, s) in r.sentences.enumerated() {
      let ms = mentions(in: k)
      if r.vocabulary.sentenceHas(Self.runnerNouns, k) {
        for o in ms where r.mentions[o].kind == .organization {
          var q = claimedEnd(o, before: s.tokens.upperBound)
          q = pastParenthesisedWord(q, before: s.tokens.upperBound)
          let copula = q
          while q < s.tokens.upperBound, q - copula < 3, r.claim[q] < 0, r.vocabulary.has(Self.runnerCopulas, q) { q += 1 }
          guard q > copula, q < s.tokens.upperBound, r.claim[q] < 0, r.vocabulary.has(Self.runnerNouns, q) else { continue }
          // The project: within five tokens after the noun ("programu grantowego „P”", "of the P scheme").
          guard let pm = ms.first(where: { r.mentions[$0].kind == .project && r.mentions[$0].range.lowerBound > q && r.mentions[$0].range.lowerBound - q <= 5 }),
                ((q + 1)..<r.mentions[pm].range.lowerBound).allSatisfy({ r.claim[$0] == pm || (r.claim[$0] < 0 && (r.tokens[$0].kind == .punct || r.tokens[$0].casing == .lower)) }) else { continue }
          addRunner(g(o), g(pm), k)
        }
      }
      if r.vocabulary.sentenceHas(Self.relativeManagingVerbs, k) {
        for pm in ms where r.mentions[pm].kind == .project {
          var q = claimedEnd(pm, before: s.tokens.upperBound)
          q = pastParenthesisedWord(q, before: s.tokens.upperBound)
          guard q + 3 < s.tokens.upperBound, r.tokens[q].text == ",", r.vocabulary.lowerIn(q + 1, ["którym", "którą", "który", "którego", "której"]),
                r.vocabulary.has(Self.relativeManagingVerbs, q + 2) else { continue }
          let a = pastAdverbials(q + 3, in: s)
          guard a < s.tokens.upperBound, r.claim[a] >= 0, r.mentions[r.claim[a]].kind == .organization else { continue }
          addRunner(g(r.claim[a]), g(pm), k)
        }
      }
    }
  }

  /// Verbs of starting or going on with the running of a project: "rozpoczęło realizację projektu „P”".
  static let runningStartVerbs: WordSet = [
    "rozpoczął", "rozpoczęła", "rozpoczęło", "rozpoczęli", "rozpoczęły", "rozpoczyna", "rozpoczynają", "rozpocznie",
    "kontynuuje", "kontynuują", "zakończył", "zakończyła", "zakończyło", "zakończyli",
  ]

  /// "Stowarzyszenie X (SX) z siedzibą w Y, zrzeszające …, rozpoczęło realizację projektu „P”": the organization
  /// opening the sentence runs the project named after a verb of starting and "realizację".
  mutating func startedProjects() {
    for (k, s) in r.sentences.enumerated() where r.vocabulary.sentenceHas(Self.runningStartVerbs, k) {
      let ms = mentions(in: k)
      guard let first = ms.first, r.mentions[first].kind == .organization, r.mentions[first].range.lowerBound == s.tokens.lowerBound,
            let v = s.tokens.first(where: { r.claim[$0] < 0 && r.vocabulary.has(Self.runningStartVerbs, $0) }),
            v + 2 < s.tokens.upperBound, r.vocabulary.lowerIn(v + 1, ["realizację", "realizacji"]) else { continue }
      var q = v + 2
      if r.vocabulary.lowerIn(q, ["projektu", "programu", "przedsięwzięcia"]) { q += 1 }
      guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .project, !funderLike(r.claim[q]) else { continue }
      // Another organization between the subject and the verb would be the subject.
      guard !ms.contains(where: { $0 != first && r.mentions[$0].kind == .organization && r.mentions[$0].range.lowerBound < v }) else { continue }
      addRunner(g(first), g(r.claim[q]), k)
    }
  }

  /// `org` organizes `project` (and no longer only takes part in it).
  mutating func addRunner(_ org: Int, _ project: Int, _ k: Int) {
    add(org, project, .organizes, k)
    organizers.insert(org)
    let partner = Key(source: org, target: project, type: .participatesIn)
    if found[partner] != nil { found[partner] = nil; order.removeAll { $0 == partner } }
  }
}
