import StakeholderModel

/// Chooses an organization's or person's sector, and says why.
///
/// Organizations: legal form (business), foreign public authority (international), head word with the
/// genre's exceptions (associations of local governments, regional development agencies, chambers and
/// clusters), a unit's parent; persons: the institution they represent, else the function.
enum SectorClassifier {
  struct Decision: Hashable { var sector: Sector; var reason: String; var isDefault: Bool = false }

  /// Nationality adjectives (English, and Polish stems) that mark a foreign institution.
  static let nationalities: [String] = [
    "estonian", "finnish", "latvian", "lithuanian", "german", "french", "italian", "spanish", "portuguese", "dutch",
    "belgian", "swedish", "norwegian", "danish", "czech", "slovak", "hungarian", "romanian", "bulgarian", "croatian",
    "slovenian", "greek", "austrian", "irish", "british", "ukrainian", "fińsk", "niemieck", "francusk", "włosk",
    "hiszpańsk", "estońsk", "łotewsk", "litewsk", "czesk", "słowack", "węgiersk", "szwedzk", "norwesk", "duńsk",
    "holendersk", "belgijsk", "austriack", "greck", "portugalsk", "rumuńsk", "bułgarsk", "chorwack", "słoweńsk",
    "irlandzk", "brytyjsk", "ukraińsk", "saksońsk", "brandenbursk", "bawarsk", "morawsk", "saxon", "bavarian", "moravian",
  ]
  static let nationalityCue = PrefixSet(nationalities)
  /// Words that mark a Polish public body in an English name ("Lublin Voivodeship Marshal's Office").
  static let polishMarkers: [String] = ["polish", "poland", "marshal", "voivodeship", "polsk", "polska", "podlasie"]
    // English adjectives of Polish regions ("Pomeranian Development Agency", "Lower Silesian …") and their nouns
    // ("Mazovia Development Agency").
    + englishVoivodeshipAdjectives + ["mazovia", "silesia", "pomerania", "kuyavia", "subcarpathia", "warmia", "masuria",
                                      "wielkopolska", "małopolska", "mazowsze"]

  /// Polish words for territories of other countries ("Rada Kraju Żylińskiego" — a Slovak region; "Obwodowa
  /// Administracja" — a Ukrainian oblast; "Kraju Związkowego" — a German Land): a body named with them is foreign.
  static let foreignTerritoryWords: WordSet = [
    "kraju", "kraj", "obwodowa", "obwodowej", "obwodowy", "obwodowego", "obwodu", "związkowego", "związkowy", "landu",
    "żupanii", "żupania", "hrabstwa", "prowincji", "kantonu", "kanton", "rejonu", "rejon", "rejonowy", "rejonowego",
    "rejonowa", "rejonowej", "gubernatorstwa",
  ]

  /// Whether an (English or Polish) place name is a Polish voivodeship's: "West Pomeranian Voivodeship",
  /// "Podlaskie Voivodeship", "województwo lubuskie".
  static func isPolishRegionName(_ name: String) -> Bool {
    let n = name.fastLowercased
    return n.hasSuffix(" voivodeship") || n.hasPrefix("województwo ") || n.hasPrefix("voivodeship ")
  }

  /// Offices of Polish local government only (their territory is Polish whatever the lexicon says).
  static let polishOffices: WordSet = [
    "wójt", "burmistrz", "starosta", "prezydent", "marszałek", "wicemarszałek", "sołtys", "wiceburmistrz", "wicestarosta", "wiceprezydent",
    "wojt", "soltys", "marszalek", "wicemarszalek",
  ]

  /// Stems of the adjectives of the sixteen voivodeships, as a name starts with them.
  static let voivodeshipStems: [String] = [
    "dolnośląsk", "kujawsko-pomorsk", "lubelsk", "lubusk", "łódzk", "małopolsk", "mazowieck", "opolsk", "podkarpack",
    "podlask", "pomorsk", "śląsk", "świętokrzysk", "warmińsko-mazursk", "wielkopolsk", "zachodniopomorsk",
  ]

  /// The English adjectives of the voivodeships, as a name starts with them ("Lower Silesian …", "Kuyavian-Pomeranian …").
  static let englishVoivodeshipAdjectives: [String] = [
    "lower silesian", "kuyavian", "lubusz", "lesser poland", "masovian", "subcarpathian", "podlaskie", "pomeranian",
    "west pomeranian", "silesian", "świętokrzyskie", "warmian", "greater poland", "opolskie", "lublin voivodeship",
  ]

