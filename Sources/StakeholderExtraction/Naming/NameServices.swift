/// The name knowledge the recogniser asks for: given names, known places, and canonical forms.
///
/// This is the one seam between recognition and the Polish lexicon / lemmatiser (``PolishLexicon``,
/// ``PolishLemmatizer``): everything the extractor needs from them goes through here. The general lists in
/// `Vocabulary/` (common given names, countries, regions) come first; the SGJP-derived lexicon after them.
final class NameServices: Sendable {
  static let shared = NameServices(lexicon: .shared)

  let lexicon: PolishLexicon
  let lemmatizer: PolishLemmatizer
  /// Answers of ``firstName(_:)`` for forms seen before (in any document).
  private let firstNames = SharedMemo<TextKey, (name: String, feminine: Bool)?>()
  /// Answers of ``givenName(_:)`` for forms seen before (in any document).
  private let givenNames = SharedMemo<TextKey, (name: String, feminine: Bool)?>()
  /// Answers of ``placeName(_:attested:)`` that hold whatever the attested words, by the words (nil: the answer
  /// depends on them).
  private let placeNames = SharedMemo<[TextKey], String?>()

  init(lexicon: PolishLexicon) {
    self.lexicon = lexicon
    self.lemmatizer = PolishLemmatizer(lexicon: lexicon)
  }

  /// The nominative given name and gender for a form ("Piotra" → Piotr, masculine), if it is a given name.
  func firstName(_ form: String) -> (name: String, feminine: Bool)? {
    firstNames.value(form, lookUpFirstName)
  }

  private func lookUpFirstName(_ form: String) -> (name: String, feminine: Bool)? {
    if let f = FirstNames.lookup(form) { return f }
    guard form.count >= 3, form.first?.isUppercase == true else { return nil }
    for a in lexicon.analyses(of: form) where a.category == .firstName {
      // Given names that are also common place or surname readings with a better rank are not trusted alone.
      guard let rank = a.rank, rank <= 1500 else { continue }
      return (a.lemma, a.gender == .feminine)
    }
    return ForeignGivenNames.lookup(form)
  }

  /// ``firstName(_:)``, or else a given name of another European country ("Sabine", "Wim", "Kateřiną" →
  /// Kateřina) that is no known place. Only rules that find a person ask this: a foreign given name alone must not
  /// stop a word from being part of an organization or a place ("University of Brittany", "Vita Lab sp. z o.o.").
  func givenName(_ form: String) -> (name: String, feminine: Bool)? {
    givenNames.value(form, lookUpGivenName)
  }

  private func lookUpGivenName(_ form: String) -> (name: String, feminine: Bool)? {
    if let f = firstName(form) { return f }
    guard form.first?.isUppercase == true, let f = InternationalGivenNames.shared.lookup(form), knownPlace(f.name) == nil else { return nil }
    return f
  }

  /// Whether a form is a foreign given name as it is, in its nominative, and no Polish given name: "Sofie",
  /// "Wim", "Sabine" (not "Anna", nor "Wima").
  func isForeignNominative(_ form: String) -> Bool {
    guard FirstNames.lookup(form) == nil,
          !lexicon.analyses(of: form).contains(where: { $0.category == .firstName && ($0.rank ?? Int.max) <= 1500 }) else { return false }
    return ForeignGivenNames.feminine.contains(form) || ForeignGivenNames.masculine.contains(form)
      || InternationalGivenNames.shared.isNominative(form)
  }

  /// The last bytes a voivodeship's form can end in, lower or upper case ("o", "u", "e", "m").
  static let voivodeshipLastBytes: [UInt8] = Array("ouemOUEM".utf8)

  /// Whether a (nominative) word or phrase names a place according to the general lists.
  func knownPlace(_ surface: String) -> KnownPlace? {
    if let p = Places.table[surface] { return p }
    // A voivodeship's form ends in "o", "u", "e" or "m" (``Places/voivodeship(_:)``), in either case: no other
    // surface is lower-cased to be asked.
    guard let last = surface.utf8.last, Self.voivodeshipLastBytes.contains(last) else { return nil }
    if let v = Places.voivodeship(surface.fastLowercased), surface.first?.isUppercase == true {
      return KnownPlace(name: v, foreign: false)
    }
    return nil
  }

  /// Whether the lexicon knows `form` as a surname in any case ("Nowakowską", "Wiśniewski").
  func isLexiconSurname(_ form: String) -> Bool {
    lexicon.analyses(of: form).contains { $0.category == .surname }
  }

