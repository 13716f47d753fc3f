import StakeholderModel

/// Turns one document into a ``DocumentExtraction``: tokens → sentences → mentions → entities → relations → sectors.
struct DocumentExtractor {
  let names: NameServices

  func extract(_ doc: SourceDocument) -> DocumentExtraction {
    extract(doc, scorer: .shared, collect: false).extraction
  }

  /// The extraction of `doc` with the learnt relation scorer `scorer` (nil: the hand rules alone), and, when
  /// `collect` is set, the scorer's candidates and their features (for the training dump, `evaluate --dump-pairs`).
  func extract(_ doc: SourceDocument, scorer: RelationScorer?, collect: Bool)
    -> (extraction: DocumentExtraction, candidates: [RelationCandidate], features: [[String]]) {
    let scalars = Array(doc.text.unicodeScalars)
    var tokens = Tokenizer.tokenize(scalars)
    let language = DocumentMetadata.language(tokens)
    Truecaser.recase(&tokens, names: names)
    var rec = Recognizer(tokens: tokens, language: language, names: names)
    rec.run()
    let res = DocumentResolver(rec)
    var rf = RelationFinder(rec, res)
    rf.run()
    let document = Document(
      id: doc.id, language: language, title: DocumentMetadata.title(tokens, rec.sentences, scalars: scalars),
      date: DocumentMetadata.date(tokens))

    let typography = WrittenTypography(tokens)
    var entities: [LocalEntity] = res.groups.map { idx in
      let ms = idx.map { rec.mentions[$0] }
      // A translation in parentheses is an alias; the name written first is canonical.
      let named = res.translations.isEmpty ? idx : idx.filter { !res.translations.contains($0) }
      let name = typography.asWritten(DocumentResolver.canonicalName(named.isEmpty ? idx : named, rec.mentions))
      var aliases: [String] = []
      for m in ms {
        for form in [m.surface] + m.acronyms + [m.innerName, m.fullForm].compactMap({ $0 }) {
          let a = typography.asWritten(form)
          if a != name && !aliases.contains(a) { aliases.append(a) }
        }
      }
      let mentions = ms.map { m in
        Mention(document: doc.id, start: tokens[m.range.lowerBound].start, end: tokens[m.range.upperBound - 1].end)
      }
      return LocalEntity(kind: ms[0].kind, name: name, aliases: aliases.sorted(), mentions: Self.sortedUnique(mentions))
    }
    // Roles: the first function given for each person.
    var roleWord: [Int: RoleWord] = [:]
    var officeWord: [Int: RoleWord] = [:]
    for role in rec.roles.sorted(by: { $0.sentence < $1.sentence }) {
      let g = res.groupOf[role.person]
      if entities[g].role == nil { entities[g].role = typography.asWritten(role.text); roleWord[g] = role.word; officeWord[g] = role.office }
    }
    // Sectors: organizations (parents before units), then persons.
    var decisions: [Int: SectorClassifier.Decision] = [:]
    let foreignPlaces: [Int: String] = Dictionary(uniqueKeysWithValues: res.groups.indices.compactMap { g in
      let ms = res.groups[g].map { rec.mentions[$0] }
      // "met in Oulu, Finland": a town written with a foreign country after it is abroad, whatever the lexicon says.
      let withCountry = ms.contains { m in
        let e = m.range.upperBound
        guard e + 1 < rec.tokens.count, rec.tokens[e].text == ",", rec.claim[e + 1] >= 0 else { return false }
        let c = rec.mentions[rec.claim[e + 1]]
        return c.kind == .place && c.range.lowerBound == e + 1 && (names.knownPlace(c.name)?.foreign ?? false)
      }
      // "West Pomeranian Voivodeship", "Podlaskie Voivodeship": an English name of a Polish region is at home.
      let polishRegion = SectorClassifier.isPolishRegionName(entities[g].name)
      guard ms[0].kind == .place, !polishRegion, ms.contains(where: \.foreign) || withCountry || !names.isPolishPlace(entities[g].name) else { return nil }
      return (g, entities[g].name)
    })
    /// Why an organization is foreign, if it is: located abroad, a nationality in its name, a foreign place
    /// in its name, or (in English texts) a public body with nothing Polish in its name.
    let foreignWords: [String: String] = Dictionary(foreignPlaces.values.map { ($0.fastLowercased, $0) }, uniquingKeysWith: { a, _ in a })
    var polishWord: [String: Bool] = [:]
    func foreignReason(_ g: Int, head: HeadWord?) -> String? {
      // "Lvivska Oblasna Rada (Lwowska Rada Obwodowa)": the Polish translation says where the body is.
      for name in [entities[g].name] + entities[g].aliases where name.includes(" ") {
        if let r = foreignReason(name, head: head) { return r }
      }
      return nil
    }
    func foreignReason(_ name: String, head: HeadWord?) -> String? {
      let lower = name.fastLowercased
      let words = Self.wordsBetweenSpacesAndHyphens(lower)
      if let w = words.first(where: { foreignWords[$0] != nil }) { return foreignWords[w] }
      if let w = words.first(where: { SectorClassifier.nationalityCue.matches($0) }) { return "'\(w)' in the name" }
      if let w = words.first(where: { SectorClassifier.foreignTerritoryWords.contains($0) }) { return "'\(w)' (a foreign territory) in the name" }
      if language == "en", let h = head, ["government", "council", "municipality", "authority", "agency", "administration"].contains(h.lemma) || lower.has("public "),
         !SectorClassifier.polishMarkers.contains(where: { lower.has($0) }),
         !name.split(whereSeparator: { $0 == " " || $0 == "-" }).contains(where: { w in
           if let v = polishWord[String(w)] { return v }
           let v = names.isPolishPlace(String(w))
           polishWord[String(w)] = v
           return v
         }) {
        return "a public body named without Polish place"
      }
      return nil
    }
    let located: [Int: Int] = {
      var d: [Int: Int] = [:]
      for key in rf.order where key.type == .locatedIn { d[key.source] = d[key.source] ?? key.target }
      return d
    }()
    func decide(_ g: Int, depth: Int) -> SectorClassifier.Decision? {
      if let d = decisions[g] { return d }
      guard entities[g].kind == .organization, depth < 8 else { return nil }
      let ms = res.groups[g].map { rec.mentions[$0] }
      let head = ms.compactMap(\.head).first
      let legal = ms.compactMap(\.legalForm).first
      let parent = rf.parents[g]
      let pd = parent.flatMap { decide($0, depth: depth + 1) }
      let foreign = located[g].flatMap { foreignPlaces[$0] } ?? foreignReason(g, head: head) ?? nationalityBefore(ms, rec.tokens)
      var d = SectorClassifier.organization(name: entities[g].name, head: head, legalForm: legal, foreignLocation: foreign, parent: pd, parentName: parent.map { entities[$0].name })
      // A name without a head word, written after a noun that says what the body is ("the association …").
      if d.isDefault, let noun = TypeNoun.before(ms, rec.tokens) {
        d = SectorClassifier.Decision(sector: noun.sector, reason: "called '\(noun.word)' in the text")
      }
      // "Mládežnický parlament města …", "Obecní úřad …": a public body named in a neighbouring country's language.
      if d.sector == .localGovernment || d.sector == .centralGovernment, Recognizer.namedInForeignLanguage(entities[g].name) {
        d = SectorClassifier.Decision(sector: .international, reason: "a foreign public body (named in its own language)")
      }
      decisions[g] = d
      return d
    }
    for g in entities.indices where entities[g].kind == .organization {
      if let d = decide(g, depth: 0) {
        entities[g].sector = d.sector
        entities[g].sectorReason = d.reason
        entities[g].sectorIsDefault = d.isDefault
      }
    }
    for g in entities.indices where entities[g].kind == .person {
      let affs = (rf.affiliations[g] ?? []).map { (name: entities[$0].name, kind: entities[$0].kind, decision: decisions[$0]) }
      if let d = SectorClassifier.person(affiliations: affs, role: roleWord[g], office: officeWord[g], foreignPlaces: Set(foreignPlaces.values)) {
        entities[g].sector = d.sector
        entities[g].sectorReason = d.reason
      } else if affs.isEmpty {
        // No affiliation and no telling function: the institution written next to the person's name.
        for mi in res.groups[g].sorted() {
          guard let o = rec.nearbyOrganization(of: mi), let d = decisions[res.groupOf[o]] else { continue }
          entities[g].sector = d.sector
          entities[g].sectorReason = "named next to \(entities[res.groupOf[o]].name)"
          break
        }
      }
    }
    for (unit, parent) in rf.parents where entities[unit].kind == .organization {
      if res.groups[unit].contains(where: { rec.mentions[$0].head?.isUnit == true }) { entities[unit].parentName = entities[parent].name }
    }
    // The learnt scorer: candidate pairs, their features, what it adds and drops.
    let kinds = entities.map(\.kind)
    let (candidates, features, decision) = RelationScorer.pass(scorer, collect: collect, rec, res, rf, kinds: kinds, sectors: entities.map(\.sector))
    // Relations share sentences: each sentence's text is built once.
    var sentenceTexts: [String?] = Array(repeating: nil, count: rec.sentences.count)
    func evidence(_ k: Int) -> Evidence {
      let s = rec.sentences[k]
      if sentenceTexts[k] == nil { sentenceTexts[k] = Evidence.sentenceText(scalars, s.start, s.end) }
      return Evidence(document: doc.id, start: s.start, end: s.end, text: sentenceTexts[k]!)
    }
    var relations: [LocalRelation] = rf.order.compactMap { key in
      let pair = min(key.source, key.target) * kinds.count + max(key.source, key.target)
      if decision.dropped.contains(pair) { return nil }
      return LocalRelation(source: key.source, target: key.target, type: key.type, evidence: rf.found[key]!.map(evidence))
    }
    for (key, k) in decision.added {
      relations.append(LocalRelation(source: key.source, target: key.target, type: key.type, evidence: [evidence(k)]))
    }
    return (DocumentExtraction(document: document, entities: entities, relations: relations), candidates, features)
  }

