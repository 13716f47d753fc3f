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
    let scalars = doc.text.scalarArray
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

    let typography = WrittenTypography(tokens, marks: rec.marks)
    var entities: [LocalEntity] = res.groups.map { idx in
      let ms = idx.map { rec.mentions[$0] }
      // A translation in parentheses is an alias; the name written first is canonical.
      let named = res.translations.isEmpty ? idx : idx.filter { !res.translations.contains($0) }
      let name = typography.asWritten(DocumentResolver.canonicalName(named.isEmpty ? idx : named, rec.mentions))
      var aliases: [String] = []
      // Each mention's surface, acronyms, inner name and full form, in that order (no array built per mention).
      func alias(_ form: String) {
        let a = typography.asWritten(form)
        if a != name && !aliases.contains(a) { aliases.append(a) }
      }
      for m in ms {
        alias(m.surface)
        for form in m.acronyms { alias(form) }
        if let form = m.innerName { alias(form) }
        if let form = m.fullForm { alias(form) }
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
    var sectors = DocumentSectors(rec: rec, res: res, rf: rf, names: names, language: language)
    sectors.assign(&entities, roleWord: roleWord, officeWord: officeWord)
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
    // A person the scorer affiliates, with no sector from the rules, takes the sector of that affiliation.
    var addedAffiliations: [Int: [Int]] = [:]
    for (key, k) in decision.added {
      relations.append(LocalRelation(source: key.source, target: key.target, type: key.type, evidence: [evidence(k)]))
      if key.type == .affiliatedWith, entities[key.source].kind == .person, entities[key.source].sector == nil {
        addedAffiliations[key.source, default: []].append(key.target)
      }
    }
    for p in addedAffiliations.keys.sorted() {
      sectors.assignPerson(p, &entities, affiliations: addedAffiliations[p]!, roleWord: roleWord[p], officeWord: officeWord[p])
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
}
