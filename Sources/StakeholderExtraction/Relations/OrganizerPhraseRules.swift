import StakeholderModel

/// Who runs a project or an event, in phrasings the organizer readers miss:
///
/// - "Koordynatorem sieci będzie LPNT", "Operatorem programu jest X": an organizer noun of a project and a copula
///   before the organization.
/// - "Platformę prowadzić będzie PARR", "W tej części pogranicza fundusz obsługuje Stowarzyszenie X": a generic
///   noun of a project (platform, fund, network, project) as the object of a verb of running, the organization after.
/// - Adverbials between a verb and its subject ("Forum organizuje co roku X", "które 20 listopada organizuje w
///   Kielcach X") are skipped by ``pastAdverbials(_:in:)``.
///
/// - Complexity: O(n) for n tokens (each sentence visited once, with look-ups among its mentions).
extension RelationFinder {
  /// Organizer nouns of a project (instrumental after a copula, or nominative): "Koordynatorem sieci będzie X".
  static let projectOrganizerNouns: WordSet = ["koordynatorem", "koordynatorami", "operatorem", "operatorami", "operator", "coordinator"]
  /// Words between a project organizer noun and the organization: "sieci będzie", "projektu jest", "is the".
  static let organizerCopulaWords = Markers.toBe.union([
    "będą", "są", "było", "została", "został", "zostało", "will", "be", "the",
    "sieci", "projektu", "programu", "platformy", "funduszu", "inicjatywy", "network", "project", "programme", "platform", "fund",
  ])
  /// Generic nouns of a project as an object (accusative), with the stem its name starts a word with.
  static let projectObjectNouns: [String: String] = [
    "platformę": "platform", "fundusz": "fundusz", "sieć": "sieć", "projekt": "", "przedsięwzięcie": "", "program": "program",
    "inicjatywę": "inicjatyw", "strategię": "strategi", "badanie": "badani", "instrument": "", "pilotaż": "pilota", "dokument": "",
  ]
  /// The keys of ``projectObjectNouns``, for the index look-up that gates the rule.
  static let projectObjectNounWords = WordSet(Array(projectObjectNouns.keys))
  /// Verbs of running a project whose subject follows in Polish word order: "prowadzić będzie X", "obsługuje X".
  static let runningVerbs: WordSet = [
    "prowadzi", "prowadzić", "poprowadzi", "koordynuje", "koordynować", "obsługuje", "obsługiwać", "obsługiwał", "obsługiwała",
    "zarządza", "zarządzać", "realizuje", "realizować", "administruje", "przygotował", "przygotowała", "przygotowało",
    "przygotowali", "przygotowuje", "opracował", "opracowała", "opracowało", "wdraża",
  ]
  /// Adverbials that may stand between a verb and its subject: "co roku", "w tym roku", "od lat", "już".
  static let adverbialWords: WordSet = [
    "co", "roku", "w", "tym", "od", "lat", "już", "ponownie", "corocznie", "tradycyjnie", "również", "także", "then", "every",
    "year", "again", "annually", "traditionally", "currently", "obecnie", "now", "teraz", "we", "styczniu", "lutym", "marcu",
    "kwietniu", "maju", "czerwcu", "lipcu", "sierpniu", "wrześniu", "październiku", "listopadzie", "grudniu", "jesienią",
    "wiosną", "latem", "zimą",
  ]

  /// "z programu „P”, którego operatorem jest X": the project or programme the relative pronoun before the organizer
  /// noun at `w` stands for, the one named right before the comma.
  func relativeAntecedent(ofNoun w: Int, in s: Sentence) -> Int? {
    guard w - 3 >= s.tokens.lowerBound, r.vocabulary.lowerIn(w - 1, ["którego", "której", "których"]), r.tokens[w - 2].text == "," else { return nil }
    var e = w - 3
    while e >= s.tokens.lowerBound, r.claim[e] < 0, r.tokens[e].kind == .punct { e -= 1 }
    guard e >= s.tokens.lowerBound, r.claim[e] >= 0, r.mentions[r.claim[e]].kind == .project else { return nil }
    return g(r.claim[e])
  }

  /// From `q`, past adverbial words and a place phrase ("w Kielcach", "in Płock"), at most five tokens; `q` when no
  /// mention follows them.
  func pastAdverbials(_ q: Int, in s: Sentence) -> Int {
    var e = q
    while e < s.tokens.upperBound, e - q < 5, r.claim[e] < 0 {
      if r.vocabulary.lowerIn(e, ["w", "we", "in"]), e + 1 < s.tokens.upperBound, r.claim[e + 1] >= 0, r.mentions[r.claim[e + 1]].kind == .place {
        let p = r.claim[e + 1]
        e += 1
        while e < s.tokens.upperBound, r.claim[e] == p { e += 1 }
        continue
      }
      // "w Kielcach" with a town the recogniser did not take as a place: a capitalised word after the preposition.
      if r.vocabulary.lowerIn(e, ["w", "we"]), e + 2 < s.tokens.upperBound, r.claim[e + 1] < 0, r.tokens[e + 1].casing == .capitalized,
         r.claim[e + 2] >= 0 {
        e += 2
        continue
      }
      guard r.vocabulary.has(Self.adverbialWords, e) || r.tokens[e].kind == .number || (r.tokens[e].casing == .lower && r.tokens[e].lower.hasSuffix("a") && e > q && r.tokens[e - 1].kind == .number) else { break }
      e += 1
    }
    // "Sieć koordynuje opolskie CTT": one lower-case adjective of origin right before the subject's name.
    if e + 1 < s.tokens.upperBound, r.claim[e] < 0, r.tokens[e].kind == .word, r.tokens[e].casing == .lower, r.tokens[e].lower.hasSuffix("ie") || r.tokens[e].lower.hasSuffix("ski") || r.tokens[e].lower.hasSuffix("ska"),
       r.claim[e + 1] >= 0, r.mentions[r.claim[e + 1]].kind == .organization { e += 1 }
    return e < s.tokens.upperBound && r.claim[e] >= 0 ? e : q
  }