  /// `Array(Set(mentions)).sorted()` without hashing: sorted, then equal neighbours dropped (`Mention`'s `<`
  /// orders by every field, so equal mentions end up side by side).
  /// - Complexity: O(n log n).
  static func sortedUnique(_ mentions: [Mention]) -> [Mention] {
    var out: [Mention] = []
    out.reserveCapacity(mentions.count)
    for m in mentions.sorted() where out.last != m { out.append(m) }
    return out
  }

  /// The words of `text` between spaces and hyphens (`text.split(whereSeparator: { $0 == " " || $0 == "-" })`), cut on
  /// UTF-8 bytes when the text is ``Swift/String/isSimpleText`` (there each of those characters is one byte).
  ///
  ///     wordsBetweenSpacesAndHyphens("bielsko-biała agency")   // ["bielsko", "biała", "agency"]
  /// - Complexity: O(n) in the text's bytes.
  static func wordsBetweenSpacesAndHyphens(_ text: String) -> [String] {
    var t = text
    guard t.isSimpleText else { return text.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init) }
    return t.withUTF8 { bytes in
      var out: [String] = []
      var start = 0
      for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x20 || bytes[i] == 0x2D {
        if i > start { out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)) }
        start = i + 1
      }
      return out
    }
  }

  /// "fińska Rada Regionu Kainuu", "the Finnish Regional Council": a nationality adjective written right before
  /// one of an organization's mentions makes it foreign.
  func nationalityBefore(_ ms: [FoundMention], _ tokens: [Token]) -> String? {
    for m in ms where m.range.lowerBound > 0 {
      let t = tokens[m.range.lowerBound - 1]
      if t.kind == .word, SectorClassifier.nationalityCue.matches(t.lower) { return "'\(t.text)' before the name" }
    }
    return nil
  }
}
