import StakeholderModel

/// Who organizes an event or runs a project (`organizes`), and what pays for a project (`funded_by`).
extension RelationFinder {
  /// "współorganizowała z …" (``organizing()``): the same test as `hasPrefix("współorganiz")`.
  static let coOrganizingCue = PrefixSet(["współorganiz"])

  /// "Firma …", "Spółka …", "Uczelnia …" opening sentence `s`: the organization with that head named last in the two
  /// sentences before, when the word is a bare head noun (no name of its own).
  func bodyOpeningSentence(_ s: Sentence) -> Int? {
    let t = s.tokens.lowerBound
    let k = r.sentenceOf[t]
    let head = r.heads[t].flatMap { $0.kind == .organization && !$0.isUnit ? $0.lemma : nil }
    let companyNoun = r.vocabulary.has(Recognizer.companyNouns, t)
    guard k > 0, r.claim[t] < 0, r.tokens[t].casing == .capitalized, head != nil || companyNoun else { return nil }
    for b in stride(from: k - 1, through: max(0, k - 2), by: -1) {
      if let head, let m = mentions(in: b).last(where: { r.mentions[$0].kind == .organization && r.mentions[$0].head?.lemma == head }) { return g(m) }
      // A company named with its legal form or without a head word ("X sp. z o.o." before "Firma …"): a company
      // noun refers to it.
      if companyNoun, let m = mentions(in: b).last(where: { r.mentions[$0].kind == .organization && (r.mentions[$0].legalForm != nil || r.mentions[$0].head == nil) }) {
        return g(m)
      }
    }
    return nil
  }

  /// Object pronouns after a verb of organizing ("Zorganizował je X", "Przygotowała go Y").
  static let objectPronouns: WordSet = ["je", "go", "ją", "ich"]
  /// Subject pronouns that open a sentence about what the sentence before named ("It is organised by X").
  static let subjectPronouns: WordSet = ["it", "ono", "ona", "on"]

  /// The last event named in sentence `k - 1`, else the last project named there (not a programme); nil when none.
  func namedInSentenceBefore(_ k: Int) -> Int? {
    guard k > 0 else { return nil }
    let before = mentions(in: k - 1)
    let event = before.last { r.mentions[$0].kind == .event }
    let project = before.last { r.mentions[$0].kind == .project && !r.mentions[$0].isProgramme }
    return (event ?? project).map { g($0) }
  }

  /// The event that the event noun opening sentence `s` refers to ("Kongres przygotowały wspólnie X i Y" after "…
  /// Pomorskiego Kongresu Innowacji …"): the last event with that head named in the two sentences before.
  func eventByOpeningNoun(_ s: Sentence) -> Int? {
    let t = s.tokens.lowerBound
    let k = r.sentenceOf[t]
    guard r.claim[t] < 0, let h = r.heads[t], h.kind == .event else { return nil }
    for b in stride(from: k - 1, through: max(0, k - 2), by: -1) {
      if let m = mentions(in: b).last(where: { r.mentions[$0].kind == .event && r.mentions[$0].head?.lemma == h.lemma }) { return g(m) }
    }
    return nil
  }

  /// Common nouns of an event or project that open a sentence and refer to the one named in the sentence before
  /// ("Imprezę organizuje X", "Program przygotował Y", "Przedsięwzięcie koordynuje Z").
  static let undertakingOpeners: WordSet = ["imprezę", "impreza", "imprezy", "program", "projekt", "przedsięwzięcie", "inicjatywę", "inicjatywa"]

  /// English past forms of organising that are active when no agent follows ("X organised the Y").
  static let activeOrganised: WordSet = ["organised", "organized"]

  /// Whether "przez" / "by" follows the verb at `i` within five tokens (a passive with its agent).
  func agentFollows(_ i: Int, in s: Sentence) -> Bool {
    ((i + 1)..<min(s.tokens.upperBound, i + 6)).contains { r.vocabulary.lowerIn($0, ["przez", "by"]) }
  }

  /// Verbs of launching, whose object may be a programme of the actor's own ("uruchamia program „X”").
  static let launchingVerbs: WordSet = ["uruchamia", "uruchamiają", "uruchomił", "uruchomiła", "uruchomiło", "uruchomi", "launched", "launches"]

