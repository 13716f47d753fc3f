/// Where an entity was mentioned: a document and a span of Unicode scalar offsets
/// (`start` inclusive, `end` exclusive), counted from the start of the document's normalised text.
public struct Mention: Codable, Hashable, Sendable, Comparable {
  public var document: String
  public var start: Int
  public var end: Int

  public init(document: String, start: Int, end: Int) {
    self.document = document
    self.start = start
    self.end = end
  }

  public static func < (lhs: Mention, rhs: Mention) -> Bool {
    (lhs.document, lhs.start, lhs.end) < (rhs.document, rhs.start, rhs.end)
  }
}

/// A person, organization, place, project or event, with every surface form it was found under.
public struct Entity: Codable, Hashable, Sendable, Identifiable {
  /// Stable id, `kind:slug` (see ``EntityID``).
  public var id: String
  public var kind: EntityKind
  /// Canonical base form: the nominative singular for Polish names.
  public var name: String
  /// Every other surface form found in the texts (inflected forms, acronyms, short forms).
  public var aliases: [String]
  /// Sector, for organizations and persons; `nil` where it does not apply.
  public var sector: Sector?
  /// Why the sector was chosen ("head word 'Urząd'", "legal form 'S.A.'", "set in curation").
  public var sectorReason: String?
  /// A person's function ("prezydent Rybnika", "Mayor of Katowice").
  public var role: String?
  /// Where the entity occurs.
  public var mentions: [Mention]

  public init(
    id: String? = nil, kind: EntityKind, name: String, aliases: [String] = [], sector: Sector? = nil,
    sectorReason: String? = nil, role: String? = nil, mentions: [Mention] = []
  ) {
    self.id = id ?? EntityID.make(kind: kind, name: name)
    self.kind = kind
    self.name = name
    self.aliases = aliases
    self.sector = sector
    self.sectorReason = sectorReason
    self.role = role
    self.mentions = mentions
  }

  enum CodingKeys: String, CodingKey {
    case id, kind, name, aliases, sector, sectorReason = "sector_reason", role, mentions
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    kind = try c.decode(EntityKind.self, forKey: .kind)
    name = try c.decode(String.self, forKey: .name)
    aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
    sector = try c.decodeIfPresent(Sector.self, forKey: .sector)
    sectorReason = try c.decodeIfPresent(String.self, forKey: .sectorReason)
    role = try c.decodeIfPresent(String.self, forKey: .role)
    mentions = try c.decodeIfPresent([Mention].self, forKey: .mentions) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(kind, forKey: .kind)
    try c.encode(name, forKey: .name)
    try c.encode(aliases, forKey: .aliases)
    try c.encode(sector, forKey: .sector)  // null where it does not apply, as the schema shows
    try c.encodeIfPresent(sectorReason, forKey: .sectorReason)
    try c.encodeIfPresent(role, forKey: .role)
    try c.encode(mentions, forKey: .mentions)
  }

  /// The name and every alias.
  public var allNames: [String] { [name] + aliases }
}

/// Builds the stable, readable ids entities carry: `kind:slug-of-name`.
public enum EntityID {
  /// `person:piotr-kuczera` for a person named "Piotr Kuczera". Letters keep their
  /// diacritics folded to ASCII; anything else becomes one hyphen.
  public static func make(kind: EntityKind, name: String) -> String {
    "\(kind.rawValue):\(slug(name))"
  }

  /// Lower-case ASCII slug of a name ("Łódź Kaliska" → "lodz-kaliska").
  /// - Complexity: O(n) in the name's scalars; the slug is built as UTF-8 bytes (ASCII letters and digits are
  ///   copied without a `String` per scalar), one allocation for the result.
  public static func slug(_ name: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(name.utf8.count + 8)
    var pendingHyphen = false
    // Lower-cased scalar by scalar where every scalar has a simple lower case (the answer `lowercased()` gives),
    // else with `lowercased()` (slow on Linux: most of a slug's cost).
    var simple = true
    for s in name.unicodeScalars where SimpleCase.lowercase(s.value) == nil { simple = false; break }
    let lower = simple ? name : name.lowercased()
    for raw in lower.unicodeScalars {
      let scalar = simple ? Unicode.Scalar(SimpleCase.lowercase(raw.value)!)! : raw
      let v = scalar.value
      if v < 0x80 {
        // ASCII: a digit or a lower-case letter is kept, anything else separates (``fold(_:)`` for ASCII).
        guard (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) else {
          pendingHyphen = !out.isEmpty
          continue
        }
        if pendingHyphen { out.append(0x2D); pendingHyphen = false }
        out.append(UInt8(v))
        continue
      }
      let folded = fold(scalar)
      if folded.isEmpty {
        pendingHyphen = !out.isEmpty
        continue
      }
      if pendingHyphen { out.append(0x2D); pendingHyphen = false }
      out.append(contentsOf: folded.utf8)
    }
    return out.isEmpty ? "unnamed" : String(decoding: out, as: UTF8.self)
  }

  private static let polishFolds: [Unicode.Scalar: String] = [
    "ą": "a", "ć": "c", "ę": "e", "ł": "l", "ń": "n", "ó": "o", "ś": "s", "ź": "z", "ż": "z",
    "ä": "a", "ö": "o", "ü": "u", "ß": "ss", "é": "e", "è": "e", "á": "a", "í": "i", "ú": "u", "ý": "y",
    "č": "c", "š": "s", "ž": "z", "ř": "r", "ě": "e", "å": "a", "ø": "o", "æ": "ae",
  ]

  private static func fold(_ s: Unicode.Scalar) -> String {
    if s.isASCII {
      let v = s.value
      if (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) { return String(s) }
      return ""
    }
    if let f = polishFolds[s] { return f }
    if s.properties.isAlphabetic || s.properties.numericType != nil {
      return "u\(String(s.value, radix: 16))"
    }
    return ""
  }
}
