import StakeholderModel

/// Names with "and"/"i" inside them that a list split: "the Ministry of Climate and Environment and the X
/// foundation" reads "Ministry of Climate" first; the full name written elsewhere in the text repairs it.
extension Recognizer {
  /// "Ministry of Climate" followed by "and Environment", where "Ministry of Climate and Environment" is an
  /// organization named elsewhere in the text: the shorter mention grows to the full name's tokens and takes its
  /// name. Only unclaimed tokens (or tokens of the next mention when it is exactly the rest) are taken.
  /// - Complexity: O(m²) in the organization mentions with "and"/"i" in their names (few).
  mutating func repairSplitCoordinatedNames() {
    let full = mentions.indices.filter { mentions[$0].kind == .organization && !mentions[$0].nested
      && (mentions[$0].surface.includes(" and ") || mentions[$0].surface.includes(" i ")) }
    guard !full.isEmpty else { return }
    for idx in mentions.indices where mentions[idx].kind == .organization && !mentions[idx].nested {
      let r = mentions[idx].range
      guard r.upperBound + 1 < tokens.count, vocabulary.lowerIn(r.upperBound, ["and", "i"]) else { continue }
      for f in full where f != idx && mentions[f].range.count > r.count + 1 {
        let n = mentions[f].range.count
        let end = r.lowerBound + n
        guard end <= tokens.count, sentenceOf[end - 1] == mentions[idx].sentence, text(r.lowerBound..<end) == mentions[f].surface else { continue }
        guard (r.upperBound..<end).allSatisfy({ claim[$0] < 0 || claim[$0] == idx }) else { continue }
        mentions[idx].range = r.lowerBound..<end
        mentions[idx].name = mentions[f].name
        mentions[idx].surface = mentions[f].surface
        mentions[idx].head = mentions[f].head ?? mentions[idx].head
        for q in r.upperBound..<end { claim[q] = idx }
        break
      }
    }
  }
}

extension Recognizer {
  /// Whether the "i"/"and" at `j` lies inside a known place named by two coordinated words: "Warmia i Mazury"
  /// ("z Warmii i Mazur"), "Kujawy i Pomorze", "Bośnia i Hercegowina". The chunk starts at `a`; the place is the
  /// words from `a` to the capitalised word after the conjunction.
  func placeNameGoesOnAfterConjunction(_ a: Int, _ j: Int, _ end: Int) -> Bool {
    guard j - a <= 2, j + 1 < end, tokens[j + 1].casing == .capitalized, claim[j + 1] < 0 else { return false }
    return names.knownPlace(text(a..<(j + 2))) != nil
  }
}
