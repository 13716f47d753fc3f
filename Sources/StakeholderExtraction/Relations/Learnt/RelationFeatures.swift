import StakeholderModel

/// The features of one ``RelationCandidate``: the same code serves the training dump and the run-time scorer,
/// so what the model was trained on and what it is given cannot drift apart.
///
///     // "Jan Przybyłowicz, prezes Fundacji X, …"
///     features(of: c) // ["k:person>organization", "d:3", "p:,_prezes", "r:affiliated_with", "w:prezes", …]
///
/// Feature groups (prefix): kinds in text order (`k:`), the rules' decision (`r:`, `rk:`), token distance (`d:`, `dk:`),
/// other mentions between (`nm:`), co-occurrences (`co:`), sentence distance of a pair never named together (`xs:`),
/// sectors (`s1:`, `s2:`), how many of the two the rules left unrelated to anything (`orph:`), mention counts and roles anywhere (`mc1:`, `mc2:`, `hasrole1`, `hasrole2`), first named in
/// the lead (`lead1`, `lead2`), structure (`first1`, `first2`, `list`, `bullet`, `nest`, `lead`), roles (`role1`,
/// `role2`, `roletgt`), the report's own meeting or project (`main2`, `main1`), sentence cue classes (`cue:`), and
/// lexical features: lower-case words outside every mention between the two (`w:`), the sequence between when
/// short (`p:`), the first and last word between (`i1:`, `i9:`) and the words before and after (`b1:`, `b2:`,
/// `a1:`, `a2:`), and the same joined with the kinds (`kw:`, `kp:`, `ki1:`, `ki9:`, `kb1:`, `ka1:`, `knm:`). A
/// capitalised word is written `<C>`, a number `<N>`, another mention `<kind>`: no name ever becomes a feature.
/// Which lexical features count is the trainer's decision (`tools/relscore/train.py`).
struct RelationFeatures {
  let rec: Recognizer
  let groupOf: [Int]
  let kinds: [EntityKind]
  let sectors: [Sector?]
  let mainEvent: Int?
  let mainProject: Int?
  let leadEnd: Int
  /// Role-bearing person mentions (by mention index) and (person group, target group) role links, sorted.
  let roleMentions: Set<Int>
  let roleLinks: Set<Int>
  /// Per group: how many mentions, whether some role is given, the first sentence naming it.
  let mentionCount: [Int]
  let hasRole: [Bool]
  let firstSentence: [Int]
  /// Per group: whether the hand rules related it to anything.
  let ruled: [Bool]

  init(_ rec: Recognizer, groupOf: [Int], kinds: [EntityKind], sectors: [Sector?], mainEvent: Int?, mainProject: Int?, leadEnd: Int,
       ruled: [Bool]) {
    self.ruled = ruled
    self.rec = rec
    self.groupOf = groupOf
    self.kinds = kinds
    self.sectors = sectors
    self.mainEvent = mainEvent
    self.mainProject = mainProject
    self.leadEnd = leadEnd
    var rm = Set<Int>(), links = Set<Int>()
    for role in rec.roles {
      rm.insert(role.person)
      if let t = role.target, groupOf[t] >= 0, groupOf[role.person] >= 0 {
        let (x, y) = (groupOf[role.person], groupOf[t])
        links.insert(min(x, y) * kinds.count + max(x, y))
      }
    }
    roleMentions = rm
    roleLinks = links
    var count = Array(repeating: 0, count: kinds.count)
    var first = Array(repeating: Int.max, count: kinds.count)
    for (i, m) in rec.mentions.enumerated() where groupOf[i] >= 0 {
      count[groupOf[i]] += 1
      first[groupOf[i]] = min(first[groupOf[i]], m.sentence)
    }
    var role = Array(repeating: false, count: kinds.count)
    for r in rec.roles where groupOf[r.person] >= 0 { role[groupOf[r.person]] = true }
    mentionCount = count
    hasRole = role
    firstSentence = first
  }

  /// Sentence-level cue classes: name and word set.
  static let cueClasses: [(String, WordSet)] = [
    ("meeting", RelationFinder.meetingVerbs), ("venue", RelationFinder.venueVerbs), ("represented", RelationFinder.representedCues),
    ("patronage", RelationFinder.patronageWords), ("undertaking", RelationFinder.undertakingCues),
    ("participation", RelationFinder.participationCues), ("eventref", RelationFinder.eventReferences),
  ]

  /// Words that join the items of a list.
  static let listJoiners: WordSet = [",", "i", "oraz", "and", "&", ";"]

  /// How a token outside the two mentions is written into a feature: lower-case words as they are, punctuation
  /// as it is, a capitalised word `<C>`, a number `<N>`, a token inside another mention `<kind>`.
  func form(_ t: Int) -> String {
    if rec.claim[t] >= 0 { return "<" + rec.mentions[rec.claim[t]].kind.rawValue + ">" }
    let tok = rec.tokens[t]
    switch tok.kind {
    case .number: return "<N>"
    case .punct: return tok.text
    case .word: return tok.casing == .lower ? tok.lower : "<C>"
    }
  }

  static func bucket(_ v: Int, _ edges: [Int]) -> String {
    for e in edges where v <= e { return String(e) }
    return "more"
  }

  /// How many of the candidate's two entities the rules left unrelated to anything (the `orph:` feature).
  func orphans(_ c: RelationCandidate) -> Int { (ruled[c.a] ? 0 : 1) + (ruled[c.b] ? 0 : 1) }

