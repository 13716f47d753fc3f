import StakeholderModel

/// Pass 1b, continued: a chunk split at titles, function words and given names, each part classified.
extension Recognizer {
  /// Splits a chunk at titles, function words (roles) and given-name persons, and classifies each piece.
  mutating func segment(_ r: Range<Int>, _ k: Int, legal: String?, legalEnd: Int) {
    var i = r.lowerBound
    var segStart = i
    let b = r.upperBound
    var pieces: [Range<Int>] = []
    // After "ds.", the words up to the first head belong to the function: "dyrektora ds. SmartCity Urzędu …".
    if i >= 2, marks.isMark(i - 1, "."), vocabulary.lowerIs(i - 2, "ds") {
      while i < b, heads[i] == nil { roleToken[i] = true; i += 1 }
      segStart = i
    }
    // "prezes Zarządu X": "Zarządu" continues the function.
    if i > 0, i < b, roleWords[i - 1] != nil || roleToken[i - 1], vocabulary.has(RoleWords.continuations, i), !isRegionalBoard(i, b) {
      while i < b, vocabulary.has(RoleWords.continuations, i) { roleToken[i] = true; i += 1 }
      segStart = i
    }
    if i == r.lowerBound, legal == nil, let known = knownSurnameBeforePlace(r) {
      add(surnameMention(of: known, i..<(i + 1), sentence: k))
      i += 1
      segStart = i
    }
    while i < b {
      let t = shapes[i]
      if vocabulary.lowerIs(i, "im"), i + 1 < b, marks.isMark(i + 1, ".") { break }  // patron: the rest is the name
      // "Nauk o Zdrowiu": the preposition "o" is a title ("o." for a friar) only with its period.
      // "KS Warta" defined as a short form before is no priest's title ("ks.").
      if vocabulary.has(RoleWords.titles, i), !(marks.isMark(i, "o") && !(i + 1 < b && marks.isMark(i + 1, "."))), twoWordShortForm(at: i) == nil {
        if i > segStart { pieces.append(segStart..<i) }
        i += 1
        segStart = i
        // "Mr Julien Lefebvre", "Dr Katharina Vogel", "Pani Anna Nowak": the words after a courtesy or academic
        // title are a person, known given name or not; one word alone is a surname already seen.
        while i < b, vocabulary.has(RoleWords.titles, i) || (marks.isMark(i, ".") && i > 0 && vocabulary.has(RoleWords.titles, i - 1)) { i += 1; segStart = i }
        if let e = personAfterTitle(i, b) {
          if e - i >= 2 {
            addPerson(i..<e, k)
          } else if let known = personWithSurname(tokens[i].text) {
            add(surnameMention(of: known, i..<e, sentence: k))
          } else if language != "en", isLoneSurname(i) {
            // "rektor Akademii X prof. Chmielewski": a titled surname alone, in a report that names people so.
            addLoneSurname(i, k)
          } else {
            continue
          }
          i = e
          segStart = i
          // "Ms Eszter Kovács of the Hungarian National Trading House": after a titled person, "of (the)" and
          // capitalised words with no head, place or given name are the institution the person comes from.
          if language == "en", i + 1 < b, vocabulary.lowerIs(i, "of") {
            var o = i + 1
            if vocabulary.lowerIs(o, "the"), o + 1 < b { o += 1 }
            let rest = o..<b
            if rest.count >= 2, rest.allSatisfy({ shapes[$0].kind == .word && shapes[$0].casing != .lower }), firstHead(rest) == nil,
               names.knownPlace(text(rest)) == nil, legal == nil {
              add(FoundMention(kind: .organization, range: rest, name: text(rest), surface: text(rest), sentence: k))
              i = b
              segStart = b
            }
          }
        }
        continue
      }
      // "Office of the Marshal of the Lubuskie Voivodeship", "Chancellery of the President of …": an English office
      // named after its holder; the function is part of the name.
      if language == "en", roleWords[i] != nil, i >= segStart + 3, vocabulary.lowerIs(i - 1, "the"), vocabulary.lowerIs(i - 2, "of"),
         englishHeads[i - 3]?.kind == .organization {
        i += 1
        continue
      }
      // English functions written with capitals: "Management Board Member of", "Head of", "CEO of".
      if t.casing != .lower, language == "en", let e = englishRolePhrase(i, b) {
        if i > segStart { pieces.append(segStart..<i) }
        for j in i..<e { roleToken[j] = true }
        i = e
        segStart = i
        continue
      }
      // "Biuro Rzecznika Prasowego Prezydenta Miasta Łodzi": a function in the genitive inside a headed name.
      // "Spółdzielnia Socjalna Doradca": a function's word in the nominative that ends the chunk after a head is the
      // name's last word (no person follows it).
      // (Read only for a capitalised function word with no head, the one case the rule below takes.)
      let mayBeFunction = (t.casing == .capitalized || t.casing == .upper) && roleWords[i] != nil && heads[i] == nil
      let insideName = mayBeFunction && i > segStart && (segStart..<i).contains { heads[$0]?.kind == .organization }
        && (roleWords[i].map { $0.base != tokens[i].lower } == true || (i + 1 == b && language != "en"))

      // "the Marshal Office of the … Voivodeship": an English function right before an office's head names the office.
      let namesOffice = mayBeFunction && language == "en" && i + 1 < b && englishHeads[i + 1]?.kind == .organization
      if mayBeFunction, !insideName, !namesOffice {
        if i > segStart { pieces.append(segStart..<i) }
        roleToken[i] = true
        i += 1
        // ("Przewodnicząca Rady Miejskiej w X": a council named by its adjective is a body, not part of the function.)
        while i < b, vocabulary.has(RoleWords.continuations, i) || roleWords[i] != nil, !isRegionalBoard(i, b) { roleToken[i] = true; i += 1 }
        if i < b, vocabulary.lowerIs(i - 1, "ds") { while i < b, heads[i] == nil { roleToken[i] = true; i += 1 } }
        segStart = i
        continue
      }
      // "Rūta Vaitkutė of the Klaipėda Maritime Training Centre": a person whose given name the lists lack, then
      // "of (the)" and the institution, which is a name of its own.
      if language == "en", i == segStart, let of = personBeforeOf(i, b, company: legal != nil) {
        addPerson(i..<of, k)
        i = of + 1
        if i < b, vocabulary.lowerIs(i, "the") { i += 1 }
        segStart = i
        continue
      }
      // "Uniwersytetu Mikołaja Kopernika": a patron in the genitive right after an institution's head.
      // "Pomorski Uniwersytet Medyczny Ludwika Zamenhofa": the head's adjectives may stand between it and the patron.
      // (Read only for a capitalised word with a word after it, the one case the two person rules below take.)
      let mayOpenPerson = t.casing == .capitalized && i + 1 < b
      let patron = mayOpenPerson && i > segStart && !notGenitiveGivenName(i)
        && (heads[i - 1]?.kind == .organization || headBeforeAdjectives(i, segStart)?.kind == .organization)
        && (firstName(at: i).map { $0.name != tokens[i].text } == true || genitivePatron(i, b) || foundationPatron(i)
          // "Jana Kazimierza": "Jana" is also a nominative given name (Czech); the declined name after it settles it.
          || (firstName(at: i) != nil && i + 1 < b && firstName(at: i + 1).map { $0.name != tokens[i + 1].text } == true))
      if mayOpenPerson, !patron, givenName(at: i) != nil, isSurnameLike(i + 1) || monthSurname(i + 1) || functionSurname(i + 1, b),
         !capitalisedParticle(i + 1, b), !givenNameOpensPlace(i),
         !(i + 2 < b && heads[i + 2] != nil && !(roleWords[i + 2] != nil)),
         // "Vita Lab sp. z o.o.": a name that ends the chunk right before a legal form is a company's.
         !(legal != nil && i + 2 == b) {
        if i > segStart { pieces.append(segStart..<i) }
        var e = i + 2
        if e < b, givenName(at: i + 1) != nil, isSurnameLike(e) { e += 1 }
        // "Iñaki Etxeberria Goñi", "Aoife Ní Bhriain", "Lucía Martínez Soler": an English text keeps a foreign
        // person's second surname when the chunk ends with it.
        if language == "en", e + 1 == b || (e + 2 == b && isSurnameLike(e + 1)), isSurnameLike(e), names.knownPlace(tokens[e].text) == nil,
           firstName(at: e) == nil {
          e = b
        } else if e < b, secondSurname(e, given: i, b) {
          e += 1
        }
        addPerson(i..<e, k)
        i = e
        segStart = i
        continue
      }
      // "Jan de Vries", "Erik van der Berg": a given name, name particles, a surname.
      // "Joris Van der Velde": Flemish names write the first particle with a capital.
      if mayOpenPerson, i + 2 < b, !patron, givenName(at: i) != nil, vocabulary.has(Self.nameParticles, i + 1),
         shapes[i + 1].casing == .lower || capitalisedParticle(i + 1, b) {
        var e = i + 1
        while e < b, e - i <= 3, vocabulary.has(Self.nameParticles, e), shapes[e].casing == .lower || e == i + 1 { e += 1 }
        // After its particles any capitalised word that heads nothing is the surname, a town's name too ("van der Berg").
        guard e < b, isSurnameLike(e) || (shapes[e].kind == .word && shapes[e].casing == .capitalized && heads[e] == nil) else { i += 1; continue }
        if i > segStart { pieces.append(segStart..<i) }
        e += 1
        addPerson(i..<e, k)
        i = e
        segStart = i
        continue
      }
      i += 1
    }
    // Most chunks are one piece: classified without building the list.
    if pieces.isEmpty {
      if segStart < b { classify(segStart..<b, k, legal: legal, legalEnd: legalEnd) }
      return
    }
    if segStart < b { pieces.append(segStart..<b) }
    for (n, p) in pieces.enumerated() {
      let isLast = n == pieces.count - 1 && p.upperBound == b
      classify(p, k, legal: isLast ? legal : nil, legalEnd: isLast ? legalEnd : p.upperBound)
    }
  }
}
