/// "Rada Innowacji" in a headline for the one "Regionalna Rada Innowacji" of the report: a Polish organization
/// written without the adjectives that open its name.
extension DocumentResolver {
  /// Joins each multi-word organization whose name starts with its head word to the one organization of the text
  /// whose name is the same after one or two leading adjectives ("Rada Innowacji" → "Regionalna Rada Innowacji",
  /// "Izba Gospodarcza" → "Zachodnia Izba Przemysłowa"); nothing when two organizations could be meant.
  ///
  /// - Parameters:
  ///   - ms: the document's mentions.
  ///   - forms: their normalised names (``Normalize/form(_:)``).
  ///   - uf: the groups so far.
  /// - Complexity: O(m) for m mentions (hashing their names).
  static func joinNamesWithoutLeadingAdjectives(_ ms: [FoundMention], forms: [String], _ uf: inout UnionFind) {
    var longer: [Substring: Set<Int>] = [:]
    // Each name's first word, cut once for both passes below.
    var firstWords = [Substring](repeating: "", count: ms.count)
    for j in ms.indices where ms[j].kind == .organization && ms[j].parent == nil {
      // The first word is tested before the name is cut into words.
      firstWords[j] = forms[j].firstSpaceSeparatedWord
      guard Inflection.looksAdjectival(String(firstWords[j])) else { continue }
      let words = forms[j].spaceSeparatedWords
      guard words.count >= 3 else { continue }
      longer[forms[j].dropFirst(words[0].count + 1), default: []].insert(j)
      if words.count >= 4, Inflection.looksAdjectival(String(words[1])) {
        longer[forms[j].dropFirst(words[0].count + words[1].count + 2), default: []].insert(j)
      }
    }
    guard !longer.isEmpty else { return }
    for i in ms.indices where ms[i].kind == .organization && ms[i].parent == nil {
      let m = ms[i]
      guard let head = m.head, !head.english else { continue }
      // The first word (cut above), without cutting the rest into words.
      let first = firstWords[i]
      // (The first word is shorter than the name when it is not the whole name: its bytes tell.)
      guard !first.isEmpty, first == head.lemma, first.utf8.count < forms[i].utf8.count, let cands = longer[Substring(forms[i])] else { continue }
      let roots = Set(cands.map { uf.find($0) })
      if roots.count == 1, let root = roots.first { uf.union(i, root) }
    }
  }
}
