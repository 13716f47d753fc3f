import StakeholderModel

/// The sectors of one document's entities, with the reason for each: organizations first (a parent before its
/// units, foreign bodies by where they are or what their name says), then persons (the institution they represent,
/// else what their function implies, else the institution named next to them). ``SectorClassifier`` decides from
/// one entity's name and cues; this type gathers those cues from the document.
///
///     var sectors = DocumentSectors(rec: rec, res: res, rf: rf, names: names, language: "pl")
///     sectors.assign(&entities, roleWord: roleWord, officeWord: officeWord)
///
/// - Complexity: O(e + m) for e entities and m mentions, plus one ``SectorClassifier`` call per entity.
struct DocumentSectors {
  let rec: Recognizer
  let res: DocumentResolver
  let rf: RelationFinder
  let names: NameServices
  let language: String
  /// Each organization's decision, by entity group (filled by ``decide(_:_:depth:)``).
  private(set) var decisions: [Int: SectorClassifier.Decision] = [:]
  /// Places of the document that are abroad, by entity group.
  private var foreignPlaces: [Int: String] = [:]
  /// ``foreignPlaces`` when all of them are foreign only because no list knows them, in a text with nothing foreign
  /// about it.
  private var unlistedPlaces: Set<String> = []
  /// The foreign places by their lower-cased names (a word of an organization's name that is one says where it is).
  private var foreignWords: [String: String] = [:]
  /// The first place each organization is located in (`located_in`), by entity group.
  private var located: [Int: Int] = [:]

  init(rec: Recognizer, res: DocumentResolver, rf: RelationFinder, names: NameServices, language: String) {
    self.rec = rec
    self.res = res
    self.rf = rf
    self.names = names
    self.language = language
  }

  /// Sets `sector` and `sectorReason` of every organization and person of `entities` (indexed by entity group).
  /// - Parameters:
  ///   - roleWord: each person's first function, by group.
  ///   - officeWord: the office a generic first function qualifies ("Deputy Mayor" → mayor), by group.
  mutating func assign(_ entities: inout [LocalEntity], roleWord: [Int: RoleWord], officeWord: [Int: RoleWord]) {
    foreignPlaces = Self.foreignPlaces(entities, rec: rec, res: res, names: names)
    // (Only in a text with nothing foreign about it: next to a town known abroad, or names written with letters the
    // Polish alphabet lacks ("Jána Kováča"), an unlisted town may be foreign too.)
    let listed = foreignPlaces.contains { g, name in res.groups[g].contains(where: { rec.mentions[$0].foreign }) || names.knownPlace(name)?.foreign == true }
    unlistedPlaces = listed ? [] : Set(foreignPlaces.values)
    foreignWords = Dictionary(foreignPlaces.values.map { ($0.fastLowercased, $0) }, uniquingKeysWith: { a, _ in a })
    for key in rf.order where key.type == .locatedIn { located[key.source] = located[key.source] ?? key.target }
    for g in entities.indices where entities[g].kind == .organization {
      if let d = decide(g, entities, depth: 0) {
        entities[g].sector = d.sector
        entities[g].sectorReason = d.reason
        entities[g].sectorIsDefault = d.isDefault
      }
    }
    for g in entities.indices where entities[g].kind == .person {
      assignPerson(g, &entities, affiliations: rf.affiliations[g] ?? [], roleWord: roleWord[g], officeWord: officeWord[g])
    }
  }

  /// Sets the sector of the person `g` from the groups it is affiliated with, its function, or (with no
  /// affiliation) the institution named next to it.
  mutating func assignPerson(_ g: Int, _ entities: inout [LocalEntity], affiliations: [Int], roleWord: RoleWord?, officeWord: RoleWord?) {
    let affs = affiliations.map { (name: entities[$0].name, kind: entities[$0].kind, decision: decisions[$0]) }
    if let d = SectorClassifier.person(affiliations: affs, role: roleWord, office: officeWord, foreignPlaces: Set(foreignPlaces.values)) {
      entities[g].sector = d.sector
      entities[g].sectorReason = d.reason
    } else if affs.isEmpty {
      // No affiliation and no telling function: the institution written next to the person's name.
      for mi in res.groups[g].sorted() {
        guard let o = rec.nearbyOrganization(of: mi), let d = decisions[res.groupOf[o]] else { continue }
        entities[g].sector = d.sector
        entities[g].sectorReason = "named next to \(entities[res.groupOf[o]].name)"
        break
      }
    }
  }

