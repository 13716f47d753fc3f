/// "the Department of Water and Greenery of Gniezno City Hall", "the Office of Investor Relations of Leszno Town
/// Hall": an English unit named with its town hall after "of" is a unit of that office (schema convention 4), as
/// "Wydział X Urzędu Miasta Y" is in Polish.
extension Recognizer {
  /// The unit's mention, with its parent (the town hall, read by ``cityHall(_:_:nested:)``) set; nil when chunk `r`
  /// is not "<institution name> of <Town> City|Town Hall".
  ///
  ///     unitOfCityHall(r, k, nested: false)   // "Office of Investor Relations", parent "Leszno Town Hall"
  /// - Complexity: O(|r|).
  mutating func unitOfCityHall(_ r: Range<Int>, _ k: Int, nested: Bool) -> Int? {
    guard language == "en", r.count >= 5, vocabulary.lowerIs(r.upperBound - 1, "hall"), vocabulary.lowerIn(r.upperBound - 2, ["city", "town"]),
          let of = (r.lowerBound..<(r.upperBound - 3)).last(where: { vocabulary.lowerIs($0, "of") }), of > r.lowerBound,
          (r.lowerBound..<of).contains(where: { englishHeads[$0]?.kind == .organization }) else { return nil }
    var q = of + 1
    if vocabulary.lowerIs(q, "the") { q += 1 }
    guard r.upperBound - q >= 3, let parent = cityHall(q..<r.upperBound, k, nested: nested),
          let unit = classify(r.lowerBound..<of, k, nested: nested) else { return nil }
    mentions[unit].parent = parent
    mentions[unit].fullForm = text(r)
    if var h = mentions[unit].head { h.isUnit = true; mentions[unit].head = h }
    return unit
  }
}
