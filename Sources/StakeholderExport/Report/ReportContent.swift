import Foundation
import StakeholderModel

/// The content both reports show, computed once: the most central entities, brokers, communities,
/// the sector mixing matrix, and an entity index with the sentences each entity was found in.
///
/// Parts the analysis did not provide are filled from simple counts (degree, direct sector ties) or
/// left out with a note saying so.
struct ReportContent {
  struct Central { var entity: Entity; var values: [Double?] }
  struct BrokerRow { var entity: Entity; var explanation: String; var roles: String }
  /// A community: its members (the most central ``memberLimit`` of them, alphabetically) and how many more.
  struct CommunityRow {
    var number: Int; var label: String?; var members: [Entity]; var sectorMix: [(String, Int)]; var moreMembers = 0
  }
  /// An index entry: the entity, its first ``evidenceLimit`` sentences, and how many more there are.
  struct IndexRow { var entity: Entity; var evidence: [String]; var neighbours: Int; var moreEvidence = 0 }

  var title: String
  var graph: StakeholderGraph
  var metrics: NodeMetrics
  /// Metric columns of the central table.
  var metricColumns: [String]
  var rankedBy: String
  var central: [Central]
  var brokers: [BrokerRow]
  var communities: [CommunityRow]
  var matrix: SectorMatrix
  /// Whether the matrix counts direct ties only (computed here, not by the analysis).
  var matrixIsDirect: Bool
  var triangles: [AnalysisSummary.LabeledCount]
  var bridges: [(Entity, Entity, String)]
  var notes: [String]
  var index: [IndexRow]
  /// Entities left out of the index (the most central ``indexLimit`` are listed).
  var indexOmitted: Int
  /// Ids of the entities in the index, for links.
  var indexed: Set<String>

  /// How many entities the central table lists.
  static let centralRows = 15
  /// Most entities the index lists; a larger graph's index keeps the most central (the exports keep all).
  static let indexLimit = 500
  /// Most sentences shown per entity in the index.
  static let evidenceLimit = 12
  /// Most members listed per community.
  static let memberLimit = 60

  init(graph: StakeholderGraph, metrics: NodeMetrics?, summary: AnalysisSummary?, title: String, sizeBy: String) {
    let g = graph.normalized()
    let m = (metrics ?? NodeMetrics()).completed(for: g)
    let byID = g.entitiesByID
    self.title = title
    self.graph = g
    self.metrics = m
    metricColumns = Self.tableMetrics(m.metricNames)
    let s = summary ?? AnalysisSummary()
    let rankMetric = SizeMetric.effective(sizeBy, metrics: m)
    if !s.centralEntities.isEmpty {
      rankedBy = "the analysis (most central first)"
      central = s.centralEntities.compactMap { byID[$0] }.prefix(Self.centralRows).map { e in
        Central(entity: e, values: Self.tableMetrics(m.metricNames).map { m.value($0, for: e.id) })
      }
    } else {
      rankedBy = rankMetric
      let top = TopSelection.top(g, metrics: m, metric: rankMetric, limit: Self.centralRows) ?? Set(g.entities.map(\.id))
      central = g.entities.filter { top.contains($0.id) }
        .sorted { a, b in
          let va = SizeMetric.value(rankMetric, for: a.id, metrics: m), vb = SizeMetric.value(rankMetric, for: b.id, metrics: m)
          return va != vb ? va > vb : a.id < b.id
        }
        .map { e in Central(entity: e, values: Self.tableMetrics(m.metricNames).map { m.value($0, for: e.id) }) }
    }
    func roleText(_ id: String) -> String {
      guard let roles = m.brokerRoles[id] else { return "" }
      return roles.keys.sorted().map { "\($0) \(roles[$0]!)" }.joined(separator: ", ")
    }
    if !s.brokers.isEmpty {
      brokers = s.brokers.compactMap { b in
        byID[b.id].map { BrokerRow(entity: $0, explanation: b.explanation, roles: roleText(b.id)) }
      }
    } else {
      brokers = m.brokerRoles.keys.sorted().compactMap { id in
        guard let e = byID[id], let total = m.brokerRoles[id]?.values.reduce(0, +), total > 0 else { return nil }
        return BrokerRow(entity: e, explanation: "Holds \(total) brokerage position\(total == 1 ? "" : "s") between other entities.", roles: roleText(id))
      }
    }
    var comms: [AnalysisSummary.Community] = s.communities
    if comms.isEmpty && !m.community.isEmpty {
      var members: [Int: [String]] = [:]
      for (id, c) in m.community { members[c, default: []].append(id) }
      comms = members.keys.sorted().map { AnalysisSummary.Community(index: $0, members: members[$0]!.sorted()) }
    }
    func mostCentral(_ entities: [Entity], _ limit: Int) -> [Entity] {
      entities.count > limit ? TopSelection.mostCentral(entities, metrics: m, metric: rankMetric, limit: limit) : entities
    }
    communities = comms.map { c in
      let ents = c.members.compactMap { byID[$0] }
      var mix: [String: Int] = [:]
      for e in ents { mix[e.sector?.label ?? "no sector (\(e.kind.rawValue))", default: 0] += 1 }
      let mixRows = mix.keys.sorted { mix[$0]! != mix[$1]! ? mix[$0]! > mix[$1]! : $0 < $1 }.map { ($0, mix[$0]!) }
      let shown = Self.alphabetical(mostCentral(ents, Self.memberLimit))
      return CommunityRow(number: c.index + 1, label: c.label, members: shown, sectorMix: mixRows,
                          moreMembers: ents.count - shown.count)
    }
    matrixIsDirect = s.sectorMixing == nil
    matrix = s.sectorMixing ?? SectorMatrix.direct(g)
    triangles = s.sectorTriangles
    bridges = s.bridges.compactMap { b in
      guard let a = byID[b.source], let c = byID[b.target] else { return nil }
      return (a, c, b.explanation)
    }
    notes = s.notes
    // A large graph's index: the entities the report names elsewhere, then the most central.
    var listed = g.entities
    if listed.count > Self.indexLimit {
      var keep = Set(central.map(\.entity.id)).union(brokers.map(\.entity.id))
      for b in bridges { keep.insert(b.0.id); keep.insert(b.1.id) }
      for e in mostCentral(g.entities, Self.indexLimit) where keep.count < Self.indexLimit { keep.insert(e.id) }
      listed = g.entities.filter { keep.contains($0.id) }
    }
    indexOmitted = g.entities.count - listed.count
    indexed = Set(listed.map(\.id))
    let sentences = Self.sentences(of: indexed, in: g)
    let neighbours = Adjacency(g, only: indexed)
    index = Self.alphabetical(listed)
      .map { e in
        var seen = Set<String>()
        let ev = (sentences[e.id] ?? []).filter { seen.insert($0).inserted }
        return IndexRow(entity: e, evidence: Array(ev.prefix(Self.evidenceLimit)), neighbours: neighbours.neighbours(of: e.id).count,
                        moreEvidence: Swift.max(0, ev.count - Self.evidenceLimit))
      }
  }

