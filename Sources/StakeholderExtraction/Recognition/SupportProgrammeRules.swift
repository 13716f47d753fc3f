import StakeholderModel

extension Recognizer {
  /// Heads of named support schemes for start-ups and firms: in this genre "Kaliski Inkubator Rzemiosła", "Blue Fjord
  /// Accelerator", "Silesia Food Hub" are programmes a body runs (projects), not bodies.
  static let supportProgrammeHeads: WordSet = ["inkubator", "akcelerator", "incubator", "accelerator", "hub", "booster"]

  /// Whether a name with head `hw` is a support programme rather than an organization: its head is one of
  /// ``supportProgrammeHeads`` and neither a legal form nor the words of a standing business-support body ("Inkubator
  /// Przedsiębiorczości", "Business Incubator", "Park Technologiczny") make it a body.
  static func isSupportProgramme(_ hw: HeadWord, _ name: String, legal: String?) -> Bool {
    guard legal == nil else { return false }
    // "Polska Strefa Inwestycji" / "Polish Investment Zone": the state's scheme of tax relief for new investment,
    // which covers the whole country (a special economic zone is a company that manages one area).
    if hw.lemma == "strefa" || hw.lemma == "zone" {
      let n = name.fastLowercased
      return n.hasPrefix("polska strefa inwestycji") || n.hasPrefix("polish investment zone")
    }
    guard supportProgrammeHeads.contains(hw.lemma) else { return false }
    let n = name.fastLowercased
    return !["biznesu", "przedsiębiorczości", "business incubator", "technologiczn", "naukow", "akademick"].contains(where: { n.has($0) })
  }
}
