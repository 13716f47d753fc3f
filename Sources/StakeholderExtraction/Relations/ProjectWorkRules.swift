import StakeholderModel

/// Work done for a project by a body named as the doer: "W ramach projektu X tory przebudowała firma Y", "Analizę
/// popytu dla projektu przygotowali naukowcy z Politechniki Z", "Przewozy w ramach programu będzie wykonywać spółka
/// W". The body takes part in the project (named there, else the one its noun refers to, else the report's).
extension RelationFinder {
  /// Verbs of doing a project's work (building, preparing, carrying out), whose subject takes part in it.
  static let projectWorkVerbs: WordSet = [
    "przebudowała", "przebudował", "przebudowały", "przebudowali", "zbudowała", "zbudował", "zbudowały", "zbuduje",
    "zbudują", "wykonała", "wykonał", "wykonały", "wykonali", "wykona", "wykonają", "wykonuje", "wykonywać",
    "przygotowali", "przygotowały", "opracowała", "opracował", "opracowały", "opracowali", "opracuje", "przeprowadziła",
    "przeprowadził", "przeprowadziły", "przeprowadzili", "przeprowadzi", "zaprojektowała", "zaprojektował", "dostarczy",
    "dostarczyła", "dostarczył", "dostarczą",
  ]
  /// Nouns of people working for a body, before "z" / "ze" and its name: "naukowcy z Politechniki".
  static let staffNouns: WordSet = [
    "naukowcy", "eksperci", "specjaliści", "badacze", "pracownicy", "inżynierowie", "researchers", "experts", "engineers",
  ]

  /// Adds `participates_in` for the body that does a project's work in a sentence that names the project's context
  /// ("w ramach projektu", "dla projektu").
  mutating func projectWorkDoers() {
    for (k, s) in r.sentences.enumerated() where r.vocabulary.sentenceHas(Self.projectWorkVerbs, k) {
      guard let project = projectOfContext(in: k),
            let v = s.tokens.first(where: { r.claim[$0] < 0 && r.vocabulary.has(Self.projectWorkVerbs, $0) }) else { continue }
      var q = v + 1
      while q < s.tokens.upperBound, r.claim[q] < 0, r.vocabulary.lowerIn(q, ["również", "także", "też", "nadal", "już"]) { q += 1 }
      if q + 1 < s.tokens.upperBound, r.claim[q] < 0, r.vocabulary.has(Self.staffNouns, q), r.vocabulary.lowerIn(q + 1, ["z", "ze", "from"]) { q += 2 }
      q = pastDescriptors(q, in: s)
      guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization else { continue }
      for o in coordinatedOrganizations(from: q, in: s) where organized[g(o)]?.contains(project) != true {
        add(g(o), project, .participatesIn, k)
      }
    }
  }

  /// The project of a context phrase in sentence `k`: "w ramach projektu X" / "dla projektu X" (named), "w ramach
  /// projektu" / "dla programu" (the one the noun refers to, else the report's); nil with no such phrase or a funder.
  func projectOfContext(in k: Int) -> Int? {
    let s = r.sentences[k]
    for q in s.tokens where q + 1 < s.tokens.upperBound && r.claim[q] < 0 && r.vocabulary.lowerIn(q, ["ramach", "dla"]) {
      if r.vocabulary.lowerIs(q, "ramach"), !(q > s.tokens.lowerBound && r.vocabulary.lowerIs(q - 1, "w")) { continue }
      var n = q + 1
      guard r.claim[n] < 0, r.vocabulary.lowerIn(n, ["projektu", "programu", "przedsięwzięcia"]) else { continue }
      let noun = n
      n += 1
      if n < s.tokens.upperBound, r.marks.isAny(n, "„", "\"", "“") { n += 1 }
      if n < s.tokens.upperBound, r.claim[n] >= 0, r.mentions[r.claim[n]].kind == .project {
        return r.mentions[r.claim[n]].isProgramme || funderLike(r.claim[n]) ? nil : g(r.claim[n])
      }
      return projectNamedBefore(by: noun) ?? mainProject.flatMap { kind($0) == .project ? $0 : nil }
    }
    return nil
  }
}
