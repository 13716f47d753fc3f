import Foundation

/// The Polish proper-name lexicon: first names, surnames, places and institution head nouns with all their
/// singular forms, generated from SGJP by `tools/lexicon/build_lexicon.py`.
///
///     let lexicon = PolishLexicon.shared
///     lexicon.isPlace("Białymstoku")          // true
///     lexicon.firstNameGender("Patrycję")     // .feminine
///     lexicon.isInstitutionHead("Urzędu")     // true
///
/// Loaded once from `Resources/pl` and immutable afterwards, so one instance is shared by all threads.
/// - Complexity: loading is O(size of the data) (about 0.2 s); every lookup is one hash probe per form.
public final class PolishLexicon: Sendable {
  /// The lexicon shipped in the module's resources, loaded on first use.
  /// When the resources cannot be read it is empty and ``loadError`` says why.
  public static let shared: PolishLexicon = {
    guard let url = Bundle.module.url(forResource: "pl", withExtension: nil, subdirectory: "Resources") else {
      return PolishLexicon(store: LexiconStore(), loadError: "Resources/pl not found in the module bundle")
    }
    do { return try PolishLexicon(directory: url) } catch {
      return PolishLexicon(store: LexiconStore(), loadError: "\(error)")
    }
  }()

  let store: LexiconStore
  /// Answers of the lemmatisers that use this lexicon, shared between them.
  let lemmaCache = LemmaCache()
  /// Why loading failed, or nil when the lexicon loaded.
  public let loadError: String?
  /// Ranked Polish towns by their spelling without diacritics ("Lodz" → "Łódź").
  let placesWithoutDiacritics: PlacesWithoutDiacritics

  /// Loads the lexicon files (`names.tsv`, `heads.tsv`, `adjectives.txt`) from a folder.
  /// - Throws: a file-system error or a format error naming the file and line.
  public init(directory: URL) throws {
    store = try LexiconStore(directory: directory)
    loadError = nil
    placesWithoutDiacritics = PlacesWithoutDiacritics(store.lemmas)
  }

  init(store: LexiconStore, loadError: String?) {
    self.store = store
    self.loadError = loadError
    placesWithoutDiacritics = PlacesWithoutDiacritics(store.lemmas)
  }

  /// Number of lemmas (names and head nouns) loaded.
  public var lemmaCount: Int { store.lemmas.count }

  // MARK: raw links

  /// Calls `body` for every lexicon reading of a capitalised name form.
  @inline(__always)
  func forEachNameLink(_ form: String, _ body: (LemmaRecord, PolishCases) -> Void) {
    var index = store.firstLink(form, heads: false)
    while index >= 0 {
      let link = store.links[Int(index)]
      body(store.lemmas[Int(link.lemma)], link.cases)
      index = link.next
    }
  }

  /// Calls `body` for every head-noun reading of a form (compared in lower case).
  @inline(__always)
  func forEachHeadLink(_ form: String, _ body: (LemmaRecord, PolishCases) -> Void) {
    var index = store.firstLink(form, heads: true)
    if index < 0, let first = form.first, first.isUppercase {
      index = store.firstLink(first.lowercased() + form.dropFirst(), heads: true)
    }
    while index >= 0 {
      let link = store.links[Int(index)]
      body(store.lemmas[Int(link.lemma)], link.cases)
      index = link.next
    }
  }

  /// True when `lemma` (masculine nominative singular, any case of letters) is a known adjective.
  func isAdjectiveLemma(_ lemma: String) -> Bool {
    if store.hasAdjective(lemma) { return true }
    guard let first = lemma.first, first.isUppercase else { return false }
    return store.hasAdjective(first.lowercased() + lemma.dropFirst())
  }

  // MARK: public lookups

  /// Every reading of a word form: lexicon names, institution head nouns and adjectives.
  ///
  ///     PolishLexicon.shared.analyses(of: "Łodzi").map(\.lemma)   // ["Łódź", "Łodzia"]
  ///
  /// Readings are ordered: names by category and frequency rank, then head nouns, then adjectives.
  /// - Parameter form: one word as written (case-sensitive for names: "Wola" is a place, "wola" is not).
  public func analyses(of form: String) -> [WordAnalysis] {
    var out: [WordAnalysis] = []
    forEachNameLink(form) { record, cases in
      var bits = record.categories & 0x1F
      while bits != 0 {
        let bit = bits & (~bits &+ 1)
        bits &= ~bit
        let category: WordCategory
        let rank: Int32
        switch bit {
        case LemmaRecord.firstName: (category, rank) = (.firstName, record.firstNameRank)
        case LemmaRecord.surname: (category, rank) = (.surname, record.surnameRank)
        case LemmaRecord.place: (category, rank) = (.place, record.placeRank)
        case LemmaRecord.placePart: (category, rank) = (.placePart, 0)
        default: (category, rank) = (.organization, 0)
        }
        out.append(WordAnalysis(
          lemma: record.lemma, category: category, cases: cases, gender: record.gender.nameGender,
          isPluralOnly: record.pluralOnly, rank: rank > 0 ? Int(rank) : nil, grammaticalGender: record.gender))
      }
    }
    if out.count > 1 {
      out.sort { a, b in
        if a.category != b.category { return a.category.order < b.category.order }
        if a.rank != b.rank { return (a.rank ?? Int.max) < (b.rank ?? Int.max) }
        return a.lemma < b.lemma
      }
    }
    forEachHeadLink(form) { record, cases in
      out.append(WordAnalysis(
        lemma: record.lemma, category: .noun, cases: cases, gender: record.gender.nameGender,
        isPluralOnly: false, rank: nil, grammaticalGender: record.gender))
    }
    for reading in AdjectiveRules.readings(of: form) where !reading.plural && isAdjectiveLemma(reading.masculineLemma) {
      out.append(WordAnalysis(
        lemma: reading.lemma(for: reading.gender), category: .adjective, cases: reading.cases,
        gender: reading.gender.nameGender, isPluralOnly: false, rank: nil, grammaticalGender: reading.gender))
    }
    return out
  }

  /// True when the form is a form of a known first name.
  public func isFirstName(_ form: String) -> Bool { hasCategory(form, LemmaRecord.firstName) }

  /// True when the form is a form of a known surname.
  public func isSurname(_ form: String) -> Bool { hasCategory(form, LemmaRecord.surname) }

  /// True when the form is a form of a known geographical name (including parts such as "Zdroju").
  public func isPlace(_ form: String) -> Bool { hasCategory(form, LemmaRecord.place | LemmaRecord.placePart) }

  /// The gender of a first name form; `.unknown` when it is not a known first name or is used for both.
  ///
  ///     PolishLexicon.shared.firstNameGender("Kubą")   // .masculine
  public func firstNameGender(_ form: String) -> NameGender {
    var masculine = false
    var feminine = false
    forEachNameLink(form) { record, _ in
      guard record.categories & LemmaRecord.firstName != 0 else { return }
      if record.gender == .f { feminine = true } else if record.gender.isMasculine { masculine = true }
    }
    if masculine == feminine { return .unknown }
    return masculine ? .masculine : .feminine
  }

  /// True when the form is a singular form of an institution head noun: "Urzędu", "Departamentu", "Politechniki".
  public func isInstitutionHead(_ form: String) -> Bool {
    var found = false
    forEachHeadLink(form) { _, _ in found = true }
    return found
  }

  private func hasCategory(_ form: String, _ bits: UInt8) -> Bool {
    var found = false
    forEachNameLink(form) { record, _ in if record.categories & bits != 0 { found = true } }
    return found
  }
}
