import StakeholderModel

/// Funding written in the active voice, with the funder after the verb (Polish word order): "Projekt współfinansuje
/// Europejski Fundusz Rozwoju Regionalnego w ramach programu X", "…, a finansuje je program Y", "The ERDF co-finances
/// the project". The project is the one named before the verb, else the one a pronoun or a generic noun refers to (the
/// project named in the sentence before, else the document's); a programme after "w ramach" / "under" funds it too.
///
/// - Complexity: O(n) for n tokens (each sentence visited once, with look-ups among its mentions and the one before).
extension RelationFinder {
  /// Active verbs of funding: "finansuje", "współfinansuje", "dofinansowuje", "co-finances", "funds".
  static let activeFundingVerbs: WordSet = [
    "finansuje", "finansują", "współfinansuje", "współfinansują", "dofinansowuje", "dofinansowują", "sfinansował",
    "sfinansowała", "sfinansowało", "finances", "co-finances", "cofinances", "co-funds", "funds", "financed",
    "sfinansuje", "sfinansują", "dofinansuje", "dofinansują", "współfinansował", "współfinansowała",
  ]
  /// Nouns of the means of funding between the verb and the funder: "współfinansuje kredytem Bank X".
  static let fundingMeans: WordSet = ["kredytem", "pożyczką", "dotacją", "grantem", "środkami", "subwencją", "with"]
  /// Edition nouns before a programme's name ("edycję programu X"): the edition is what a funder pays for.
  static let editionNouns: WordSet = ["edycję", "edycja", "edycji", "edition"]

  /// Whether the project mention `m` is named as an edition ("edycję X", "edycję programu X").
  func editionOf(_ m: Int) -> Bool {
    var b = r.mentions[m].range.lowerBound - 1
    if b >= 0, r.claim[b] < 0, r.vocabulary.has(Markers.programme, b) { b -= 1 }
    return b >= 0 && r.claim[b] < 0 && r.vocabulary.has(Self.editionNouns, b)
  }

  /// Pronouns and nouns that refer to a project before an active funding verb: "finansuje je", "Projekt współfinansuje".
  static let fundedReferences: WordSet = ["je", "go", "ją", "projekt", "przedsięwzięcie", "inicjatywę", "it", "project", "program", "programme"]

