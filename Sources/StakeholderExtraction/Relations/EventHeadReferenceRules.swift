/// Events referred to by their head noun in lower case: "… Opolskiego Kongresu Innowacji, który odbędzie
/// się w Bydgoszczy. Organizatorem kongresu będzie X".
extension RelationFinder {
  /// The event (group) that a lower-case event head noun of sentence `k` refers to ("kongresu", "forum",
  /// "konferencji"): the last event named with that head before it, in the same sentence or the one before, else
  /// the last one before whose quoted name follows that noun; nil when none.
  func eventByHeadNoun(_ k: Int) -> Int? {
    let s = r.sentences[k]
    for t in s.tokens where r.claim[t] < 0 && r.tokens[t].kind == .word && r.tokens[t].casing == .lower {
      guard let h = HeadWords.head(r.tokens[t].lower), h.kind == .event, !h.english else { continue }
      let lemma = h.lemma
      if let best = nearestMention(before: t, sentence: k, { $0.kind == .event && $0.head?.lemma == lemma }) { return g(best) }
      if let quoted = eventNamedAfterMarker(lemma, before: t, sentence: k) { return g(quoted) }
    }
    return nil
  }

  /// The event named last before token `at`, in sentence `k` or any earlier one, whose quoted name follows a marker
  /// noun with head `lemma` ("… XV edycja festiwalu „Echa Doliny” … Organizatorami festiwalu są …"); nil when
  /// none.
  func eventNamedAfterMarker(_ lemma: String, before at: Int, sentence k: Int) -> Int? {
    for b in stride(from: k, through: 0, by: -1) {
      for m in allMentions(in: b).reversed() where r.mentions[m].kind == .event && r.mentions[m].range.upperBound <= at {
        if markerHead(of: m)?.lemma == lemma { return m }
      }
    }
    return nil
  }

  /// The head word of the lower-case marker right before mention `m`'s name, past an opening quote ("festiwalu" in
  /// "festiwalu „Echa Doliny”"), if any.
  func markerHead(of m: Int) -> HeadWord? {
    markerPosition(of: m).flatMap { HeadWords.head(r.tokens[$0].lower) }
  }

  /// The lower-case word right before mention `m`'s name, past an opening quote, in its sentence; nil when none.
  func markerPosition(of m: Int) -> Int? {
    let sentence = r.sentences[r.mentions[m].sentence]
    var before = r.mentions[m].range.lowerBound - 1
    if before > sentence.tokens.lowerBound, r.tokens[before].kind == .punct { before -= 1 }
    guard before >= sentence.tokens.lowerBound, r.tokens[before].casing == .lower else { return nil }
    return before
  }
}
