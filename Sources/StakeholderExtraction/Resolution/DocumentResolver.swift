import StakeholderModel

/// Groups one document's mentions into entities: same canonical name (after normalisation), acronyms and
/// names in apposition, short forms ("e-Izba" for the one "Izba …" of the text), units with the same head
/// and parent, event names with and without their edition ("II Forum X" / "Forum X").
///
/// - Complexity: O(m log m) for m mentions, plus the pairs that share an index key (a project's or event's first or
///   last word, an acronym's capitals).
struct DocumentResolver {
  var groupOf: [Int]
  var groups: [[Int]]
  /// Mentions that translate the name written right before them in parentheses: never the canonical name.
  var translations: Set<Int> = []

  /// A mention's kind and a lower-cased acronym or name in apposition: the key of the alias pass in ``init(_:)``.
  /// The name is kept as a ``TextKey`` (hashed and compared on bytes for simple text).
  struct AliasKey: Hashable {
    var kind: EntityKind
    var lower: TextKey

    init(kind: EntityKind, lower: String) {
      self.kind = kind
      self.lower = TextKey(lower)
    }
  }

  /// The name a unit has of its own, before its parent's name (normalised), or nil when that is its head alone
  /// ("Biuro ZGN" read as head and parent's acronym).
  static func unitOwnName(_ ms: [FoundMention], _ i: Int, forms: [String]) -> String? {
    let m = ms[i]
    guard let p = m.parent else { return nil }
    let parentRange = ms[p].range
    let own = m.range.contains(parentRange.lowerBound) ? parentRange.lowerBound - m.range.lowerBound : m.range.count
    guard own > 1 else { return nil }
    // Appended word by word: the string `joined(separator: " ")` makes, without its generic path.
    var out = ""
    for (n, w) in forms[i].spaceSeparatedWords.prefix(own).enumerated() {
      if n > 0 { out += " " }
      out += w
    }
    return out
  }

