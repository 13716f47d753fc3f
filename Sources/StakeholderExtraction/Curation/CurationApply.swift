import StakeholderModel

extension Curation {
  /// Applies the corrections to a graph. Entities are named by id, name or alias (case-insensitive);
  /// a name that matches nothing gives a warning naming the YAML line, and the operation is skipped.
  public func apply(to graph: StakeholderGraph) -> ExtractionResult {
    var g = graph
    var diags: [Diagnostic] = []
    func find(_ ref: String, _ line: Int) -> Int? {
      if let i = g.entities.firstIndex(where: { $0.id == ref }) { return i }
      let n = Normalize.form(ref)
      if let i = g.entities.firstIndex(where: { Normalize.form($0.name) == n }) { return i }
      if let i = g.entities.firstIndex(where: { $0.aliases.contains { Normalize.form($0) == n } }) { return i }
      diags.append(Diagnostic(.warning, file: source, line: line, "no entity named '\(ref)'; skipped"))
      return nil
    }
    func rename(_ old: String, _ new: String) {
      for i in g.relations.indices {
        if g.relations[i].source == old { g.relations[i].source = new }
        if g.relations[i].target == old { g.relations[i].target = new }
      }
    }
    func removeEntity(_ i: Int) {
      let id = g.entities[i].id
      g.entities.remove(at: i)
      g.relations.removeAll { $0.source == id || $0.target == id }
    }
    for op in operations {
      switch op {
      case .drop(let ref, let line):
        if let i = find(ref, line) { removeEntity(i) }
      case .merge(let into, let refs, let line):
        guard let t = find(into, line) else { continue }
        let targetID = g.entities[t].id
        for ref in refs {
          guard let i = find(ref, line), g.entities[i].id != targetID else { continue }
          let e = g.entities[i]
          let ti = g.entities.firstIndex { $0.id == targetID }!
          g.entities[ti].aliases = Array(Set(g.entities[ti].aliases + e.aliases + [e.name]).subtracting([g.entities[ti].name])).sorted()
          g.entities[ti].mentions = (g.entities[ti].mentions + e.mentions).sorted()
          if g.entities[ti].role == nil { g.entities[ti].role = e.role }
          g.entities.remove(at: i)
          rename(e.id, targetID)
        }
        g.relations.removeAll { $0.source == $0.target }
      case .alias(let ref, let add, let line):
        if let i = find(ref, line) { g.entities[i].aliases = Array(Set(g.entities[i].aliases + add).subtracting([g.entities[i].name])).sorted() }
      case .set(let ref, let sector, let kind, let name, let role, let line):
        guard let i = find(ref, line) else { continue }
        if let sector { g.entities[i].sector = sector; g.entities[i].sectorReason = "set in curation (\(source):\(line))" }
        if let role { g.entities[i].role = role }
        if kind != nil || name != nil {
          let old = g.entities[i]
          if let name, name != old.name { g.entities[i].aliases = Array(Set(old.aliases + [old.name]).subtracting([name])).sorted(); g.entities[i].name = name }
          if let kind { g.entities[i].kind = kind }
          let newID = EntityID.make(kind: g.entities[i].kind, name: g.entities[i].name)
          if newID != old.id {
            if let j = g.entities.firstIndex(where: { $0.id == newID }) {
              // The new identity exists already: merge into it.
              g.entities[j].aliases = Array(Set(g.entities[j].aliases + g.entities[i].aliases + [old.name]).subtracting([g.entities[j].name])).sorted()
              g.entities[j].mentions = (g.entities[j].mentions + g.entities[i].mentions).sorted()
              g.entities.remove(at: i)
            } else {
              g.entities[i].id = newID
            }
            rename(old.id, newID)
          }
        }
      case .relation(let s, let t, let type, let line):
        guard let a = find(s, line), let b = find(t, line) else { continue }
        g.relations.append(Relation(source: g.entities[a].id, target: g.entities[b].id, type: type, evidence: [
          Evidence(document: source, start: 0, end: 0, text: "added in curation, line \(line)"),
        ]))
      }
    }
    return ExtractionResult(graph: g.normalized(), diagnostics: diags)
  }
}