  /// Heads of business-support bodies that keep their sector under any parent but a university.
  static let businessSupportHeads: WordSet = ["park", "technopark", "inkubator", "akcelerator", "incubator", "zone", "strefa"]

  static let publicHeads: WordSet = [
    "assembly", "province", "rada", "urząd", "ministerstwo", "miasto", "gmina", "powiat", "agencja", "council", "office", "ministry",
    "municipality", "authority", "agency", "region", "city", "administracja",
  ]

  /// Sector of an organization from what its mentions say.
  /// Polish head words of a commune's, town's or county's own bodies (never a foreign authority).
  static let polishLocalHeads: WordSet = ["gmina", "powiat", "starostwo", "miasto"]

  static func organization(name: String, head: HeadWord?, legalForm: String?, foreignLocation: String?, parent: Decision?, parentName: String?) -> Decision {
    let n = name.fastLowercased
    if let legalForm { return Decision(sector: Recognizer.associationSector(legalForm, name: n), reason: "legal form '\(legalForm)'") }
    if let l = ["s.a.", "sp. z o.o.", " ltd", " gmbh", " inc"].first(where: { n.hasSuffix($0) }) { return Decision(sector: .business, reason: "legal form '\(l.trimmingCharacters(in: .whitespaces))'") }
    // "Regional Development Agency of Podravje – Maribor": a regional development agency is a business-support
    // body (schema convention 7), at home or abroad.
    if let h = head, ["agencja", "agency"].contains(h.lemma), n.has("regional development") || n.has("rozwoju regionalnego") {
      return Decision(sector: .business, reason: "regional development agency")
    }
    // "Przedstawicielstwo Regionalne Dolnego Śląska w Brukseli": a Polish region's representation abroad is the region's.
    if foreignLocation != nil, head?.lemma == "przedstawicielstwo",
       n.split(separator: " ").contains(where: { w in voivodeshipStems.contains(where: { w.hasPrefix($0) }) || w.hasPrefix("województw") }) {
      return Decision(sector: .localGovernment, reason: "a Polish region's representation abroad")
    }
    if let f = foreignLocation, let h = head, publicHeads.contains(h.lemma) || n.has("region") || n.has("public ") || h.lemma == "government" || h.lemma == "administration" {
      return Decision(sector: .international, reason: "foreign public authority (in \(f))")
    }
    if n.has("europejsk") || n.has("european") || n.has("unii europejskiej") {
      // "European Investment Bank", "European Climate, Infrastructure and Environment Executive Agency".
      if head?.lemma == "komisja" || n.has("commission") || n.has("parlament") || ["unia", "union", "komitet", "committee", "bank", "agency", "agencja"].contains(head?.lemma ?? "")
        || n.has("komisji europejskiej") {
        return Decision(sector: .international, reason: "European institution")
      }
    }
    // "European Cyclists Association", "International Federation of X": a European or international association.
    if let h = head, h.english, n.hasPrefix("european ") || n.hasPrefix("international "),
       ["association", "federation", "confederation", "organisation", "organization"].contains(h.lemma) {
      return Decision(sector: .international, reason: "European or international association")
    }
    // A unit, or a body attached to an institution ("Rada Gospodarcza przy Rektorze Politechniki …", a university's
    // technology transfer centre), takes its parent's sector.
    // "Poznań Science and Technology Park, run by the X Foundation": a technology park or zone is a business-support
    // body (schema convention 7) whoever runs it, unless a university does.
    if let parent, parent.sector != .science, let h = head, Self.businessSupportHeads.contains(h.lemma) {
      return Decision(sector: .business, reason: "business-support body (\(h.lemma))")
    }
    if let parent, let parentName {
      return Decision(sector: parent.sector, reason: "part of \(parentName)")
    }
    if let d = PublicBodyTypes.sector(n, head: head?.lemma) { return d }
    guard let h = head else {
      // "Lwowska Obwodowa Administracja Państwowa": a foreign public administration named without a listed head.
      if let f = foreignLocation, ["administrac", "administration", "government", "rząd", "authority"].contains(where: { n.has($0) }) {
        return Decision(sector: .international, reason: "foreign public authority (in \(f))")
      }
      // "Podlaskie Voivodeship Board": a body named after a region or county is its government's.
      if ["voivodeship", "województw", "powiatu", "municipal"].contains(where: { n.has($0) }) {
        return Decision(sector: .localGovernment, reason: "a body of a regional or local government")
      }
      return Decision(sector: .business, reason: "named without an institutional head word (a company)", isDefault: true)
    }
    let localGov = ["gmin", "miast", "powiat", "metropol", "samorząd", "województw", "municipal", "cities", "local government", "regions", "agglomeration", "aglomeracj", "euroregion",
                    "commune", "counties", "towns"]
    switch h.lemma {
    case "związek", "stowarzyszenie", "association", "union", "federacja", "klub", "club", "organizacja", "organisation", "organization":
      // "Stowarzyszenie Mieszkańców Starego Rynku": an association of a town's residents is no union of towns.
      if localGov.contains(where: { n.has($0) }), !n.has("mieszkańc"), !n.has("residents") {
        return Decision(sector: .localGovernment, reason: "association of local governments")
      }
      if ["pracodawc", "przedsiębior", "biznes", "banków", "employers", "business", "dostawc", "producent", "eksporter", "suppliers", "manufacturers", "exporters"].contains(where: { n.has($0) }) { return Decision(sector: .business, reason: "business association") }
    case "spółdzielnia", "cooperative":
      // A housing cooperative serves its members' homes, not a market.
      if n.has("mieszkaniow") || n.has("housing") { return Decision(sector: .civilSociety, reason: "housing cooperative") }
      // A social cooperative ("Spółdzielnia Socjalna …", "X, a social cooperative") employs people at risk of
      // exclusion: social economy, not a market firm.
      if n.has("socjaln") || n.has("social coop") { return Decision(sector: .civilSociety, reason: "social cooperative (social economy)") }
    case "grupa", "group":
      if n.has("grupa działania") || n.has("local action group") { return Decision(sector: .civilSociety, reason: "local action group (an association)") }
    case "agencja", "agency":
      if n.has("rozwoju regionalnego") || n.has("rozwoju lokalnego") || n.has("regional development") || (n.has("agencja rozwoju") && !["polsk", "krajow", "narodow", "państwow"].contains(where: { n.hasPrefix($0) })) {
        return Decision(sector: .business, reason: "regional development agency")
      }
      // "Pomeranian Development Agency": a region's development agency, named by the region's adjective.
      if n.has("development agency"), polishMarkers.contains(where: { n.hasPrefix($0) }) { return Decision(sector: .business, reason: "regional development agency") }
      // "Kujawsko-Pomorska Agencja Innowacji": an agency named by its voivodeship's adjective, with no company
      // form, is a budget unit of the voivodeship.
      if voivodeshipStems.contains(where: { n.hasPrefix($0) }) { return Decision(sector: .localGovernment, reason: "agency of a voivodeship") }
      // The same in English: "Kraków Metropolitan Development Agency" supports business; "Subcarpathian Innovation
      // Agency", named by its voivodeship's adjective, is the voivodeship's.
      if n.has("development agency"), !["polish", "national"].contains(where: { n.hasPrefix($0) }) { return Decision(sector: .business, reason: "development agency") }
      if englishVoivodeshipAdjectives.contains(where: { n.hasPrefix($0) }) { return Decision(sector: .localGovernment, reason: "agency of a voivodeship") }
    case "urząd", "office":
      if n.has("wojewódzki") && !n.has("pracy") { return Decision(sector: .centralGovernment, reason: "head word 'Urząd Wojewódzki' (state administration)") }
      if n.has("skarbow") || n.has("statystyczn") || n.has("patentow") { return Decision(sector: .centralGovernment, reason: "state office") }
      // "Urząd Morski w Gdyni", "Maritime Office in Szczecin": maritime administration is the state's.
      if n.hasPrefix("urząd morski") || n.has("maritime office") { return Decision(sector: .centralGovernment, reason: "maritime office (state administration)") }
      // "the university's Transfer Office": a technology transfer office is a university's unit.
      if n.has("transfer office") { return Decision(sector: .science, reason: "technology transfer office (a university unit)") }
    case "rada", "council", "komisja":
      if let f = foreignLocation ?? n.split(separator: " ").first(where: { foreignTerritoryWords.contains(String($0)) }).map(String.init) {
        return Decision(sector: .international, reason: "council of a foreign territory (\(f))")
      }
      if localGov.contains(where: { n.has($0) }) || n.has("regionu") || n.has("region") || n.has("miejsk") || n.has("gminn") || n.has("powiatow")
        || Places.voivodeshipStems.keys.contains(where: { n.hasPrefix($0) }) || n.hasPrefix("regionaln") || n.has("wojewódzk") {
        return Decision(sector: .localGovernment, reason: "council of a local or regional government")
      }
    case "centrum", "ośrodek", "centre", "center":
      if n.has("nauk") || n.has("badaw") || n.has("research") || n.has("science") { return Decision(sector: .science, reason: "research centre") }
      if n.has("training") || n.has("education") || n.has("szkoleni") || n.has("kształceni") { return Decision(sector: .science, reason: "training centre") }
      // "Podkarpackie Centrum Rozwoju Przedsiębiorczości": a voivodeship's own development centre (a budget unit, no legal form).
      if n.has("rozwoju"), Places.voivodeshipStems.keys.contains(where: { n.hasPrefix($0) }) { return Decision(sector: .localGovernment, reason: "regional development centre of a voivodeship") }
      // "Centrum Transferu Technologii", "Centre for Technology Transfer": without a company's legal
      // form, a technology transfer centre is a university's unit.
      if n.has("transfer") { return Decision(sector: .science, reason: "technology transfer centre (a university unit)") }
      if n.has("biznes") || n.has("przedsiębior") || n.has("business") || n.has("innowac") || n.has("innovation") || n.has("technolog") { return Decision(sector: .business, reason: "business support centre") }
      // "Kujawsko-Pomorski Ośrodek Doradztwa Rolniczego", "Regionalny Ośrodek Polityki Społecznej", "Śląskie Centrum
      // Społeczeństwa Informacyjnego": a centre named by its voivodeship, with no company form, is the voivodeship's unit.
      if voivodeshipStems.contains(where: { n.hasPrefix($0) }) || n.hasPrefix("regionaln") || n.hasPrefix("wojewódzk") {
        return Decision(sector: .localGovernment, reason: "centre of a voivodeship (a budget unit)")
      }
    case "instytut", "institute":
      break
    default: break
    }
    if h.isUnit, let parent { return Decision(sector: parent.sector, reason: "part of \(parentName ?? "its parent")") }
    // "Wydział Nauki o Żywności", "Faculty of Management" with no parent found: a faculty or chair of a discipline.
    if h.isUnit, parent == nil, ["wydział", "katedra", "faculty", "chair", "collegium"].contains(h.lemma) || n.has("nauk") {
      return Decision(sector: .science, reason: "a faculty or chair of a discipline")
    }
    let sector = h.sector ?? .localGovernment
    return Decision(sector: sector, reason: "head word '\(h.lemma)'", isDefault: h.sector == nil || h.sector == .other)
  }

