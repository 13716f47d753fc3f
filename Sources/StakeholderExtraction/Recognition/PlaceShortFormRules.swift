import StakeholderModel

/// Towns named in full once and by their first word afterwards: "w Gorzowie Wielkopolskim … w Gorzowie ruszą
/// zajęcia" — the short form is the same town (schema convention 2: short forms are aliases).
extension Recognizer {
  /// A one-word place whose name is the first word of a two-word place of the text, the second word an adjective
  /// ("Gorzów" / "Gorzów Wielkopolski", "Ostrowiec" / "Ostrowiec Świętokrzyski"), takes the full name.
  /// - Complexity: O(m) for m mentions.
  mutating func townShortForms() {
    var full: [String: String] = [:]
    var ambiguous: Set<String> = []
    for i in mentions.indices where mentions[i].kind == .place {
      let m = mentions[i]
      let w = m.name.split(separator: " ")
      guard w.count == 2, Inflection.looksAdjectival(String(w[1])), w[1].first?.isUppercase == true else { continue }
      let key = String(w[0])
      if let f = full[key], f != m.name { ambiguous.insert(key) }
      full[key] = m.name
    }
    guard !full.isEmpty else { return }
    for i in mentions.indices where mentions[i].kind == .place && !mentions[i].name.includes(" ") {
      guard let f = full[mentions[i].name], !ambiguous.contains(mentions[i].name) else { continue }
      mentions[i].name = f
    }
  }
}
