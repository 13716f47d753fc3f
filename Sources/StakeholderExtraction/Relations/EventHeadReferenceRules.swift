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
      let lemma = h.lemma
      if let best = nearestMention(before: t, sentence: k, { $0.kind == .event && $0.head?.lemma == lemma }) { return g(best) }
    }
    return nil
  }
}
