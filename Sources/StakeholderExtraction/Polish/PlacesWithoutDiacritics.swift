/// Polish towns as English texts often write them, without diacritics ("Lodz", "Wroclaw", "Bialystok"): the
/// lexicon's ranked places whose names have Polish letters, by their folded spelling.
///
///     let folded = PlacesWithoutDiacritics(store.lemmas)
///     folded.polishName("Lodz")   // "Łódź"
struct PlacesWithoutDiacritics: Sendable {
  /// Folded name → Polish name, for places ranked among the `maxRank` largest; a folding two places share is left out.
  private let names: [String: String]

  /// Indexes the places of `lemmas` ranked `1...maxRank` whose names change when folded.
  /// - Complexity: O(lemmas), once when the lexicon loads.
  init(_ lemmas: [LemmaRecord], maxRank: Int32 = 5000) {
    var names: [String: String] = [:]
    var shared: Set<String> = []
    for record in lemmas where record.categories & LemmaRecord.place != 0 && record.placeRank > 0 && record.placeRank <= maxRank {
      let folded = Self.fold(record.lemma)
      guard folded != record.lemma else { continue }
      if let other = names[folded], other != record.lemma { shared.insert(folded) }
      names[folded] = record.lemma
    }
    for f in shared { names[f] = nil }
    self.names = names
  }

  /// The Polish place a name written without diacritics stands for, if the lexicon ranks one.
  func polishName(_ name: String) -> String? { names[name] }

  /// `s` with the Polish letters replaced by their base Latin letters ("Łódź" → "Lodz").
  static func fold(_ s: String) -> String {
    var out = String.UnicodeScalarView()
    for u in s.unicodeScalars { out.append(folding[u] ?? u) }
    return String(out)
  }

  private static let folding: [Unicode.Scalar: Unicode.Scalar] = [
    "ą": "a", "ć": "c", "ę": "e", "ł": "l", "ń": "n", "ó": "o", "ś": "s", "ź": "z", "ż": "z",
    "Ą": "A", "Ć": "C", "Ę": "E", "Ł": "L", "Ń": "N", "Ó": "O", "Ś": "S", "Ź": "Z", "Ż": "Z",
  ]
}
