import StakeholderModel

/// The body that manages a programme organizes it (schema: a managing authority runs its programme):
///
/// - "the Regional Office of X, which manages the P programme", "UMWP, który zarządza programem
///   FEdP": a relative clause after the body; "which manages the regional programme" names no programme, and then the
///   one programme (a source of money) of the document is meant.
/// - "program P, którym zarządza nasz urząd": a relative clause after the programme, the body after the
///   verb (named, or a common noun naming the one body of its kind).
/// - "The P Programme is managed by the X Agency", "Program jest zarządzany przez Y": the passive.
/// - "UMWL zarządza programem P", "Urząd zarządza programem P": the subject before the verb, named or by the one
///   body of its head.
///
/// - Complexity: O(n) for the n tokens of the sentences with a verb of managing (one index look-up per token); the
///   document's programmes are listed once per sentence that needs them.
extension RelationFinder {
  /// Verbs and participles of managing a programme.
  static let programmeManagingVerbs: WordSet = [
    "manages", "managed", "administers", "administered", "zarządza", "zarządzał", "zarządzała", "zarządzany", "zarządzana",
    "zarządzane", "administruje",
  ]
  /// Generic nouns of a programme in the object of "manages" ("the regional programme", "the programme's calls").
  static let programmeNouns: WordSet = ["programme", "program", "programme's", "programme’s", "programem", "programu"]

  /// The three shapes above: the managing body organizes the programme.
  mutating func managedProgrammes() {
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Self.programmeManagingVerbs, k) else { continue }
      for v in s.tokens where v > s.tokens.lowerBound && v + 1 < s.tokens.upperBound && r.claim[v] < 0 && r.vocabulary.has(Self.programmeManagingVerbs, v) {
        var body: Int?
        var programme: Int?
        if v - 3 >= s.tokens.lowerBound, r.vocabulary.lowerIn(v - 1, ["which", "that", "który", "która", "które"]), r.tokens[v - 2].text == ",",
           r.claim[v - 3] >= 0, r.mentions[r.claim[v - 3]].kind == .organization {
          // "X, which manages (the) P": the programme named within five tokens, else by a generic noun.
          body = g(r.claim[v - 3])
          var q = v + 1
          while q < s.tokens.upperBound, q - v <= 5, r.claim[q] < 0, r.tokens[q].kind == .word, !r.vocabulary.has(Self.programmeNouns, q) { q += 1 }
          if q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .project { programme = g(r.claim[q]) }
          else if q < s.tokens.upperBound, r.vocabulary.has(Self.programmeNouns, q) {
            var after = q + 1
            if after < s.tokens.upperBound, r.claim[after] < 0, r.tokens[after].casing == .upper || r.tokens[after].casing == .capitalized { after += 1 }
            programme = after < s.tokens.upperBound && r.claim[after] >= 0 && r.mentions[r.claim[after]].kind == .project ? g(r.claim[after]) : onlyProgramme()
          }
        } else if v - 3 >= s.tokens.lowerBound, r.vocabulary.lowerIn(v - 1, ["którym", "którą", "którymi"]), r.tokens[v - 2].text == ",",
                  r.claim[v - 3] >= 0, r.mentions[r.claim[v - 3]].kind == .project {
          // "program P, którym zarządza (nasz) urząd / X".
          programme = g(r.claim[v - 3])
          var q = v + 1
          if r.vocabulary.lowerIn(q, ["nasz", "nasza", "our", "the"]) { q += 1 }
          q = pastAdverbials(q, in: s)
          if q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization { body = g(r.claim[q]) }
          else if q < s.tokens.upperBound { body = organizationReferredTo(at: q) }
        } else if v - 2 >= s.tokens.lowerBound, r.vocabulary.lowerIn(v + 1, ["by", "przez"]), r.vocabulary.lowerIn(v - 1, ["is", "was", "jest", "był", "była", "są"]),
                  r.claim[v - 2] >= 0, r.mentions[r.claim[v - 2]].kind == .project {
          // "P is managed by X".
          programme = g(r.claim[v - 2])
          var q = v + 2
          if q < s.tokens.upperBound, r.vocabulary.lowerIs(q, "the") { q += 1 }
          if q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization { body = g(r.claim[q]) }
        }
        // "UMWL zarządza programem P", "the Office (X) manages the P programme": the subject right before the verb.
        // "Urząd zarządza programem P": a common noun opening the sentence names the one body of its kind.
        let generic = v - 1 == s.tokens.lowerBound && r.claim[v - 1] < 0 ? organizationWithHead(at: v - 1) : nil
        if body == nil, programme == nil, let subject = organization(endingAt: v - 1, in: s) ?? generic, !r.vocabulary.lowerIn(v + 1, ["by", "przez"]) {
          var q = v + 1
          while q < s.tokens.upperBound, q - v <= 3, r.claim[q] < 0, r.vocabulary.has(Self.programmeNouns, q) || r.vocabulary.lowerIs(q, "the") { q += 1 }
          if q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .project, r.mentions[r.claim[q]].isProgramme || funderLike(r.claim[q]) || q > v + 1 {
            body = subject
            programme = g(r.claim[q])
          }
        }
        guard let o = body, let p = programme else { continue }
        add(o, p, .organizes, k)
        organizers.insert(o)
      }
    }
  }

  /// The organization (group) whose name, or the acronym in parentheses after it, ends at token `e` of sentence `s`.
  func organization(endingAt e: Int, in s: Sentence) -> Int? {
    var q = e
    if q - 2 >= s.tokens.lowerBound, r.tokens[q].text == ")", r.tokens[q - 2].text == "(" { q -= 3 }
    guard q >= s.tokens.lowerBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization else { return nil }
    return g(r.claim[q])
  }

  /// The one programme of the document that is a source of money (a programme, or a project read as a funder), nil
  /// when there are none or several.
  /// - Complexity: O(m) for m mentions.
  func onlyProgramme() -> Int? {
    var found = Set<Int>()
    for i in r.mentions.indices where r.mentions[i].kind == .project && (r.mentions[i].isProgramme || funderLike(i)) { found.insert(g(i)) }
    return found.count == 1 ? found.first : nil
  }
}
