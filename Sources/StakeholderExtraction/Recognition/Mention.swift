import StakeholderModel

/// A name found in one document, before the mentions are grouped into entities.
///
/// The scalar fields are stored inline; the strings, the head word and the acronyms live in one shared,
/// copy-on-write ``Texts`` box, so copying a mention (every `for m in mentions` loop does) costs one
/// reference count instead of one per string. Reading and writing the properties is unchanged.
struct FoundMention: Sendable {
  var kind: EntityKind
  /// Token indices of the surface span.
  var range: Range<Int>
  /// The sentence index.
  var sentence: Int
  /// For a department, office or branch: the index of the mention of its parent.
  var parent: Int?
  /// Lies inside another mention (a parent written into a unit's name).
  var nested = false
  /// A programme or fund (introduced by "program", "ze środków"): what projects are funded by.
  var isProgramme = false
  /// Given name's gender, for persons.
  var feminine: Bool?
  /// Index into the document's entity list, after resolution.
  var entity = -1
  /// Foreign (a place outside Poland, or an institution located there).
  var foreign = false
  /// The strings of the mention, shared between copies until one of them changes.
  private var texts: Texts

  /// The reference-counted fields of a mention, in one box. Unchecked exclusivity: a box is read and written only
  /// through its mention (copy on write, one thread), never in overlapping accesses, so the run-time checks that
  /// every property read paid are left out.
  private final class Texts: @unchecked Sendable {
    @exclusivity(unchecked) var name: String
    @exclusivity(unchecked) var surface: String
    @exclusivity(unchecked) var innerName: String?
    @exclusivity(unchecked) var head: HeadWord?
    @exclusivity(unchecked) var legalForm: String?
    @exclusivity(unchecked) var placeInName: String?
    @exclusivity(unchecked) var acronyms: [String] = []
    @exclusivity(unchecked) var surname: String?
    @exclusivity(unchecked) var fullForm: String?

    init(name: String, surface: String) {
      self.name = name
      self.surface = surface
    }

    /// A separate box with the same values (before a shared box is changed).
    func copy() -> Texts {
      let c = Texts(name: name, surface: surface)
      c.innerName = innerName
      c.head = head
      c.legalForm = legalForm
      c.placeInName = placeInName
      c.acronyms = acronyms
      c.surname = surname
      c.fullForm = fullForm
      return c
    }
  }

  init(kind: EntityKind, range: Range<Int>, name: String, surface: String, sentence: Int) {
    self.kind = kind
    self.range = range
    self.sentence = sentence
    self.texts = Texts(name: name, surface: surface)
  }

  /// The box, made unique first (copy on write: a copy of this mention keeps the old values).
  private var uniqueTexts: Texts {
    mutating get {
      if !isKnownUniquelyReferenced(&texts) { texts = texts.copy() }
      return texts
    }
  }

  /// The canonical (nominative) name this mention gives.
  var name: String {
    get { texts.name }
    _modify { yield &uniqueTexts.name }
  }
  /// The text as written.
  var surface: String {
    get { texts.surface }
    _modify { yield &uniqueTexts.surface }
  }
  /// A name in apposition after a generic head ("Metropolia Krakowska" in "Stowarzyszenie Metropolia Krakowska").
  var innerName: String? {
    get { texts.innerName }
    _modify { yield &uniqueTexts.innerName }
  }
  /// The head word, for organizations, events and projects named by one.
  var head: HeadWord? {
    get { texts.head }
    _modify { yield &uniqueTexts.head }
  }
  /// Legal form written after the name ("S.A.", "sp. z o.o.", "Ltd").
  var legalForm: String? {
    get { texts.legalForm }
    _modify { yield &uniqueTexts.legalForm }
  }
  /// A place written into the name ("Urząd Miasta w Stalowej Woli" → "Stalowa Wola"; "Miasto Lublin" → "Lublin").
  var placeInName: String? {
    get { texts.placeInName }
    _modify { yield &uniqueTexts.placeInName }
  }
  /// Acronyms defined right after the name: "(UMWP)".
  var acronyms: [String] {
    get { texts.acronyms }
    _modify { yield &uniqueTexts.acronyms }
  }
  /// Surname (canonical), for persons; set for surname-only mentions too.
  var surname: String? {
    get { texts.surname }
    _modify { yield &uniqueTexts.surname }
  }
  /// The whole surface of a unit written with its parent ("Biuro Prasowe UMWKP"), kept as an alias.
  var fullForm: String? {
    get { texts.fullForm }
    _modify { yield &uniqueTexts.fullForm }
  }
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
  /// The office a generic first word qualifies ("Deputy Mayor" → mayor, "zastępca prezydenta" → prezydent), when
  /// it implies a sector and the first word does not.
  var office: RoleWord? = nil
}