  /// Records the active-voice funding of the file's summary: project funded_by funder (and by the programme after
  /// "w ramach" / "under").
  mutating func activeFunding() {
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Self.activeFundingVerbs, k) else { continue }
      guard let v = s.tokens.first(where: { r.claim[$0] < 0 && r.vocabulary.has(Self.activeFundingVerbs, $0) }) else { continue }
      // "funds" as a noun ("EU funds", "the funds of …") is no verb: an English verb needs a name or "the" after it.
      if r.language == "en", v + 1 < s.tokens.upperBound, !(r.vocabulary.lowerIs(v + 1, "the") || r.claim[v + 1] >= 0) { continue }
      let ms = mentions(in: k)
      // The funder: right after the verb (past a pronoun object: "finansuje je program X") — a programme, fund or body.
      var q = v + 1
      if q < s.tokens.upperBound, r.vocabulary.lowerIn(q, ["je", "go", "ją", "the"]) { q += 1 }
      // "współfinansuje kredytem Bank X": the means of funding before the funder.
      if q < s.tokens.upperBound, r.claim[q] < 0, r.vocabulary.has(Self.fundingMeans, q) { q += 1 }
      if q < s.tokens.upperBound, r.claim[q] < 0, r.vocabulary.has(Markers.programme, q) { q += 1 }
      guard q < s.tokens.upperBound, r.claim[q] >= 0, [.project, .organization].contains(r.mentions[r.claim[q]].kind) else { continue }
      var funders = [r.claim[q]]
      // "… Regionalnego w ramach programu X", "… under the X programme": the programme funds as well.
      var e = claimedEnd(r.claim[q], before: s.tokens.upperBound)
      if e < s.tokens.upperBound, r.tokens[e].text == "(", let close = (e..<min(s.tokens.upperBound, e + 5)).first(where: { r.tokens[$0].text == ")" }) { e = close + 1 }
      if e + 2 < s.tokens.upperBound, (r.vocabulary.lowerIs(e, "w") && r.vocabulary.lowerIs(e + 1, "ramach")) || r.vocabulary.lowerIs(e, "under") {
        var p = e + (r.vocabulary.lowerIs(e, "w") ? 2 : 1)
        if p < s.tokens.upperBound, r.vocabulary.lowerIs(p, "the") { p += 1 }
        if p < s.tokens.upperBound, r.claim[p] < 0, r.vocabulary.has(Markers.programme, p) { p += 1 }
        if p < s.tokens.upperBound, r.claim[p] >= 0, r.mentions[r.claim[p]].kind == .project { funders.append(r.claim[p]) }
      }
      // The project funded: named before the verb, else referred to by a pronoun or a generic noun before it.
      // ("Tegoroczną edycję programu X sfinansowała Y": a programme's edition is funded, not a funder.)
      let named = ms.last {
        r.mentions[$0].kind == .project && (!r.mentions[$0].isProgramme || editionOf($0)) && !funderLike($0) && r.mentions[$0].range.upperBound <= v
      }.map { g($0) }
      var funded = named
      if funded == nil, (s.tokens.lowerBound..<q).contains(where: { r.claim[$0] < 0 && r.vocabulary.has(Self.fundedReferences, $0) }) {
        let before = k > 0 ? mentions(in: k - 1).last(where: { r.mentions[$0].kind == .project && !r.mentions[$0].isProgramme && !funderLike($0) }).map { g($0) } : nil
        funded = before ?? mainProject
      }
      guard let project = funded else { continue }
      for f in funders where g(f) != project { add(project, g(f), .fundedBy, k) }
    }
  }

  /// "projektu „H2 Regions”, który UMWP realizuje wspólnie z partnerami z sześciu krajów w programie Interreg Europe",
  /// "the X project, which the city runs under the Interreg Europe programme": a programme named in the project's
  /// relative clause (after "w programie", "w ramach programu", "under the", "in the … programme") funds it.
  mutating func programmeInProjectClause() {
    for (k, s) in r.sentences.enumerated() {
      let ms = mentions(in: k)
      for pm in ms where r.mentions[pm].kind == .project && !r.mentions[pm].isProgramme && !funderLike(pm) {
        var q = r.mentions[pm].range.upperBound
        while q < s.tokens.upperBound, r.claim[q] == pm || (r.claim[q] < 0 && SentenceSplitter.closeQuotes.contains(r.tokens[q].text)) { q += 1 }
        guard q + 2 < s.tokens.upperBound, r.tokens[q].text == ",", r.vocabulary.lowerIn(q + 1, ["który", "którego", "które", "która", "which", "that"]) else { continue }
        var t = q + 2
        while t < min(s.tokens.upperBound, q + 20), r.tokens[t].text != "," {
          var p = t
          if r.vocabulary.lowerIs(p, "w"), p + 1 < s.tokens.upperBound, r.vocabulary.lowerIs(p + 1, "ramach") { p += 2 }
          else if r.vocabulary.lowerIn(p, ["w", "under", "in"]) { p += 1 } else { t += 1; continue }
          if p < s.tokens.upperBound, r.vocabulary.lowerIs(p, "the") { p += 1 }
          let marker = p < s.tokens.upperBound && r.claim[p] < 0 && r.vocabulary.has(Markers.programme, p)
          if marker { p += 1 }
          if p < s.tokens.upperBound, r.claim[p] >= 0, r.mentions[r.claim[p]].kind == .project, g(r.claim[p]) != g(pm),
             marker || r.mentions[r.claim[p]].isProgramme || funderLike(r.claim[p]) {
            add(g(pm), g(r.claim[p]), .fundedBy, k)
            break
          }
          t += 1
        }
      }
    }
  }

  /// "RESORT4GROWTH brings together seven partners … under the Interreg Europe programme", "Projekt X realizowany jest w
  /// ramach programu Y": a project that opens the sentence is funded by the programme the sentence names after
  /// "under the" / "w ramach programu" (no other project standing between).
  mutating func programmeOfSubjectProject() {
    for (k, s) in r.sentences.enumerated() {
      let ms = mentions(in: k)
      guard let first = ms.first, r.mentions[first].kind == .project, !r.mentions[first].isProgramme, !funderLike(first),
            r.mentions[first].range.lowerBound <= s.tokens.lowerBound + 2 else { continue }
      for t in s.tokens where t > r.mentions[first].range.upperBound && t + 2 < s.tokens.upperBound {
        var p = t
        if r.vocabulary.lowerIs(p, "under") { p += 1 } else if r.vocabulary.lowerIs(p, "w"), r.vocabulary.lowerIs(p + 1, "ramach") { p += 2 } else { continue }
        if p < s.tokens.upperBound, r.vocabulary.lowerIs(p, "the") { p += 1 }
        let marker = p < s.tokens.upperBound && r.claim[p] < 0 && r.vocabulary.has(Markers.programme, p)
        if marker { p += 1 }
        guard p < s.tokens.upperBound, r.claim[p] >= 0, r.mentions[r.claim[p]].kind == .project else { continue }
        let prog = r.claim[p]
        guard marker || r.mentions[prog].isProgramme || funderLike(prog), g(prog) != g(first),
              !ms.contains(where: { r.mentions[$0].kind == .project && $0 != first && $0 != prog && r.mentions[$0].range.lowerBound < p && !r.mentions[$0].isProgramme && !funderLike($0) }) else { continue }
        add(g(first), g(prog), .fundedBy, k)
      }
    }
  }
}
