import StakeholderModel

/// The common noun a text puts right before a name it gives no head word for: "the Lithuanian association
/// Baltų Tiltas", "ze stowarzyszeniem Zelená Cesta", "the Tartu start-up Vaarikas". It says what the body is
/// when the name itself does not (a foreign name, a brand).
enum TypeNoun {
  /// Lower-cased nouns (Polish in every singular case) and the sector of the bodies they name.
  static let sectors: [String: Sector] = {
    var d: [String: Sector] = [:]
    func add(_ words: String, _ s: Sector) { for w in words.split(separator: " ") { d[String(w)] = s } }
    add("association foundation ngo charity stowarzyszenie stowarzyszenia stowarzyszeniu stowarzyszeniem", .civilSociety)
    add("fundacja fundacji fundację fundacją", .civilSociety)
    add("company firm startup start-up manufacturer producer spółka spółki spółkę spółką spółce firma firmy firmę firmą firmie", .business)
    add("university college uczelnia uczelni uczelnię uczelnią", .science)
    // Sports clubs and teams are associations; performing groups are cultural bodies.
    add("club team klub klubu klubem drużyna drużyny drużynie drużynę drużyną", .civilSociety)
    add("band choir ensemble grupa grupy grupie grupę grupą kapela kapeli kapelę kapelą chór chóru chórem orkiestra orkiestry orkiestrę orkiestrą", .other)
    return d
  }()

  /// Words that make an association a business one: "the industry association …", "stowarzyszenie branżowe" is
  /// written after, "Business association" before.
  static let businessQualifiers: WordSet = ["industry", "business", "trade", "employers", "employers'", "manufacturers'", "producers'", "branżowe", "branżowego", "branżowym", "gospodarcze", "gospodarczym"]

  /// The sector the word right before one of `mentions` gives, with that word; nil when no mention follows such a
  /// lower-case noun.
  ///
  ///     TypeNoun.before(mentions, tokens)   // (.civilSociety, "association") for "… the association Baltų Tiltas"
  /// - Complexity: O(k) for k mentions.
  static func before(_ mentions: [FoundMention], _ tokens: [Token]) -> (sector: Sector, word: String)? {
    for m in mentions where m.range.lowerBound > 0 {
      // "litewska grupa „Vėtrūnė”": past the opening quote of a quoted name.
      var a = m.range.lowerBound - 1
      if a > 0, tokens[a].kind == .punct, SentenceSplitter.openQuotes.contains(tokens[a].text) { a -= 1 }
      let t = tokens[a]
      guard t.kind == .word, t.casing == .lower, let s = sectors[t.lower] else { continue }
      // "the Milan-based industry association …": an association of firms.
      let b = a - 1
      if s == .civilSociety, b >= 0, tokens[b].kind == .word, businessQualifiers.contains(tokens[b].lower) { return (.business, tokens[b].text + " " + t.text) }
      return (s, t.text)
    }
    return nil
  }
}
