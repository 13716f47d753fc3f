/// Names given with their translation in parentheses, as reports on cross-border and international cooperation
/// write them: "Sdružení obcí Jesenicka (Stowarzyszenie Gmin Jesenika)", "Ternopilska Miska Rada (Lviv City
/// Council)", "Politechnika Koszalińska (Koszalin University of Technology)". The translation is another name of the
/// same body (an alias); the form written first stays the canonical name.
extension DocumentResolver {
  /// The language a head word belongs to, for telling a translation from a unit and its parent: "Departament
  /// Rozwoju (Urząd Marszałkowski)" has two Polish heads and is not a translation.
  enum HeadLanguage { case polish, english, foreign }

  /// Pairs `(i, j)` where mention `j`, of the same kind as `i`, fills the parentheses right after `i` (alone, or
  /// before a comma and an acronym) and is written in another language.
  ///
  ///     translationPairs(rec)   // [(4, 5)] for "… Ternopilska Miska Rada (Ternopil City Council) …"
  /// - Complexity: O(m) for m mentions.
  static func translationPairs(_ r: Recognizer) -> [(Int, Int)] {
    let ms = r.mentions
    var pairs: [(Int, Int)] = []
    for i in ms.indices where (ms[i].kind == .organization || ms[i].kind == .project || ms[i].kind == .event) && !ms[i].nested {
      let m = ms[i]
      let e = m.range.upperBound
      guard e + 2 < r.tokens.count, r.tokens[e].text == "(" else { continue }
      let j = r.claim[e + 1]
      guard j >= 0, j != i, ms[j].kind == m.kind, !ms[j].nested, ms[j].range.lowerBound == e + 1 else { continue }
      let k = ms[j].range.upperBound
      guard k < r.tokens.count, r.tokens[k].text == ")" || r.tokens[k].text == "," else { continue }
      if isTranslation(m, ms[j]) { pairs.append((i, j)) }
    }
    return pairs
  }

  /// Whether two names of one kind are the same body in two languages: their heads are of different languages or
  /// the same word, or one of them has no head word (a foreign name: "Zelená Cesta (Zielona Droga)"). A company's legal form marks a
  /// parent or owner in parentheses, not a translation.
  static func isTranslation(_ a: FoundMention, _ b: FoundMention) -> Bool {
    if a.legalForm != nil || b.legalForm != nil { return false }
    guard let ha = a.head, let hb = b.head else { return true }
    // "Lvivska Oblasna Rada (Lwowska Rada Obwodowa)": one head word, two spellings of the body's name.
    return headLanguage(ha) != headLanguage(hb) || ha.lemma == hb.lemma
  }

  /// The language of a head word: one of the neighbouring countries' (``HeadWordsForeign``), English, or Polish.
  static func headLanguage(_ h: HeadWord) -> HeadLanguage {
    if HeadWordsForeign.lemmas.contains(h.lemma) { return .foreign }
    return h.english ? .english : .polish
  }
}