  /// The sentences of the indexed entities only, in relation, then evidence order.
  /// - Complexity: O(m + evidence of the indexed entities' relations).
  private static func sentences(of indexed: Set<String>, in g: StakeholderGraph) -> [String: [String]] {
    var sentences: [String: [String]] = [:]
    for r in g.relations {
      let source = indexed.contains(r.source), target = indexed.contains(r.target)
      guard source || target else { continue }
      for ev in r.evidence {
        if source { sentences[r.source, default: []].append(ev.text) }
        if target && r.target != r.source { sentences[r.target, default: []].append(ev.text) }
      }
    }
    return sentences
  }

  /// What a shortened index says about itself.
  static func indexNote(_ c: ReportContent) -> String {
    "The index lists \(c.index.count) of \(c.graph.entities.count) entities: those named above and the most central "
      + "(by \(c.rankedBy == "the analysis (most central first)" ? "the analysis" : c.rankedBy)). Every entity, tie and sentence "
      + "is in graph.json, nodes.csv and edges.csv."
  }

  /// An alphabetical key that puts "Łódź" among the L's: lower case, ł → l, other diacritics dropped.
  static func sortKey(_ name: String) -> String {
    name.lowercased().replacingOccurrences(of: "ł", with: "l")
      .folding(options: [.diacriticInsensitive], locale: nil)
  }

  /// The metric columns the central table shows: the usual centralities where present (at most five,
  /// so the table fits a page), else the first five names.
  static func tableMetrics(_ names: [String]) -> [String] {
    let preferred = ["degree", "strength", "betweenness", "pagerank", "eigenvector", "closeness"]
    let chosen = preferred.filter(names.contains)
    return Array((chosen.count >= 2 ? chosen : names).prefix(5))
  }

  /// Entities by ``sortKey(_:)`` of their names, then id (keys computed once: they are not cheap).
  static func alphabetical(_ entities: [Entity]) -> [Entity] {
    entities.map { (sortKey($0.name), $0) }
      .sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1.id < $1.1.id }
      .map(\.1)
  }

  /// Sectors with at least one tie in the matrix, in the matrix's order.
  var matrixSectors: [Sector] {
    matrix.sectors.enumerated().filter { i, _ in matrix.counts[i].contains { $0 > 0 } }.map(\.element)
  }

  /// "12 entities (5 persons, 4 organizations, …), 20 relations, 5 documents".
  var countsLine: String {
    var byKind: [EntityKind: Int] = [:]
    for e in graph.entities { byKind[e.kind, default: 0] += 1 }
    let kinds = EntityKind.allCases.compactMap { k in byKind[k].map { "\($0) \(k.rawValue)\($0 == 1 ? "" : "s")" } }
    return "\(graph.entities.count) entities (\(kinds.joined(separator: ", "))), \(graph.relations.count) relations, "
      + "\(graph.documents.count) document\(graph.documents.count == 1 ? "" : "s")"
  }
}