  /// The places of the document that are abroad: known as foreign, written with a foreign country after them
  /// ("met in Oulu, Finland"), or not Polish places at all; an English name of a Polish region is at home.
  static func foreignPlaces(_ entities: [LocalEntity], rec: Recognizer, res: DocumentResolver, names: NameServices) -> [Int: String] {
    Dictionary(uniqueKeysWithValues: res.groups.indices.compactMap { g in
      // Only places can be abroad: the other groups are left before their mentions are read.
      guard rec.mentions[res.groups[g][0]].kind == .place else { return nil }
      let ms = res.groups[g].map { rec.mentions[$0] }
      let withCountry = ms.contains { m in
        let e = m.range.upperBound
        guard e + 1 < rec.tokens.count, rec.tokens[e].text == ",", rec.claim[e + 1] >= 0 else { return false }
        let c = rec.mentions[rec.claim[e + 1]]
        return c.kind == .place && c.range.lowerBound == e + 1 && (names.knownPlace(c.name)?.foreign ?? false)
      }
      let polishRegion = SectorClassifier.isPolishRegionName(entities[g].name)
      guard ms[0].kind == .place, !polishRegion, ms.contains(where: \.foreign) || withCountry || !names.isPolishPlace(entities[g].name) else { return nil }
      return (g, entities[g].name)
    })
  }

  /// The decision for organization `g`, its parent's first (at most eight levels up).
  private mutating func decide(_ g: Int, _ entities: [LocalEntity], depth: Int) -> SectorClassifier.Decision? {
    if let d = decisions[g] { return d }
    guard entities[g].kind == .organization, depth < 8 else { return nil }
    let ms = res.groups[g].map { rec.mentions[$0] }
    let head = ms.compactMap(\.head).first
    let legal = ms.compactMap(\.legalForm).first
    let parent = rf.parents[g]
    let pd = parent.flatMap { decide($0, entities, depth: depth + 1) }
    var foreign = located[g].flatMap { foreignPlaces[$0] } ?? foreignReason(g, entities, head: head) ?? Self.nationalityBefore(ms, rec.tokens)
    // "Gmina Zdziebłowo Małe": a Polish commune's, town's or county's own head before a place the lists only lack (not one
    // known abroad) names a Polish body.
    if let f = foreign, unlistedPlaces.contains(f), let h = head, !h.english, SectorClassifier.polishLocalHeads.contains(h.lemma), !textHasForeignLetters {
      foreign = nil
    }
    var d = SectorClassifier.rememberedOrganization(name: entities[g].name, head: head, legalForm: legal, foreignLocation: foreign, parent: pd,
                                                    parentName: parent.map { entities[$0].name })
    // A name without a head word, written after a noun that says what the body is ("the association …").
    if d.isDefault, let noun = TypeNoun.before(ms, rec.tokens) {
      d = SectorClassifier.Decision(sector: noun.sector, reason: "called '\(noun.word)' in the text")
    }
    // "Mládežnický parlament města …", "Obecní úřad …": a public body named in a neighbouring country's language.
    if d.sector == .localGovernment || d.sector == .centralGovernment, Self.foreignLanguageMemo.value(entities[g].name, Recognizer.namedInForeignLanguage) {
      d = SectorClassifier.Decision(sector: .international, reason: "a foreign public body (named in its own language)")
    }
    decisions[g] = d
    return d
  }

  /// Why organization `g` is foreign, if it is, from any of its names with a space: a foreign place, a nationality or
  /// a foreign territory in it, or (in English texts) a public body with nothing Polish in its name. "Lvivska Oblasna
  /// Rada (Lwowska Rada Obwodowa)": the Polish translation says where the body is.
  private mutating func foreignReason(_ g: Int, _ entities: [LocalEntity], head: HeadWord?) -> String? {
    for name in [entities[g].name] + entities[g].aliases where name.includes(" ") {
      if let r = foreignReason(name, head: head) { return r }
    }
    return nil
  }

