import StakeholderModel

/// Cross-document resolution: one entity per real-world thing across documents.
enum CorpusResolver {
  /// The key under which names of one kind meet across documents.
  ///
  /// Events keep their whole name: across documents "Forum X 2019" is not "Forum X 2021", and
  /// "Policy Learning Event #3 – Energy" is not "Policy Learning Event #3 – Transport". A bare name meets a
  /// fuller one only when it is unambiguous (``bareEventKey(_:)``).
  static func key(_ kind: EntityKind, _ name: String) -> String {
    var n = Normalize.form(name)
    if kind == .organization { if n.has("urząd miejski") { n = n.replacingOccurrences(of: "urząd miejski", with: "urząd miasta") } }
    return EntityID.make(kind: kind, name: n)
  }

  /// An event's name reduced to its edition and title, without subtitle or year: "VII Forum X – Y 2023" → "vii forum x".
  static func bareEventKey(_ name: String) -> String {
    EntityID.make(kind: .event, name: (DocumentResolver.edition(name).map { $0.lowercased() + " " } ?? "") + DocumentResolver.eventKey(name))
  }

  /// Whether `s == s.uppercased()`: on the bytes for ASCII text (where upper-casing changes only a–z), with
  /// `uppercased()` otherwise (Unicode case mapping, slow on Linux).
  /// - Complexity: O(n).
  static func isUpperCase(_ s: String) -> Bool {
    var ascii = true
    for b in s.utf8 {
      if b >= 0x80 { ascii = false; break }
      if b >= 0x61 && b <= 0x7A { return false }
    }
    return ascii || s == s.uppercased()
  }

  static func resolve(_ input: [DocumentExtraction]) -> ExtractionResult {
    let docs = input.sorted { $0.document.id < $1.document.id }
    // Every document's entities in one array (document order): entity `i` of the corpus is `all[i]`, read in place
    // (no copy of a whole entity per question); document `d`'s entities start at `start[d]`.
    var start: [Int] = []
    var all: [LocalEntity] = []
    all.reserveCapacity(docs.reduce(0) { $0 + $1.entities.count })
    for x in docs {
      start.append(all.count)
      all += x.entities
    }
    // Names recur across documents: each (kind, name) key is computed once.
    var keys: [EntityKind: [String: String]] = [:]
    func key(_ kind: EntityKind, _ name: String) -> String {
      if let k = keys[kind]?[name] { return k }
      let k = Self.key(kind, name)
      keys[kind, default: [:]][name] = k
      return k
    }
    var uf = UnionFind(all.count)
    var byName: [String: Int] = [:]
    for i in all.indices {
      var k = key(all[i].kind, all[i].name)
      if let p = all[i].parentName { k += "|" + key(.organization, p) }
      if let j = byName[k] { uf.union(i, j) } else { byName[k] = i }
    }
    // A name that is another document's multi-word alias, or an acronym it defined, is the same entity.
    // An event's shortened title ("Forum X" for "Forum X 2023") is not: several events can share it.
    for i in all.indices where all[i].kind != .person && all[i].kind != .place {
      let kind = all[i].kind
      for a in all[i].aliases {
        let words = a.spaceSeparatedWords.count
        let acronym = a.count >= 3 && isUpperCase(a)
        guard (words > 1 && kind != .event) || acronym || a.includes("-") else { continue }
        if let j = byName[key(kind, a)] { uf.union(i, j) }
      }
    }
    joinBareEventNames(all, &uf)
    var groups: [Int: [Int]] = [:]
    for i in all.indices { groups[uf.find(i), default: []].append(i) }
    // How many distinct groups carry each unit name (for ids that must stay apart).
    var unitNames: [String: Int] = [:]
    for (_, members) in groups {
      let e = members[0]
      if all[e].parentName != nil { unitNames[key(all[e].kind, all[e].name), default: 0] += 1 }
    }
    var entities: [Entity] = []
    var globalID: [Int: String] = [:]
    for root in groups.keys.sorted() {
      let members = groups[root]!
      let locals = members.map { all[$0] }
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
      var entity = Entity(id: EntityID.make(kind: locals[0].kind, name: name), kind: locals[0].kind, name: name,
                          aliases: aliases.sorted(), sector: chosen?.sector, sectorReason: chosen?.sectorReason, role: role,
                          mentions: locals.flatMap(\.mentions).sorted())
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

  /// Joins each event written by its bare title in some document ("Forum X", "VII Forum X") to the one
  /// fuller event of that title ("VII Forum X 2023 – Energia"), when there is exactly one; with several
  /// candidates the bare mention stays apart rather than gluing different events together.
  ///
  /// - Complexity: O(n α(n)) over the local entities.
  private static func joinBareEventNames(_ locals: [LocalEntity], _ uf: inout UnionFind) {
    var fuller: [String: Set<Int>] = [:]  // bare key → roots of groups with a fuller name
    var bare: [String: [Int]] = [:]
    for (i, e) in locals.enumerated() where e.kind == .event {
      let b = bareEventKey(e.name)
      if key(.event, e.name) == b { bare[b, default: []].append(i) } else { fuller[b, default: []].insert(uf.find(i)) }
    }
    for b in bare.keys.sorted() {
      guard let roots = fuller[b], roots.count == 1, let target = roots.first else { continue }
      for i in bare[b]! { uf.union(i, target) }
    }
  }
}
