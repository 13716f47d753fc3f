/// Bodies attached to an office-holder or an institution, which carry it in their names: "Rada Gospodarcza przy
/// Prezydencie Miasta Chełm", "Zespół ds. Innowacji przy Marszałku Województwa", "Rada Biznesu przy Politechnice X".
extension Recognizer {
  /// Heads of bodies that sit "przy" (attached to) someone.
  static let attachedBodyHeads: Set<String> = ["rada", "zespół", "komitet", "komisja", "konwent", "kolegium", "forum", "biuro"]

  /// Whether the "przy" at `j` goes on into the name of the body headed by `headLemma`: a function or an
  /// institution's head, capitalised, follows it.
  func attachedBodyGoesOn(_ headLemma: String?, _ j: Int) -> Bool {
    guard language != "en", let hl = headLemma, Self.attachedBodyHeads.contains(hl), j + 1 < tokens.count, claim[j + 1] < 0 else { return false }
    let next = tokens[j + 1]
    guard next.kind == .word, next.casing == .capitalized else { return false }
    if heads[j + 1]?.kind == .organization { return true }
    guard roleWords[j + 1] != nil else { return false }
    // "Rada Biznesu przy Rektorze Politechniki X": an institution after the function is the body's parent, of
    // which it is a unit; a territory ("Prezydencie Miasta Chełm") stays in the name.
    var k = j + 2
    while k < tokens.count, tokens[k].kind == .word, tokens[k].casing != .lower {
      if heads[k]?.kind == .organization, !vocabulary.has(Self.territoryGenitives, k) { return false }
      k += 1
    }
    return true
  }
}

extension Recognizer {
  /// Whether the head at `h` opens a working group ("Grupa Robocza ds. X Metropolii …", "Grupy Roboczej …"): a unit of
  /// the body named after it, unlike a business group ("Grupa Azoty").
  func isWorkingGroup(_ h: Int, _ hw: HeadWord) -> Bool {
    !hw.english && hw.lemma == "grupa" && h + 1 < tokens.count && tokens[h + 1].lower.hasPrefix("robocz")
  }
}
