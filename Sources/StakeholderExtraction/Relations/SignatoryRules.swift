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

  /// Affiliates each signatory named by function with the signing body that fits the function.
  mutating func signatoriesOfSides() {
    // The roles of each sentence, in the recogniser's order (read once, not once per sentence).
    var rolesOfSentence: [Int: [FoundRole]] = [:]
    for role in r.roles { rolesOfSentence[role.sentence, default: []].append(role) }
    for (k, _) in r.sentences.enumerated() where speaksOfSigning(k) {
      // A function naming its territory ("burmistrz Boguszowa-Gorc") still signs for the body of that territory.
      let roles = (rolesOfSentence[k] ?? []).filter { $0.at >= 0 && ($0.target == nil || r.mentions[$0.target!].kind == .place) }
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
        let words = Set(role.text.fastLowercased.split(separator: " ").map(String.init))
        var fits: [Int] = []
        if !words.isDisjoint(with: Self.companyWordsInFunction) {
          fits = sides.filter { companySides.contains($0) }
        } else if !role.word.institution.isEmpty {
          fits = sides.filter { side in
            let names = mentions(ofGroup: side).map { r.mentions[$0].name.fastLowercased }
            return names.contains { n in role.word.institution.contains { n.hasPrefix($0) } }
          }
        }
        guard fits.count == 1 else { continue }
        affiliate(p, fits[0], k)
      }
    }
  }

  /// Relative pronouns that open a clause of signing after an organization: "which", "który", "whose".
  static let signingRelatives: WordSet = ["which", "that", "który", "która", "które", "którego", "której", "whose"]

  /// "Polish partners include A and the City of X, which signed a letter of intent with Y in July", "Klaster X, którego
  /// koordynatorka podpisała porozumienie z Uniwersytetem Y": the organization before the relative pronoun and the one
  /// after "with" / "z" are the two sides of the agreement, whatever else the sentence lists.
  func relativeSigningSides(in k: Int) -> [Int]? {
    let s = r.sentences[k]
    for c in s.tokens where c + 2 < s.tokens.upperBound && r.tokens[c].text == "," && r.vocabulary.has(Self.signingRelatives, c + 1) {
      guard c - 1 >= s.tokens.lowerBound, r.claim[c - 1] >= 0, r.mentions[r.claim[c - 1]].kind == .organization else { continue }
      // The verb of signing within six tokens of the pronoun (a function and a name may stand between).
      guard let v = ((c + 2)..<min(s.tokens.upperBound, c + 8)).first(where: { r.claim[$0] < 0 && (r.tokens[$0].lower.hasPrefix("podpisa") || r.vocabulary.lowerIn($0, ["signed", "sygnowała", "sygnował"])) }) else { continue }
      let a = g(r.claim[c - 1])
      guard let w = (v..<min(s.tokens.upperBound, v + 10)).first(where: { r.vocabulary.lowerIn($0, ["with", "z", "ze"]) && $0 + 1 < s.tokens.upperBound }) else { continue }
      var q = w + 1
      if r.vocabulary.lowerIs(q, "the") { q += 1 }
      // The other side not recognised as a name: the organizations listed before the clause are still no sides.
      guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization else { return [a] }
      let b = g(r.claim[q])
      if a != b { return [a, b] }
    }
    return nil
  }
}
