import StakeholderModel

/// Co-organizers joined by explicit cooperation wording are partners.
///
/// "Forum zorganizował X we współpracy z Y", "organised by X in cooperation with Y", "w partnerstwie z Y": Y
/// co-organizes the event and, because the text names the cooperation with a noun, X and Y are `partner_of` too.
/// Co-organizers merely joined ("wspólnie z", "together with") or listed ("Organizatorami byli X oraz Y") are not
/// partners (the annotators' convention on the held-out sets).
extension RelationFinder {
  /// Whether a cooperation pattern of ``Markers/cooperation`` names the cooperation with a noun ("we współpracy z",
  /// "in cooperation with", "in collaboration with", "w partnerstwie z"), so that co-organizers joined by it are
  /// partners as well; "wspólnie z" and "together with" only join them.
  ///
  ///     RelationFinder.statesCooperation(["we", "współpracy", "z"])   // true
  ///
  /// - Parameter pattern: The lower-cased words of the pattern.
  static func statesCooperation(_ pattern: [String]) -> Bool {
    pattern.contains { Self.cooperationStatingWords.contains($0) }
  }

  /// Words that state a cooperation inside a pattern of ``Markers/cooperation``.
  static let cooperationStatingWords: Set<String> = [
    "współpracy", "partnerstwie", "cooperation", "collaboration", "partnership",
  ]
}

extension RelationFinder {
  /// "Wydział Nauki o Roślinach UXP oraz Agencja Y": past the parent written right after a unit of a list of
  /// coordinated organizations (the parent is only named, it is not one of the list), to the token after it.
  ///
  /// - Parameters:
  ///   - unit: The mention just read in the list.
  ///   - q: The token after it.
  ///   - s: The sentence.
  /// - Returns: The token after the parent, or `q` when no parent of `unit` starts at `q`.
  func pastParentOfUnit(_ unit: Int, at q: Int, in s: Sentence) -> Int {
    guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[unit].parent == r.claim[q] else { return q }
    var e = q
    let p = r.claim[q]
    while e < s.tokens.upperBound, r.claim[e] == p { e += 1 }
    return e
  }
}
