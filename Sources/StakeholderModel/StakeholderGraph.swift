import Foundation

/// The typed stakeholder graph: documents, entities and relations, as the extraction schema defines it.
///
///     let graph = try StakeholderGraph.read(from: URL(fileURLWithPath: "output/graph.json"))
///     let people = graph.entities.filter { $0.kind == .person }
public struct StakeholderGraph: Codable, Hashable, Sendable {
  public var documents: [Document]
  public var entities: [Entity]
  public var relations: [Relation]

  public init(documents: [Document] = [], entities: [Entity] = [], relations: [Relation] = []) {
    self.documents = documents
    self.entities = entities
    self.relations = relations
  }

  enum CodingKeys: String, CodingKey { case documents, entities, relations }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    documents = try c.decodeIfPresent([Document].self, forKey: .documents) ?? []
    entities = try c.decode([Entity].self, forKey: .entities)
    relations = try c.decodeIfPresent([Relation].self, forKey: .relations) ?? []
  }

  /// Entities by id.
  public var entitiesByID: [String: Entity] {
    Dictionary(entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The same graph in canonical order: documents, entities and relations sorted by id / key,
  /// aliases, mentions and evidence sorted and de-duplicated, relations with the same key merged.
  /// Writers call this so the same input gives the same bytes.
  public func normalized() -> StakeholderGraph {
    if isNormalized { return self }
    // Sorting and dropping equal neighbours gives what a Set would, without hashing every sentence:
    // `<` on these types compares every field, so it agrees with `==`.
    func sortedUnique<T: Comparable>(_ items: [T]) -> [T] {
      var out: [T] = []
      out.reserveCapacity(items.count)
      for x in items.sorted() where out.last != x { out.append(x) }
      return out
    }
    var ents = entities.map { e -> Entity in
      var e = e
      e.aliases = sortedUnique(e.aliases.filter { $0 != e.name })
      e.mentions = sortedUnique(e.mentions)
      return e
    }
    ents.sort { $0.id < $1.id }
    // Keys computed once, as ranks of the ids and of the type (ordered as the keys are), so the sort
    // compares integers; relations ordered by them, equal keys merged.
    let keys = relations.map(\.key)
    let ids = Array(Set(keys.flatMap { [$0.source, $0.target] })).sorted()
    let idRank = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
    let typeRank = Dictionary(uniqueKeysWithValues: RelationType.allCases.sorted().enumerated().map { ($1, $0) })
    let ranks = keys.map { (idRank[$0.source]!, idRank[$0.target]!, typeRank[$0.type]!) }
    var rels: [Relation] = []
    rels.reserveCapacity(relations.count)
    var lastKey: RelationKey?
    for i in relations.indices.sorted(by: { ranks[$0] < ranks[$1] }) {
      let k = keys[i]
      if lastKey == k { rels[rels.count - 1].evidence += relations[i].evidence } else {
        rels.append(Relation(source: k.source, target: k.target, type: k.type, evidence: relations[i].evidence))
        lastKey = k
      }
    }
    for i in rels.indices { rels[i].evidence = sortedUnique(rels[i].evidence) }
    return StakeholderGraph(documents: Array(Set(documents)).sorted(), entities: ents, relations: rels)
  }

  /// Whether ``normalized()`` would return this graph unchanged: every list strictly increasing (so
  /// sorted and without duplicates), no alias equal to its entity's name. Checked in linear time, so
  /// the exporters can normalise freely without hashing every sentence again.
  public var isNormalized: Bool {
    func increasing<T: Comparable>(_ a: [T]) -> Bool { zip(a, a.dropFirst()).allSatisfy { $0 < $1 } }
    guard increasing(documents), zip(entities, entities.dropFirst()).allSatisfy({ $0.id < $1.id }),
          zip(relations, relations.dropFirst()).allSatisfy({ $0.key < $1.key }) else { return false }
    for e in entities where !increasing(e.aliases) || !increasing(e.mentions) || e.aliases.contains(e.name) { return false }
    for r in relations where !increasing(r.evidence) { return false }
    return true
  }

  /// Checks that ids are unique and every relation names known entities.
  /// - Throws: ``GraphValidationError`` naming the first problem found.
  public func validate() throws {
    var seen = Set<String>()
    for e in entities {
      if !seen.insert(e.id).inserted { throw GraphValidationError.duplicateEntityID(e.id) }
    }
    for (i, r) in relations.enumerated() {
      if !seen.contains(r.source) { throw GraphValidationError.unknownEntity(r.source, relationIndex: i) }
      if !seen.contains(r.target) { throw GraphValidationError.unknownEntity(r.target, relationIndex: i) }
    }
  }
}

/// What ``StakeholderGraph/validate()`` finds wrong.
public enum GraphValidationError: Error, CustomStringConvertible, Equatable {
  case duplicateEntityID(String)
  case unknownEntity(String, relationIndex: Int)

  public var description: String {
    switch self {
    case .duplicateEntityID(let id): "duplicate entity id '\(id)'"
    case .unknownEntity(let id, let i): "relation #\(i + 1) names unknown entity id '\(id)'"
    }
  }
}
