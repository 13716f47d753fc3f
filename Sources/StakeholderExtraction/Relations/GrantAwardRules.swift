import StakeholderModel

/// Lists of a competition's awards:
/// - "• Fundacja X z Lublina – 62 tys. zł na festiwal „Y”": the body that opens the line organizes what the money is
///   for;
/// - "Dotacje otrzymali:", "Lista laureatów konkursu:" and a list: the projects and events of the items are
///   funded by the competition (or programme) named in the lead-in, else by the text's one competition
///   ("… rozstrzygnął konkurs ofert „Z”").
extension RelationFinder {
  /// Words of a lead-in about awards.
  static let awardLeadInWords: WordSet = [
    "dotacje", "dotacji", "dofinansowanie", "dofinansowania", "laureatów", "laureaci", "laureatami", "granty", "grantów",
    "wsparcie", "otrzymali", "otrzymały", "nagrodzeni", "awarded", "winners", "grants", "grantees",
  ]

  /// Adds `organizes` for the body opening a line "– amount na <kind> „title”", and `funded_by` from the items of an
  /// awards list to their competition.
  mutating func grantAwards() {
    for k in r.sentences.indices where isListItem(k) && r.vocabulary.sentenceHas(Recognizer.amountWords, k) {
      for p in mentions(in: k) where isFundedTask(p) {
        guard amountBefore(r.mentions[p].range.lowerBound, in: r.sentences[k]),
              let first = mentions(in: k).first, r.mentions[first].kind == .organization,
              !(r.sentences[k].tokens.lowerBound..<r.mentions[first].range.lowerBound).contains(where: { r.tokens[$0].kind == .word }) else { continue }
        add(g(first), g(p), .organizes, k)
        organizers.insert(g(first))
      }
    }
    for k in r.sentences.indices where r.vocabulary.sentenceHas(Self.awardLeadInWords, k) {
      let items = awardItems(after: k)
      guard !items.isEmpty, let competition = competition(ofLeadIn: k) else { continue }
      for item in items {
        for p in mentions(in: item) where isFundedTask(p) && g(p) != competition { add(g(p), competition, .fundedBy, item) }
      }
    }
  }

  /// The bulleted items after lead-in `k` (which ends with a colon), where an item may run on for up to three
  /// sentences of its own ("– „P” (4,2 mln zł) – lider: X. Zespół opracuje … ." and the next item).
  func awardItems(after k: Int) -> [Int] {
    let s = r.sentences[k]
    guard s.tokens.upperBound - 1 >= s.tokens.lowerBound, r.tokens[s.tokens.upperBound - 1].text == ":" else { return [] }
    var out: [Int] = []
    var gap = 0
    var n = k + 1
    while n < r.sentences.count, gap <= 3 {
      if isListItem(n) { out.append(n); gap = 0 } else if out.isEmpty { break } else { gap += 1 }
      n += 1
    }
    return out
  }

  /// Whether mention `p` is a project or event that money can be for (not a programme or fund).
  func isFundedTask(_ p: Int) -> Bool {
    let m = r.mentions[p]
    return (m.kind == .project || m.kind == .event) && !m.isProgramme && !funderLike(p)
  }

  /// Whether "na" / "for" and an amount stand before token `start`, with up to three lower-case words and an opening
  /// quote between ("62 tys. zł na cykl koncertów „…”").
  func amountBefore(_ start: Int, in s: Sentence) -> Bool {
    var b = start - 1
    if b > s.tokens.lowerBound, r.tokens[b].kind == .punct { b -= 1 }
    while b > s.tokens.lowerBound, start - b <= 5, r.claim[b] < 0, r.tokens[b].kind == .word, r.tokens[b].casing == .lower,
          !r.vocabulary.lowerIn(b, ["na", "for"]) {
      b -= 1
    }
    guard b > s.tokens.lowerBound, r.vocabulary.lowerIn(b, ["na", "for"]) else { return false }
    return r.vocabulary.has(Recognizer.amountWords, b - 1)
  }

  /// The competition of an awards lead-in `k`: a competition or programme named in it, else the one competition of
  /// the text (a project whose quoted name follows "konkurs"); nil when none or several.
  func competition(ofLeadIn k: Int) -> Int? {
    if let named = mentions(in: k).first(where: { r.mentions[$0].kind == .project && (r.mentions[$0].isProgramme || isCompetition($0)) }) {
      return g(named)
    }
    let all = Set(r.mentions.indices.filter { r.mentions[$0].kind == .project && isCompetition($0) }.map { g($0) })
    return all.count == 1 ? all.first : nil
  }

  /// Whether project mention `m` is a competition: its quoted name follows a form of "konkurs", or "konkurs" and one
  /// word ("konkurs ofert „X”", "konkursu grantowego „Y”").
  func isCompetition(_ m: Int) -> Bool {
    guard let before = markerPosition(of: m) else { return false }
    if HeadWords.head(r.tokens[before].lower)?.lemma == "konkurs" { return true }
    return before - 1 >= r.sentences[r.mentions[m].sentence].tokens.lowerBound && HeadWords.head(r.tokens[before - 1].lower)?.lemma == "konkurs"
  }
}
