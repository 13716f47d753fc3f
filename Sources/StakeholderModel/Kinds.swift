/// What an entity is. Raw values are the JSON schema's words.
public enum EntityKind: String, Codable, Sendable, CaseIterable, Comparable, CaseHashable {
  case person, organization, place, project, event

  public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// The sector an organization (or the person representing it) belongs to.
/// The first three form the "golden triangle" (samorząd – nauka – biznes).
public enum Sector: String, Codable, Sendable, CaseIterable, Comparable, CaseHashable {
  case localGovernment = "local_government", science, business
  case centralGovernment = "central_government", civilSociety = "civil_society", international, other

  /// The three sectors of the triple helix: local government, science, business.
  public static let triangle: [Sector] = [.localGovernment, .science, .business]

  /// A short human label ("local government").
  public var label: String { rawValue.replacingOccurrences(of: "_", with: " ") }

  public static func < (lhs: Sector, rhs: Sector) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// The closed set of relation types of the extraction schema.
public enum RelationType: String, Codable, Sendable, CaseIterable, Comparable, CaseHashable {
  /// person → organization or place they work for or hold office in
  case affiliatedWith = "affiliated_with"
  /// organization → parent organization
  case partOf = "part_of"
  /// organization or event → place
  case locatedIn = "located_in"
  /// person or organization → event or project
  case participatesIn = "participates_in"
  /// organization or person → event or project
  case organizes
  /// project → programme, fund or organization
  case fundedBy = "funded_by"
  /// organization ↔ organization (or person ↔ person); symmetric
  case partnerOf = "partner_of"

  /// Whether the relation reads the same both ways.
  public var isSymmetric: Bool { self == .partnerOf }

  public static func < (lhs: RelationType, rhs: RelationType) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
