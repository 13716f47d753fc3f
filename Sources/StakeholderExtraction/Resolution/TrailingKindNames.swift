/// "chairman of Złoty Sad" for the one "Złoty Sad Producer Group" of an English text: an organization
/// named without the words of its kind that end its full name.
extension DocumentResolver {
  /// English last words that say what kind of body a name is ("… Producer Group", "… Dairy Cooperative").
  static let trailingKindWords: WordSet = ["group", "cooperative", "co-operative", "cluster", "foundation", "association", "society"]
  /// The last bytes of the ``trailingKindWords``. Each ends in an ASCII letter, and a character equal to an ASCII letter
  /// is that letter alone, so a name whose last word is one of them ends with one of these bytes.
  static let trailingKindLastBytes = Set(trailingKindWords.words.compactMap(\.utf8.last))

  /// Joins each organization named without a head word to the one organization of the text whose name is the same
  /// followed by one or two words ending in a kind word of ``trailingKindWords``; nothing when two could be meant.
  ///
  /// - Parameters:
  ///   - ms: the document's mentions.
  ///   - forms: their normalised names (``Normalize/form(_:)``).
  ///   - uf: the groups so far.
  /// - Complexity: O(m) for m mentions (hashing their names).
  static func joinNamesWithoutTrailingKind(_ ms: [FoundMention], forms: [String], _ uf: inout UnionFind) {
    var longer: [Substring: Set<Int>] = [:]
    for j in ms.indices where ms[j].kind == .organization && ms[j].legalForm == nil {
      // (The last byte first: most names end in no kind word, and are not cut into words.)
      guard let lastByte = forms[j].utf8.last, trailingKindLastBytes.contains(lastByte) else { continue }
      let words = forms[j].spaceSeparatedWords
      guard words.count >= 3, let last = words.last, trailingKindWords.contains(String(last)) else { continue }
      for drop in 1...2 where words.count - drop >= 1 {
        longer[words.dropLast(drop).joined(separator: " ")[...], default: []].insert(j)
      }
    }
    guard !longer.isEmpty else { return }
    for i in ms.indices where ms[i].kind == .organization && ms[i].head == nil && ms[i].legalForm == nil {
      guard let cands = longer[Substring(forms[i])] else { continue }
      let roots = Set(cands.map { uf.find($0) })
      if roots.count == 1, let root = roots.first { uf.union(i, root) }
    }
  }
}
