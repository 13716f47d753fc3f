import StakeholderModel

/// "The partnership consists of:", "Partnerami projektu są:", "The consortium brings together nine partners:" and a
/// bulleted or dashed list: the first organization of each item takes part in the project (the one the lead-in names,
/// else the last one named in the two sentences before, else the document's). The lead-in must name the undertaking
/// (a partnership, consortium, project or network), not only "partners".
///
/// - Complexity: O(n + m) for n tokens and m mentions (each sentence is visited once).
extension RelationFinder {
  /// Words of a lead-in that announces a project's partners.
  static let partnerLeadInWords: WordSet = [
    "partnership", "consortium", "partners", "partnerami", "partnerzy", "partnerów", "konsorcjum", "partnerstwo",
    "partnerstwa",
  ]
  /// Lead-in words that name the undertaking itself; "partners" alone may be a company's ("tested with two partners:").
  static let undertakingLeadInWords: WordSet = [
    "partnership", "consortium", "konsorcjum", "partnerstwo", "partnerstwa", "projektu", "project", "programu", "programme",
    "sieci", "network",
  ]

  /// Adds `participates_in` for the organizations listed after a lead-in about a project's partners.
  mutating func partnerListItems() {
    for (k, s) in r.sentences.enumerated() where r.vocabulary.sentenceHas(Self.partnerLeadInWords, k) {
      let items = listItems(after: k)
      guard !items.isEmpty, !mentions(in: k).contains(where: { r.mentions[$0].kind == .event }) else { continue }
      let named = mentions(in: k).last(where: { r.mentions[$0].kind == .project && !r.mentions[$0].isProgramme }).map { g($0) }
      guard named != nil || r.vocabulary.sentenceHas(Self.undertakingLeadInWords, k) else { continue }
      var project = named
      for b in stride(from: k - 1, through: max(0, k - 2), by: -1) where project == nil {
        project = mentions(in: b).last(where: { r.mentions[$0].kind == .project && !r.mentions[$0].isProgramme }).map { g($0) }
      }
      guard let project = project ?? mainProject else { continue }
      for item in items {
        guard let o = mentions(in: item).first(where: { r.mentions[$0].kind == .organization }), organized[g(o)]?.contains(project) != true else { continue }
        add(g(o), project, .participatesIn, item)
      }
    }
  }
}