  /// Sector of a person: the institution they represent, else what their function implies; `office` is the office a
  /// generic function qualifies ("Deputy Mayor" → mayor), used only when nothing else is known.
  static func person(affiliations: [(name: String, kind: EntityKind, decision: Decision?)], role: RoleWord?, office: RoleWord? = nil,
                     foreignPlaces: Set<String> = []) -> Decision? {
    // An office-holder of a Polish territory ("wicemarszałek województwa podkarpackiego") keeps the office's sector
    // even when also a member of another body.
    if let role, role.territorial, let s = role.sector, let place = affiliations.first(where: { $0.kind == .place && !foreignPlaces.contains($0.name) }) {
      return Decision(sector: s, reason: "'\(role.base)' of \(place.name)")
    }
    if let org = affiliations.first(where: { $0.kind == .organization && $0.decision != nil }) {
      return Decision(sector: org.decision!.sector, reason: "represents \(org.name)")
    }
    if let place = affiliations.first(where: { $0.kind == .place && foreignPlaces.contains($0.name) }), !(role.map { polishOffices.contains($0.base) } ?? false) {
      return Decision(sector: .international, reason: "holds office in \(place.name), abroad")
    }
    if let place = affiliations.first(where: { $0.kind == .place }) {
      return Decision(sector: .localGovernment, reason: "holds office in \(place.name)")
    }
    if let role, let s = role.sector { return Decision(sector: s, reason: "function '\(role.base)'") }
    if affiliations.isEmpty, let office, let s = office.sector { return Decision(sector: s, reason: "function qualifying '\(office.base)'") }
    return nil
  }
}

import Foundation