  init(_ r: Recognizer) {
    let ms = r.mentions
    var uf = UnionFind(ms.count)
    // Each mention's normalised name, and each event title's key and edition, computed once.
    let forms = ms.map { Normalize.form($0.name) }
    // Per-mention values the pairwise passes below test for every other mention: computed once here so
    // those passes cost O(m²) comparisons, not O(m²) normalisations.
    let nameHasSpace = ms.map { $0.name.includes(" ") }
    let formWords: [[Substring]] = ms.indices.map { ms[$0].kind == .project ? forms[$0].spaceSeparatedWords : [] }
    let eventWords: [[Substring]] = ms.map { $0.kind == .event ? Self.eventKey($0.innerName ?? $0.name).spaceSeparatedWords : [] }
    // The mentions of each kind, in text order: the pairwise passes walk only their own kind.
    let ofKind = ms.indicesByKind
    let organizations = ofKind[.organization] ?? [], projects = ofKind[.project] ?? [], events = ofKind[.event] ?? []
    // Projects by the first and by the last word of their normalised name, events by the first word of their
    // key, in text order: the passes below compare a mention only with those that can share those words.
    var projectsByFirst: [Substring: [Int]] = [:], projectsByLast: [Substring: [Int]] = [:], eventsByFirst: [Substring: [Int]] = [:]
    for i in projects {
      if let f = formWords[i].first { projectsByFirst[f, default: []].append(i) }
      if let l = formWords[i].last { projectsByLast[l, default: []].append(i) }
    }
    for i in events { if let f = eventWords[i].first { eventsByFirst[f, default: []].append(i) } }
    // (Keyed on bytes, ``TextKey``, as are the event indexes below.)
    var eventParts: [TextKey: (key: String, edition: String?)] = [:]
    func event(_ name: String) -> (key: String, edition: String?) {
      if let hit = eventParts[TextKey(name)] { return hit }
      let v = (Self.eventKey(name), Self.edition(name))
      eventParts[TextKey(name)] = v
      return v
    }
    // Keyed by kind and name (``key(_:form:event:)`` without building its "kind:name" string).
    var byKey: [AliasKey: Int] = [:]
    // (At most one key per mention: room made at once, not by growing.)
    byKey.reserveCapacity(ms.count)
    for i in ms.indices {
      let name = ms[i].kind == .event ? Self.keyName(ms[i], form: forms[i], event: event(ms[i].name)) : Self.keyName(ms[i], form: forms[i])
      let key = AliasKey(kind: ms[i].kind, lower: name)
      if let j = byKey[key] { uf.union(i, j) } else { byKey[key] = i }
    }
    // Each mention's lower-cased name, made on first need (the alias, short-form and unit passes ask it).
    var lowerNames: [String?] = Array(repeating: nil, count: ms.count)
    func lowerName(_ i: Int) -> String {
      if let l = lowerNames[i] { return l }
      let l = ms[i].name.fastLowercased
      lowerNames[i] = l
      return l
    }
    // Acronyms and names in apposition.
    // Keyed by kind and lower-cased alias (no string built per look-up).
    var byAlias: [AliasKey: Int] = [:]
    // The kinds with an alias: a mention of another kind finds none and is not looked up.
    var aliasKinds = Set<EntityKind>()
    for i in ms.indices where ms[i].kind != .person {
      let m = ms[i]
      // Its acronyms, then its name in apposition (no array built per mention).
      func alias(_ a: String) {
        let key = AliasKey(kind: m.kind, lower: a.fastLowercased)
        if byAlias[key] == nil { byAlias[key] = i }
        aliasKinds.insert(m.kind)
      }
      for a in m.acronyms { alias(a) }
      if let inner = m.innerName { alias(inner) }
    }
    if !byAlias.isEmpty {
      for i in ms.indices where aliasKinds.contains(ms[i].kind) {
        if let j = byAlias[AliasKey(kind: ms[i].kind, lower: lowerName(i))] { uf.union(i, j) }
        // (A surface that is the name itself finds the same mention again.)
        if ms[i].surface != ms[i].name, let j = byAlias[AliasKey(kind: ms[i].kind, lower: ms[i].surface.fastLowercased)] { uf.union(i, j) }
      }
    }
    for (i, c) in Self.companyShortNames(r) { uf.union(i, c) }
    for (i, j) in Self.headedTails(r, forms: forms) { uf.union(i, j) }
    for (i, j) in Self.quotedPartShortNames(r) { uf.union(i, j) }
    // A name with its translation in parentheses ("Ternopilska Miska Rada (Ternopil City Council)").
    for (i, j) in Self.translationPairs(r) {
      uf.union(i, j)
      translations.insert(j)
    }
    // Short forms: "e-Izba" → the one multi-word organization with the head "izba". (Keys on bytes, ``TextKey``.)
    var fullByHead: [TextKey: [Int]] = [:]
    for j in organizations {
      let m = ms[j]
      guard nameHasSpace[j] && m.parent == nil && !lowerName(j).hasPrefix("oddział") else { continue }
      if let h = m.head { fullByHead[TextKey(h.lemma), default: []].append(j) }
    }
    for i in organizations {
      let m = ms[i]
      guard !nameHasSpace[i] && m.name.includes("-") else { continue }
      guard let h = m.head, let full = fullByHead[TextKey(h.lemma)] else { continue }
      let cands = Set(full.map { uf.find($0) })
      if cands.count == 1 { uf.union(i, cands.first!) }
    }
    // Acronyms never defined in parentheses: "LGD „Mazurskie Jeziora”" for "Lokalna Grupa Działania „Mazurskie
    // Jeziora”", "PŁ" for "Politechnika Łódzka" (the initials of the capitalised words, one candidate only).
    // The organizations whose name opens with an acronym-like word, found first: with none, the initials of the
    // other names are not worked out.
    var acronymOpened: [(Int, [Substring])] = []
    for i in organizations {
      let m = ms[i]
      // The first word is tested before the name is cut into words.
      let f = m.name.firstSpaceSeparatedWord
      // A lower-case ASCII letter (most first words have one) is upper-cased to another letter: the word is not its own
      // upper case, and is neither counted nor upper-cased.
      guard !f.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) else { continue }
      guard f.count >= 2, f.count <= 6, f == f.uppercased(), f.allSatisfy(\.isLetter) else { continue }
      acronymOpened.append((i, m.name.spaceSeparatedWords))
    }
    var byInitials: [String: Set<Int>] = [:]
    for j in organizations {
      let m = ms[j]
      guard !acronymOpened.isEmpty else { continue }
      // The name in apposition too: "Stowarzyszenie Lokalna Grupa Działania „X”" is also "Lokalna Grupa Działania „X”".
      for n in [m.name] + [m.innerName].compactMap({ $0 }) {
        let words = Self.plainWords(n)
        guard words.count >= 2, words.allSatisfy({ $0.first?.isUppercase == true }) else { continue }
        byInitials[String(words.compactMap(\.first)).uppercased(), default: []].insert(j)
      }
    }
    for (i, words) in acronymOpened {
      let f = words[0]
      let rest = words.dropFirst().joined(separator: " ")
      guard let cands = byInitials[String(f)] else { continue }
      let restForm = Normalize.form(rest)
      let roots = Set(cands.filter { rest.isEmpty || forms[$0].hasSuffix(restForm) }.map { uf.find($0) })
      if roots.count == 1 { uf.union(i, roots.first!) }
    }
    // "Spółka Terra Polska" / "Terra Polska" for "Terra Polska sp. z o.o.": the name without its legal form.
    // (Keyed on bytes, ``TextKey``.)
    var byBareName: [TextKey: Set<Int>] = [:]
    for j in organizations {
      let m = ms[j]
      guard let lf = m.legalForm, m.name.hasSuffix(" " + lf) else { continue }
      byBareName[TextKey(Normalize.form(String(m.name.dropLast(lf.count + 1)))), default: []].insert(j)
    }
    // (Nothing to find when no company has a legal form: its names are not normalised then.)
    for i in byBareName.isEmpty ? [] : organizations {
      let m = ms[i]
      guard m.legalForm == nil else { continue }
      // The name's form is known; a surface that is the name itself would find the same candidates again.
      let others = (m.surface == m.name ? [] : [m.surface]) + [m.innerName].compactMap({ $0 })
      for f in [forms[i]] + others.map(Normalize.form) {
        guard let cands = byBareName[TextKey(f)] else { continue }
        let roots = Set(cands.map { uf.find($0) })
        if roots.count == 1 { uf.union(i, roots.first!); break }
      }
    }
    // "PWr" for "Politechnika Wrocławska", "FEMP" for "Fundusze Europejskie dla Małopolski": an acronym never
    // defined in the text, made of the first letters (one or two) of the capitalised words.
    // Multi-word names of each kind by their capitals (``capitalsKey(_:)``), built on first need: only those can
    // match an acronym with the same capitals.
    var byCapitals: [EntityKind: [String: [Int]]] = [:]
    // The names each acronym abbreviates depend only on the acronym and its kind: worked out once per acronym
    // (the same acronym is written many times); the groups they belong to are read at each mention.
    var abbreviated: [EntityKind: [String: [Int]]] = [:]
    for i in ms.indices where (ms[i].kind == .organization || ms[i].kind == .project) && !nameHasSpace[i] && (2...8).contains(ms[i].name.characterCount) {
      let m = ms[i]
      guard m.name.first?.isUppercase == true, m.name.dropFirst().contains(where: { $0.isUppercase }) else { continue }
      let hits: [Int]
      if let known = abbreviated[m.kind]?[m.name] {
        hits = known
      } else {
        if byCapitals[m.kind] == nil {
          var index: [String: [Int]] = [:]
          for j in ofKind[m.kind] ?? [] where nameHasSpace[j] { for key in Self.capitalsKeys(ms[j].name) { index[key, default: []].append(j) } }
          byCapitals[m.kind] = index
        }
        let found = (byCapitals[m.kind]![Self.acronymCapitals(m.name)] ?? []).filter { Self.abbreviates(m.name, ms[$0].name) }
        abbreviated[m.kind, default: [:]][m.name] = found
        hits = found
      }
      let roots = Set(hits.map { uf.find($0) })
      if roots.count == 1, let root = roots.first, root != uf.find(i) { uf.union(i, root) }
    }
    // "Strategia 2030" for the one "Strategia Rozwoju Województwa Opolskiego 2030": a project's head word and its
    // year, written short.
    for i in projects {
      let w = formWords[i]
      guard w.count == 2, w[1].count == 4, w[1].allSatisfy(\.isNumber) else { continue }
      var roots = Set<Int>()
      for j in projectsByFirst[w[0]] ?? [] where j != i {
        let ow = formWords[j]
        if ow.count > 2, ow.first == w[0], ow.last == w[1] { roots.insert(uf.find(j)) }
      }
      if roots.count == 1, let root = roots.first { uf.union(i, root) }
    }
    // "Interreg Central Europe" / "ESPON" for the one "Interreg Central Europe 2021–2027" / "ESPON 2030" of the
    // text: a programme written without its period or edition. "FEL 2021-2027" for "Fundusze Europejskie dla
    // Lubelskiego 2021-2027": an acronym that keeps the period.
    // The projects a name can be without its period are indexed by what is left of theirs: each project under every
    // beginning of its words that only periods or editions follow; and, for an acronym that keeps the period, under
    // its last word and the capitals of its name without that word (``capitalsKey(_:)``: an acronym abbreviates
    // only names with its capitals), built on first need. Each project is then compared only with those.
    var projectsByPeriodless: [[Substring]: [Int]] = [:]
    for j in projects {
      let ow = formWords[j]
      var p = ow.count - 1
      while p >= 1, Self.isPeriodOrEdition(ow[p]) {
        projectsByPeriodless[Array(ow[..<p]), default: []].append(j)
        p -= 1
      }
    }
    var projectsByLastAndCapitals: [Substring: [String: [Int]]]?
    for i in projects {
      let m = ms[i]
      let w = formWords[i]
      guard !w.isEmpty else { continue }
      var roots = Set<Int>()
      for j in projectsByPeriodless[w] ?? [] where uf.find(j) != uf.find(i) { roots.insert(uf.find(j)) }
      if w.count == 2, w[0].count <= 8, Self.isPeriodOrEdition(w[1]) {
        if projectsByLastAndCapitals == nil {
          var index: [Substring: [String: [Int]]] = [:]
          for j in projects where formWords[j].count > 2 {
            let rest = ms[j].name.split(separator: " ").dropLast().joined(separator: " ")
            index[formWords[j].last!, default: [:]][Self.capitalsKey(rest), default: []].append(j)
          }
          projectsByLastAndCapitals = index
        }
        let acronym = String(m.name.split(separator: " ")[0])
        for j in projectsByLastAndCapitals![w[1]]?[Self.acronymCapitals(acronym)] ?? [] where uf.find(j) != uf.find(i) {
          if Self.abbreviates(acronym, ms[j].name.split(separator: " ").dropLast().joined(separator: " ")) { roots.insert(uf.find(j)) }
        }
      }
      if roots.count == 1, let root = roots.first { uf.union(i, root) }
    }
    // "Akademii Pomorskiej" for the one "Akademia Pomorska w Słupsku" of the text: a university named without the
    // seat its official name carries.
    var bySeatless: [TextKey: Set<Int>] = [:]
    for j in organizations {
      let n = forms[j]
      if let r = n.simpleRange(of: " w ", backwards: true), n[r.upperBound...].split(separator: " ").count <= 2 { bySeatless[TextKey(String(n[..<r.lowerBound])), default: []].insert(j) }
    }
    for i in organizations {
      guard nameHasSpace[i], !bySeatless.isEmpty, let cands = bySeatless[TextKey(forms[i])] else { continue }
      let roots = Set(cands.map { uf.find($0) })
      if roots.count == 1, let root = roots.first { uf.union(i, root) }
    }
    Self.joinNamesWithoutLeadingAdjectives(ms, forms: forms, &uf)
    Self.joinNamesWithoutTrailingKind(ms, forms: forms, &uf)
    // "Marshal's Office" for the one "Marshal's Office of the Opolskie Voivodeship" of an English text, "Grupa
    // Robocza" for the one "Grupa Robocza ds. Rozwoju Gospodarczego" of a Polish one.
    var longer: [TextKey: Set<Int>] = [:]
    for j in organizations {
      let n = forms[j]
      if let before = n.prefix(before: " of ") ?? n.prefix(before: " ds. ") { longer[TextKey(String(before)), default: []].insert(j) }
    }
    for i in organizations {
      let m = ms[i]
      guard nameHasSpace[i] && !m.name.includes(" of ") && !m.name.includes(" ds. ") else { continue }
      guard !longer.isEmpty, let cands = longer[TextKey(forms[i])] else { continue }
      let roots = Set(cands.map { uf.find($0) })
      if roots.count == 1 { uf.union(i, roots.first!) }
    }
    // Units: same head and same parent entity ("Biuro Metropolii Krakowskiej" = "Biuro Stowarzyszenia Metropolia
    // Krakowska"), and the same name of their own unless one is the bare head: two departments of one office
    // ("Departament Rolnictwa UMWŚ", "Departament Rozwoju UMWŚ") stay apart.
    // Which mentions are branches ("oddział"), read once for both rounds.
    let isBranch = ms.map { $0.head?.lemma == "oddział" }
    // Each unit's own name (``unitOwnName(_:_:forms:)``), worked out in the first round and read in the second.
    var ownNames: [Int: String?] = [:]
    for _ in 0..<2 {
      // (Keyed on bytes, ``TextKey``.)
      var unitKey: [TextKey: Int] = [:]
      var bareUnits: [TextKey: [Int]] = [:]
      var namedUnits: [TextKey: [Int]] = [:]
      for i in organizations {
        let m = ms[i]
        guard let h = m.head, h.isUnit, let p = m.parent else { continue }
        // A branch's first word, cut to five letters (only a branch's key reads it).
        let adj = h.lemma != "oddział" || lowerName(i).hasPrefix("oddział") ? "" : String(lowerName(i).prefix(while: { $0 != " " }).prefix(5))
        let parentKey = TextKey("\(h.lemma)|\(uf.find(p))|\(h.lemma == "oddział" ? adj : "")")
        let own: String?
        if h.lemma == "oddział" {
          own = ""
        } else if let known = ownNames[i] {
          own = known
        } else {
          own = Self.unitOwnName(ms, i, forms: forms)
          ownNames[i] = .some(own)
        }
        let k = TextKey(parentKey.text + "|" + (own ?? ""))
        if own == nil { bareUnits[parentKey, default: []].append(i) } else if unitKey[k] == nil { namedUnits[parentKey, default: []].append(i) }
        if let j = unitKey[k] { uf.union(i, j) } else { unitKey[k] = i }
      }
      // A bare unit ("Biuro" of a parent) is the one named unit of that head and parent, if there is one.
      for (k, bare) in bareUnits.sorted(by: { $0.key.text < $1.key.text }) {
        guard let named = namedUnits[k], named.count == 1 else { continue }
        for i in bare { uf.union(i, named[0]) }
      }
      // A branch named without its adjective ("oddział e-Izby") joins the one branch of that parent.
      var branches: [Int: Set<Int>] = [:]
      for i in ms.indices where isBranch[i] { if let p = ms[i].parent { branches[uf.find(p), default: []].insert(uf.find(i)) } }
      var namedRoots = Set<Int>()
      for i in ms.indices where isBranch[i] && !lowerName(i).hasPrefix("oddział") { namedRoots.insert(uf.find(i)) }
      for p in branches.keys.sorted() {
        let set = branches[p]!
        guard set.count > 1 else { continue }
        let named = set.filter { namedRoots.contains($0) }
        if named.count == 1 { for g in set.sorted() { uf.union(g, named.first!) } }
      }
    }
    // Events: "II Forum X" and "Forum X"; a title with and without its subtitle. Two different editions
    // ("VII Forum X", "VIII Forum X") stay apart; a mention without an edition joins the first edition named.
    var eventKey: [TextKey: Int] = [:]
    var editionKey: [TextKey: Int] = [:]
    for i in events {
      let m = ms[i]
      let (k, edition) = event(m.innerName ?? m.name)
      if let e = edition {
        let ek = TextKey(e + "|" + k)
        if let j = editionKey[ek] { uf.union(i, j) } else { editionKey[ek] = i }
        if eventKey[TextKey(k)] == nil { eventKey[TextKey(k)] = i }
      }
    }
    for i in events {
      let m = ms[i]
      let (k, edition) = event(m.innerName ?? m.name)
      if edition != nil { continue }
      if let j = eventKey[TextKey(k)] { uf.union(i, j) } else { eventKey[TextKey(k)] = i }
    }
    // "Forum Rozwoju Miast" in a headline for the one "III Forum Rozwoju Miast Górnego Śląska"
    // of the report: an event name (two words or more) that begins the one longer event name.
    for i in events {
      let w = eventWords[i]
      guard w.count >= 2 else { continue }
      var roots = Set<Int>()
      for j in eventsByFirst[w[0]] ?? [] where uf.find(j) != uf.find(i) {
        let ow = eventWords[j]
        if ow.count > w.count, ow.starts(with: w) { roots.insert(uf.find(j)) }
      }
      if roots.count == 1, let root = roots.first { uf.union(i, root) }
    }
    // Root mention → its group, or -1 while none (an array: roots are mention indices).
    var gIndex = Array(repeating: -1, count: ms.count)
    var groups: [[Int]] = []
    var groupOf = Array(repeating: -1, count: ms.count)
    for i in ms.indices {
      let root = uf.find(i)
      let g = gIndex[root]
      if g >= 0 { groups[g].append(i); groupOf[i] = g } else {
        gIndex[root] = groups.count
        groupOf[i] = groups.count
        groups.append([i])
      }
    }
    self.groupOf = groupOf
    self.groups = groups
  }

  /// The letter an acronym of `name` must start with, upper-cased: the first letter of its first word
  /// that does not start in lower case (joining words are skipped), as ``abbreviates(_:_:)`` reads
  /// words. A cheap test before the full match: an acronym starting with another letter cannot match.
  static func acronymInitial(_ name: String) -> String? {
    var atWordStart = true
    for c in name {
      if c == " " || c == "-" || c == "–" { atWordStart = true; continue }
      guard atWordStart, c.isLetter else { continue }
      atWordStart = false
      if !c.isLowercase { return c.uppercased() }
    }
    return nil
  }

  /// Whether `acronym` is made of the first one or two letters of each capitalised word of `name` (lower-case
  /// joining words such as "dla", "i", "of" may be skipped or give their letter: "FEdP"; the last word may give its
  /// initial and any later letter: "PŚk"); a patron ("im. …") and a legal form at the end are left out.
  ///
  ///     abbreviates("PWr", "Politechnika Wrocławska")   // true
  ///
  /// - Complexity: O(a·w) for a letters and w words (memoised search).
  static func abbreviates(_ acronym: String, _ name: String) -> Bool {
    // Cheap test first (callers try every name of a document): an acronym opening with a capital must open
    // with the initial of the name's first capitalised word, since joining words only give lower-case letters.
    if let first = acronym.first(where: \.isLetter), first.isUppercase, acronymInitial(name) != String(first) { return false }
    // "UMCS" for "Uniwersytet Marii Curie-Skłodowskiej w Lublinie": the seat may be left out too.
    if let bare = withoutSeat(name), abbreviates(acronym, bare) { return true }
    var base = name
    if let r = base.simpleRange(of: " im. ") { base = String(base[..<r.lowerBound]) }
    let words = base.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "–" }).map { $0.filter { $0.isLetter } }.filter { !$0.isEmpty }
    let a = Array(acronym.filter { $0.isLetter })
    guard words.count >= 2, words.count <= 8, !a.isEmpty else { return false }
    var memo: [Int: Bool] = [:]
    func match(_ ai: Int, _ wi: Int) -> Bool {
      if wi == words.count { return ai == a.count }
      let key = ai * 16 + wi
      if let v = memo[key] { return v }
      let w = Array(words[wi])
      var ok = false
      if w[0].isLowercase {
        // A joining word: skipped, or its letter kept in lower case ("FEdP").
        ok = match(ai, wi + 1) || (ai < a.count && a[ai] == w[0] && match(ai + 1, wi + 1))
      } else if ai < a.count, a[ai].isUppercase, String(a[ai]) == String(w[0]).uppercased() {
        ok = match(ai + 1, wi + 1)
        if !ok, w.count > 1, ai + 1 < a.count, a[ai + 1].isLowercase, a[ai + 1] == w[1] { ok = match(ai + 2, wi + 1) }
        // "PŚk" for "Politechnika Świętokrzyska": the acronym's last, lower-case letter may be a later letter of the
        // name's last word.
        if !ok, wi == words.count - 1, ai + 2 == a.count, a[ai + 1].isLowercase, w.dropFirst(2).contains(a[ai + 1]) { ok = true }
      }
      memo[key] = ok
      return ok
    }
    return match(0, 0)
  }

  /// `name` without the seat it ends in ("Uniwersytet Mikołaja Kopernika w Toruniu" → "Uniwersytet Mikołaja
  /// Kopernika"): "w", "we" or "in" and one or two capitalised words; nil when it ends in none.
  static func withoutSeat(_ name: String) -> String? {
    // Most names are shorter than four words: counted first, they are not cut into words.
    if let count = simpleWordCount(name), count < 4 || !hasInnerSeatPreposition(name) { return nil }
    let words = name.spaceSeparatedWords
    guard words.count >= 4 else { return nil }
    for n in 1...2 where words.count - n - 1 >= 2 {
      let at = words.count - n - 1
      guard ["w", "we", "in"].contains(words[at]), words[(at + 1)...].allSatisfy({ $0.first?.isUppercase == true }) else { continue }
      return words[..<at].joined(separator: " ")
    }
    return nil
  }

  /// Whether simple text `name` has "w", "we" or "in" between two spaces: a seat's preposition (``withoutSeat(_:)``)
  /// is a word with words before and after it, so a name without one has no seat.
  /// - Complexity: O(n) in the name's bytes; no allocation.
  static func hasInnerSeatPreposition(_ name: String) -> Bool {
    var s = name
    return s.withUTF8 { b in
      for i in b.indices where b[i] == 0x20 && i + 2 < b.count {
        if b[i + 1] == 0x77, b[i + 2] == 0x20 || (b[i + 2] == 0x65 && i + 3 < b.count && b[i + 3] == 0x20) { return true }
        if b[i + 1] == 0x69, b[i + 2] == 0x6E, i + 3 < b.count, b[i + 3] == 0x20 { return true }
      }
      return false
    }
  }

  /// The capitals keys under which `name` can be abbreviated: ``capitalsKey(_:)`` of the name and, when it ends
  /// in a seat, of the name without it (``withoutSeat(_:)``).
  static func capitalsKeys(_ name: String) -> [String] {
    let key = capitalsKey(name)
    guard let bare = withoutSeat(name) else { return [key] }
    let bareKey = capitalsKey(bare)
    return bareKey == key ? [key] : [key, bareKey]
  }

  /// The capitals an acronym of `name` must have, in order (``abbreviates(_:_:)`` reads the same words): the
  /// upper-cased initial of each word that does not open in lower case. Two strings can only abbreviate one
  /// another when this equals ``acronymCapitals(_:)`` of the acronym.
  ///
  ///     capitalsKey("Politechnika Wrocławska")   // "PW"
  static func capitalsKey(_ name: String) -> String {
    var base = name
    if let r = base.simpleRange(of: " im. ") { base = String(base[..<r.lowerBound]) }
    if let key = simpleCapitalsKey(base) { return key }
    var key = ""
    for word in base.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "–" }) {
      guard let first = word.first(where: \.isLetter), !first.isLowercase else { continue }
      key += String(first).uppercased()
    }
    return key
  }

  /// ``capitalsKey(_:)`` on UTF-8 bytes, or nil when the bytes cannot tell: `name` is not
  /// ``Swift/String/isSimpleText`` (there every scalar is a whole character and " ", "-" are the only separators
  /// present, "–" being a scalar above U+0300), or a word's first letter is outside ASCII, Latin-1 and Latin
  /// Extended-A letters of known case (``Tokenizer/latinExtendedCase(_:)``). A letter of those blocks that is not
  /// lower case is upper case and its own upper-case form, so it is the key's letter as written.
  ///
  ///     simpleCapitalsKey("Politechnika Łódzka")   // "PŁ"
  /// - Complexity: O(n) in the name's bytes.
  static func simpleCapitalsKey(_ name: String) -> String? {
    var s = name
    return s.withUTF8 { b -> String? in
      var key: [UInt8] = []
      var i = 0
      var found = false  // the current word's first letter is read
      while i < b.count {
        let x = b[i]
        if x >= 0xCC || x == 0x0D { return nil }
        if x == 0x20 || x == 0x2D { found = false; i += 1; continue }
        if x < 0x80 {
          if !found, (x >= 0x41 && x <= 0x5A) || (x >= 0x61 && x <= 0x7A) {
            found = true
            if x <= 0x5A { key.append(x) }
          }
          i += 1
          continue
        }
        // A two-byte scalar (U+0080–U+02FF in simple text).
        guard i + 1 < b.count else { return nil }
        if !found {
          let v = (UInt32(x & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F)
          guard v >= 0xC0, v <= 0x17F, v != 0xD7, v != 0xF7 else { return nil }
          let c = Tokenizer.latinExtendedCase(v)
          if c == 0 { return nil }
          found = true
          if c > 0 { key.append(x); key.append(b[i + 1]) }
        }
        i += 2
      }
      return String(decoding: key, as: UTF8.self)
    }
  }

  /// The upper-case letters of `acronym`, in order ("PWr" → "PW"); see ``capitalsKey(_:)``.
  static func acronymCapitals(_ acronym: String) -> String { String(acronym.filter { $0.isLetter && $0.isUppercase }) }

  /// The number of space-separated words of `name` (`name.split(separator: " ").count`), counted on its UTF-8
  /// bytes when it is ``Swift/String/isSimpleText`` (there every scalar is a whole character); nil otherwise.
  /// - Complexity: O(n) in the name's bytes; no allocation.
  static func simpleWordCount(_ name: String) -> Int? {
    guard name.isSimpleText else { return nil }
    // Read from the string's contiguous bytes where it has them (native strings do): faster than the `utf8` view.
    return name.utf8.withContiguousStorageIfAvailable(spaceSeparatedRuns) ?? spaceSeparatedRuns(name.utf8)
  }

  /// The number of runs of bytes other than a space (0x20) in `bytes`.
  /// - Complexity: O(n) in the bytes.
  static func spaceSeparatedRuns<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Int {
    var count = 0
    var inWord = false
    for b in bytes {
      if b == 0x20 { inWord = false } else if !inWord { inWord = true; count += 1 }
    }
    return count
  }

  /// Whether a word is a year, a period of years ("2021–2027") or a Roman edition number ("IV").
  static func isPeriodOrEdition(_ w: Substring) -> Bool {
    if hasByteOfNoPeriodOrEdition(w) { return false }
    if Markers.romanNumerals.contains(w.uppercased()) { return true }
    let parts = w.split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "—" || $0 == "/" })
    return !parts.isEmpty && parts.count <= 2 && parts.allSatisfy { $0.count == 4 && $0.allSatisfy(\.isNumber) }
  }

  /// Whether ASCII word `w` has a byte that no year, period or Roman edition number has (anything but a digit, "-",
  /// "/" and the letters of I, V and X in either case): then ``isPeriodOrEdition(_:)`` is false without upper-casing
  /// and splitting the word. False for a word with a byte beyond ASCII (whose upper case may differ).
  /// - Complexity: O(n) in the word's bytes; no allocation.
  static func hasByteOfNoPeriodOrEdition(_ w: Substring) -> Bool {
    var other = false
    for b in w.utf8 {
      if b >= 0x80 { return false }
      switch b {
      case 0x30...0x39, 0x2D, 0x2F, 0x49, 0x56, 0x58, 0x69, 0x76, 0x78: continue
      default: other = true
      }
    }
    return other
  }

  /// The words of a name outside quotation marks ("Lokalna Grupa Działania „Mazurskie Jeziora”" → Lokalna Grupa Działania).
  static func plainWords(_ name: String) -> [Substring] {
    // No quotation mark scalar, no quotation mark character: most names skip the character walk.
    if !name.unicodeScalars.contains(where: { $0 == "„" || $0 == "\"" || $0 == "“" || $0 == "«" }) { return name.spaceSeparatedWords }
    let cut = name.firstIndex(where: { "„\"“«".contains($0) }).map { name[..<$0] } ?? Substring(name)
    return cut.split(separator: " ")
  }

  /// The grouping key of a mention: kind and normalised canonical name.
  static func key(_ m: FoundMention) -> String {
    key(m, form: Normalize.form(m.name), event: m.kind == .event ? (eventKey(m.name), edition(m.name)) : nil)
  }

  /// ``key(_:)`` from the mention's normalised name and, for events, its title's key and edition.
  static func key(_ m: FoundMention, form: String, event: (key: String, edition: String?)? = nil) -> String {
    "\(m.kind.rawValue):\(keyName(m, form: form, event: event))"
  }

  /// The name part of ``key(_:form:event:)`` (after "kind:").
  static func keyName(_ m: FoundMention, form: String, event: (key: String, edition: String?)? = nil) -> String {
    var n = form
    if m.kind == .organization {
      if n.has("urząd miejski") { n = n.replacingOccurrences(of: "urząd miejski", with: "urząd miasta") }
      if let l = m.legalForm, n.hasSuffix(" " + Normalize.form(l)) { n = String(n.dropLast(l.count + 1)) }
      // The patron is not part of the name (schema rule 5): "Uczelnia Techniczna im. Jana Kowalskiego".
      if let r = n.simpleRange(of: " im. "), r.lowerBound > n.startIndex { n = String(n[..<r.lowerBound]) }
    }
    if m.kind == .event, let event { n = (event.edition.map { $0 + " " } ?? "") + event.key }
    // "województwo podlaskie" and "Podlaskie" are one region.
    if m.kind == .place, n.hasPrefix("województwo ") { n = String(n.dropFirst("województwo ".count)) }
    return n
  }

  /// The edition an event name starts with ("VII Forum …" → "VII", "5. Kongres" → "5."), if any.
  static func edition(_ name: String) -> String? {
    guard let f = name.spaceSeparatedWords.first.map(String.init), name.includes(" ") else { return nil }
    if Markers.romanNumerals.contains(f) || f.allSatisfy({ $0.isNumber || $0 == "." }) || isEnglishOrdinal(f) { return f }
    return nil
  }

  /// "3rd", "10th": an English ordinal, an event's edition.
  static func isEnglishOrdinal(_ w: String) -> Bool {
    w.count >= 3 && w.hasSuffix(among: ["st", "nd", "rd", "th"]) && w.dropLast(2).allSatisfy { $0.isASCII && $0.isNumber }
  }

  /// An event name without its edition number and subtitle.
  static func eventKey(_ name: String) -> String {
    var words = Normalize.form(name).spaceSeparatedWords.map(String.init)
    if let f = words.first, Markers.romanNumerals.contains(f.uppercased()) || f.allSatisfy({ $0.isNumber || $0 == "." }) || isEnglishOrdinal(f) { words.removeFirst() }
    if let dash = words.firstIndex(where: { $0 == "–" || $0 == "-" || $0 == "—" }) { words = Array(words[..<dash]) }
    // "Baltic Cities Forum 2023" is the forum of the title "Baltic Cities Forum".
    if words.count > 1, let l = words.last, l.count == 4, l.allSatisfy(\.isNumber) { words.removeLast() }
    return words.joined(separator: " ")
  }

  /// The canonical name of a group: for organizations the full (not short) form, preferring one written in
  /// the nominative; for events the longest; otherwise the first nominative form, else the first.
  static func canonicalName(_ idx: [Int], _ ms: [FoundMention]) -> String {
    // The group's distinct names, for `longerForm` below (a group can hold hundreds of mentions of one name); keyed on
    // bytes (``TextKey``).
    var distinctNames: Set<TextKey>?
    var longerFormByName: [TextKey: (completes: Int, opensWithAdjective: Int, seat: Int)] = [:]
    // Whether `name` completes another form of the group with "of" and a place ("Kielce University of Technology")
    // or "ds." and a field ("Grupa Robocza ds. Transportu"), and whether it has the adjectives another form leaves
    // out ("Regionalna Rada Innowacji" over "Rada Innowacji"); once per distinct name.
    // Also whether it adds the seat to another form ("Lubuski Urząd Wojewódzki w Gorzowie" over "Lubuski Urząd
    // Wojewódzki"): the official name, even when the text writes it only in another case.
    // Whether every mention of the group has the same name (most groups do): then no form is longer than another.
    var oneName: Bool?
    func longerForm(_ name: String) -> (completes: Int, opensWithAdjective: Int, seat: Int) {
      if oneName == nil {
        let first = TextKey(ms[idx[0]].name)
        oneName = idx.allSatisfy { TextKey(ms[$0].name) == first }
      }
      if oneName! { return (0, 0, 0) }
      let key = TextKey(name)
      if let c = longerFormByName[key] { return c }
      if distinctNames == nil { distinctNames = Set(idx.map { TextKey(ms[$0].name) }) }
      let others = distinctNames!.filter { $0 != key }.map(\.text)
      let c = (others.contains { name.hasPrefix($0 + " of ") || name.hasPrefix($0 + " ds. ") } ? 1 : 0,
               others.contains { name.hasSuffix(" " + $0) } ? 1 : 0,
               others.contains { name.hasPrefix($0 + " w ") || name.hasPrefix($0 + " we ") || name.hasPrefix($0 + " in ") } ? 1 : 0)
      longerFormByName[key] = c
      return c
    }
    // Higher is better; ties go to the earliest mention.
    func score(_ m: FoundMention) -> [Int] {
      let words = simpleWordCount(m.name) ?? m.name.split(separator: " ").count
      let short = words == 1 && (m.name.includes("-") || m.acronymLike || m.name.dropFirst().contains(where: \.isUppercase)) ? 0 : 1
      let attested = m.surface == m.name ? 1 : 0
      switch m.kind {
      case .event: return [m.name.count, attested]
      case .person: return [words]
      case .organization:
        if m.head?.lemma == "oddział" { return [m.name.fastLowercased.hasPrefix("oddział") ? 0 : 1, words] }
        // "Kielce University" and "Kielce University of Technology": the form that completes another.
        let longer = longerForm(m.name)
        return [short, m.name.includes(" im. ") ? 1 : 0, m.legalForm != nil ? 1 : 0, m.innerName != nil ? 1 : 0, longer.seat, attested, longer.completes,
                longer.opensWithAdjective]
      // A programme's full name carries its period ("Interreg Central Europe 2021–2027").
      case .project: return [short, attested, words > 2 ? 1 : 0, m.name.spaceSeparatedWords.last.map { isPeriodOrEdition($0) && words > 1 } == true ? 1 : 0]
      // A region written capitalised ("Podlaskie") is named so; "województwo podlaskie" only when nothing else is.
      case .place: return [short, m.name.first?.isUppercase == true ? 1 : 0, attested]
      }
    }
    // One mention: its name, with nothing to score against.
    if idx.count == 1 { return ms[idx[0]].name }
    var best = idx[0]
    var bestScore = score(ms[best])
    for i in idx.dropFirst() {
      let s = score(ms[i])
      if s.lexicographicallyPrecedes(bestScore) || s == bestScore { continue }
      best = i
      bestScore = s
    }
    return ms[best].name
  }
}

