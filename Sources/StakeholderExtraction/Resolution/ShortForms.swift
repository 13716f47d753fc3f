/// A company named later by the first word of its name: "Lumenix Systems S.A." … "Jan Kos, CEO of Lumenix".
extension DocumentResolver {
  /// Pairs `(i, c)`: the one-word organization mention `i` and the company mention `c` whose first word it is
  /// (``Recognizer/companyNamedByFirstWord(_:)``).
  ///
  /// - Complexity: O(m) for m mentions (the companies are indexed once).
  static func companyShortNames(_ r: Recognizer) -> [(Int, Int)] {
    var pairs: [(Int, Int)] = []
    for i in r.mentions.indices where r.mentions[i].kind == .organization && r.mentions[i].range.count == 1 && r.mentions[i].legalForm == nil && !r.mentions[i].nested {
      let m = r.mentions[i]
      if let c = r.companyNamedByFirstWord(m.range.lowerBound), c != i, r.mentions[c].name != m.name { pairs.append((i, c)) }
    }
    return pairs
  }
}

/// A body named later by the words after its head: "Fundacja Zielony Horyzont" … "Zielony Horyzont", "Hromadska
/// Orhanizatsiia Dobrochyn" … "head of Dobrochyn".
extension DocumentResolver {
  /// Pairs `(i, j)`: the organization mention `i` without a head word whose name is the tail of exactly one headed
  /// name `j` of the text (its words after the leading head words); `forms` are the mentions' normalised names
  /// (``Normalize/form(_:)`` of each name, as ``DocumentResolver/init(_:)`` has them).
  ///
  /// - Complexity: O(m) for m mentions.
  static func headedTails(_ r: Recognizer, forms: [String]) -> [(Int, Int)] {
    // The mentions that may name a body by its tail, found first: with none, no tail is worked out.
    let short = r.mentions.indices.filter { i in
      r.mentions[i].kind == .organization && r.mentions[i].head == nil && r.mentions[i].legalForm == nil && !r.mentions[i].nested && !r.mentions[i].acronymLike
    }
    guard !short.isEmpty else { return [] }
    // Keyed on bytes (``TextKey``): the same answers as `String` keys.
    var byTail: [TextKey: Set<TextKey>] = [:]
    var firstWithTail: [TextKey: Int] = [:]
    for (j, m) in r.mentions.enumerated() {
      guard let q = r.tailStart(m) else { continue }
      let tailText = Normalize.form(r.text(q..<m.range.upperBound))
      guard tailText.characterCount >= 4 else { continue }
      let tail = TextKey(tailText)
      byTail[tail, default: []].insert(TextKey(forms[j]))
      if firstWithTail[tail] == nil { firstWithTail[tail] = j }
    }
    guard !byTail.isEmpty else { return [] }
    var pairs: [(Int, Int)] = []
    for i in short {
      let f = TextKey(forms[i])
      guard let names = byTail[f], names.count == 1, let j = firstWithTail[f] else { continue }
      pairs.append((i, j))
    }
    return pairs
  }
}

/// A body named later by the quoted part of its name, in another case: "Przedsiębiorstwo Komunalne „Ekobud” sp. z
/// o.o." … "prezes Ekobudu", "Spółdzielnia „Nasz Dom”" … "z Naszego Domu".
extension DocumentResolver {
  /// Pairs `(i, j)`: the organization mention `i` without a head word, legal form or quotes whose words share their
  /// stems with the quoted part of exactly one organization name `j` of the text.
  ///
  /// - Complexity: O(m + q·h) for m mentions, q quoted names and h headless mentions.
  static func quotedPartShortNames(_ r: Recognizer) -> [(Int, Int)] {
    var quoted: [(part: String, j: Int)] = []
    for (j, m) in r.mentions.enumerated() where m.kind == .organization && m.head != nil {
      if let part = m.name.quotedPart, !quoted.contains(where: { $0.part == part && r.mentions[$0.j].name == m.name }) { quoted.append((String(part), j)) }
    }
    guard !quoted.isEmpty else { return [] }
    var pairs: [(Int, Int)] = []
    for i in r.mentions.indices where r.mentions[i].kind == .organization && r.mentions[i].head == nil && r.mentions[i].legalForm == nil && !r.mentions[i].nested {
      let name = r.mentions[i].name
      guard name.quotedPart == nil else { continue }
      let hits = quoted.filter { Recognizer.sameStem($0.part, name) }
      if let first = hits.first, hits.allSatisfy({ r.mentions[$0.j].name == r.mentions[first.j].name }) { pairs.append((i, first.j)) }
    }
    return pairs
  }
}
