import StakeholderModel

/// Colours, shapes and line styles of the diagrams.
///
/// Sector colours are the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"), which stays
/// distinguishable under the common forms of colour blindness; the label colour is whichever of black
/// or white contrasts more with the fill.
enum Palette {
  /// Fill colour of a sector; `nil` (places, projects, events) is white.
  static func fill(_ sector: Sector?) -> String {
    switch sector {
    case .localGovernment: "#0072B2"
    case .science: "#009E73"
    case .business: "#E69F00"
    case .centralGovernment: "#56B4E9"
    case .civilSociety: "#CC79A7"
    case .international: "#D55E00"
    case .other: "#BBBBBB"
    case nil: "#FFFFFF"
    }
  }

  /// Label colour on ``fill(_:)``.
  static func font(_ sector: Sector?) -> String { sector == .localGovernment ? "#FFFFFF" : "#000000" }

  /// Outline colour: dark for sectors, mid grey for entities without one.
  static func outline(_ sector: Sector?) -> String { sector == nil ? "#666666" : "#333333" }

  /// RGB components of ``fill(_:)`` (for GEXF's viz:color).
  static func rgb(_ sector: Sector?) -> (r: Int, g: Int, b: Int) {
    let hex = fill(sector).dropFirst()
    let v = Int(hex, radix: 16) ?? 0xFFFFFF
    return ((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF)
  }

  /// Graphviz shape of a kind: person ellipse, organization box, place house, project hexagon, event pentagon.
  static func shape(_ kind: EntityKind) -> String {
    switch kind {
    case .person: "ellipse"
    case .organization: "box"
    case .place: "house"
    case .project: "hexagon"
    case .event: "pentagon"
    }
  }

  /// GEXF viz:shape of a kind (the four GEXF knows).
  static func gexfShape(_ kind: EntityKind) -> String {
    switch kind {
    case .person: "disc"
    case .organization: "square"
    case .place: "triangle"
    case .project, .event: "diamond"
    }
  }

  /// Line style of a relation type.
  struct EdgeLook {
    var style: String
    var color: String
    var arrowhead: String
    /// A sample drawn with box-drawing characters for the legend.
    var sample: String
  }

  /// How each relation type is drawn.
  static func edge(_ type: RelationType) -> EdgeLook {
    switch type {
    case .affiliatedWith: EdgeLook(style: "solid", color: "#555555", arrowhead: "none", sample: "───")
    case .partOf: EdgeLook(style: "solid", color: "#555555", arrowhead: "onormal", sample: "──▷")
    case .locatedIn: EdgeLook(style: "dotted", color: "#777777", arrowhead: "none", sample: "┈┈┈")
    case .participatesIn: EdgeLook(style: "dashed", color: "#555555", arrowhead: "none", sample: "╌╌╌")
    case .organizes: EdgeLook(style: "solid", color: "#333333", arrowhead: "normal", sample: "──▶")
    case .fundedBy: EdgeLook(style: "dashed", color: "#333333", arrowhead: "odot", sample: "╌╌○")
    case .partnerOf: EdgeLook(style: "solid", color: "#222222:invis:#222222", arrowhead: "none", sample: "═══")
    }
  }

  /// A readable name for a relation type ("affiliated with").
  static func label(_ type: RelationType) -> String { type.rawValue.replacingOccurrences(of: "_", with: " ") }
}
