import StakeholderModel

/// Cross-document resolution: one entity per real-world thing across documents.
enum CorpusResolver {
  static func key(_ kind: EntityKind, _ name: String) -> String {
    var n = Normalize.form(name)
    if kind == .organization { if n.has("urząd miejski") { n = n.replacingOccurrences(of: "urząd miejski", with: "urząd miasta") } }
    // Editions stay apart ("VII Forum X" is not "VIII Forum X"); subtitles do not count.
    if kind == .event { n = (DocumentResolver.edition(name).map { $0.fastLowercased + " " } ?? "") + DocumentResolver.eventKey(name) }
    return EntityID.make(kind: kind, name: n)
  }

  static func resolve(_ input: [DocumentExtraction]) -> ExtractionResult {
    let docs = input.sorted { $0.document.id < $1.document.id }
    var flat: [(doc: Int, local: Int)] = []
    var start: [Int] = []
    for (d, x) in docs.enumerated() {
      start.append(flat.count)
      for e in x.entities.indices { flat.append((d, e)) }
    }
    func ent(_ i: Int) -> LocalEntity { docs[flat[i].doc].entities[flat[i].local] }
    // Names recur across documents: each (kind, name) key is computed once.
    var keys: [EntityKind: [String: String]] = [:]
    func key(_ kind: EntityKind, _ name: String) -> String {
      if let k = keys[kind]?[name] { return k }
      let k = Self.key(kind, name)
      keys[kind, default: [:]][name] = k
      return k
    }
    var uf = UnionFind(flat.count)
    var byName: [String: Int] = [:]
    for i in flat.indices {
      let e = ent(i)
      var k = key(e.kind, e.name)
      if let p = e.parentName { k += "|" + key(.organization, p) }
      if let j = byName[k] { uf.union(i, j) } else { byName[k] = i }
    }
    // A name that is another document's multi-word alias, or an acronym it defined, is the same entity.
    for i in flat.indices {
      let e = ent(i)
      for a in e.aliases where e.kind != .person && e.kind != .place {
        let words = a.split(separator: " ").count
        guard words > 1 || (a.count >= 3 && a == a.uppercased()) || a.includes("-") else { continue }
        if let j = byName[key(e.kind, a)] { uf.union(i, j) }
      }
    }
    var groups: [Int: [Int]] = [:]
    for i in flat.indices { groups[uf.find(i), default: []].append(i) }
    // How many distinct groups carry each unit name (for ids that must stay apart).
    var unitNames: [String: Int] = [:]
    for (_, members) in groups {
      let e = ent(members[0])
      if e.parentName != nil { unitNames[key(e.kind, e.name), default: 0] += 1 }
    }
    var entities: [Entity] = []
    var globalID: [Int: String] = [:]
    for root in groups.keys.sorted() {
      let members = groups[root]!
      let locals = members.map(ent)
      // The name most documents use; ties go to the first document's.
      var count: [String: Int] = [:]
      for e in locals { count[e.name, default: 0] += 1 }
      var name = locals[0].name
      for e in locals where count[e.name]! > count[name]! { name = e.name }
      var aliases = Set<String>()
      for e in locals { aliases.formUnion(e.aliases); aliases.insert(e.name) }
      aliases.remove(name)
      // Sector: the first decision from a strong cue, else the first.
      let withSector = locals.filter { $0.sector != nil }
      let chosen = withSector.first { !$0.sectorIsDefault } ?? withSector.first
      let role = locals.compactMap(\.role).first
      var entity = Entity(kind: locals[0].kind, name: name, aliases: aliases.sorted(), sector: chosen?.sector,
                          sectorReason: chosen?.sectorReason, role: role, mentions: locals.flatMap(\.mentions).sorted())
      entity.id = EntityID.make(kind: entity.kind, name: name)
      // Units that share a name under different parents get the parent in their id.
      if let p = locals.compactMap(\.parentName).first, unitNames[key(entity.kind, name), default: 0] > 1 {
        entity.id = EntityID.make(kind: entity.kind, name: name + " " + p)
      }
      for m in members { globalID[m] = entity.id }
      entities.append(entity)
    }
    var relations: [Relation] = []
    for (d, x) in docs.enumerated() {
      for r in x.relations {
        guard let s = globalID[start[d] + r.source], let t = globalID[start[d] + r.target], s != t else { continue }
        relations.append(Relation(source: s, target: t, type: r.type, evidence: r.evidence))
      }
    }
    var diagnostics: [Diagnostic] = []
    for x in docs where x.entities.isEmpty {
      diagnostics.append(Diagnostic(.note, file: x.document.id, "no stakeholders found"))
    }
    // Ids are unique by construction unless two groups chose names with the same slug: merge those.
    var seen: [String: Int] = [:]
    var merged: [Entity] = []
    for e in entities {
      if let i = seen[e.id] {
        merged[i].aliases = Array(Set(merged[i].aliases + e.aliases + [e.name]).subtracting([merged[i].name])).sorted()
        merged[i].mentions = (merged[i].mentions + e.mentions).sorted()
      } else {
        seen[e.id] = merged.count
        merged.append(e)
      }
    }
    let graph = StakeholderGraph(documents: docs.map(\.document), entities: merged, relations: relations).normalized()
    return ExtractionResult(graph: graph, diagnostics: diagnostics)
  }
}