  /// Why an organization named `name` is foreign, if it is: a foreign place of this document in its name, else
  /// ``foreignReasonInName(_:head:language:names:)``.
  private func foreignReason(_ name: String, head: HeadWord?) -> String? {
    // A foreign place of this document in the name; the other reasons depend on the name alone (remembered for the
    // process).
    if !foreignWords.isEmpty {
      let lower = name.fastLowercased
      if Self.namesMarshalOffice(lower) { return nil }
      if let w = Self.wordsBetweenSpacesAndHyphens(lower).first(where: { foreignWords[$0] != nil }) { return foreignWords[w] }
    }
    // (The closure takes these two, not `self`: a copy of `self` copies the whole recogniser.)
    let language = language, names = names
    let cues = ForeignNameCues(name: TextKey(name), headLemma: head?.lemma, language: language, names: ObjectIdentifier(names))
    return Self.foreignNameMemo.value(for: cues) { Self.foreignReasonInName(name, head: head, language: language, names: names) }
  }

  /// A marshal's office is a Polish voivodeship's, wherever the text is written: whether lower-cased `lower` names one.
  static func namesMarshalOffice(_ lower: String) -> Bool { lower.has("marshal") || lower.has("marszałk") }

  /// What ``foreignReasonInName(_:head:language:names:)`` reads: its answer is a function of these alone.
  struct ForeignNameCues: Hashable {
    var name: TextKey
    var headLemma: String?
    var language: String
    var names: ObjectIdentifier
  }

  /// Answers of ``Recognizer/namedInForeignLanguage(_:)`` by name (it reads the name alone), kept for the process.
  static let foreignLanguageMemo = SharedMemo<TextKey, Bool>()

  /// Answers of ``foreignReasonInName(_:head:language:names:)`` by their cues.
  static let foreignNameMemo = SharedMemo<ForeignNameCues, String?>()

  /// Why an organization named `name` is foreign by its name alone, if it is: a nationality or a foreign territory in
  /// it, or (in English texts) a public body with nothing Polish in its name.
  static func foreignReasonInName(_ name: String, head: HeadWord?, language: String, names: NameServices) -> String? {
    let lower = name.fastLowercased
    if namesMarshalOffice(lower) { return nil }
    let words = wordsBetweenSpacesAndHyphens(lower)
    if let w = words.first(where: { SectorClassifier.nationalityCue.matches($0) }) { return "'\(w)' in the name" }
    if let w = words.first(where: { SectorClassifier.foreignTerritoryWords.contains($0) }) { return "'\(w)' (a foreign territory) in the name" }
    if language == "en", let h = head, ["government", "council", "municipality", "authority", "agency", "administration"].contains(h.lemma) || lower.has("public "),
       !SectorClassifier.polishMarkers.contains(where: { lower.has($0) }) {
      let parts = name.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
      var polish = parts.contains { names.isPolishPlace($0) }
      // "Town of Nowy Targ": neither "Nowy" nor "Targ" alone is a town, the two are.
      if !polish {
        polish = zip(parts, parts.dropFirst()).contains { names.isTwoWordPlace($0, $1) }
      }
      if !polish { return "a public body named without Polish place" }
    }
    return nil
  }

  /// Whether some word of the text has a letter beyond ASCII that the Polish alphabet lacks ("Kováča", "Žilina"); read
  /// once per document, and only when a commune's sector asks.
  private lazy var textHasForeignLetters: Bool = {
    let polish = Set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ".unicodeScalars)
    return rec.tokens.contains { t in t.kind == .word && t.text.unicodeScalars.contains { !$0.isASCII && $0.properties.isAlphabetic && !polish.contains($0) } }
  }()

  /// "fińska Rada Regionu Kainuu", "the Finnish Regional Council": a nationality adjective written right before
  /// one of an organization's mentions makes it foreign.
  static func nationalityBefore(_ ms: [FoundMention], _ tokens: [Token]) -> String? {
    for m in ms where m.range.lowerBound > 0 {
      let t = tokens[m.range.lowerBound - 1]
      if t.kind == .word, SectorClassifier.nationalityCue.matches(t.lower) { return "'\(t.text)' before the name" }
    }
    return nil
  }

  /// The words of `text` between spaces and hyphens (`text.split(whereSeparator: { $0 == " " || $0 == "-" })`), cut on
  /// UTF-8 bytes when the text is ``Swift/String/isSimpleText`` (there each of those characters is one byte).
  ///
  ///     wordsBetweenSpacesAndHyphens("bielsko-biała agency")   // ["bielsko", "biała", "agency"]
  /// - Complexity: O(n) in the text's bytes.
  static func wordsBetweenSpacesAndHyphens(_ text: String) -> [String] {
    text.words(separatorBytes: [0x20, 0x2D]) { $0 == " " || $0 == "-" }
  }
}
