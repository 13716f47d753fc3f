import StakeholderModel

/// Lists of grants: "Sensolab Sp. z o.o. (Lublin) – „Czujniki wilgotności gleby” – 7 420 000 zł". The beneficiary
/// that opens the line carries out the project the line names (`organizes`).
///
/// - Complexity: O(n) for n tokens; only sentences with an amount word are read.
extension RelationFinder {
  /// The organization opening a grant line (after a bullet or number) runs the quoted project of that line. Lines
  /// without a full stop can share one sentence, so the line is found by its line break.
  mutating func grantListBeneficiaries() {
    for k in r.sentences.indices {
      guard r.vocabulary.sentenceHas(Recognizer.amountWords, k) else { continue }
      let s = r.sentences[k]
      let ms = mentions(in: k)
      for p in ms where r.mentions[p].kind == .project {
        let range = r.mentions[p].range
        guard range.lowerBound > s.tokens.lowerBound, r.grantListTitle(range.lowerBound - 1, range.upperBound, s) else { continue }
        // The line's start: lines without a full stop can share one sentence.
        var lineStart = range.lowerBound - 1
        while lineStart > s.tokens.lowerBound, r.tokens[lineStart].newlinesBefore == 0 { lineStart -= 1 }
        guard let first = ms.first(where: { r.mentions[$0].range.lowerBound >= lineStart && r.mentions[$0].range.lowerBound < range.lowerBound }),
              r.mentions[first].kind == .organization,
              !(lineStart..<r.mentions[first].range.lowerBound).contains(where: { r.tokens[$0].kind == .word }) else { continue }
        add(g(first), g(p), .organizes, k)
      }
    }
  }
}
