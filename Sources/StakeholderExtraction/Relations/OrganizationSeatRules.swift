import StakeholderModel

/// Seats written as a place used like an adjective before a company noun: "the Kraków start-up Betonia Labs", "a
/// Gdańsk company X", "the Łódź cooperative Y" (English word order; the "-based" form is ``seatAdjective()``).
///
/// - Complexity: O(m) for m mentions, each looking at three tokens after it.
extension RelationFinder {
  /// "the Kraków start-up Betonia Labs": a place after "the" / "a", then a company noun (with at most one lower-case
  /// word before it), then the organization, which is located in the place.
  mutating func placeBeforeCompanyNoun() {
    guard r.language == "en" else { return }
    for p in mentions(ofKind: .place) {
      let m = r.mentions[p]
      guard !m.nested else { continue }
      let b = m.range.lowerBound - 1
      guard b >= 0, r.vocabulary.lowerIn(b, ["the", "a", "an"]) else { continue }
      var q = claimedEnd(p)
      if q < r.tokens.count, r.claim[q] < 0, r.tokens[q].casing == .lower, !r.vocabulary.has(Self.companyDescriptors, q) { q += 1 }
      guard q + 1 < r.tokens.count, r.claim[q] < 0, r.vocabulary.has(Self.companyDescriptors, q), r.sentenceOf[q + 1] == m.sentence,
            r.claim[q + 1] >= 0, r.mentions[r.claim[q + 1]].kind == .organization else { continue }
      add(g(r.claim[q + 1]), g(p), .locatedIn, m.sentence)
    }
  }

  /// "the Podlaskie Dairy Cluster, which is based in Suwałki", "spółka X, która ma siedzibę w Y" (relative clause of
  /// the seat), and "Włókno-Eko sp. z o.o., a Zgierz-based recycler" (a seat adjective in the apposition).
  mutating func relativeSeat() {
    for i in mentions(ofKind: .organization) {
      let m = r.mentions[i]
      guard !m.nested else { continue }
      let e = claimedEnd(i)
      guard e + 3 < r.tokens.count, r.tokens[e].text == ",", r.sentenceOf[e + 3] == m.sentence else { continue }
      var q = e + 1
      // ", a Zgierz-based recycler": the seat adjective right after the article.
      if r.vocabulary.lowerIn(q, ["a", "an", "the"]), r.claim[q + 1] >= 0, r.mentions[r.claim[q + 1]].kind == .place,
         r.tokens[r.mentions[r.claim[q + 1]].range.upperBound - 1].lower.hasSuffix("-based") {
        add(g(i), g(r.claim[q + 1]), .locatedIn, m.sentence)
        continue
      }
      guard r.vocabulary.lowerIn(q, ["which", "który", "która", "które"]) else { continue }
      q += 1
      if q < r.tokens.count, r.vocabulary.lowerIn(q, ["is", "was", "jest", "ma"]) { q += 1 }
      if q < r.tokens.count, r.vocabulary.lowerIn(q, ["swoją", "swoje", "its"]) { q += 1 }
      guard q + 2 < r.tokens.count, r.vocabulary.has(Self.seatCues, q) || r.tokens[q].lower.hasPrefix("siedzib") else { continue }
      q += 1
      guard r.vocabulary.lowerIn(q, ["in", "w", "we"]), r.sentenceOf[q + 1] == m.sentence else { continue }
      q += 1
      if q + 1 < r.tokens.count, r.vocabulary.lowerIs(q, "the") { q += 1 }
      guard r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .place else { continue }
      add(g(i), g(r.claim[q]), .locatedIn, m.sentence)
    }
  }

  /// "The cluster, based in Jasło, will …", "Spółka, z siedzibą w Y, …": a lower-case head noun opening the sentence
  /// stands for the one body with that head (or the last one named just before), which is located in the place.
  mutating func referredBodySeat() {
    // "Firma z Sanoka zatrudnia 120 osób": a company noun opening the sentence, then "z" and its town.
    for (k, s) in r.sentences.enumerated() where k > 0 && s.tokens.count > 3 && r.vocabulary.has(Recognizer.companyNouns, s.tokens.lowerBound) {
      let n = s.tokens.lowerBound
      guard r.vocabulary.lowerIn(n + 1, ["z", "ze"]), r.claim[n + 2] >= 0, r.mentions[r.claim[n + 2]].kind == .place,
            let o = bodyOpeningSentence(s) else { continue }
      add(o, g(r.claim[n + 2]), .locatedIn, k)
    }
    for (k, s) in r.sentences.enumerated() where r.vocabulary.sentenceHas(Self.seatCues, k) || r.vocabulary.sentenceHas(Self.polishSeatNouns, k) {
      var n = s.tokens.lowerBound
      if n < s.tokens.upperBound, r.vocabulary.lowerIs(n, "the") { n += 1 }
      // ", based in X" or ", z siedzibą w X".
      var c = n + 2
      if c < s.tokens.upperBound, r.vocabulary.lowerIs(c, "z"), c + 1 < s.tokens.upperBound, r.vocabulary.has(Self.polishSeatNouns, c + 1) { c += 1 }
      else if c < s.tokens.upperBound, !r.vocabulary.has(Self.seatCues, c) { continue }
      guard c + 2 < s.tokens.upperBound, r.claim[n] < 0, r.tokens[n + 1].text == ",",
            r.vocabulary.lowerIn(c + 1, ["in", "w", "we"]), r.claim[c + 2] >= 0, r.mentions[r.claim[c + 2]].kind == .place,
            // "The company, based in Gdynia": a company noun stands for the company named just before.
            let o = organizationReferredBack(at: n) ?? (r.vocabulary.has(Recognizer.companyNouns, n) ? nearestCompany(before: n, sentence: k) : nil) else { continue }
      add(o, g(r.claim[c + 2]), .locatedIn, k)
    }
  }

  /// "siedzibą" in ", z siedzibą w X".
  static let polishSeatNouns: WordSet = ["siedzibą"]
}
