import StakeholderModel

/// A name found in one document, before the mentions are grouped into entities.
struct FoundMention: Sendable {
  var kind: EntityKind
  /// Token indices of the surface span.
  var range: Range<Int>
  /// The canonical (nominative) name this mention gives.
  var name: String
  /// The text as written.
  var surface: String
  /// The sentence index.
  var sentence: Int
  /// A name in apposition after a generic head ("Metropolia Krakowska" in "Stowarzyszenie Metropolia Krakowska").
  var innerName: String?
  /// The head word, for organizations, events and projects named by one.
  var head: HeadWord?
  /// For a department, office or branch: the index of the mention of its parent.
  var parent: Int?
  /// Lies inside another mention (a parent written into a unit's name).
  var nested = false
  /// Legal form written after the name ("S.A.", "sp. z o.o.", "Ltd").
  var legalForm: String?
  /// A programme or fund (introduced by "program", "ze środków"): what projects are funded by.
  var isProgramme = false
  /// A place written into the name ("Urząd Miasta w Stalowej Woli" → "Stalowa Wola"; "Miasto Lublin" → "Lublin").
  var placeInName: String?
  /// Acronyms defined right after the name: "(UMWP)".
  var acronyms: [String] = []
  /// Given name's gender, for persons.
  var feminine: Bool?
  /// Surname (canonical), for persons; set for surname-only mentions too.
  var surname: String?
  /// Index into the document's entity list, after resolution.
  var entity = -1
  /// The whole surface of a unit written with its parent ("Biuro Prasowe UMWKP"), kept as an alias.
  var fullForm: String?
  /// Foreign (a place outside Poland, or an institution located there).
  var foreign = false
}

/// A function read next to a person's name, with the institution or territory it names.
struct FoundRole: Sendable {
  var person: Int
  var text: String
  var word: RoleWord
  /// Mention index of the institution or place ("prezydent Rybnika" → Rybnik), if named.
  var target: Int?
  var sentence: Int
  /// Token index of the function word.
  var at: Int = -1
}
