/// Gives the words of a line written all in capitals ("KONGRES WODNY POWIATU W KOLE", a title some sites
/// store in upper case) the case the rest of the document writes them in, so that a shouted title is not read as a
/// run of acronyms or one long name.
///
///     // body: "… Kongres Wodny Powiatu odbył się w Kole …"
///     // title "KONGRES WODNY POWIATU W KOLE" → "Kongres Wodny Powiatu w Kole"
///
/// A run of words the document writes in a row elsewhere takes that run's forms; another word takes the form the
/// document uses most for it outside shouted lines and away from the start of a sentence; a word the document does
/// not use otherwise is lower case if it is a function word, capitalised if the name lists know it (a given name or
/// a ranked place), kept in capitals when it has no vowel (an acronym: "NCBR") and lower case otherwise. The first
/// word of each sentence of the line is capitalised. Offsets do not change.
/// - Complexity: O(n) in the number of tokens; nothing is done for a document with no shouted line.
enum Truecaser {
  /// Recases the words of every shouted line of `tokens` (a line of three or more words of two or more letters, at
  /// least four fifths of them in capitals).
  static func recase(_ tokens: inout [Token], names: NameServices) {
    let lines = lineRanges(tokens)
    let shouted = lines.filter { isShouted(tokens, $0) }
    guard !shouted.isEmpty else { return }
    let usage = bodyUsage(tokens, lines: lines, shouted: shouted)
    let phrases = phraseForms(tokens, lines: lines, shouted: shouted)
    for line in shouted {
      var sentenceStart = true
      for i in line {
        let t = tokens[i]
        if t.kind == .punct, [".", "!", "?", ":"].contains(t.text) { sentenceStart = true; continue }
        guard t.kind == .word else { continue }
        var form = phrases[i] ?? usage[t.lower]?.form ?? guess(t, names: names)
        if sentenceStart, form.casing == .lower { form = (capitalized(t.lower), .capitalized) }
        sentenceStart = false
        tokens[i].text = form.text
        tokens[i].casing = form.casing
      }
    }
  }

  /// Token ranges of the text's lines.
  static func lineRanges(_ tokens: [Token]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var start = 0
    for i in tokens.indices where i > start && tokens[i].newlinesBefore > 0 {
      out.append(start..<i)
      start = i
    }
    if start < tokens.count { out.append(start..<tokens.count) }
    return out
  }

  /// Whether a line has three or more words of two or more letters, at least four fifths of them in capitals.
  static func isShouted(_ tokens: [Token], _ line: Range<Int>) -> Bool {
    var words = 0, capitals = 0
    for i in line where tokens[i].kind == .word && hasTwoScalars(tokens[i].lower) {
      words += 1
      if tokens[i].casing == .upper { capitals += 1 }
    }
    return words >= 3 && capitals * 5 >= words * 4
  }

  /// Whether `word` has two Unicode scalars or more (`word.unicodeScalars.count >= 2`, without counting them all).
  static func hasTwoScalars(_ word: String) -> Bool {
    var scalars = word.unicodeScalars.makeIterator()
    return scalars.next() != nil && scalars.next() != nil
  }

  /// How the document writes each word outside shouted lines and sentence starts: the most frequent form (ties go to
  /// the capitalised form, then capitals).
  static func bodyUsage(_ tokens: [Token], lines: [Range<Int>], shouted: [Range<Int>]) -> [String: (form: (text: String, casing: Casing), count: Int)] {
    var counts: [String: [Casing: (text: String, count: Int)]] = [:]
    var s = 0
    for line in lines {
      if s < shouted.count, shouted[s] == line { s += 1; continue }
      for i in line where tokens[i].kind == .word && i > line.lowerBound {
        let previous = tokens[i - 1]
        if previous.kind == .punct, [".", "!", "?", "–", "-", "„", "\"", "(", "•"].contains(previous.text) { continue }
        let t = tokens[i]
        counts[t.lower, default: [:]][t.casing, default: (t.text, 0)].count += 1
      }
    }
    let preference: [Casing] = [.capitalized, .upper, .camel, .lower]
    return counts.mapValues { byCasing in
      let best = preference.compactMap { c in byCasing[c].map { (c, $0) } }.max { $0.1.count < $1.1.count }!
      return ((best.1.text, best.0), best.1.count)
    }
  }

  /// Forms copied from the body for runs of two or more words of a shouted line that the body writes in a row
  /// ("V FORUM GOSPODARCZE POWIATU" as "V Forum Gospodarcze Powiatu", though "forum" alone is
  /// mostly lower case there): the longest run starting at each word, from its first occurrence in the body.
  static func phraseForms(_ tokens: [Token], lines: [Range<Int>], shouted: [Range<Int>]) -> [Int: (text: String, casing: Casing)] {
    let shoutedSet = Set(shouted.map(\.lowerBound))
    var body: [String: [Int]] = [:]
    for line in lines where !shoutedSet.contains(line.lowerBound) {
      for i in line where tokens[i].kind == .word { body[tokens[i].lower, default: []].append(i) }
    }
    var out: [Int: (text: String, casing: Casing)] = [:]
    for line in shouted {
      var p = line.lowerBound
      while p < line.upperBound {
        var best = (length: 0, at: 0)
        if tokens[p].kind == .word {
          for b in body[tokens[p].lower] ?? [] {
            var n = 0
            while p + n < line.upperBound, b + n < tokens.count, tokens[b + n].lower == tokens[p + n].lower,
                  tokens[b + n].newlinesBefore == 0 || n == 0 { n += 1 }
            if n > best.length { best = (n, b) }
          }
        }
        guard best.length >= 2 else { p += 1; continue }
        for k in 0..<best.length where tokens[p + k].kind == .word {
          out[p + k] = (tokens[best.at + k].text, tokens[best.at + k].casing)
        }
        p += best.length
      }
    }
    return out
  }

  /// The form of a word the rest of the document does not use.
  static func guess(_ t: Token, names: NameServices) -> (text: String, casing: Casing) {
    if Markers.functionWords.contains(t.lower) { return (t.lower, .lower) }
    let title = capitalized(t.lower)
    if names.firstName(title) != nil || names.knownPlace(title) != nil || names.isLexiconPlace([title]) {
      return (title, .capitalized)
    }
    // An acronym the article does not write elsewhere: one without a vowel ("NCBR", "KPT"); short words with one
    // ("FIRM", "WORK", "AGH") are as often words, and an acronym the body uses has taken the body's form already.
    if !t.lower.unicodeScalars.contains(where: { "aeiouyąęó".unicodeScalars.contains($0) }) { return (t.text, .upper) }
    return (t.lower, .lower)
  }

  /// "kuyavian-pomeranian" → "Kuyavian-Pomeranian".
  static func capitalized(_ lower: String) -> String {
    lower.split(separator: "-", omittingEmptySubsequences: false).map { part in
      part.prefix(1).uppercased() + part.dropFirst()
    }.joined(separator: "-")
  }
}