  mutating func organizing() {
    for (k, s) in r.sentences.enumerated() {
      // Only a sentence with one of the three cues below can organize anything.
      guard r.vocabulary.sentenceHas(Markers.organizedByCue, k) || r.vocabulary.sentenceHas(Self.coOrganizingCue, k) || r.vocabulary.sentenceHas(Markers.organizes, k) else { continue }
      let ms = mentions(in: k)
      let all = allMentions(in: k)
      for i in s.tokens where r.claim[i] < 0 && r.tokens[i].kind == .word {
        // "organised by X" is passive; "X organised the Y" (no "by" after the verb) is read as active below. ("X hosted
        // the meeting of project P" stays unread: the host organizes the unnamed meeting, not P.)
        if r.vocabulary.has(Markers.organizedByCue, i), !(r.vocabulary.has(Self.activeOrganised, i) && !agentFollows(i, in: s)) {
          // "… zorganizowanej 10 grudnia przez X": the nearest event or project before is organized by X.
          var j = i + 1
          while j < min(s.tokens.upperBound, i + 6), !r.vocabulary.lowerIn(j, ["przez", "by"]) { j += 1 }
          if j + 1 < s.tokens.upperBound, r.vocabulary.lowerIs(j + 1, "the") { j += 1 }
          guard j + 1 < s.tokens.upperBound, r.vocabulary.lowerIn(j, ["przez", "by", "the"]), r.claim[j + 1] >= 0 else { continue }
          let agent = r.claim[j + 1]
          guard [.organization, .person].contains(r.mentions[agent].kind) else { continue }
          // "organised by the Council and the University": every coordinated organization is an agent.
          let agents = r.mentions[agent].kind == .organization ? coordinatedOrganizations(from: j + 1, in: s) : [agent]
          if let target = ms.last(where: { [.event, .project].contains(r.mentions[$0].kind) && r.mentions[$0].range.upperBound <= i }) {
            // "The next HARBOUR-LINK partner meeting …, hosted by X": a project's unnamed meeting, not the project.
            if r.mentions[target].kind == .project, unnamedMeetingAfter(target, before: i) { continue }
            for a in agents {
              add(g(a), g(target), .organizes, k)
              organizers.insert(g(a))
            }
          } else if r.vocabulary.has(Self.subjectPronouns, s.tokens.lowerBound), let target = namedInSentenceBefore(k) {
            // "… the final conference, Heat Days 2026, will take place in X. It is organised by Y": the pronoun opening
            // the sentence stands for what the sentence before named.
            for a in agents {
              add(g(a), target, .organizes, k)
              organizers.insert(g(a))
            }
          } else if let main = mainEvent, (s.tokens.lowerBound..<i).contains(where: { r.vocabulary.has(Self.genericEventNouns, $0) }), !speaksOfFutureEdition(k) {
            // "The workshop was hosted by X", "Konferencję zorganizował X": the report's meeting.
            for a in agents {
              add(g(a), main, .organizes, k)
              organizers.insert(g(a))
            }
          }
          // "przez X w ramach Programu Y": X takes part in Y.
          let e = claimedEnd(agent, before: s.tokens.upperBound)
          if e + 2 < s.tokens.upperBound, r.vocabulary.lowerIs(e, "w"), r.vocabulary.lowerIs(e + 1, "ramach") {
            var q = e + 2
            while q < s.tokens.upperBound, r.claim[q] < 0, q - e < 5 { q += 1 }
            if q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .project { add(g(agent), g(r.claim[q]), .participatesIn, k) }
          }
        } else if r.vocabulary.has(Self.coOrganizingCue, i), i + 2 < s.tokens.upperBound, r.vocabulary.lowerIs(i + 1, "z") {
          // "… współorganizowała z „Doliną Mleka” jesienną edycję Forum X": the partner named after "z" organizes too.
          var q = i + 2
          if r.claim[q] < 0, SentenceSplitter.openQuotes.contains(r.tokens[q].text) { q += 1 }
          guard q < s.tokens.upperBound, r.claim[q] >= 0, r.mentions[r.claim[q]].kind == .organization,
                let target = ms.first(where: { [.event, .project].contains(r.mentions[$0].kind) && r.mentions[$0].range.lowerBound > q }) else { continue }
          add(g(r.claim[q]), g(target), .organizes, k)
          organizers.insert(g(r.claim[q]))
        } else if r.vocabulary.has(Markers.organizes, i) {
          // "e-Izba realizuje projekt …", "który e-Izba realizuje": the actor before the verb organizes.
          let before = all.filter { [.organization, .person].contains(r.mentions[$0].kind) && r.mentions[$0].range.upperBound <= i }
          // "Forum zorganizowała Agencja X", "Wydarzenie zorganizowały wspólnie X, Y oraz Z": the event first,
          // the actors (coordinated) right after the verb.
          // "Zorganizował je UMWP": an object pronoun after the verb stands for what the sentence before named.
          let pronounObject = i + 2 < s.tokens.upperBound && r.claim[i + 1] < 0 && r.vocabulary.has(Self.objectPronouns, i + 1)
          // "Program przygotował i koordynuje X": two verbs of organizing share the actors after the second.
          let secondVerb = i + 3 < s.tokens.upperBound && r.vocabulary.lowerIn(i + 1, ["i", "oraz"]) && r.vocabulary.has(Markers.organizes, i + 2)
          let actors = coordinatedOrganizations(from: pronounObject ? i + 2 : (secondVerb ? i + 3 : i + 1), in: s)
          if !actors.isEmpty,
             let target = ms.last(where: { m in [.event, .project].contains(r.mentions[m].kind) && r.mentions[m].range.upperBound <= i
                  && !(pronounObject && (r.mentions[m].isProgramme || funderLike(m))) }).map({ g($0) })
              ?? (pronounObject ? namedInSentenceBefore(k) : nil)
              ?? eventByOpeningNoun(s)
              ?? (r.claim[s.tokens.lowerBound] < 0 && r.vocabulary.has(Self.undertakingOpeners, s.tokens.lowerBound) ? namedInSentenceBefore(k) : nil)
              ?? ((s.tokens.lowerBound..<i).contains(where: { r.vocabulary.has(Self.genericEventNouns, $0) || r.vocabulary.has(Self.eventReferences, $0) }) ? mainEvent : nil) {
            for a in actors {
              add(g(a), target, .organizes, k)
              organizers.insert(g(a))
            }
            continue
          }
          // "Firma realizuje projekt „P”": a generic noun opening the sentence stands for the body named before.
          if before.isEmpty, i == s.tokens.lowerBound + 1, let o = bodyOpeningSentence(s),
             let p = ms.first(where: { r.mentions[$0].kind == .project && r.mentions[$0].range.lowerBound > i && !r.mentions[$0].isProgramme }) {
            add(o, g(p), .organizes, k)
            organizers.insert(o)
            continue
          }
          guard var subject = before.max(by: { a, b in
            let ea = r.mentions[a].range.upperBound, eb = r.mentions[b].range.upperBound
            return ea != eb ? ea < eb : r.mentions[a].range.count > r.mentions[b].range.count
          }) else { continue }
          // "Biuro Karier Uniwersytetu X uruchamia …": the unit written with its parent acts, not the parent.
          if let unit = before.first(where: { r.mentions[$0].parent == subject && r.mentions[$0].range.upperBound <= r.mentions[subject].range.lowerBound }) {
            subject = unit
          }
          // The actor must be close: no other clause in between.
          if i - r.mentions[subject].range.upperBound > 6 { continue }
          // "Nowak zapowiedziała, że jej departament przygotowuje projekt": the person's unit named by the pronoun.
          let actor = possessiveReferent(of: subject, before: i) ?? g(subject)
          // "…, które ARP realizuje ze środków FEP": a programme named as the source of money is not the object.
          let fundingAfter = (i..<s.tokens.upperBound).first { r.claim[$0] < 0 && r.vocabulary.has(Markers.fundingCue, $0) }
          // "Biuro Karier uruchamia program „X”": a programme launched (not a source of money) is its launcher's.
          let launching = r.vocabulary.has(Self.launchingVerbs, i)
          let objects = ms.filter { o in [.event, .project].contains(r.mentions[o].kind) && r.mentions[o].range.lowerBound > i
            && (!r.mentions[o].isProgramme || (launching && !funderLike(o))) && !(fundingAfter.map { f in r.mentions[o].range.lowerBound > f } ?? false) }
          if !objects.isEmpty {
            for o in objects { add(actor, g(o), .organizes, k); organizers.insert(actor) }
          } else if let o = ms.last(where: { [.event, .project].contains(r.mentions[$0].kind) && r.mentions[$0].range.upperBound <= r.mentions[subject].range.lowerBound }) {
            add(actor, g(o), .organizes, k)
            organizers.insert(actor)
          }
        }
      }
    }
    // "Forum Metropolii Krakowskiej": an event named after the organization that holds it.
    // Organization forms → (first position, group); each event tries its inner word spans (O(e·L²) look-ups).
    // No event mention: nothing to name after an organization, and the forms are not built.
    // The events' words first (three or more), and the words an inner span can start with: a form whose first word
    // is none of them equals no span, and is neither normalised in full nor kept.
    var eventWords: [(Int, [Substring])] = []
    var spanStarts = Set<Substring>()
    for i in mentions(ofKind: .event) {
      let m = r.mentions[i]
      let words = Normalize.form(m.surface).spaceSeparatedWords
      guard words.count >= 3 else { continue }
      eventWords.append((i, words))
      for a in 1..<(words.count - 1) { spanStarts.insert(words[a]) }
    }
    guard !eventWords.isEmpty else { return }
    var orgForms: [String: (Int, Int)] = [:]
    var position = 0
    for i in mentions(ofKind: .organization) {
      let m = r.mentions[i]
      guard m.parent == nil else { continue }
      var previous: String?
      for f in [m.surface, m.name] + [m.innerName].compactMap({ $0 }) where f.has(" ") {
        defer { position += 1 }
        // A form equal to the one before (a name written as it is named) finds what that one found.
        if f == previous { continue }
        previous = f
        if let first = Self.firstFormWord(f), !spanStarts.contains(first) { continue }
        let key = Normalize.form(f)
        if orgForms[key] == nil { orgForms[key] = (position, g(i)) }
      }
    }
    // A span can only be a form if its first word starts one: most spans are skipped unjoined.
    let firstWords = Set(orgForms.keys.compactMap { $0.spaceSeparatedWords.first })
    // A span of n words joins with n - 1 spaces, and a key equal to it has as many (canonical equivalence keeps
    // U+0020): no span longer than the form with the most spaces, plus one, can be a key.
    let longestForm = orgForms.keys.map { k in k.utf8.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 } }.max() ?? 0
    for (i, words) in eventWords where !firstWords.isEmpty {
      let m = r.mentions[i]
      var best: (Int, Int)?
      for a in 1..<(words.count - 1) where firstWords.contains(words[a]) && a + 2 <= min(words.count, a + longestForm) {
        for b in (a + 2)...min(words.count, a + longestForm) {
          if let hit = orgForms[words[a..<b].joined(separator: " ")], best == nil || hit.0 < best!.0 { best = hit }
        }
      }
      if let (_, og) = best {
        add(og, g(i), .organizes, m.sentence)
        organizers.insert(og)
      }
    }
  }

  /// The first word of `Normalize.form(f)`, read from `f`'s text before its first space (the form of the whole is
  /// that text's form, a space and the rest's); nil when that text has no word (it is all quotes or spaces).
  ///
  ///     firstFormWord("„Dolina Mleka” Sp.")   // "dolina"
  /// - Complexity: O(n) in the length of the first word.
  static func firstFormWord(_ f: String) -> Substring? {
    // The first space is the first byte 0x20 (found on bytes); the form's first word without splitting it all.
    let cut = f.utf8.firstIndex(of: 0x20) ?? f.utf8.endIndex
    let form = Normalize.form(String(f.unicodeScalars[..<cut]))
    // No space byte in the form (the usual case): no character of it is a space, and its first word is all of it.
    let word = form.utf8.contains(0x20) ? form.firstSpaceSeparatedWord : Substring(form)
    return word.isEmpty ? nil : word
  }

  // MARK: funded_by

  /// "Zintegrowane Inwestycje Terytorialne (ZIT) w programie FEP", "X w ramach programu Y": funded by the programme.
  mutating func programmeAfterProject() {
    for i in mentions(ofKind: .project) {
      let m = r.mentions[i]
      guard !m.isProgramme && !m.nested else { continue }
      let e = claimedEnd(i)
      guard e + 1 < r.tokens.count, r.sentenceOf[e + 1] == m.sentence else { continue }
      var q = e
      if r.vocabulary.lowerIs(q, "w"), r.vocabulary.lowerIs(q + 1, "ramach") { q += 2 } else if r.vocabulary.lowerIn(q, ["w", "z", "under"]) { q += 1 } else { continue }
      if q < r.tokens.count, r.vocabulary.lowerIs(q, "the") { q += 1 }
      guard q + 1 < r.tokens.count, r.vocabulary.has(Markers.programme, q) else { continue }
      let p = r.claim[q + 1]
      guard p >= 0, r.mentions[p].kind == .project, g(p) != g(i) else { continue }
      add(g(i), g(p), .fundedBy, m.sentence)
    }
  }

  mutating func funding() {
    for (k, s) in r.sentences.enumerated() {
      guard r.vocabulary.sentenceHas(Markers.fundingCue, k) else { continue }
      guard let cue = s.tokens.first(where: { i in r.claim[i] < 0 && r.vocabulary.has(Markers.fundingCue, i) }) else { continue }
      // Funding applied for or merely possible ("wniosek o dofinansowanie", "mogą zostać sfinansowane", "could be
      // funded") is not funding granted.
      if (max(s.tokens.lowerBound, cue - 4)..<cue).contains(where: { r.vocabulary.has(Self.fundingHedges, $0) }) { continue }
      let ms = mentions(in: k)
      guard let funder = ms.first(where: { [.project, .organization].contains(r.mentions[$0].kind) && r.mentions[$0].range.lowerBound > cue }) else { continue }
      // "funded by Horizon Europe and coordinated by X": a name after another participle is that participle's agent.
      if ((cue + 1)..<r.mentions[funder].range.lowerBound).contains(where: { r.claim[$0] < 0 && r.vocabulary.has(Markers.organizedByCue, $0) }) { continue }
      // "co-funded by URBACT IV and the ERDF", "by the Interreg … programme through the ERDF": every funder named.
      let funders = [funder] + furtherFunders(after: funder, in: s)
      // "P brings together … under the X programme and is co-financed by …": the project, not the programme between.
      let projectsBefore = ms.filter { r.mentions[$0].kind == .project && r.mentions[$0].range.upperBound <= cue }
      let before = (projectsBefore.last(where: { !r.mentions[$0].isProgramme && !funderLike($0) }) ?? projectsBefore.last).map { g($0) }
      // "The forum is co-funded by …", "Wydarzenie było współfinansowane …": an event, not a project.
      if before == nil, (s.tokens.lowerBound..<cue).contains(where: { r.vocabulary.has(Self.genericEventNouns, $0) || r.vocabulary.lowerIn($0, ["wydarzenie", "forum"]) }) { continue }
      // "Projekt jest współfinansowany z programu X": the project of the sentences just before.
      var recent: Int?
      if before == nil, k > 0 {
        for b in stride(from: k - 1, through: max(0, k - 2), by: -1) {
          // Not one of this sentence's funders ("funded by the European Union's Horizon Europe programme").
          if let p = mentions(in: b).last(where: { x in r.mentions[x].kind == .project && !r.mentions[x].isProgramme && !funders.contains(where: { g($0) == g(x) }) }) { recent = g(p); break }
        }
      }
      // The document's project only when the sentence speaks of a project ("Projekt jest współfinansowany …"), not
      // of grants or investments in general ("dotacje … finansowane z programu X").
      let speaksOfProject = (s.tokens.lowerBound..<cue).contains { r.vocabulary.has(Self.projectReferences, $0) }
      let funded = before ?? recent ?? (speaksOfProject ? mainProject : nil)
      if let funded {
        for f in funders where funded != g(f) { add(funded, g(f), .fundedBy, k) }
      }
    }
  }

  // MARK: partner_of
}