  /// Whether the lexicon knows `form` as a surname in the nominative, and not as a place or a given name
  /// ("Urbaniak", "Głowacki"; not "Kowalskiego", "Konin", "Jan").
  func isNominativeSurname(_ form: String) -> Bool {
    var surname = false
    for a in lexicon.analyses(of: form) {
      switch a.category {
      case .surname: if a.cases.contains(.nominative) { surname = true }
      case .place, .placePart, .firstName: return false
      default: break
      }
    }
    return surname
  }

  /// Whether the lexicon knows `phrase` as a Polish town or region: every word is a place or place-name part
  /// (or a nominal adjective of one), and some word is a place ranked among the `maxRank` largest.
  ///
  ///     names.isLexiconPlace(["Kalisz"], maxRank: 1500)   // true
  func isLexiconPlace(_ words: [String], maxRank: Int = 5000) -> Bool {
    var ranked = false
    for (i, w) in words.enumerated() {
      // "Kostrzyn nad Odrą": a town named by its river joins the two with "nad".
      if w == "nad", i > 0, i < words.count - 1 { continue }
      var ok = false
      for a in lexicon.analyses(of: w) where a.category == .place || a.category == .placePart {
        ok = true
        if a.category == .place, let r = a.rank, r <= maxRank { ranked = true }
      }
      if !ok { return false }
    }
    return ranked
  }

  /// Whether two words are one Polish place of the lexicon ("Nowy Targ", "Bielsk Podlaski"): a listed two-word place, or
  /// two place words one of which is a ranked town.
  func isTwoWordPlace(_ first: String, _ second: String) -> Bool {
    isListedMultiwordPlace(first + " " + second) || isLexiconPlace([first, second])
  }

  /// Whether the lexicon's list of multi-word places has `name` ("Bielsk Podlaski", "Kazimierz Biskupi").
  func isListedMultiwordPlace(_ name: String) -> Bool { lexicon.store.multiwordPlaceRank(name) != nil }

  /// Whether a canonical place name is Polish (in the lexicon or the general lists as Polish).
  func isPolishPlace(_ name: String) -> Bool {
    if let p = knownPlace(name) { return !p.foreign }
    // "województwo podkarpackie", "powiat opolski": Polish administrative units named in lower case.
    if name.hasPrefix("województwo ") || name.hasPrefix("powiat ") { return true }
    // Polish letters settle it; otherwise the lexicon: a ranked place, or a multi-word name ending in a place word.
    if name.unicodeScalars.contains(where: { "ąćęłńśźżĄĆĘŁŃŚŹŻ".unicodeScalars.contains($0) }) { return true }
    let words = name.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
    if words.count > 1, let last = words.last,
       lexicon.analyses(of: last).contains(where: { $0.category == .place || $0.category == .placePart }) { return true }
    if words.contains(where: { w in lexicon.analyses(of: w).contains { $0.category == .place && ($0.rank ?? Int.max) <= 20000 } }) { return true }
    // "Lodz", "Slaskie" in an English text: a Polish town or voivodeship written without diacritics.
    return lexicon.placesWithoutDiacritics.polishName(name) != nil || Places.voivodeshipWithoutDiacritics(name.fastLowercased)
  }

  /// Canonical person name from given-name and surname forms: ["Piotra", "Kuczerę"] → "Piotr Kuczera".
  func personName(given: [String], surname: String) -> String {
    let phrase = (given + [surname]).joined(separator: " ")
    // A foreign given name in its nominative ("Sofie Lambrechts", "Wim Haesaerts"): the phrase is nominative too
    // (Polish names agree in case), and the Polish lemmatiser would read "Sofie" as a case of "Sofa".
    if let first = given.first, isForeignNominative(first) { return phrase }
    if lexicon.loadError == nil { return lemmatizer.lemma(phrase, kind: .person) }
    guard let first = given.first, let fn = firstName(first) else { return phrase }
    let c = Inflection.nameCase(form: first, lemma: fn.name, feminine: fn.feminine)
    let rest = given.dropFirst().map { firstName($0)?.name ?? $0 }
    return ([fn.name] + rest + [Inflection.surname(surname, feminine: fn.feminine, case: c)]).joined(separator: " ")
  }

  /// Canonical name of an organization without a known head word ("Pomorskiej Strefy …" → "Pomorska Strefa …").
  func organizationName(_ phrase: String) -> String {
    guard lexicon.loadError == nil else { return phrase }
    let lemma = lemmatizer.lemma(phrase, kind: .organization)
    return Self.nominativeByAdjective(lemma, phrase) ? phrase : lemma
  }

