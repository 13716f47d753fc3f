import StakeholderModel

/// The head of a body named in the sentence before and referred to there by a common noun or a pronoun in the
/// instrumental, before or after a verb of heading:
/// - "Organizatorem jest Centrum Kultury X. Od trzech lat placówką kieruje Anna Lis.";
/// - "… Fundacja Y z Chełma. Fundacją kieruje Irena Kos.", "… Stowarzyszenie Z. Kieruje nim dr Jan Wrona.";
/// - "… Podkarpackiej Rady Innowacji. Radzie przewodniczy X", "… Biuro Y. Na jego czele stoi dyrektor Z".
///
/// A generic noun ("placówką", "instytucją", "nim") stands for the last body of the two sentences before that is no
/// territorial authority (a city, a commune); a noun with a head ("fundacją") for the last body with that head.
extension RelationFinder {
  /// Verbs of heading a body, present and past.
  static let bodyHeadingVerbs: WordSet = [
    "kieruje", "kierował", "kierowała", "zarządza", "zarządzał", "zarządzała", "szefuje", "przewodniczy", "przewodzi",
    "pokieruje",
  ]
  /// Instrumental nouns and pronouns that refer to any body named before.
  static let genericBodyReferences: WordSet = ["placówką", "instytucją", "jednostką", "organizacją", "nim", "nią", "jego", "jej"]
  /// Heads of territorial authorities, which a generic reference to an institution does not stand for.
  static let territorialHeads: Set<String> = ["miasto", "gmina", "powiat", "województwo", "samorząd"]

  /// Adds the affiliation of the person named right after a verb of heading with the body that the instrumental noun
  /// or pronoun beside the verb refers to.
  mutating func headOfReferredBody() {
    guard r.sentences.count > 1 else { return }
    for k in 1..<r.sentences.count where r.vocabulary.sentenceHas(Self.bodyHeadingVerbs, k) {
      let s = r.sentences[k]
      for v in s.tokens where r.claim[v] < 0 && r.vocabulary.has(Self.bodyHeadingVerbs, v) {
        guard let (person, reference) = headingPersonAndReference(at: v, in: s),
              let body = bodyReferred(by: reference, before: k) else { continue }
        let p = g(person)
        guard affiliations[p]?.contains(where: { kind($0) == .organization }) != true else { continue }
        affiliate(p, body, k)
      }
    }
  }

  /// The person named after the verb at `v` (titles and "od 2019 roku" between) and the instrumental reference just
  /// before the verb (past an adverbial of up to four words) or right after it; nil when either is missing.
  func headingPersonAndReference(at v: Int, in s: Sentence) -> (Int, Int)? {
    var reference: Int?
    // "Radzie przewodniczy X": presiding takes the dative.
    let dative = r.tokens[v].lower.hasPrefix("przewodnicz")
    var b = v - 1
    while b >= s.tokens.lowerBound, v - b <= 5, r.claim[b] < 0, r.tokens[b].casing != .capitalized || b == s.tokens.lowerBound {
      if isBodyReference(b, dative: dative) { reference = b; break }
      b -= 1
    }
    var q = v + 1
    if reference == nil, q < s.tokens.upperBound, r.claim[q] < 0, isBodyReference(q, dative: dative) { reference = q; q += 1 }
    guard let ref = reference else { return nil }
    // "kieruje od 2019 roku dr Anna X": an adverbial of time and titles may stand between.
    while q < s.tokens.upperBound, q - v <= 6, r.claim[q] < 0,
          r.vocabulary.has(RoleWords.titles, q) || r.tokens[q].text == "." || r.tokens[q].kind == .number || r.vocabulary.lowerIn(q, ["od", "roku", "lat", "since"]) {
      q += 1
    }
    guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .person else { return nil }
    return (r.claim[q], ref)
  }

  /// Whether token `t` is an instrumental (or, after a verb of presiding, dative) noun or pronoun that refers to a
  /// body, in lower case or opening its sentence.
  func isBodyReference(_ t: Int, dative: Bool = false) -> Bool {
    guard r.tokens[t].casing == .lower || (r.tokens[t].casing == .capitalized && t == r.sentences[r.sentenceOf[t]].tokens.lowerBound) else { return false }
    if r.vocabulary.has(Self.genericBodyReferences, t) { return true }
    guard let h = r.heads[t], h.kind == .organization, !h.english else { return false }
    let w = r.tokens[t].lower
    return w.hasSuffix("ą") || w.hasSuffix("em") || (dative && (w.hasSuffix("ie") || w.hasSuffix("owi") || w.hasSuffix("i")))
  }

  /// The body (group) that the reference at token `ref` stands for: for a noun with a head, the last body with that
  /// head in the two sentences before `k`; for a generic noun or pronoun, the first body of the sentence before (its
  /// subject) that is no territorial authority, else the last such body of the sentence before that.
  func bodyReferred(by ref: Int, before k: Int) -> Int? {
    let lemma = r.vocabulary.has(Self.genericBodyReferences, ref) ? nil : r.heads[ref]?.lemma
    for b in stride(from: k - 1, through: max(0, k - 2), by: -1) {
      let bodies = mentions(in: b).filter { r.mentions[$0].kind == .organization }
      let ordered = lemma == nil && b == k - 1 ? bodies : bodies.reversed()
      for o in ordered {
        let head = r.mentions[o].head?.lemma
        if let lemma { if head == lemma { return g(o) } else { continue } }
        if let head, Self.territorialHeads.contains(head) { continue }
        return g(o)
      }
    }
    return nil
  }

  /// "Na jego czele stoi dyrektor X": the person at the head of the body the sentence before is about.
  mutating func headAtTheTop() {
    guard r.sentences.count > 1 else { return }
    for k in 1..<r.sentences.count where r.vocabulary.sentenceHas(Self.topWords, k) {
      let s = r.sentences[k]
      for c in s.tokens where c - 2 >= s.tokens.lowerBound && c + 1 < s.tokens.upperBound && r.vocabulary.lowerIs(c, "czele") {
        guard r.vocabulary.lowerIs(c - 2, "na"), r.vocabulary.lowerIn(c - 1, ["jego", "jej"]),
              r.vocabulary.lowerIn(c + 1, ["stoi", "stał", "stała", "stanie", "stanęła", "stanął"]) else { continue }
        var q = c + 2
        while q < s.tokens.upperBound, q - c <= 6, r.claim[q] < 0, r.roleWords[q] != nil || r.vocabulary.has(RoleWords.titles, q) || r.tokens[q].text == "." { q += 1 }
        guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .person,
              let body = bodyReferred(by: c - 1, before: k) else { continue }
        let p = g(r.claim[q])
        guard affiliations[p]?.contains(where: { kind($0) == .organization }) != true else { continue }
        affiliate(p, body, k)
      }
    }
  }

  /// The word of "na czele" ("at the head"), for the sentence test.
  static let topWords: WordSet = ["czele"]
}
