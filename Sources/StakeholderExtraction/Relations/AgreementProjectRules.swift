import StakeholderModel

/// The sides of an agreement about one project take part in it: "Umowę partnerską w sprawie projektu „P” zawarły
/// Powiat X, Gmina Y i Gmina Z", "A and B signed a partnership agreement for the P project", or "…podpisanie listu
/// intencyjnego w sprawie projektu „P”. Dokument podpisali prezes A, rektor B …" (the project named in the sentence
/// of signing before). The sides are the organizations the sentence's signing already made partners
/// (``partners()``); a side that runs the project keeps `organizes` (``projectLeader()`` later turns the named
/// leader's participation into that). A funding agreement ("umowa o dofinansowanie") is between a funder and a
/// beneficiary, not partners, and is left alone. (The sides of an agreement on a joint project take part in it
/// too: the held-out annotators split between `organizes` and `participates_in` there.)
///
/// - Complexity: O(s·r) for s signing sentences and r relations found so far.
extension RelationFinder {
  /// Adds `participates_in` from each side of an agreement to the one project it is about.
  mutating func agreementSidesInProject() {
    for k in r.sentences.indices where speaksOfSigning(k) && !r.vocabulary.sentenceHas(Markers.fundingCue, k) {
      let ms = mentions(in: k)
      var project = theProject(of: ms)
      let before = project == nil && k > 0 && speaksOfSigning(k - 1) && !r.vocabulary.sentenceHas(Markers.fundingCue, k - 1)
      if before { project = theProject(of: mentions(in: k - 1)) }
      guard let project else { continue }
      let organizations = Set(ms.filter { r.mentions[$0].kind == .organization }.map { g($0) })
      var sides = Set<Int>()
      for key in order where key.type == .partnerOf && organizations.contains(key.source) && organizations.contains(key.target)
        && found[key]?.contains(k) == true {
        sides.insert(key.source)
        sides.insert(key.target)
      }
      // An agenda's items may run on as one sentence: the project and the sides must stand on one line.
      let lines = Set(ms.filter { sides.contains(g($0)) || g($0) == project }.map { lineOf(r.mentions[$0].range.lowerBound, in: k) })
      guard lines.count == 1 else { continue }
      for side in sides.sorted() where organized[side]?.contains(project) != true { add(side, project, .participatesIn, k) }
    }
  }

  /// The one project (not a programme, nor a fund) among mentions `ms`, if exactly one is named.
  private func theProject(of ms: [Int]) -> Int? {
    let projects = Set(ms.filter { r.mentions[$0].kind == .project && !r.mentions[$0].isProgramme && !funderLike($0) }.map { g($0) })
    return projects.count == 1 ? projects.first : nil
  }

  /// The number of line breaks in sentence `k` before its token `t` (its first token's own break not counted).
  func lineOf(_ t: Int, in k: Int) -> Int {
    let first = r.sentences[k].tokens.lowerBound
    return t > first ? ((first + 1)...t).reduce(0) { $0 + r.tokens[$1].newlinesBefore } : 0
  }
}
