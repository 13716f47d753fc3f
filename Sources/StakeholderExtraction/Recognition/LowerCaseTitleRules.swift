/// Titles written in lower case inside quotation marks (``Recognizer/quotes(_:_:)``): "„święto młodego sera”",
/// "kampania „smaki pogórza”" are names only when their own head or a marker right before says what they are.
extension Recognizer {
  /// The event or project head among the first two words of the title `a..<close`, if any ("święto …", "opolskie
  /// święto …").
  func ownHeadOfTitle(_ a: Int, _ close: Int) -> HeadWord? {
    for q in a..<min(close, a + 2) { if let h = lowerHeads[q], h.kind == .event || h.kind == .project { return h } }
    return nil
  }

  /// Whether an event or project marker stands within the two words before the opening quote at `i` ("pokazu
  /// kulinarnego „…”", "projekt „…”").
  func markerRightBefore(_ i: Int, _ s: Sentence) -> Bool {
    (max(s.tokens.lowerBound, i - 2)..<i).contains { vocabulary.has(Markers.event, $0) || vocabulary.has(Markers.project, $0) }
  }
}
