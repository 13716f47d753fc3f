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
  /// - Complexity: O(e) for the e events of the text (their marker heads read once per document).
  func eventNamedAfterMarker(_ lemma: String, before at: Int, sentence k: Int) -> Int? {
    // Sentence k back to the first, each sentence's events last to first.
    for e in markedEvents().reversed() where e.sentence <= k && r.mentions[e.mention].range.upperBound <= at {
      if e.marker == lemma { return e.mention }
    }
    return nil
  }

  /// The events of the text, sentence by sentence in ``allMentions(in:)`` order, each with its sentence and the lemma
  /// of its marker head (``markerHead(of:)``); worked out on first use.
  /// - Complexity: O(m) for the text's m mentions once per document, then O(1).
  func markedEvents() -> [RelationFinder.MarkedEvent] {
    if let known = cache.markedEvents { return known }
    var out: [RelationFinder.MarkedEvent] = []
    for b in bySentence.indices {
      for m in bySentence[b] where r.mentions[m].kind == .event { out.append(.init(mention: m, sentence: b, marker: markerHead(of: m)?.lemma)) }
    }
    cache.markedEvents = out
    return out
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
