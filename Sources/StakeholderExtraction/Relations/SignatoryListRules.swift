import StakeholderModel

/// A bulleted list of signatories after a lead-in of signing: "The agreement was signed by: • P, Marshal, for the X
/// Voivodeship; • Q, Director, for the Y Agency; …", "Porozumienie podpisali: • P, marszałek, w imieniu X; …". The
/// bodies the items sign for are partners of each other, and each signatory is affiliated with the body of his item
/// (schema rule 8).
///
/// - Complexity: O(n + i²) for n tokens and i items of a list.
extension RelationFinder {
  /// Adds the partnerships and affiliations of each list of signatories.
  mutating func signatoryLists() {
    for (k, _) in r.sentences.enumerated() where speaksOfSigning(k) {
      let items = listItems(after: k)
      guard items.count >= 2 else { continue }
      var sides: [(body: Int, item: Int)] = []
      for item in items {
        let ms = mentions(in: item)
        let person = ms.first { r.mentions[$0].kind == .person }
        let after = person.map { r.mentions[$0].range.upperBound } ?? 0
        guard let body = ms.last(where: { r.mentions[$0].kind == .organization && r.mentions[$0].range.lowerBound >= after }) else { continue }
        if !sides.contains(where: { $0.body == g(body) }) { sides.append((g(body), item)) }
        if let person, affiliations[g(person)]?.contains(g(body)) != true {
          add(g(person), g(body), .affiliatedWith, item)
          affiliations[g(person), default: []].append(g(body))
        }
      }
      // "Umowy z funduszem podpisali:": each signed with the side the lead-in names (``exhibitorAndAgreementLists()``),
      // not with each other.
      guard sides.count >= 2, otherSideOfAgreement(in: k) == nil else { continue }
      for x in 0..<sides.count { for y in (x + 1)..<sides.count { add(sides[x].body, sides[y].body, .partnerOf, sides[y].item) } }
    }
  }
}
