/// Sector answers that depend on an institution's name and cues alone, remembered for the process: the same
/// institutions recur from document to document, and each answer reads the name many times over.
///
///     SectorClassifier.rememberedOrganization(name: "Urząd Miasta X", head: h, legalForm: nil, foreignLocation: nil,
///                                             parent: nil, parentName: nil)   // == organization(name: …, …)
extension SectorClassifier {
  /// Everything ``organization(name:head:legalForm:foreignLocation:parent:parentName:)`` reads: its answer is a
  /// function of these alone.
  struct OrganizationCues: Hashable {
    var name: TextKey
    var head: HeadWord?
    var legalForm: String?
    var foreignLocation: String?
    var parent: Decision?
    var parentName: String?
  }

  /// Answers of ``organization(name:head:legalForm:foreignLocation:parent:parentName:)`` by their cues.
  static let organizationMemo = SharedMemo<OrganizationCues, Decision>()

  /// ``organization(name:head:legalForm:foreignLocation:parent:parentName:)``, remembered for the process.
  static func rememberedOrganization(name: String, head: HeadWord?, legalForm: String?, foreignLocation: String?, parent: Decision?,
                                     parentName: String?) -> Decision {
    let cues = OrganizationCues(name: TextKey(name), head: head, legalForm: legalForm, foreignLocation: foreignLocation, parent: parent,
                                parentName: parentName)
    return organizationMemo.value(for: cues) {
      organization(name: name, head: head, legalForm: legalForm, foreignLocation: foreignLocation, parent: parent, parentName: parentName)
    }
  }
}