extension FoundMention {
  var acronymLike: Bool { name.characterCount <= 8 && name == name.uppercased() && !name.includes(" ") }
}

/// Disjoint sets with path halving.
struct UnionFind {
  var parent: [Int]
  init(_ n: Int) { parent = Array(0..<n) }
  mutating func find(_ x: Int) -> Int {
    var x = x
    while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
    return x
  }
  mutating func union(_ a: Int, _ b: Int) {
    let ra = find(a), rb = find(b)
    if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
  }
}

/// Normalised forms for matching names: lower case, quotes stripped, whitespace folded (the schema's Scoring rule).
public enum Normalize {
  /// "  „Rozwój  lokalny” " → "rozwój lokalny".
  public static func form(_ s: String) -> String {
    if let fast = simpleForm(s) { return fast }
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count)
    var space = false
    for ch in s.fastLowercased.unicodeScalars {
      switch ch {
      case "\"", "„", "”", "“", "«", "»", "‘", "’": continue
      default: break
      }
      if ch.isSpaceLike { space = !out.isEmpty; continue }
      if space { out.append(0x20); space = false }
      out.appendUTF8(ch)
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// ``form(_:)`` in one pass straight into the result's storage, when every scalar has a lower case found
  /// without tables (``StakeholderModel/SimpleCase/lowercase(_:)``, as `fastLowercased` uses); nil otherwise. The same
  /// string: lower-casing keeps each scalar's UTF-8 width and a whitespace run becomes one space, so the result
  /// is never longer than the input.
  /// - Complexity: O(n) in the string's length; one allocation at most.
  static func simpleForm(_ s: String) -> String? {
    var ok = true
    var copy = s
    // The scalars are decoded from the UTF-8 bytes here (``String/decodeBelow10000(_:_:)``), not through the
    // `unicodeScalars` view; a four-byte scalar has no simple lower case either way.
    let out = copy.withUTF8 { b in
      String(unsafeUninitializedCapacity: b.count) { buf in
        var p = 0
        var space = false
        var i = 0
        while i < b.count {
          let c = b[i]
          // An ASCII letter (most bytes of a name): lower-cased and written at once (it is no quote and no space).
          if (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) {
            if space { buf[p] = 0x20; p += 1; space = false }
            buf[p] = c | 0x20
            p += 1
            i += 1
            continue
          }
          var v = UInt32(c)
          if c < 0x80 {
            if c >= 0x41 && c <= 0x5A { v += 0x20 }
            i += 1
          } else {
            guard let (d, n) = String.decodeBelow10000(b, i), let l = SimpleCase.lowercase(d) else { ok = false; return 0 }
            v = l
            i += n
          }
          switch v {
          case 0x22, 0x201E, 0x201D, 0x201C, 0xAB, 0xBB, 0x2018, 0x2019: continue
          default: break
          }
          if Unicode.Scalar(v)!.isSpaceLike { space = p > 0; continue }
          if space { buf[p] = 0x20; p += 1; space = false }
          String.writeUTF8(v, into: buf, at: &p)
        }
        return p
      }
    }
    return ok ? out : nil
  }
}
