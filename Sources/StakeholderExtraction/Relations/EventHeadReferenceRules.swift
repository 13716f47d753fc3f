/// Events referred to by their head noun in lower case: "… Opolskiego Kongresu Innowacji, który odbędzie
/// się w Bydgoszczy. Organizatorem kongresu będzie X".
extension RelationFinder {
  /// The event (group) that a lower-case event head noun of sentence `k` refers to ("kongresu", "forum",
  /// "konferencji"): the last event named with that head before it, in the same sentence or the one before; nil
  /// when none.
  func eventByHeadNoun(_ k: Int) -> Int? {
    let s = r.sentences[k]
    for t in s.tokens where r.claim[t] < 0 && r.tokens[t].kind == .word && r.tokens[t].casing == .lower {
      guard let h = HeadWords.head(r.tokens[t].lower), h.kind == .event, !h.english else { continue }
      var best: Int?
      for i in (k > 0 ? allMentions(in: k - 1) : []) + allMentions(in: k) {
        let m = r.mentions[i]
        guard m.kind == .event, m.range.upperBound <= t, m.head?.lemma == h.lemma else { continue }
        // The later start wins; on the same start, the earlier mention.
        if best.map({ r.mentions[$0].range.lowerBound < m.range.lowerBound || (r.mentions[$0].range.lowerBound == m.range.lowerBound && i < $0) }) ?? true {
          best = i
        }
      }
      if let best { return g(best) }
    }
    return nil
  }
}
