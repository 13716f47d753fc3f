import StakeholderModel

/// A councillor named with the bare function ("radny Jan X", "radna Anna Y", "Councillor Z") belongs to the one
/// council of local or regional government the report names (a sejmik, a town, commune or county council): the
/// session the report covers is that council's.
///
/// - Complexity: O(m + f) for m mentions and f functions.
extension RelationFinder {
  /// Functions of a council member.
  static let councillorWords: WordSet = ["radny", "radna", "councillor", "councilor"]
  /// Words of a council's name that make it a local or regional government's ("Rada Miejska", "Rada Gminy", "Rada
  /// Powiatu", "City Council", "Borough Council").
  static let localCouncilWords = ["miejsk", "gminy", "gminn", "powiatu", "powiatow", "miasta", "city", "borough", "county", "municipal", "town"]

  /// Affiliates each councillor with no institution of their own to the report's only local or regional council.
  mutating func councillorsOfTheCouncil() {
    let councillors = r.roles.filter { $0.target == nil && Self.councillorWords.contains($0.text.fastLowercased) }
    guard !councillors.isEmpty else { return }
    var councils = Set<Int>()
    for i in r.mentions.indices where r.mentions[i].kind == .organization {
      let name = r.mentions[i].name.fastLowercased
      guard let h = r.mentions[i].head?.lemma ?? (name.hasSuffix(" council") ? "council" : nil) else { continue }
      if h == "sejmik" || ((h == "rada" || h == "council") && Self.localCouncilWords.contains(where: { name.has($0) })) { councils.insert(g(i)) }
    }
    guard councils.count == 1, let council = councils.first else { return }
    for role in councillors where affiliations[g(role.person)]?.isEmpty ?? true {
      affiliate(g(role.person), council, role.sentence)
    }
  }
}
