import StakeholderModel

/// "Kalisz was represented by its President Anna Kos and Konin by President Jan Lis", "Gniezno reprezentował
/// prezydent Adam Nowak": an office-holder who represents a territory holds office there (schema convention 6:
/// `affiliated_with` the place). The second pair of a coordination leaves the verb out ("and Konin by …").
///
/// - Complexity: O(n) for n tokens; only sentences with a "represented" cue are read.
extension RelationFinder {
  /// The person with a function after "represented by" (or after the elided "by" of a second pair) holds office in
  /// the place named before.
  mutating func representedTerritories() {
    // Persons given a function ("its President", "wójt"): one who represents a place holds an office there.
    var hasRole: [Int: Bool] = [:]
    for role in r.roles { hasRole[g(role.person)] = true }
    guard !hasRole.isEmpty else { return }
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Self.representedCues, k) else { continue }
      let ms = mentions(in: k)
      for (n, p) in ms.enumerated() where r.mentions[p].kind == .place && n + 1 < ms.count {
        // The next mention is the person; between them a "represented (by)" cue or, for a second pair, "by".
        // The place is what is represented, not a seat or venue ("X from Zielona Góra was represented by …",
        // "w Rzeszowie reprezentowała …").
        let before = r.mentions[p].range.lowerBound - 1
        if before >= s.tokens.lowerBound, r.vocabulary.has(Recognizer.placePrepositions, before) { continue }
        let person = ms[n + 1]
        guard r.mentions[person].kind == .person, hasRole[g(person)] == true else { continue }
        let between = r.mentions[p].range.upperBound..<r.mentions[person].range.lowerBound
        guard between.count <= 6, between.contains(where: { r.vocabulary.has(Self.representedCues, $0) || r.vocabulary.lowerIn($0, ["by", "przez"]) }),
              !between.contains(where: { r.claim[$0] >= 0 }) else { continue }
        let o = g(p)
        if affiliations[g(person)]?.contains(o) == true { continue }
        add(g(person), o, .affiliatedWith, k)
        affiliations[g(person), default: []].append(o)
      }
    }
  }
}
