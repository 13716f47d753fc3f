import StakeholderModel

/// English bodies named after the programme they serve: "Monitoring Committee of the European Funds for Pomorskie
/// 2021-2027 programme" is a committee and a programme, two names.
extension Recognizer {
  /// The committee's mention (the programme after "of (the)" read as a name of its own), or nil when chunk `r` is
  /// not "<organization ending in its head> of (the) <programme>": the complement ends in a programming period
  /// ("2021-2027") or has a programme head ("Fund", "Programme").
  /// - Complexity: O(|r|).
  mutating func bodyOfProgramme(_ r: Range<Int>, _ k: Int, legal: String?, legalEnd: Int?, nested: Bool) -> Int? {
    guard language == "en", r.count >= 5,
          let of = (r.lowerBound + 1..<(r.upperBound - 2)).first(where: { vocabulary.lowerIs($0, "of") }),
          englishHeads[of - 1]?.kind == .organization, englishHeads[of - 1]?.isUnit == false else { return nil }
    var q = of + 1
    if vocabulary.lowerIs(q, "the") { q += 1 }
    let rest = q..<r.upperBound
    guard rest.count >= 2, tokens[q].casing == .capitalized,
          isYear(r.upperBound - 1) || rest.contains(where: { englishHeads[$0].map { $0.kind == .project && ["fund", "programme"].contains($0.lemma) } ?? false })
    else { return nil }
    let body = r.lowerBound..<of
    var m = FoundMention(kind: .organization, range: body, name: text(body), surface: text(body), sentence: k)
    m.head = englishHeads[of - 1]
    m.nested = nested
    let idx = add(m)
    classify(rest, k, legal: legal, legalEnd: legalEnd, nested: nested)
    return idx
  }
}
