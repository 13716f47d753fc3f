/// Cue words the relation rules look for in every token of a sentence, as ``WordSet``s built once (an inline
/// array literal there costs one `String` comparison per listed word per token).
extension RelationFinder {
  /// "X was represented by …", "X reprezentował …" (``representedBy()``).
  static let representedCues: WordSet = [
    "represented", "reprezentował", "reprezentowała", "reprezentowali", "reprezentowany", "reprezentowana", "reprezentowało",
    "reprezentuje", "reprezentują",
  ]
  /// "…, reprezentujący X" (``representedBy()``).
  static let representingCues: WordSet = ["reprezentujący", "reprezentująca", "representing"]
  /// A body represented by a delegation (``representedUnits()``).
  static let delegationCues: WordSet = ["represented", "delegation", "reprezentowany", "reprezentowana", "delegacja", "delegacji"]
  /// A body represented by a partner (``representedPartners()``).
  static let memberRepresentedCues: WordSet = ["represented", "reprezentował", "reprezentowała", "reprezentowany", "reprezentowana"]
  /// "w pracach …" (``membersOfBody()``).
  static let workCues: WordSet = ["pracach", "prace"]
  /// Verbs saying a meeting took place or was organized (``places()``).
  static let meetingVerbs: WordSet = [
    "odbył", "odbyła", "odbyło", "odbędzie", "odbywa", "odbyły", "odbędą", "odbyć", "held", "organizację", "zorganizuje",
    "zorganizowała", "zorganizował", "zorganizowało", "place", "hosted", "spotkało", "spotkali", "spotkały", "zorganizować", "organizuje", "met",
    "gathered", "organise", "organize",
  ]
  /// Verbs saying where a meeting was held (``participation()``).
  static let venueVerbs: WordSet = ["odbył", "odbyła", "odbyło", "odbędzie", "held", "hosted"]
  /// Honorary patronage, which is not taking part (``participation()``).
  static let patronageWords: WordSet = ["patronat", "patronatem", "patronage"]
  /// Nouns of a joint undertaking before a verb (``projectPartners()``).
  static let undertakingCues: WordSet = ["project", "projekt", "projektem", "network", "sieć", "partnership", "partnerstwo", "consortium", "konsorcjum"]
}