  /// Whether the phrase was nominative already: the lemma keeps an adjective in "-e" (nominative or accusative,
  /// plural or neuter) but changes the noun next to it, which must agree ("Wodociągi Karkonoskie" is no case of
  /// "Wodociąga Karkonoskie"; "Opoczyńskie Sieci Cieplne" none of "… Sieć …").
  static func nominativeByAdjective(_ lemma: String, _ phrase: String) -> Bool {
    let out = lemma.spaceSeparatedWords, words = phrase.spaceSeparatedWords
    guard out.count == words.count, out.count >= 2 else { return false }
    for i in words.indices where out[i] == words[i] && words[i].hasSuffix("e") && Inflection.looksAdjectival(String(words[i])) {
      if (i > 0 && out[i - 1] != words[i - 1]) || (i + 1 < words.count && out[i + 1] != words[i + 1]) { return true }
    }
    return false
  }

  /// Canonical place name from its words: known lists first, then the lemmatiser (or the suffix rules).
  /// The answer that does not depend on `attested` (most) is remembered for the process (``placeNames``).
  func placeName(_ words: [String], attested: Set<String>) -> String {
    let remembered = placeNames.value(for: words.map(TextKey.init)) { placeName(words, attestedIfKnown: nil) }
    return remembered ?? placeName(words, attestedIfKnown: attested)!
  }

  /// ``placeName(_:attested:)``; with `attested` nil, nil when the answer would depend on the attested words.
  private func placeName(_ words: [String], attestedIfKnown attested: Set<String>?) -> String? {
    let joined = words.joined(separator: " ")
    if let p = knownPlace(joined) { return p.name }
    if words.allSatisfy({ $0.uppercased() == $0 }) { return joined }
    if lexicon.loadError == nil {
      let l = lemmatizer.lemma(joined, kind: .place)
      // Plural oblique endings are never nominative ("Rydułtowych"): fall back to the rules.
      if l == joined, let last = words.last, last.hasSuffix(among: ["ych", "ach", "ami", "om"]) {
        return attested.map { Inflection.place(words, attested: $0) }
      }
      if words.count == 1, let stem = Self.germanTownStem(joined), lexicon.analyses(of: joined).isEmpty { return stem }
      // "Oulu", "Aveiro": a one-word foreign name the lexicon does not know is not declined; a guessed base form
      // that the lexicon does not know either and the text never writes ("Tart") is no name.
      if words.count == 1, l != joined, !joined.includes("-"), !joined.unicodeScalars.contains(where: { "ąćęłńśźżĄĆĘŁŃŚŹŻ".unicodeScalars.contains($0) }),
         lexicon.analyses(of: joined).isEmpty, lexicon.analyses(of: l).isEmpty,
         let lv = joined.last, "uiy".contains(lv), l.count <= joined.count {
        guard let attested else { return nil }
        if !attested.contains(l) { return joined }
      }
      return Self.agreeingAdjectives(l, words)
    }
    return attested.map { Inflection.place(words, attested: $0) }
  }

  /// "Kraju Żylińskiego" → lemma "Kraj Żylińskiego" → "Kraj Żyliński": when the lemmatiser
  /// put the first noun into the nominative but left an adjective after it in the genitive ("-skiego", "-ckiego",
  /// "-skiej"), the adjective is made to agree with the noun's gender read off its ending (consonant: masculine,
  /// "-a": feminine, "-o"/"-e": neuter).
  /// - Complexity: O(w) in the words.
  static func agreeingAdjectives(_ lemma: String, _ words: [String]) -> String {
    // (One word has no adjective after a noun: the lemma is not split for it.)
    guard words.count >= 2 else { return lemma }
    let out = lemma.spaceSeparatedWords.map(String.init)
    guard out.count == words.count, out.count >= 2, out[0] != words[0], let g = out[0].last else { return lemma }
    var changed = out
    for n in 1..<out.count where out[n] == words[n] && out[n].first?.isUppercase == true {
      for stem in ["sk", "ck", "dzk"] {
        let ego = stem + "iego", ej = stem + "iej"
        guard out[n].hasSuffix(ego) || out[n].hasSuffix(ej) else { continue }
        let base = String(out[n].dropLast(out[n].hasSuffix(ego) ? ego.count : ej.count)) + stem
        changed[n] = g == "a" ? base + "a" : ("oe".contains(g) ? base + "ie" : base + "i")
        break
      }
    }
    return changed.joined(separator: " ")
  }
}
