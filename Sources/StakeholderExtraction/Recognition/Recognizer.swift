import StakeholderModel

/// Finds the names in one document: quoted titles after markers, capitalised chunks classified by head
/// words, given names, legal forms, place cues and acronym definitions; then the names that only the
/// document's own earlier findings explain (inflected repeats, surname-only mentions, acronyms).
///
///     var r = Recognizer(text: doc.text, language: "pl")
///     r.run()   // r.mentions, r.roles
///
/// - Complexity: O(n) in the text's tokens, with O(m) look-ups per unexplained chunk for m mentions.
struct Recognizer {
  let tokens: [Token]
  let sentences: [Sentence]
  let language: String
  let names: NameServices
  var sentenceOf: [Int]
  /// Token → index of the outermost mention covering it, or -1.
  var claim: [Int]
  var mentions: [FoundMention] = []
  var roles: [FoundRole] = []
  /// Capitalised words of the text, for corpus evidence in lemmatisation.
  var attested: Set<String> = []
  /// Acronyms written in parentheses anywhere in the text.
  var definedAcronyms: Set<String> = []
  /// Places written into organization names ("Miasto Lublin" → "Lublin"), by lower-cased name.
  var placesInNames: [String: String] = [:]
  /// Chunks no rule explained in the first pass, with their context.
  var pending: [Pending] = []
  /// Tokens that belong to a role phrase (not names).
  var roleToken: [Bool]
  /// Normalised surface of every project and event mention so far → its index.
  var titleIndex: [String: Int] = [:]

  /// Per-document memo of given-name look-ups (the same capitalised words recur).
  final class Memo {
    var firstNames: [String: (name: String, feminine: Bool)?] = [:]
  }
  let memo = Memo()

  /// ``NameServices/firstName(_:)``, remembered for this document.
  func firstName(_ form: String) -> (name: String, feminine: Bool)? {
    if let hit = memo.firstNames[form] { return hit }
    let v = names.firstName(form)
    memo.firstNames[form] = v
    return v
  }

  struct Pending {
    var range: Range<Int>
    var sentence: Int
    /// The unit whose parent this chunk names ("… Informacyjnego UMWP").
    var parentOf: Int?
  }

  init(tokens: [Token], language: String, names: NameServices = .shared) {
    self.tokens = tokens
    self.sentences = SentenceSplitter.split(tokens)
    self.language = language
    self.names = names
    sentenceOf = Array(repeating: -1, count: tokens.count)
    for (k, s) in sentences.enumerated() { for i in s.tokens { sentenceOf[i] = k } }
    claim = Array(repeating: -1, count: tokens.count)
    roleToken = Array(repeating: false, count: tokens.count)
    for t in tokens where t.kind == .word && t.casing != .lower { attested.insert(t.text) }
    for i in 1..<max(1, tokens.count - 1) where tokens[i - 1].text == "(" && tokens[i + 1].text == ")" {
      let t = tokens[i]
      if t.kind == .word, t.casing == .upper || t.casing == .camel, t.text.count <= 10 { definedAcronyms.insert(t.text) }
    }
  }

  mutating func run() {
    for (k, s) in sentences.enumerated() { quotes(k, s) }
    for (k, s) in sentences.enumerated() { chunks(k, s) }
    resolvePending()
    findRoles()
  }

  // MARK: helpers

  func text(_ r: Range<Int>) -> String {
    var out = ""
    for i in r {
      if i > r.lowerBound && tokens[i].spaceBefore { out += " " }
      out += tokens[i].text
    }
    return out
  }

  func lower(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].lower : "" }

  func inSentence(_ i: Int, _ s: Sentence) -> Bool { s.tokens.contains(i) }

  @discardableResult
  mutating func add(_ m: FoundMention, claimTokens: Bool = true) -> Int {
    let idx = mentions.count
    mentions.append(m)
    if m.kind == .project || m.kind == .event {
      let f = Normalize.form(m.surface)
      if titleIndex[f] == nil { titleIndex[f] = idx }
    }
    if claimTokens && !m.nested { for i in m.range where claim[i] < 0 { claim[i] = idx } }
    // An acronym defined right after: "Name (ACR)".
    let e = m.range.upperBound
    if e + 2 < tokens.count, tokens[e].text == "(", tokens[e + 2].text == ")", definedAcronyms.contains(tokens[e + 1].text) {
      mentions[idx].acronyms.append(tokens[e + 1].text)
      for i in e..<(e + 3) where claim[i] < 0 { claim[i] = idx }
    }
    return idx
  }

  // MARK: pass 1a: quoted titles after a marker

  mutating func quotes(_ k: Int, _ s: Sentence) {
    var i = s.tokens.lowerBound
    var lastKind: EntityKind?
    var lastEnd = -10
    while i < s.tokens.upperBound {
      let t = tokens[i]
      guard t.kind == .punct, SentenceSplitter.openQuotes.contains(t.text), i + 1 < s.tokens.upperBound,
            !tokens[i + 1].spaceBefore || t.text == "„" else { i += 1; continue }
      var j = i + 1
      while j < s.tokens.upperBound, !(tokens[j].kind == .punct && SentenceSplitter.closeQuotes.contains(tokens[j].text)) { j += 1 }
      guard j < s.tokens.upperBound, j - i - 1 >= 1, j - i - 1 <= 30, tokens[i + 1].casing != .lower else { i += 1; continue }
      // The marker: the nearest marker word within six tokens before the quote.
      var kind: EntityKind?
      var programme = false
      var b = i - 1
      while b >= max(s.tokens.lowerBound, i - 7) {
        let w = tokens[b].lower
        if Markers.event.contains(w) { kind = .event; break }
        if Markers.project.contains(w) { kind = .project; programme = Markers.programme.contains(w); break }
        if let h = HeadWords.head(w), h.kind != .organization, tokens[b].kind == .word { kind = h.kind; break }
        b -= 1
      }
      // "„A” oraz „B”": the second title shares the first one's marker.
      if kind == nil, let lk = lastKind, i - lastEnd <= 2 { kind = lk }
      if let kind {
        var inner = (i + 1)..<j
        // Drop closing punctuation glued inside ("RIS ”" has a space before the closing mark).
        while inner.count > 1, tokens[inner.upperBound - 1].kind == .punct, [".", ",", ";"].contains(tokens[inner.upperBound - 1].text) {
          inner = inner.lowerBound..<(inner.upperBound - 1)
        }
        let surface = text(inner)
        var m = FoundMention(kind: kind, range: inner, name: surface, surface: surface, sentence: k)
        m.isProgramme = programme
        let idx = add(m)
        claim[i] = idx
        claim[j] = idx
        lastKind = kind
        lastEnd = j
      }
      i = j + 1
    }
  }
}