  /// The features of a candidate, sorted and without repeats.
  func features(of c: RelationCandidate) -> [String] {
    var f: [String] = []
    let m1 = rec.mentions[c.first], m2 = rec.mentions[c.second]
    let g1 = groupOf[c.first], g2 = groupOf[c.second]
    let kk = kinds[g1].rawValue + ">" + kinds[g2].rawValue
    f.append("k:" + kk)
    if c.ruleTypes.isEmpty { f.append("r:none"); f.append("rk:none|" + kk) }
    for t in c.ruleTypes { f.append("r:" + t.rawValue); f.append("rk:" + t.rawValue + "|" + kk) }
    f.append("co:" + Self.bucket(c.cooccurrences, [0, 1, 2]))
    f.append("s1:" + (sectors[g1]?.rawValue ?? "none"))
    f.append("s2:" + (sectors[g2]?.rawValue ?? "none"))
    if g2 == mainEvent || g2 == mainProject { f.append("main2") }
    if g1 == mainEvent || g1 == mainProject { f.append("main1") }
    if roleLinks.contains(c.a * kinds.count + c.b) { f.append("roletgt") }
    f.append("orph:" + String(orphans(c)))
    f.append("mc1:" + Self.bucket(mentionCount[g1], [1, 2, 4]))
    f.append("mc2:" + Self.bucket(mentionCount[g2], [1, 2, 4]))
    if hasRole[g1] { f.append("hasrole1") }
    if hasRole[g2] { f.append("hasrole2") }
    if firstSentence[g1] <= leadEnd { f.append("lead1") }
    if firstSentence[g2] <= leadEnd { f.append("lead2") }
    guard let k = c.sentence else {
      f.append("xs:" + Self.bucket(abs(m2.sentence - m1.sentence), [0, 1, 2]))
      return Self.sortedUnique(f)
    }
    let s = rec.sentences[k]
    let lo = m1.range.upperBound, hi = m2.range.lowerBound
    let distance = max(0, hi - lo)
    let d = Self.bucket(distance, [0, 1, 2, 3, 5, 10, 20])
    f.append("d:" + d)
    f.append("dk:" + d + "|" + kk)
    if hi < lo { f.append("nest") }
    var between: [String] = []
    var others = 0
    var lastClaim = -1
    var listy = true
    if lo < hi {
      for t in lo..<hi {
        let cl = rec.claim[t]
        if cl >= 0 {
          if cl != lastClaim { others += 1; between.append(form(t)) }
          lastClaim = cl
          continue
        }
        lastClaim = -1
        let w = form(t)
        between.append(w)
        if !Self.listJoiners.contains(rec.tokens[t].lower) { listy = false }
        if w.first != "<" { f.append("w:" + w); f.append("kw:" + kk + "|" + w) }
      }
    }
    f.append("nm:" + Self.bucket(others, [0, 1, 2]))
    if listy && distance > 0 && (others > 0 || between.count == 1) { f.append("list") }
    if !between.isEmpty {
      f.append("i1:" + between[0])
      f.append("i9:" + between[between.count - 1])
      f.append("ki1:" + kk + "|" + between[0])
      f.append("ki9:" + kk + "|" + between[between.count - 1])
      if between.count <= 4 {
        let p = between.joined(separator: "_")
        f.append("p:" + p)
        f.append("kp:" + kk + "|" + p)
      }
    } else {
      f.append("p:adjacent")
      f.append("kp:" + kk + "|adjacent")
    }
    for (name, off) in [("b1:", 1), ("b2:", 2)] {
      let t = m1.range.lowerBound - off
      f.append(name + (t >= s.tokens.lowerBound ? form(t) : "<S>"))
    }
    for (name, off) in [("a1:", 0), ("a2:", 1)] {
      let t = m2.range.upperBound + off
      f.append(name + (t < s.tokens.upperBound ? form(t) : "<S>"))
    }
    let before = m1.range.lowerBound - 1, after = m2.range.upperBound
    f.append("kb1:" + kk + "|" + (before >= s.tokens.lowerBound ? form(before) : "<S>"))
    f.append("ka1:" + kk + "|" + (after < s.tokens.upperBound ? form(after) : "<S>"))
    f.append("knm:" + kk + "|" + Self.bucket(others, [0, 1, 2]))
    let firstInSentence = rec.claim[s.tokens.lowerBound...].firstIndex { $0 >= 0 }
    if let t = firstInSentence, rec.claim[t] == c.first { f.append("first1") }
    if let t = firstInSentence, rec.claim[t] == c.second { f.append("first2") }
    let b0 = s.tokens.lowerBound
    if (b0 < s.tokens.upperBound && SentenceSplitter.bullets.contains(rec.tokens[b0].text))
      || (b0 > 0 && rec.tokens[b0 - 1].kind == .punct && SentenceSplitter.bullets.contains(rec.tokens[b0 - 1].text)) { f.append("bullet") }
    if k <= leadEnd { f.append("lead") }
    if roleMentions.contains(c.first) { f.append("role1") }
    if roleMentions.contains(c.second) { f.append("role2") }
    for (name, set) in Self.cueClasses where s.tokens.contains(where: { rec.claim[$0] < 0 && rec.vocabulary.has(set, $0) }) {
      f.append("cue:" + name)
    }
    return Self.sortedUnique(f)
  }

  static func sortedUnique(_ f: [String]) -> [String] {
    var out: [String] = []
    for x in f.sorted() where out.last != x { out.append(x) }
    return out
  }
}
