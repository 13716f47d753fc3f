/// The name knowledge the recogniser asks for: given names, known places, and canonical forms.
///
/// This is the one seam between recognition and the Polish lexicon / lemmatiser: everything the extractor
/// needs from them goes through here, so the lexicon can grow without touching recognition.
struct NameServices: Sendable {
  static let shared = NameServices()

  /// The nominative given name and gender for a form ("Piotra" → Piotr, masculine), if it is a given name.
  func firstName(_ form: String) -> (name: String, feminine: Bool)? {
    FirstNames.lookup(form)
  }

  /// Whether a (nominative) word or phrase names a place according to the general lists.
  func knownPlace(_ surface: String) -> KnownPlace? {
    if let p = Places.table[surface] { return p }
    if let v = Places.voivodeship(surface.lowercased()), surface.first?.isUppercase == true {
      return KnownPlace(name: v, foreign: false)
    }
    return nil
  }

  /// Whether the lexicon knows `word` as a place name (any case form).
  func isLexiconPlace(_ word: String) -> Bool { false }

  /// Canonical person name from given-name and surname forms: ["Piotra", "Kuczerę"] → "Piotr Kuczera".
  func personName(given: [String], surname: String) -> String {
    guard let first = given.first, let fn = firstName(first) else {
      return (given + [surname]).joined(separator: " ")
    }
    let c = Inflection.nameCase(form: first, lemma: fn.name, feminine: fn.feminine)
    let rest = given.dropFirst().map { firstName($0)?.name ?? $0 }
    return ([fn.name] + rest + [Inflection.surname(surname, feminine: fn.feminine, case: c)]).joined(separator: " ")
  }

  /// Canonical place name from its words: known lists first, then the suffix rules.
  func placeName(_ words: [String], attested: Set<String>) -> String {
    let joined = words.joined(separator: " ")
    if let p = knownPlace(joined) { return p.name }
    if words.allSatisfy({ $0.uppercased() == $0 }) { return joined }
    return Inflection.place(words, attested: attested)
  }
}
