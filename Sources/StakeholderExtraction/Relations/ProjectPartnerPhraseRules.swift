import StakeholderModel

/// Partners of a project in phrasings the partner readers miss, and who signs for whom:
///
/// - "X stanie się partnerem projektu", "Y wspiera konsorcjum jako partner stowarzyszony", "the Port Z, also a project
///   partner, …": the organization right before the partner noun takes part in the project (named in the sentence,
///   else the document's).
/// - "Both institutions are partners in the „P” project", "Obie instytucje są partnerami projektu P": the two
///   organizations of the sentence before take part in it.
/// - "On behalf of X, Anna Nowak (head of a department of X) announced that the zone will sign …": a signatory whose
///   unit's parent is named in the sentence signs for the parent.
///
/// - Complexity: O(n + m) for n tokens and m mentions (each sentence visited once).
extension RelationFinder {
  /// Partner nouns that name a project partner ("partnerem projektu", "partner stowarzyszony", "a project partner").
  static let projectPartnerNouns: WordSet = ["partnerem", "partner", "partnerami", "partners", "partnerzy"]
  /// Words that tie a partner noun to a project: after it ("projektu", "konsorcjum", "stowarzyszony", "in") or before it
  /// ("project", "jako", "as").
  static let partnerProjectTies: WordSet = ["projektu", "project", "konsorcjum", "consortium", "stowarzyszony", "stowarzyszonym", "associated", "in", "of", "jako", "as"]
  /// Words allowed between the organization and the partner noun: copulas, verbs of becoming and supporting, "also a".
  static let partnerSubjectLinks: WordSet = [
    "jest", "są", "był", "była", "będzie", "zostanie", "została", "został", "stanie", "się", "staje", "także", "również",
    "też", "wspiera", "konsorcjum", "jako", "is", "are", "was", "will", "become", "becomes", "also", "a", "an", "the", "as",
    "project", "joins", "joined", "supports", "consortium",
  ]

  /// Adds `participates_in` for partners written as the subject of a partner noun, or as "both" of the sentence before.
  mutating func partnerSubjects() {
    for (k, s) in r.sentences.enumerated() where r.vocabulary.sentenceHas(Self.projectPartnerNouns, k) {
      let ms = mentions(in: k)
      for pw in s.tokens where r.claim[pw] < 0 && r.vocabulary.has(Self.projectPartnerNouns, pw) {
        let after = pw + 1 < s.tokens.upperBound && r.vocabulary.has(Self.partnerProjectTies, pw + 1)
        let before = pw - 1 >= s.tokens.lowerBound && r.vocabulary.lowerIn(pw - 1, ["project", "jako", "as"])
        guard after || before else { continue }
        guard let proj = ms.first(where: { r.mentions[$0].kind == .project && !r.mentions[$0].isProgramme && r.mentions[$0].range.lowerBound > pw }).map({ g($0) }) ?? mainProject else { continue }
        // "Both institutions are partners in …": the two organizations of the sentence before.
        if s.tokens.lowerBound + 1 < pw, r.vocabulary.has(Self.bothWords, s.tokens.lowerBound), k > 0 {
          // A unit stands for its parent ("the university's Faculty of X and University Y" → the two universities).
          let prior = Array(Set(mentions(in: k - 1).filter { r.mentions[$0].kind == .organization && r.mentions[$0].parent == nil }.map { topParent(g($0)) })).sorted()
          if prior.count == 2 { for o in prior where organized[o]?.contains(proj) != true { add(o, proj, .participatesIn, k) } }
          continue
        }
        // The subject: the organization ending within seven tokens before, only linking words between.
        var b = pw - 1
        while b >= s.tokens.lowerBound, pw - b <= 7, r.claim[b] < 0, r.vocabulary.has(Self.partnerSubjectLinks, b) || r.tokens[b].text == "," { b -= 1 }
        guard b >= s.tokens.lowerBound, b < pw - 1, r.claim[b] >= 0, r.mentions[r.claim[b]].kind == .organization else { continue }
        let o = g(r.claim[b])
        if organized[o]?.contains(proj) == true { continue }
        add(o, proj, .participatesIn, k)
      }
    }
  }

  /// The top of organization group `o`'s chain of parents (`o` itself when it has none).
  func topParent(_ o: Int) -> Int {
    var top = o
    var steps = 0
    while let up = parents[top], steps < 4 { top = up; steps += 1 }
    return top
  }

  /// The organizations person group `p` signs for in a sentence whose mentions are `ms`: each affiliation, or the
  /// parent of an affiliated unit when the parent is named in the sentence ("On behalf of X, the head of its unit …").
  func sidesOf(person p: Int, in ms: [Int]) -> [Int] {
    let here = Set(ms.map { g($0) })
    return (affiliations[p] ?? []).map { a in
      if let parent = parents[a], here.contains(parent), !here.contains(a) { return parent }
      return a
    }
  }

  /// "Powiat X, reprezentowany przez starostę Y, oraz Gmina Z": past a participle of representing and its agent
  /// between two coordinated organizations, to the comma before the next one; `q` unchanged otherwise.
  func pastRepresentedBy(_ q: Int, in s: Sentence) -> Int {
    guard q + 2 < s.tokens.upperBound, r.tokens[q].text == ",", r.tokens[q + 1].lower.hasPrefix("reprezentowan") || r.vocabulary.lowerIs(q + 1, "represented"),
          r.vocabulary.lowerIn(q + 2, ["przez", "by"]) else { return q }
    var e = q + 3
    while e < s.tokens.upperBound, e - q <= 9, r.tokens[e].text != "," { e += 1 }
    return e < s.tokens.upperBound && e - q <= 9 ? e : q
  }
}
