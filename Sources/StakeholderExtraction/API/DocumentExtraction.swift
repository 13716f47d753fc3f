import StakeholderModel

/// What one document yields on its own: its metadata, the entities it names (with mentions, aliases, roles
/// and sector hints) and the relations it states (with evidence). A pure function of the document's text and
/// ``Extractor/version``, Codable so that a store can cache it and skip unchanged documents.
///
/// Offsets in mentions and evidence are Unicode scalar offsets into ``SourceDocument/text`` (start inclusive,
/// end exclusive).
public struct DocumentExtraction: Codable, Sendable, Hashable {
  public var document: Document
  public var entities: [LocalEntity]
  public var relations: [LocalRelation]
  /// The extractor version that produced this (see ``Extractor/version``).
  public var extractorVersion: String

  public init(document: Document, entities: [LocalEntity], relations: [LocalRelation], extractorVersion: String = Extractor.version) {
    self.document = document
    self.entities = entities
    self.relations = relations
    self.extractorVersion = extractorVersion
  }
}

/// An entity as one document names it.
public struct LocalEntity: Codable, Sendable, Hashable {
  public var kind: EntityKind
  /// Canonical (nominative) name.
  public var name: String
  /// Other surface forms in the document, acronyms, short forms.
  public var aliases: [String]
  public var sector: Sector?
  /// Why the sector was chosen.
  public var sectorReason: String?
  /// A person's function as the document gives it.
  public var role: String?
  public var mentions: [Mention]
  /// Whether the sector came from a strong cue in this document (head word, legal form) rather than a default.
  public var sectorIsDefault: Bool
  /// For a department, office or branch: its parent's canonical name. Units with the same name under
  /// different parents ("Departament Rozwoju Regionalnego" of two offices) stay apart across documents.
  public var parentName: String?

  public init(kind: EntityKind, name: String, aliases: [String] = [], sector: Sector? = nil, sectorReason: String? = nil,
              role: String? = nil, mentions: [Mention] = [], sectorIsDefault: Bool = false) {
    self.kind = kind
    self.name = name
    self.aliases = aliases
    self.sector = sector
    self.sectorReason = sectorReason
    self.role = role
    self.mentions = mentions
    self.sectorIsDefault = sectorIsDefault
  }
}

/// A relation between two entities of the same document (indices into ``DocumentExtraction/entities``).
public struct LocalRelation: Codable, Sendable, Hashable {
  public var source: Int
  public var target: Int
  public var type: RelationType
  public var evidence: [Evidence]

  public init(source: Int, target: Int, type: RelationType, evidence: [Evidence]) {
    self.source = source
    self.target = target
    self.type = type
    self.evidence = evidence
  }
}
