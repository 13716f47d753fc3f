import StakeholderModel

/// Signatories named by their function after the signing bodies were named: "…list intencyjny, który podpisały
/// Gmina X i spółka Y. Dokument podpisali burmistrz X-a Jan Z i prezes spółki Adam W." — each signatory is
/// affiliated with the one signing body that fits the function (schema rule 8: signatories are affiliated with
/// their organizations). A mayor fits a gmina or town, a starosta a powiat, a rector a university (``RoleWord``'s
/// institution heads); a company's function ("prezes spółki", "CEO of the company") fits the side written as a company.
///
/// - Complexity: O(n + r·m) for n tokens, r functions and m mentions of the three sentences looked at.
extension RelationFinder {
  /// Words in a function that name a company as its institution: "prezes spółki", "prezes firmy", "the company's CEO".
  static let companyWordsInFunction: Set<String> = ["spółki", "firmy", "company", "company's", "przedsiębiorstwa", "zakładu"]

  /// Whether sentence `k` speaks of signing (a verb or noun of signing, an agreement).
  func speaksOfSigning(_ k: Int) -> Bool { r.vocabulary.sentenceHas(Markers.agreementCue, k) }

  mutating func signatoriesOfSides() {
    for (k, _) in r.sentences.enumerated() where speaksOfSigning(k) {
      // A function naming its territory ("burmistrz Boguszowa-Gorc") still signs for the body of that territory.
      let roles = r.roles.filter { $0.sentence == k && $0.at >= 0 && ($0.target == nil || r.mentions[$0.target!].kind == .place) }
      guard !roles.isEmpty else { continue }
      // The signing bodies: organizations of this sentence and of the two before that speak of signing.
      var sides: [Int] = []
      var companySides = Set<Int>()
      for b in stride(from: k, through: max(0, k - 2), by: -1) where speaksOfSigning(b) {
        for m in mentions(in: b) where r.mentions[m].kind == .organization && !sides.contains(g(m)) {
          let before = r.mentions[m].range.lowerBound - 1
          // "w Urzędzie Miasta Łodzi list intencyjny podpisali …": the venue is not a side.
          if before >= 0, r.vocabulary.lowerIn(before, ["w", "we", "at", "in"]) { continue }
          sides.append(g(m))
          if before >= 0, r.claim[before] < 0, r.vocabulary.has(Recognizer.companyNouns, before) { companySides.insert(g(m)) }
        }
      }
      guard sides.count >= 2 else { continue }
      for role in roles {
        let p = g(role.person)
        if let a = affiliations[p], a.contains(where: { sides.contains($0) }) { continue }
        let words = Set(role.text.lowercased().split(separator: " ").map(String.init))
        var fits: [Int] = []
        if !words.isDisjoint(with: Self.companyWordsInFunction) {
          fits = sides.filter { companySides.contains($0) }
        } else if !role.word.institution.isEmpty {
          fits = sides.filter { side in
            let names = r.mentions.indices.filter { g($0) == side }.map { r.mentions[$0].name.lowercased() }
            return names.contains { n in role.word.institution.contains { n.hasPrefix($0) } }
          }
        }
        guard fits.count == 1 else { continue }
        affiliate(p, fits[0], k)
      }
    }
  }
}
