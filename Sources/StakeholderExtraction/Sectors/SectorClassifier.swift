import StakeholderModel

/// Chooses an organization's or person's sector, and says why.
///
/// Organizations: legal form (business), foreign public authority (international), head word with the
/// genre's exceptions (associations of local governments, regional development agencies, chambers and
/// clusters), a unit's parent; persons: the institution they represent, else the function.
enum SectorClassifier {
  struct Decision { var sector: Sector; var reason: String; var isDefault: Bool = false }

  /// Nationality adjectives (English, and Polish stems) that mark a foreign institution.
  static let nationalities: [String] = [
    "estonian", "finnish", "latvian", "lithuanian", "german", "french", "italian", "spanish", "portuguese", "dutch",
    "belgian", "swedish", "norwegian", "danish", "czech", "slovak", "hungarian", "romanian", "bulgarian", "croatian",
    "slovenian", "greek", "austrian", "irish", "british", "ukrainian", "fińsk", "niemieck", "francusk", "włosk",
    "hiszpańsk", "estońsk", "łotewsk", "litewsk", "czesk", "słowack", "węgiersk", "szwedzk", "norwesk", "duńsk",
    "holendersk", "belgijsk", "austriack", "greck", "portugalsk", "rumuńsk", "bułgarsk", "chorwack", "słoweńsk",
    "irlandzk", "brytyjsk", "ukraińsk",
  ]
  /// Words that mark a Polish public body in an English name ("Lublin Voivodeship Marshal's Office").
  static let polishMarkers: [String] = ["polish", "poland", "marshal", "voivodeship", "silesian", "polsk", "polska"]

  static let publicHeads: Set<String> = ["rada", "urząd", "ministerstwo", "miasto", "gmina", "powiat", "agencja", "council", "office", "ministry", "municipality", "authority", "agency", "region", "city"]

  /// Sector of an organization from what its mentions say.
  static func organization(name: String, head: HeadWord?, legalForm: String?, foreignLocation: String?, parent: Decision?, parentName: String?) -> Decision {
    let n = name.lowercased()
    if let legalForm { return Decision(sector: .business, reason: "legal form '\(legalForm)'") }
    if let l = ["s.a.", "sp. z o.o.", " ltd", " gmbh", " inc"].first(where: { n.hasSuffix($0) }) { return Decision(sector: .business, reason: "legal form '\(l.trimmingCharacters(in: .whitespaces))'") }
    if let f = foreignLocation, let h = head, publicHeads.contains(h.lemma) || n.contains("region") || h.lemma == "government" || h.lemma == "administration" {
      return Decision(sector: .international, reason: "foreign public authority (in \(f))")
    }
    if n.contains("europejsk") || n.contains("european") || n.contains("unii europejskiej") {
      if head?.lemma == "komisja" || n.contains("commission") || n.contains("parlament") { return Decision(sector: .international, reason: "European institution") }
    }
    if let h = head, h.isUnit, let parent, let parentName {
      return Decision(sector: parent.sector, reason: "part of \(parentName)")
    }
    guard let h = head else {
      return Decision(sector: .business, reason: "named without an institutional head word (a company)", isDefault: true)
    }
    let localGov = ["gmin", "miast", "powiat", "metropol", "samorząd", "województw", "municipal", "cities", "local government", "regions"]
    switch h.lemma {
    case "związek", "stowarzyszenie", "association", "union", "federacja":
      if localGov.contains(where: { n.contains($0) }) { return Decision(sector: .localGovernment, reason: "association of local governments") }
      if ["pracodawc", "przedsiębior", "banków", "employers", "business"].contains(where: { n.contains($0) }) { return Decision(sector: .business, reason: "business association") }
    case "agencja", "agency":
      if n.contains("rozwoju regionalnego") || n.contains("rozwoju lokalnego") || n.contains("regional development") { return Decision(sector: .business, reason: "regional development agency") }
    case "urząd", "office":
      if n.contains("wojewódzki") && !n.contains("pracy") { return Decision(sector: .centralGovernment, reason: "head word 'Urząd Wojewódzki' (state administration)") }
      if n.contains("skarbow") || n.contains("statystyczn") || n.contains("patentow") { return Decision(sector: .centralGovernment, reason: "state office") }
    case "rada", "council", "komisja":
      if localGov.contains(where: { n.contains($0) }) || n.contains("regionu") || n.contains("region")
        || Places.voivodeshipStems.keys.contains(where: { n.hasPrefix($0) }) || n.hasPrefix("regionaln") || n.contains("wojewódzk") {
        return Decision(sector: .localGovernment, reason: "council of a local or regional government")
      }
    case "centrum", "ośrodek", "centre", "center":
      if n.contains("nauk") || n.contains("badaw") || n.contains("research") || n.contains("science") { return Decision(sector: .science, reason: "research centre") }
      if n.contains("biznes") || n.contains("przedsiębior") || n.contains("business") || n.contains("innowac") || n.contains("technolog") { return Decision(sector: .business, reason: "business support centre") }
    case "instytut", "institute":
      break
    default: break
    }
    if h.isUnit, let parent { return Decision(sector: parent.sector, reason: "part of \(parentName ?? "its parent")") }
    let sector = h.sector ?? .localGovernment
    return Decision(sector: sector, reason: "head word '\(h.lemma)'", isDefault: h.sector == nil || h.sector == .other)
  }

  /// Sector of a person: the institution they represent, else what their function implies.
  static func person(affiliations: [(name: String, kind: EntityKind, decision: Decision?)], role: RoleWord?) -> Decision? {
    if let org = affiliations.first(where: { $0.kind == .organization && $0.decision != nil }) {
      return Decision(sector: org.decision!.sector, reason: "represents \(org.name)")
    }
    if let place = affiliations.first(where: { $0.kind == .place }) {
      return Decision(sector: .localGovernment, reason: "holds office in \(place.name)")
    }
    if let role, let s = role.sector { return Decision(sector: s, reason: "function '\(role.base)'") }
    return nil
  }
}

import Foundation
