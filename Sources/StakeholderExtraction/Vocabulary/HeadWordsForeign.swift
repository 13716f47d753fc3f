import StakeholderModel

/// Institution head words of the neighbouring countries' languages, as cross-border reports write partners' names
/// in their own language ("Sdružení obcí …", "Nadácia …", "Landkreis …", "… rajono savivaldybė", Ukrainian names
/// in Latin transliteration). General vocabulary (no proper names); ``HeadWords`` adds them as English-style heads
/// (not declined by Polish rules), each word its own lemma, after its own entries, so a form already listed keeps its meaning.
///
/// A public body named with one of these words is abroad by its language, so its sector is `international`
/// (schema convention 7: foreign public authorities); foreign associations and foundations are `civil_society`,
/// foreign universities `science`.
enum HeadWordsForeign {
  /// Words, kind, whether the body is a unit of a larger one, and its sector.
  struct Entry {
    var forms: String
    var kind: EntityKind
    var unit: Bool = false
    var sector: Sector?
  }

  /// Every listed form. Each is its own head word (its own lemma): these names are not declined in the texts.
  static let lemmas = WordSet(entries.flatMap { $0.forms.split(separator: " ").map(String.init) })

  static let entries: [Entry] = [
    // Associations, foundations and non-governmental organizations: Czech, Slovak, Lithuanian, Latvian, German,
    // Dutch, Scandinavian, Ukrainian (transliterated), Hungarian.
    Entry(forms: "sdružení spolek spolku asociace nadace nadační", kind: .organization, sector: .civilSociety),
    Entry(forms: "združenie združenia nadácia nadácie asociácia spoločenstvo", kind: .organization, sector: .civilSociety),
    Entry(forms: "asociacija asociacijos draugija draugijos biedrība nodibinājums", kind: .organization, sector: .civilSociety),
    Entry(forms: "verein vereinigung förderverein", kind: .organization, sector: .civilSociety),
    Entry(forms: "vereniging stichting förening föreningen forening foreningen", kind: .organization, sector: .civilSociety),
    Entry(forms: "orhanizatsiia hromadska fundatsiia asotsiatsiia", kind: .organization, sector: .civilSociety),
    // Hungarian associations and foundations.
    Entry(forms: "egyesület egyesülete alapítvány alapítványa", kind: .organization, sector: .civilSociety),
    // Clusters (Czech).
    Entry(forms: "klastr klastru", kind: .organization, sector: .business),
    // Universities and research institutes.
    Entry(forms: "univerzita univerzity universitetas universiteto universytet universitet universitetet", kind: .organization, sector: .science),
    Entry(forms: "fachhochschule högskola høgskole hogeschool ústav", kind: .organization, sector: .science),
    // Public authorities of towns, communes, districts and regions.
    Entry(forms: "město mesto obec magistrát úřad úrad", kind: .organization, sector: .international),
    Entry(forms: "savivaldybė savivaldybės seniūnija pašvaldība", kind: .organization, sector: .international),
    Entry(forms: "stadt gemeinde landkreis landratsamt stadtverwaltung kreisverwaltung bezirksamt", kind: .organization, sector: .international),
    Entry(forms: "kommune kommun gemeente provincie", kind: .organization, sector: .international),
    Entry(forms: "hromada hromady", kind: .organization, sector: .international),
    // Units of such bodies: a Czech or Slovak "odbor", a Lithuanian "skyrius" is a department of a public office.
    Entry(forms: "odbor odboru skyrius", kind: .organization, unit: true, sector: .international),
    Entry(forms: "abteilung", kind: .organization, unit: true, sector: nil),
  ]
}
