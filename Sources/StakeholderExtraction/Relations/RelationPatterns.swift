import StakeholderModel

/// Relation patterns of speaker lists, appositions and project partnerships, added to ``RelationFinder``.
///
/// - "Mr Julien Lefebvre, Region of Hauts-de-France", "Dr Katharina Vogel (University of Bremen)": the person
///   is `affiliated_with` the organization written right after the name; ", Spain" after it places it.
/// - "a partnerami projektu są PBŚ i UMK", "ZARR jest partnerem wiodącym", "The project is led by X": the
///   partners `participates_in` the project, the lead partner `organizes` it.
/// - "The partners introduced themselves …, including:" followed by a bulleted list: each organization of the
///   list takes part in the project; "W panelu „X” głos zabrali:" followed by a list: the speakers take part in
///   that panel (and not, through the list, in the report's main meeting).
/// - "… który X organizuje wspólnie z Y", "organised by X in cooperation with Y": Y co-organizes.
///
/// - Complexity: O(n + m) per rule for n tokens and m mentions (each sentence is visited once).
extension RelationFinder {
  /// Words that introduce a co-organizer after an organizer ("wspólnie z", "together with").
  static let coOrganizerCues: [[String]] = [
    ["wspólnie", "z"], ["razem", "z"], ["together", "with"], ["jointly", "with"], ["wspólnie", "ze"], ["razem", "ze"],
    ["w", "partnerstwie", "z"], ["w", "partnerstwie", "ze"], ["in", "partnership", "with"], ["wraz", "z"], ["wraz", "ze"],
  ]
  /// Cooperation cues that make a co-organizer of an event only (for a project they state a partnership).
  /// The first words of ``coOrganizerCues`` and ``eventCoOrganizerCues``: a position whose word is not one of them
  /// opens no cue, found with one look-up instead of a comparison per cue.
  static let coOrganizerOpeners = WordSet((coOrganizerCues + eventCoOrganizerCues).compactMap(\.first))
  /// The anchor words of the co-organizer cues, for the sentence test of ``coOrganizers()``.
  static let coOrganizerWords = PatternWords(coOrganizerCues + eventCoOrganizerCues)
  static let eventCoOrganizerCues: [[String]] = [
    ["we", "współpracy", "z"], ["przy", "współpracy", "z"], ["in", "cooperation", "with"], ["in", "collaboration", "with"],
  ]
  /// "partner wiodący", "lead partner", "lider projektu".
  static let leadWords: WordSet = ["wiodący", "wiodącym", "wiodącego", "wiodącemu", "lead", "leading", "lider", "liderem", "lidera"]
  /// Number words in "one of nine partners", "jednym z ośmiu partnerów".
  static let countWords: WordSet = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dwóch", "trzech",
    "czterech", "pięciu", "sześciu", "siedmiu", "ośmiu", "dziewięciu", "dziesięciu",
  ]
  /// Words that make a sentence about a project's partners.
  static let partnerNouns: WordSet = [
    "partner", "partnera", "partnerem", "partnerzy", "partnerów", "partnerami", "partnerom", "partners",
    "konsorcjum", "consortium",
    // "Generalnym wykonawcą jest X": the contractor takes part in the project too.
    "wykonawcą", "wykonawcami", "contractor",
  ]
  /// Member nouns, partner words when an undertaking follows them (``isPartnerWord(_:)``): "Członkami platformy
  /// zostali: …", "members of the network are …".
  static let memberNouns: WordSet = ["członkami", "członkowie", "członkiem", "members", "member"]
  /// Undertakings whose members take part in them, after a member noun (a cluster's or board's members do not).
  static let undertakingsWithMembers: WordSet = [
    "platformy", "sieci", "projektu", "konsorcjum", "partnerstwa", "inicjatywy", "porozumienia", "platform", "network",
    "project", "consortium", "partnership", "initiative",
  ]

  /// The first partner word of sentence `s` that no mention claims. (Not mutating: the search's closure reads the
  /// finder in place instead of copying it at every token.)
  func firstFreePartnerWord(_ s: Sentence) -> Int? { s.tokens.first(where: { isPartnerWord($0) && r.claim[$0] < 0 }) }

  /// Whether a partner word of sentence `s` is followed by an undertaking ("partner przedsięwzięcia").
  func hasPartnerWordBeforeUndertaking(_ s: Sentence) -> Bool {
    s.tokens.contains(where: { q in q + 1 < s.tokens.upperBound && isPartnerWord(q) && r.vocabulary.has(Self.undertakingAfterPartner, q + 1) })
  }

  /// Whether token `q` says its organizations are partners of an undertaking: a partner noun, or a member noun
  /// before an undertaking ("członkami platformy", "members of the network").
  func isPartnerWord(_ q: Int) -> Bool {
    if r.vocabulary.has(Self.partnerNouns, q) { return true }
    guard r.vocabulary.has(Self.memberNouns, q) else { return false }
    var n = q + 1
    while n < r.tokens.count, n - q <= 2, r.vocabulary.lowerIn(n, ["of", "the"]) { n += 1 }
    return n < r.tokens.count && r.vocabulary.has(Self.undertakingsWithMembers, n)
  }

  /// Words allowed between a partner noun and the partner's name ("partnerami projektu są m.in. X", "the lead partner, the X").
  static let partnerLinkWords: WordSet = [
    "the", "są", "jest", "był", "była", "byli", "is", "are", "was", "were", "m", "in", "including", "czyli", "namely",
    "include", "includes", "to", "należą", "należy",
    "projektu", "project", "przedsięwzięcia", "inicjatywy", "sieci", "network", "i.e", "e.g", "among", "them", "others", "wiodący", "wiodącym", "wiodącego",
    "akceleratora", "accelerator", "inkubatora",
    "lead", "polish", "greek", "polski", "polskim", "zagraniczny", "zagranicznym", "another", "other", "inny", "innym",
    // The kind of partner ("Partnerem naukowym jest …", "The scientific partner is …") and the copula's other tenses.
    "naukowym", "naukowy", "technologicznym", "technologiczny", "merytorycznym", "merytoryczny", "strategicznym", "strategiczny",
    "przemysłowym", "przemysłowy", "biznesowym", "badawczym", "akademickim", "głównym", "główny", "kluczowym", "medycznym",
    "scientific", "technology", "technological", "industrial", "academic", "research", "strategic", "main", "key", "knowledge",
    "został", "została", "zostało", "zostały", "zostali", "zostanie", "zostaną", "będzie", "będą", "also", "również", "także",
    // "Partnerem po stronie litewskiej jest …": the side of a cross-border project.
    "po", "stronie", "polskiej", "czeskiej", "słowackiej", "litewskiej", "niemieckiej", "saksońskiej", "ukraińskiej",
    "norweskiej", "duńskiej", "szwedzkiej", "fińskiej", "łotewskiej", "estońskiej", "węgierskiej", "austriackiej",
  ]
  /// Genitive nouns of an undertaking right after a partner word that refer back to a project: "Partnerami
  /// przedsięwzięcia są …", "partnerami inicjatywy są …", "Partnerem akceleratora jest …".
  static let undertakingAfterPartner = WordSet(["przedsięwzięcia", "inicjatywy"]).union(schemeAfterPartner)
  /// Those of ``undertakingAfterPartner`` that name a support scheme, which the text may have introduced as a
  /// programme ("programu akceleracyjnego „X”. … Partnerem akceleratora jest …").
  static let schemeAfterPartner: WordSet = ["akceleratora", "accelerator", "inkubatora"]
  /// Generic nouns that refer back to a project: "Przedsięwzięcie realizuje …", "The project brings …".
  static let undertakingReferences: WordSet = ["przedsięwzięcie", "projekt", "project", "inicjatywę", "inicjatywa", "initiative"]
  /// Further words between a partner or consortium noun and the members it lists (``projectPartners()``): "partners
  /// also include X", "konsorcjum złożone z X, Y oraz Z", "a consortium made up of X".
  static let memberListLinkWords: WordSet = [
    "also", "także", "również", "złożone", "złożony", "złożonego", "składające", "składa", "się", "z", "ze", "composed", "consisting",
    "made", "up", "of", "comprising", "includes",
  ]
  /// Words saying where a project's partners come from, between the partner word and the list: "partners from six
  /// countries, including X", "partnerów z sześciu krajów, w tym X".
  static let partnerOriginWords: WordSet = ["from", "countries", "regions", "krajów", "państw", "regionów", "w", "tym"]
  /// Verbs and participles whose agent leads a project: "The project is led by X", "projekt prowadzi X".
  static let ledBy: WordSet = ["led", "coordinated", "kierowany", "kierowanego", "koordynowany", "koordynowanego", "prowadzony", "run", "managed", "operated"]

  /// Whether the sentence `k` is an item of a bulleted list (its first token came after a bullet).
  /// - Complexity: O(1) after the first question of the document (every sentence is tested then).
  func isListItem(_ k: Int) -> Bool {
    if cache.listItems.isEmpty { cache.listItems = r.sentences.indices.map(opensWithBullet) }
    return cache.listItems[k]
  }

  /// Whether sentence `k` opens a line with a bullet before it (``isListItem(_:)``, worked out).
  private func opensWithBullet(_ k: Int) -> Bool {
    let a = r.sentences[k].tokens.lowerBound
    guard a > 0 else { return false }
    let t = r.tokens[a - 1]
    return t.kind == .punct && SentenceSplitter.bullets.contains(t.text) && t.newlinesBefore >= 1
  }

  /// The bulleted items that follow sentence `k` (which ends with a colon).
  func listItems(after k: Int) -> [Int] {
    let s = r.sentences[k]
    guard s.tokens.upperBound - 1 >= s.tokens.lowerBound, r.tokens[s.tokens.upperBound - 1].text == ":" else { return [] }
    var out: [Int] = []
    var n = k + 1
    while n < r.sentences.count, isListItem(n) { out.append(n); n += 1 }
    return out
  }

  // MARK: affiliated_with by apposition

  /// "Name, Organization" and "Name (Organization)": the organization written right after the person.
  mutating func apposition() {
    // "Southern Regional Assembly (Ireland)": a country in parentheses places the organization.
    for i in mentions(ofKind: .organization) {
      let m = r.mentions[i]
      guard !m.nested else { continue }
      let e = claimedEnd(i)
      // "(the Netherlands)": past the article before the country.
      let c = e + 2 < r.tokens.count && r.vocabulary.lowerIs(e + 1, "the") ? e + 2 : e + 1
      guard c + 1 < r.tokens.count, r.tokens[e].text == "(", r.claim[c] >= 0, r.mentions[r.claim[c]].kind == .place else { continue }
      let p = r.claim[c]
      var pe = c
      while pe < r.tokens.count, r.claim[pe] == p { pe += 1 }
      if pe < r.tokens.count, r.tokens[pe].text == ")" { add(g(i), g(p), .locatedIn, m.sentence) }
    }
    // "Dr X, Head of Unit at the Department of …", "Y, Associate Professor at the Institute …", "Z, Senior
    // Specialist in its Department of Roads": a function phrase, then "at"/"in" and the institution.
    for i in mentions(ofKind: .person) {
      let m = r.mentions[i]
      guard !m.nested && r.language == "en" else { continue }
      var e = m.range.upperBound
      guard e + 2 < r.tokens.count, r.tokens[e].text == ",", r.sentenceOf[e + 1] == m.sentence else { continue }
      e += 1
      var sawRole = false
      while e < r.tokens.count, e - m.range.upperBound <= 7, r.claim[e] < 0, r.tokens[e].kind == .word, !r.vocabulary.lowerIn(e, ["at", "in"]) {
        if r.roleWords[e] != nil { sawRole = true } else if !(r.vocabulary.has(Recognizer.englishRoleModifiers, e) || r.vocabulary.lowerIs(e, "of") || r.tokens[e].casing == .capitalized) { break }
        e += 1
      }
      guard sawRole, e + 1 < r.tokens.count, r.vocabulary.lowerIn(e, ["at", "in"]) else { continue }
      var q = e + 1
      if r.vocabulary.lowerIn(q, ["the", "its", "their"]) { q += 1 }
      guard q < r.tokens.count, r.sentenceOf[q] == m.sentence, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization else { continue }
      // "Project Officer at the European Commission's … Executive Agency": the body the owner owns.
      let og = g(r.ownedOrganization(after: r.claim[q], r.sentences[m.sentence]) ?? r.claim[q])
      if affiliations[g(i)]?.contains(og) == true { continue }
      add(g(i), og, .affiliatedWith, m.sentence)
      affiliations[g(i), default: []].append(og)
    }
    for i in mentions(ofKind: .person) {
      let m = r.mentions[i]
      guard !m.nested else { continue }
      var e = m.range.upperBound
      guard e + 1 < r.tokens.count, r.sentenceOf[e] == m.sentence else { continue }
      let paren = r.tokens[e].text == "("
      guard paren || r.tokens[e].text == "," else { continue }
      e += 1
      if e < r.tokens.count, r.vocabulary.lowerIs(e, "the") { e += 1 }
      guard e < r.tokens.count, r.sentenceOf[e] == m.sentence, r.claim[e] >= 0 else { continue }
      let o = r.claim[e]
      guard r.mentions[o].kind == .organization, r.mentions[o].range.lowerBound == e else { continue }
      var after = r.mentions[o].range.upperBound
      while after < r.tokens.count, r.claim[after] == o { after += 1 }
      if paren { guard after < r.tokens.count, r.tokens[after].text == ")" else { continue } }
      // "Zenon X, the BRU President, Arvid Y": the organization and the function after it name the next person.
      if !paren, after < r.tokens.count, r.roleWords[after] != nil {
        var q = after
        while q < r.tokens.count, r.claim[q] < 0, r.roleWords[q] != nil || r.vocabulary.has(Recognizer.englishRoleModifiers, q) { q += 1 }
        if q + 1 < r.tokens.count, r.tokens[q].text == ",", r.claim[q + 1] >= 0, r.mentions[r.claim[q + 1]].kind == .person { continue }
      }
      // The organization ends the item or is followed by its country, a comma or "on …" (a topic).
      let og = g(o)
      if affiliations[g(i)]?.contains(og) != true {
        add(g(i), og, .affiliatedWith, m.sentence)
        affiliations[g(i), default: []].append(og)
      }
      // "…, Chamber of Commerce of Cantabria, Spain, on …": the country places the organization.
      if !paren, after + 1 < r.tokens.count, r.tokens[after].text == ",", r.sentenceOf[after + 1] == m.sentence,
         r.claim[after + 1] >= 0, r.mentions[r.claim[after + 1]].kind == .place {
        let p = r.claim[after + 1]
        var pe = r.mentions[p].range.upperBound
        while pe < r.tokens.count, r.claim[pe] == p { pe += 1 }
        if pe >= r.tokens.count || r.sentenceOf[pe] != m.sentence || [",", ";", ".", "–"].contains(r.tokens[pe].text) {
          add(og, g(p), .locatedIn, m.sentence)
        }
      }
    }
  }

  // MARK: on behalf of, headed by

  /// The words ``behalfAndHeadedBy()`` reads a pattern at: "behalf", "imieniu", "ramienia", a representative, "przez", "by".
  static let behalfOrHeadedByWords: WordSet = ["behalf", "imieniu", "ramienia", "przedstawiciel", "przedstawicielka", "representative", "przez", "by"]

  /// "opened the session on behalf of RCCO", "w imieniu klastra podpisał prezes X": the person acts for the
  /// organization; "Biuro …, kierowane przez dyrektor Ewę Marciniak", "headed by X", "Wydział …, reprezentowany przez
  /// naczelnika X": X works there.
  mutating func behalfAndHeadedBy() {
    for (k, s) in r.sentences.enumerated() {
      // Every pattern below starts at one of its words: a sentence without one is skipped unread.
      guard r.vocabulary.sentenceHas(Self.behalfOrHeadedByWords, k) else { continue }
      let ms = mentions(in: k)
      let persons = ms.filter { r.mentions[$0].kind == .person }
      guard !persons.isEmpty else { continue }
      var q = s.tokens.lowerBound
      while q + 1 < s.tokens.upperBound {
        guard r.vocabulary.has(Self.behalfOrHeadedByWords, q) else { q += 1; continue }
        let w = r.tokens[q].lower
        var org: Int?
        var person: Int?
        // "z ramienia Urzędu Miasta X, Anna Nowak" (on behalf of); "Przedstawiciel ARR, zastępca dyrektora Jan Nowak".
        let onBehalf = (w == "behalf" && q + 2 < s.tokens.upperBound && r.vocabulary.lowerIs(q + 1, "of"))
          || (w == "imieniu" && q > s.tokens.lowerBound && r.vocabulary.lowerIs(q - 1, "w"))
          || (w == "ramienia" && q > s.tokens.lowerBound && r.vocabulary.lowerIs(q - 1, "z"))
          || (["przedstawiciel", "przedstawicielka", "representative"].contains(w) && r.claim[q] < 0 && (q == s.tokens.lowerBound || r.tokens[q].casing == .capitalized))
        if onBehalf {
          var o = q + (w == "behalf" ? 2 : 1)
          if o < s.tokens.upperBound, r.vocabulary.lowerIs(o, "of"), w == "representative" { o += 1 }
          if o < s.tokens.upperBound, r.vocabulary.lowerIs(o, "the") { o += 1 }
          if o < s.tokens.upperBound, r.claim[o] >= 0, r.mentions[r.claim[o]].kind == .organization {
            org = r.claim[o]
            // The person: the subject before, else the one after ("W imieniu X dokument podpisał prezes Y").
            person = persons.last(where: { r.mentions[$0].range.upperBound <= q }) ?? persons.first(where: { r.mentions[$0].range.lowerBound > o })
          }
        } else if ["przez", "by"].contains(w), q > s.tokens.lowerBound,
                  ["kierowan", "zarządzan", "prowadzon", "reprezentowan", "headed", "managed", "chaired", "represented"].contains(where: { r.tokens[q - 1].lower.hasPrefix($0) }) {
          var b = q - 2
          if b >= s.tokens.lowerBound, r.tokens[b].text == "," { b -= 1 }
          if b >= s.tokens.lowerBound, r.claim[b] >= 0, r.mentions[r.claim[b]].kind == .organization {
            org = r.claim[b]
            // "Biuro X Urzędu Miasta Łodzi, kierowane przez …": the unit written before its parent is headed.
            let parentStart = r.mentions[r.claim[b]].range.lowerBound
            if let unit = allMentions(in: k).first(where: { r.mentions[$0].parent == r.claim[b] && r.mentions[$0].range.upperBound == parentStart }) {
              org = unit
            }
            person = persons.first(where: { r.mentions[$0].range.lowerBound > q && r.mentions[$0].range.lowerBound - q <= 6 })
          }
        }
        if let org, let person, affiliations[g(person)]?.contains(g(org)) != true {
          add(g(person), g(org), .affiliatedWith, k)
          affiliations[g(person), default: []].append(g(org))
        }
        q += 1
      }
    }
  }

  // MARK: project staff

  /// Words of a function that make it a project's own ("kierownik projektu", ``projectStaff()``).
  static let projectWordsInFunction: WordSet = ["project", "projektu", "projektów"]
  /// ``projectWordsInFunction`` and the words of a network's own function, when the document is about a network.
  static let projectOrNetworkWords: WordSet = ["project", "projektu", "projektów", "sieci", "network"]

  /// Whether one of `text`'s space-separated words is in `set` (`text.split(separator: " ").contains { set.contains(String($0)) }`),
  /// without building the words when `text` is simple text (``Swift/String/isSimpleText``).
  ///
  ///     hasWord("kierownik projektu", in: projectWordsInFunction)   // true
  /// - Complexity: O(n) in the text's bytes.
  static func hasWord(_ text: String, in set: WordSet) -> Bool {
    var t = text
    let fast: Bool? = t.isSimpleText ? t.withUTF8 { bytes in
      var start = 0
      while start < bytes.count {
        var end = start
        while end < bytes.count && bytes[end] != 0x20 { end += 1 }
        if end > start, set.contains(utf8: UnsafeBufferPointer(rebasing: bytes[start..<end])) { return true }
        start = end + 1
      }
      return false
    } : nil
    if let fast { return fast }
    return text.split(separator: " ").contains { set.contains(String($0)) }
  }

  /// "project coordinator", "kierownik projektu", "the HYLINK communication manager": the person takes part in
  /// the project (the one named before the function, else the document's).
  mutating func projectStaff() {
    guard !r.roles.isEmpty else { return }
    let main = mainProject
    // "koordynatorka sieci", "ekspert wiodący sieci": a network's own function when the document is about a network
    // (the same for every role: worked out once).
    let network = main.map { m in r.mentions.indices.contains { x in
      g(x) == m && (max(0, r.mentions[x].range.lowerBound - 3)..<r.mentions[x].range.lowerBound).contains { r.vocabulary.lowerIn($0, ["sieci", "sieć", "network"]) }
    } } ?? false
    let projectWords = network ? Self.projectOrNetworkWords : Self.projectWordsInFunction
    for role in r.roles where role.at >= 0 {
      var target: Int?
      var b = role.at - 1
      while b >= 0, r.vocabulary.has(Recognizer.roleModifiers, b) { b -= 1 }
      if b >= 0, r.claim[b] >= 0, r.mentions[r.claim[b]].kind == .project, r.sentenceOf[b] == role.sentence { target = g(r.claim[b]) }
      if target == nil, Self.hasWord(role.text, in: projectWords) || (b + 1 < role.at && r.vocabulary.lowerIs(b + 1, "project")) {
        // "Okrągły stół był częścią projektu „D”, … – tłumaczył X, kierownik projektu": the project named just before
        // (in this sentence or the two before), else the document's.
        var recent: Int?
        for k in stride(from: role.sentence, through: max(0, role.sentence - 2), by: -1) where recent == nil {
          recent = mentions(in: k).last(where: { x in
            r.mentions[x].kind == .project && !r.mentions[x].isProgramme && !funderLike(x) && (k < role.sentence || r.mentions[x].range.upperBound <= role.at)
          }).map { g($0) }
        }
        target = recent ?? main
      }
      // "The network's Lead Expert, Dr Maria Rossi": the project's own function.
      if target == nil, b >= 0, r.vocabulary.lowerIn(b, ["project's", "network's", "project’s", "network’s"]) { target = main }
      // "the scientific coordinator of SeaLink", "koordynator projektu X": the project named right after the function.
      var a = role.at + 1
      while a < r.tokens.count, a - role.at <= 3, r.claim[a] < 0, r.vocabulary.lowerIn(a, ["of", "the", "projektu", "project", "sieci", "network"]) { a += 1 }
      if target == nil, a > role.at + 1, a < r.tokens.count, r.sentenceOf[a] == role.sentence, r.claim[a] >= 0, r.mentions[r.claim[a]].kind == .project,
         !r.mentions[r.claim[a]].isProgramme, ["coordinator", "koordynator", "manager", "kierownik", "leader", "lider", "expert", "ekspert"].contains(role.word.base) {
        target = g(r.claim[a])
      }
      if let t = target, kind(t) == .project {
        add(g(role.person), t, .participatesIn, role.sentence)
        // A project manager with no institution named works for the one organization that runs the project.
        let p = g(role.person)
        let runners = order.filter { $0.type == .organizes && $0.target == t && kind($0.source) == .organization }.map(\.source)
        if ["kierownik", "koordynator", "manager", "menedżer", "coordinator"].contains(role.word.base),
           !(affiliations[p]?.contains(where: { kind($0) == .organization }) ?? false), Set(runners).count == 1 {
          add(p, runners[0], .affiliatedWith, role.sentence)
          affiliations[p, default: []].append(runners[0])
        }
      }
    }
  }

  // MARK: units next to their parent

  /// "Urząd Miejski w Olecku, Referat Promocji …", "Department of Economy, Marshal's Office of …": a unit and an
  /// organization separated only by a comma (signature and contact lines) — the unit is part of it.
  mutating func unitsBesideParent() {
    for i in mentions(ofKind: .organization) {
      let m = r.mentions[i]
      guard m.head?.isUnit == true && !m.nested && parents[g(i)] == nil else { continue }
      let e = claimedEnd(i)
      var other: Int?
      if e + 1 < r.tokens.count, r.tokens[e].text == ",", r.claim[e + 1] >= 0, r.sentenceOf[e + 1] == m.sentence { other = r.claim[e + 1] }
      let b = m.range.lowerBound - 1
      if other == nil, b - 1 >= 0, r.tokens[b].text == ",", r.claim[b - 1] >= 0, r.sentenceOf[b - 1] == m.sentence { other = r.claim[b - 1] }
      guard let o = other, r.mentions[o].kind == .organization, r.mentions[o].head?.isUnit != true, g(o) != g(i) else { continue }
      // Only in a line of names (no verb around): the sentence holds nothing but the two names, places and punctuation.
      let s = r.sentences[m.sentence]
      let loose = s.tokens.filter { r.claim[$0] < 0 && r.tokens[$0].kind == .word }
      guard loose.count <= 3 else { continue }
      add(g(i), g(o), .partOf, m.sentence)
      parents[g(i)] = g(o)
    }
  }

  // MARK: joint work on a project

  /// "X, Y i Z będą wspólnie przygotowywać projekt „P”": each takes part in P; "PŁ współpracuje z ŁRPNT przy
  /// programie „B”": both take part in B.
  mutating func jointProjects() {
    for (k, s) in r.sentences.enumerated() {
      let ms = mentions(in: k)
      guard let proj = ms.first(where: { r.mentions[$0].kind == .project && !r.mentions[$0].isProgramme || (r.mentions[$0].kind == .project && r.tokens[max(0, r.mentions[$0].range.lowerBound - 2)].lower == "przy") }) else { continue }
      let p = r.mentions[proj].range.lowerBound
      // Coordinated organizations opening the sentence, "wspólnie" before the project.
      if (s.tokens.lowerBound..<p).contains(where: { r.vocabulary.lowerIn($0, ["wspólnie", "jointly", "together"]) }),
         r.claim[s.tokens.lowerBound] >= 0 {
        let subjects = coordinatedOrganizations(from: s.tokens.lowerBound, in: s)
        if subjects.count >= 2 { for o in subjects where organized[g(o)]?.contains(g(proj)) != true { add(g(o), g(proj), .participatesIn, k) } }
      }
      // "X współpracuje z Y przy programie P".
      if let c = (s.tokens.lowerBound..<p).first(where: { r.tokens[$0].lower.hasPrefix("współpracuj") || r.vocabulary.lowerIs($0, "cooperates") || r.vocabulary.lowerIs($0, "works") }),
         (c..<p).contains(where: { r.vocabulary.lowerIn($0, ["przy", "on", "w"]) }) {
        let before = ms.last { r.mentions[$0].kind == .organization && r.mentions[$0].range.upperBound <= c }
        let with = ms.first { r.mentions[$0].kind == .organization && r.mentions[$0].range.lowerBound > c && r.mentions[$0].range.upperBound <= p }
        for o in [before, with].compactMap({ $0 }) where organized[g(o)]?.contains(g(proj)) != true { add(g(o), g(proj), .participatesIn, k) }
      }
    }
  }

  // MARK: co-organizers

  /// "X organizuje … wspólnie z Y": Y organizes what X organizes in the same sentence.
  mutating func coOrganizers() {
    for key in order where key.type == .organizes {
      // Only a sentence with the anchor of some cue can hold one.
      for k in found[key] ?? [] where Self.coOrganizerWords.mayMatch(in: k, r.vocabulary) {
        let s = r.sentences[k]
        let low = s.tokens.map { r.tokens[$0].lower }
        for cue in Self.coOrganizerCues + (kind(key.target) == .event ? Self.eventCoOrganizerCues : []) {
          var p = 0
          while p + cue.count <= low.count {
            if r.vocabulary.has(Self.coOrganizerOpeners, s.tokens.lowerBound + p), low[p] == cue[0], low[p..<(p + cue.count)].elementsEqual(cue) {
              var q = s.tokens.lowerBound + p + cue.count
              if q < s.tokens.upperBound, r.vocabulary.lowerIs(q, "the") { q += 1 }
              q = pastDescriptors(q, in: s)
              if q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization {
                // "wspólnie z Fundacją X oraz Starostwem Y": every coordinated organization co-organizes.
                // "projekt, który X realizuje wspólnie z Y": X leads the project, Y is its partner (schema: lead
                // partner organizes, partners take part); an event's co-organizers all organize it.
                let jointProject = kind(key.target) == .project && (s.tokens.lowerBound..<(s.tokens.lowerBound + p)).contains { r.tokens[$0].lower.hasPrefix("realizuj") || r.tokens[$0].lower.hasPrefix("realizowan") || r.vocabulary.lowerIn($0, ["implements", "runs", "implemented", "run"]) }
                for c in coordinatedOrganizations(from: q, in: s) {
                  let co = g(c)
                  if co == key.source { continue }
                  if jointProject { add(co, key.target, .participatesIn, k) } else { add(co, key.target, .organizes, k); organizers.insert(co) }
                }
                // "X wspólnie z Y przygotuje Forum Z": the subject before the cue, when Y was read as the organizer.
                let at = s.tokens.lowerBound + p
                if g(r.claim[q]) == key.source, at - 1 >= s.tokens.lowerBound, r.claim[at - 1] >= 0, r.mentions[r.claim[at - 1]].kind == .organization {
                  let co = g(r.claim[at - 1])
                  if co != key.source { add(co, key.target, .organizes, k); organizers.insert(co) }
                }
              }
            }
            p += 1
          }
        }
      }
    }
  }

  // MARK: project partners

  /// Partners and lead partners of projects, in sentences and in bulleted lists of partners.
  mutating func projectPartners() {
    let main = mainProject
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Self.partnerNouns, k) || r.vocabulary.sentenceHas(Self.memberNouns, k) else { continue }
      // An agreement before the partner word makes the sentence about signing ("signed … as partners"); one after it is
      // a clause about a partner listed ("Polish partners also include X and Y, which signed a letter of intent …").
      guard let pw = firstFreePartnerWord(s),
            !s.tokens.contains(where: { $0 < pw && r.vocabulary.has(Markers.agreementCue, $0) }),
            // "partnerem dla samorządu", "a partner for local firms": a partner of someone, not of a project.
            !(pw + 1 < s.tokens.upperBound && r.vocabulary.lowerIn(pw + 1, ["dla", "for"])) else { continue }
      let ms = mentions(in: k)
      // The project: one named in the sentence (not a programme), else the document's.
      let named = ms.first { r.mentions[$0].kind == .project && !r.mentions[$0].isProgramme }.map { g($0) }
      // "Organizatorami wydarzenia byli X, Y oraz Z, a partnerem merytorycznym – W": with no project named, a sentence
      // about the meeting speaks of the meeting's partner, who takes part in it (not in the document's project).
      let aboutMeeting = (s.tokens.lowerBound..<pw).contains { r.vocabulary.has(Self.eventReferences, $0) || r.vocabulary.has(Self.genericEventNouns, $0) }
      // With no meeting named in the report, the meeting's partner is still none of the project's (its lead partner,
      // "hosted by the lead partner", and a "partner przedsięwzięcia" are read below).
      if named == nil, mainEvent == nil, aboutMeeting, !r.vocabulary.sentenceHas(Self.leadWords, k),
         !hasPartnerWordBeforeUndertaking(s) {
        continue
      }
      if named == nil, let ev = mainEvent, aboutMeeting || ms.contains(where: { g($0) == ev }) {
        var q = pw + 1
        while q < s.tokens.upperBound, q - pw <= 3, r.claim[q] < 0, r.tokens[q].kind == .punct || r.tokens[q].casing == .lower { q += 1 }
        if q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization {
          for o in coordinatedOrganizations(from: q, in: s) where organized[g(o)]?.contains(ev) != true { add(g(o), ev, .participatesIn, k) }
        }
        continue
      }
      // "… wyniki projektu „P”. Przedsięwzięcie realizuje konsorcjum złożone z …": a generic noun of an undertaking
      // before the partner word refers to the project named in the sentence before.
      // "… utworzenia Centrum X. (…) Partnerami przedsięwzięcia są także: A, B": the noun right after the partner word
      // refers back too, to the project of the two sentences before.
      var referred: Int?
      let undertakingAfter = pw + 1 < s.tokens.upperBound && r.vocabulary.has(Self.undertakingAfterPartner, pw + 1)
      let schemeAfter = undertakingAfter && r.vocabulary.has(Self.schemeAfterPartner, pw + 1)
      if named == nil, k > 0, undertakingAfter || (s.tokens.lowerBound..<pw).contains(where: { r.vocabulary.has(Self.undertakingReferences, $0) }) {
        for back in (undertakingAfter ? [k - 1, k - 2] : [k - 1]) where back >= 0 && referred == nil {
          referred = mentions(in: back).last(where: { r.mentions[$0].kind == .project && (!r.mentions[$0].isProgramme || schemeAfter) && !funderLike($0) }).map { g($0) }
        }
      }
      guard let proj = named ?? referred ?? main else { continue }
      let lead = r.vocabulary.sentenceHas(Self.leadWords, k)
      // Partners: the organizations coordinated right after the partner word ("partnerami są m.in. ZUT oraz
      // duńska Izba …", "The Polish partner, the Marshal's Office …") or the subject just before it ("X jest partnerem").
      var near: Set<Int> = []
      for pn in s.tokens where isPartnerWord(pn) && r.claim[pn] < 0 {
        if let first = ms.first(where: { r.mentions[$0].kind == .organization && r.mentions[$0].range.lowerBound > pn && r.mentions[$0].range.lowerBound - pn <= 7 }),
           ((pn + 1)..<r.mentions[first].range.lowerBound).allSatisfy({ q in
             r.tokens[q].kind == .punct || r.vocabulary.has(Self.partnerLinkWords, q) || r.vocabulary.has(Self.memberListLinkWords, q) || (r.claim[q] >= 0 && r.mentions[r.claim[q]].kind == .project)
               // "eight partners from six countries, including X", "partnerów z sześciu krajów, w tym X".
               || r.vocabulary.has(Self.partnerOriginWords, q) || r.vocabulary.has(Self.countWords, q) || r.tokens[q].kind == .number
               // "The Estonian partner, the construction company X": a company's descriptor before its name.
               || (r.tokens[q].casing == .lower && Recognizer.companyNouns.contains(r.tokens[r.mentions[first].range.lowerBound - 1].lower))
           }) {
          for o in coordinatedOrganizations(from: r.mentions[first].range.lowerBound, in: s) { near.insert(o) }
        }
      }
      for m in ms where r.mentions[m].kind == .organization {
        let og = g(m)
        if lead, let l = s.tokens.first(where: { r.vocabulary.has(Self.leadWords, $0) }),
           abs(r.mentions[m].range.lowerBound - l) <= 6 || abs(r.mentions[m].range.upperBound - l) <= 6,
           !ms.contains(where: { x in r.mentions[x].kind == .organization && x != m && abs(r.mentions[x].range.lowerBound - l) < abs(r.mentions[m].range.lowerBound - l) }) {
          if organized[og]?.contains(proj) != true, found[Key(source: og, target: proj, type: .participatesIn)] == nil {
            add(og, proj, .organizes, k)
            organizers.insert(og)
          }
          continue
        }
        if organized[og]?.contains(proj) == true { continue }
        // Partners named after the partner word, or the subject of "X jest partnerem".
        // "X, one of nine project partners, …": an apposition naming X a partner.
        let apposition = r.mentions[m].range.upperBound < pw && pw - r.mentions[m].range.upperBound <= 7
          // "X, another TEX-LOOP partner, …": "another" and the project's name may stand before the partner word.
          && (r.mentions[m].range.upperBound..<pw).allSatisfy { q in (r.claim[q] < 0 && (r.vocabulary.lowerIn(q, [",", "one", "of", "the", "jeden", "jednym", "z", "project", "projektu", "another", "kolejny", "kolejnym", "innym"]) || r.tokens[q].kind == .number || r.vocabulary.has(Self.countWords, q)))
            || (r.claim[q] >= 0 && r.claim[q] != m && r.mentions[r.claim[q]].kind == .project) }
          && r.tokens[r.mentions[m].range.upperBound].text == ","
        // "X jest partnerem", "X, partner projektu": only link words between (not "X … reminded the partners").
        // "KUT and ZARR are the two Polish partners of P": a number word may stand between too.
        let subjectBefore = r.mentions[m].range.upperBound <= pw && pw - r.mentions[m].range.upperBound <= 5
          && (r.mentions[m].range.upperBound..<pw).allSatisfy { q in r.claim[q] == m || r.tokens[q].kind == .punct || r.vocabulary.has(Self.partnerLinkWords, q) || r.vocabulary.has(Self.countWords, q) || r.tokens[q].kind == .number }
        if near.contains(m) || apposition || subjectBefore {
          add(og, proj, .participatesIn, k)
          // "The Marshal's Office and TARR are the Polish partners": the subjects coordinated before it too.
          if subjectBefore {
            var first = m
            func conjunctionEnd(_ m: Int) -> Int {
              var c = r.mentions[m].range.lowerBound - 1
              if c >= 0, r.vocabulary.lowerIs(c, "the") { c -= 1 }
              return c
            }
            while conjunctionEnd(first) >= 1, r.vocabulary.lowerIn(conjunctionEnd(first), ["and", "i", "oraz", ","]),
                  let prev = ms.last(where: { r.mentions[$0].kind == .organization && r.mentions[$0].range.upperBound == conjunctionEnd(first) }) {
              if organized[g(prev)]?.contains(proj) != true { add(g(prev), proj, .participatesIn, k) }
              first = prev
            }
          }
        }
      }
      // "Przypomniał, że centrum jest partnerem projektu P": a lower-case subject naming the one body with that head.
      if pw >= s.tokens.lowerBound + 2, r.vocabulary.lowerIn(pw - 1, ["jest", "is", "był", "była", "was"]), let o = organizationReferredBack(at: pw - 2),
         organized[o]?.contains(proj) != true, found[Key(source: o, target: proj, type: .organizes)] == nil {
        add(o, proj, .participatesIn, k)
      }
      // "The partners introduced themselves …, including:" and a list.
      for item in listItems(after: k) {
        for m in mentions(in: item) where r.mentions[m].kind == .organization {
          let og = g(m)
          if organized[og]?.contains(proj) != true { add(og, proj, .participatesIn, item) }
        }
      }
    }
    // "Its Polish partners are A and B. They are joined by C, D and E": the partners go on in the next sentence.
    if let proj = main {
      for (k, s) in r.sentences.enumerated() where k > 0 {
        guard let j = s.tokens.first(where: { r.vocabulary.lowerIs($0, "joined") }), j + 1 < s.tokens.upperBound, r.vocabulary.lowerIs(j + 1, "by"),
              r.sentences[k - 1].tokens.contains(where: { r.vocabulary.has(Self.partnerNouns, $0) }),
              !mentions(in: k).contains(where: { r.mentions[$0].kind == .project || r.mentions[$0].kind == .event }) else { continue }
        var q = j + 2
        if q < s.tokens.upperBound, r.vocabulary.lowerIs(q, "the") { q += 1 }
        for o in coordinatedOrganizations(from: q, in: s) where organized[g(o)]?.contains(proj) != true { add(g(o), proj, .participatesIn, k) }
      }
    }
    // "The project is led by X", "projekt prowadzi X".
    if let proj = main {
      for (k, s) in r.sentences.enumerated() {
        guard r.vocabulary.sentenceHas(Self.ledBy, k) else { continue }
        guard let v = s.tokens.first(where: { r.vocabulary.has(Self.ledBy, $0) }),
              s.tokens.contains(where: { r.vocabulary.has(Self.undertakingCues, $0) && $0 < v })
                || mentions(in: k).contains(where: { g($0) == proj && r.mentions[$0].range.upperBound <= v }) else { continue }
        var q = v + 1
        while q < s.tokens.upperBound, q - v <= 3, r.claim[q] < 0 { q += 1 }
        guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization,
              r.vocabulary.lowerIn(v + 1, ["by", "przez"]) || r.vocabulary.lowerIs(v + 1, "the") else { continue }
        let og = g(r.claim[q])
        add(og, proj, .organizes, k)
        organizers.insert(og)
        // The leader was listed among the partners too: it organizes, a pair never has both (schema: lead partner).
        let partner = Key(source: og, target: proj, type: .participatesIn)
        if found[partner] != nil { found[partner] = nil; order.removeAll { $0 == partner } }
      }
    }
  }

  // MARK: speakers of a named panel

  /// "W panelu „Nauka dla gospodarki”, który poprowadziła X, głos zabrali:" and a list: the persons in the
  /// sentence and in the list take part in that panel. Returns the persons known only from such lists.
  mutating func subEventSpeakers(mainEvent: Int?) -> Set<Int> {
    var listed = namedItemEvents(mainEvent: mainEvent).union(listsAfterLeadIn(mainEvent: mainEvent))
    for (k, _) in r.sentences.enumerated() {
      let ms = mentions(in: k)
      guard let ev = ms.first(where: { r.mentions[$0].kind == .event && g($0) != mainEvent }).map({ g($0) }) else { continue }
      let items = listItems(after: k)
      guard !items.isEmpty else { continue }
      for m in ms where r.mentions[m].kind == .person { add(g(m), ev, .participatesIn, k) }
      for item in items {
        for m in mentions(in: item) where r.mentions[m].kind == .person {
          add(g(m), ev, .participatesIn, item)
          listed.insert(g(m))
        }
      }
    }
    // A later mention alone ("Prof. Lewandowski mówił …") does not put the speaker in the main meeting either.
    return listed
  }
}