  /// The one project (or programme) whose name has the word `stem`, else the one with a word starting with it, else nil.
  func projectNamed(withWordStarting stem: String) -> Int? {
    var exact = Set<Int>()
    var found = Set<Int>()
    // A fund or programme counts: "fundusz obsługuje X" names the fund X operates.
    for i in mentions(ofKind: .project) {
      let m = r.mentions[i]
      let words = m.name.fastLowercased.split(whereSeparator: { $0 == " " || $0 == "-" })
      if words.contains(where: { $0.hasPrefix(stem) }) { found.insert(g(i)) }
      // "fundusz" names "Fundusz Małych Projektów", not "Fundusze Europejskie …": the word itself first.
      if words.contains(where: { $0 == stem }) { exact.insert(g(i)) }
    }
    if exact.count == 1 { return exact.first }
    return found.count == 1 ? found.first : nil
  }

  /// "Koordynatorem sieci będzie LPNT", "Platformę prowadzić będzie PARR", "fundusz obsługuje Stowarzyszenie X".
  mutating func projectRunners() {
    for (k, s) in r.sentences.enumerated() {
      // Both patterns start at a noun: a sentence with neither is skipped unread.
      let organizerNoun = r.vocabulary.sentenceHas(Self.projectOrganizerNouns, k)
      guard organizerNoun || r.vocabulary.sentenceHas(Self.projectObjectNounWords, k) else { continue }
      let ms = mentions(in: k)
      let named = ms.first { r.mentions[$0].kind == .project && !r.mentions[$0].isProgramme && !funderLike($0) }.map { g($0) }
      // Organizer noun, copula, organization.
      for w in s.tokens where organizerNoun && r.claim[w] < 0 && r.vocabulary.has(Self.projectOrganizerNouns, w) {
        var q = w + 1
        var noun: String?
        while q < s.tokens.upperBound, q - w <= 4, r.claim[q] < 0, r.vocabulary.has(Self.organizerCopulaWords, q) {
          if noun == nil, !r.vocabulary.lowerIn(q, ["będzie", "będą", "jest", "są", "był", "była", "było", "została", "został", "zostało", "is", "was", "will", "be", "the"]) { noun = r.tokens[q].lower }
          q += 1
        }
        guard q > w + 1, q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization else { continue }
        let byNoun = noun.flatMap { n -> Int? in n.hasPrefix("sie") || n == "network" ? projectNamed(withWordStarting: "sie") : nil }
        guard let proj = relativeAntecedent(ofNoun: w, in: s) ?? named ?? byNoun ?? mainProject else { continue }
        let og = g(r.claim[q])
        add(og, proj, .organizes, k)
        organizers.insert(og)
        let partner = Key(source: og, target: proj, type: .participatesIn)
        if found[partner] != nil { found[partner] = nil; order.removeAll { $0 == partner } }
      }
      // Generic project noun, verb of running, organization.
      guard r.vocabulary.sentenceHas(Self.projectObjectNounWords, k) else { continue }
      for n in s.tokens where r.claim[n] < 0 && r.vocabulary.has(Self.projectObjectNounWords, n) {
        guard let stem = Self.projectObjectNouns[r.tokens[n].lower] else { continue }
        var v = n + 1
        if v < s.tokens.upperBound, r.vocabulary.lowerIn(v, ["będzie", "będą"]) { v += 1 }
        guard v < s.tokens.upperBound, r.claim[v] < 0, r.vocabulary.has(Self.runningVerbs, v) else { continue }
        var q = v + 1
        if q < s.tokens.upperBound, r.vocabulary.lowerIn(q, ["będzie", "będą"]) { q += 1 }
        q = pastAdverbials(q, in: s)
        guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization else { continue }
        // "… skorzystała z Bonu X. Instrument prowadzi Y": a noun opening the sentence refers to the project named last.
        let opening = n == s.tokens.lowerBound && k > 0 ? mentions(in: k - 1).last(where: { r.mentions[$0].kind == .project && !funderLike($0) }).map({ g($0) }) : nil
        // The sentence before speaks of another project (only its source of money was read as one): not the document's.
        let speaksOfAnother = opening == nil && n == s.tokens.lowerBound && k > 0 && mentions(in: k - 1).contains { r.mentions[$0].kind == .project }
        let target = stem.isEmpty ? (named ?? opening ?? (speaksOfAnother ? nil : mainProject)) : (projectNamed(withWordStarting: stem) ?? named ?? projectIntroduced(byNounStem: stem, before: n))
        guard let proj = target else { continue }
        let og = g(r.claim[q])
        add(og, proj, .organizes, k)
        organizers.insert(og)
        let partner = Key(source: og, target: proj, type: .participatesIn)
        if found[partner] != nil { found[partner] = nil; order.removeAll { $0 == partner } }
      }
    }
  }
}
