/// A two-word short form defined in parentheses ("Klub Sportowy Warta Gorzów S.A. (KS Warta)") written again at
/// the start of a capitalised piece: "prezes KS Warta", "trener KS Warta Jan Wrona".
extension Recognizer {
  /// The organization mention whose two-word short form is written at tokens `a` and `a + 1`, if any.
  func twoWordShortForm(at a: Int) -> Int? {
    guard a + 1 < tokens.count, tokens[a].casing == .upper, tokens[a + 1].kind == .word else { return nil }
    let written = tokens[a].text + " " + tokens[a + 1].text
    for i in mentions.indices where mentions[i].kind == .organization && !mentions[i].nested && mentions[i].acronyms.contains(written) {
      return i
    }
    return nil
  }

  /// Reads piece `r` that opens with a two-word short form: the short form names its organization, the rest of the
  /// piece is classified on its own. Returns the rest's mention, else the organization's; nil when `r` does not open
  /// with a short form.
  mutating func shortFormOpening(_ r: Range<Int>, _ k: Int, nested: Bool) -> Int? {
    guard let known = twoWordShortForm(at: r.lowerBound) else { return nil }
    let short = r.lowerBound..<(r.lowerBound + 2)
    var m = FoundMention(kind: .organization, range: short, name: mentions[known].name, surface: text(short), sentence: k)
    m.head = mentions[known].head
    m.legalForm = mentions[known].legalForm
    m.nested = nested
    let idx = add(m)
    guard r.count > 2 else { return idx }
    return classify((r.lowerBound + 2)..<r.upperBound, k, nested: nested) ?? idx
  }
}
