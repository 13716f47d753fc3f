import StakeholderModel

extension Recognizer {
  /// "Łukasiewicz – Instytut Spawalnictwa Stosowanego": an institute of the state's research network is named after the
  /// network's brand and a dash. The institute's own name (read as usual from `i + 2`) is its short form. Returns
  /// where the chunk ends, or nil when the shape does not start at `i`.
  mutating func networkInstitute(_ i: Int, _ k: Int, _ s: Sentence) -> Int? {
    guard tokens[i].text == "Łukasiewicz", i + 2 < s.tokens.upperBound, marks.isAny(i + 1, "–", "-", "—"),
          tokens[i + 1].spaceBefore, claim[i + 2] < 0, tokens[i + 2].isNameLike, heads[i + 2]?.kind == .organization
            || englishHeads[i + 2]?.kind == .organization || (i + 3 < s.tokens.upperBound && heads[i + 3]?.kind == .organization) else { return nil }
    let (end, legal) = chunkEnd(i + 2, s)
    let after = max(end, legalEnd(end, s))
    segment((i + 2)..<end, k, legal: legal, legalEnd: legalEnd(end, s))
    let idx = claim[i + 2]
    guard idx >= 0, mentions[idx].kind == .organization, mentions[idx].range.lowerBound == i + 2 else { return after }
    mentions[idx].innerName = mentions[idx].name
    mentions[idx].name = "Łukasiewicz – " + mentions[idx].name
    mentions[idx].range = i..<mentions[idx].range.upperBound
    mentions[idx].surface = text(mentions[idx].range)
    claim[i] = idx
    claim[i + 1] = idx
    return after
  }
}
