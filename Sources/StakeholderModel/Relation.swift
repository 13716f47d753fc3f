/// The text a relation was read from: a document, a span (Unicode scalar offsets, end exclusive)
/// and the sentence itself.
public struct Evidence: Codable, Hashable, Sendable, Comparable {
  public var document: String
  public var start: Int
  public var end: Int
  public var text: String

  public init(document: String, start: Int, end: Int, text: String) {
    self.document = document
    self.start = start
    self.end = end
    self.text = text
  }

  public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
    (lhs.document, lhs.start, lhs.end, lhs.text) < (rhs.document, rhs.start, rhs.end, rhs.text)
  }

  /// Hashes the position only: the text is the span's sentence (long, and the same wherever the position is
  /// the same), so equal evidence still hashes equal while `==` compares every field. Merging a corpus's
  /// relations hashes every evidence, which made hashing the sentences a visible cost.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(document)
    hasher.combine(start)
    hasher.combine(end)
  }
}

/// A typed tie between two entities, with the sentences that support it.
public struct Relation: Codable, Hashable, Sendable {
  public var source: String
  public var target: String
  public var type: RelationType
  public var evidence: [Evidence]

  public init(source: String, target: String, type: RelationType, evidence: [Evidence] = []) {
    self.source = source
    self.target = target
    self.type = type
    self.evidence = evidence
  }

  enum CodingKeys: String, CodingKey { case source, target, type, evidence }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    source = try c.decode(String.self, forKey: .source)
    target = try c.decode(String.self, forKey: .target)
    type = try c.decode(RelationType.self, forKey: .type)
    evidence = try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
  }

  /// How many pieces of evidence support the tie (at least 1): the weight analysis uses.
  public var weight: Int { max(1, evidence.count) }

  /// The key that identifies a relation regardless of evidence; symmetric types are ordered.
  public var key: RelationKey {
    if type.isSymmetric && target < source { return RelationKey(source: target, target: source, type: type) }
    return RelationKey(source: source, target: target, type: type)
  }
}

/// Identity of a relation: endpoints and type.
public struct RelationKey: Hashable, Sendable, Comparable {
  public var source: String
  public var target: String
  public var type: RelationType

  public static func < (lhs: RelationKey, rhs: RelationKey) -> Bool {
    (lhs.source, lhs.target, lhs.type) < (rhs.source, rhs.target, rhs.type)
  }
}
