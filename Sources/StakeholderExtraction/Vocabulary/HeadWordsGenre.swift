import StakeholderModel

/// Head words added for the genre's rarer institutions and undertakings, kept apart from the main table:
/// school complexes ("Zespół Szkół Zawodowych"), Latin names of university units ("Collegium …"), round
/// tables held as events ("Okrągły Stół Energetyczny"), voucher schemes ("Bon na Innowacje", "Digital Voucher"), directorates ("Dyrekcja Generalna …") and
/// euroregions ("Euroregion Beskidy", "Euroregionu Karpaty"), committees and representations, the media ("Gazeta …",
/// "Radio …"), public services (hospitals, museums, libraries, theatres, houses of culture), hotels and publishers, the
/// Church's charity, the state's regional offices and foreign missions.
/// ``HeadWords`` adds them after its own entries (an existing form is never overridden).
enum HeadWordsGenre {
  /// A head: its forms (lemma first), kind, gender, whether it is a unit, and its default sector.
  struct Entry {
    var forms: String
    var kind: EntityKind
    var gender: HeadGender
    var unit: Bool = false
    var sector: Sector? = nil
  }

  /// Polish heads.
  static let polish: [Entry] = [
    Entry(forms: "zespół zespołu zespołowi zespołem zespole", kind: .organization, gender: .masculine, sector: .other),
    Entry(forms: "collegium", kind: .organization, gender: .neuter, unit: true, sector: .science),
    // A university's college ("Kolegium Nauk Przyrodniczych UR"), indeclinable in the singular.
    Entry(forms: "kolegium", kind: .organization, gender: .neuter, unit: true, sector: .science),
    Entry(forms: "stół stołu stołowi stołem stole", kind: .event, gender: .masculine),
    Entry(forms: "bon bonu bonem bonie", kind: .project, gender: .masculine),
    Entry(forms: "bony bonów bonach bonami", kind: .project, gender: .plural),
    // Directorates ("Dyrekcja Generalna ds. Rolnictwa"): units of a larger body.
    Entry(forms: "dyrekcja dyrekcji dyrekcję dyrekcją", kind: .organization, gender: .feminine, unit: true),
    // Euroregions: associations of border communes (schema convention 7: local government).
    Entry(forms: "euroregion euroregionu euroregionowi euroregionem euroregionie", kind: .organization, gender: .masculine, sector: .localGovernment),
    // Public bodies: committees ("Komitet Monitorujący program …", "Europejski Komitet Regionów"), a region's
    // representation ("Przedstawicielstwo Regionalne … w Brukseli") and European groupings of territorial
    // cooperation ("Europejskie Ugrupowanie Współpracy Terytorialnej …").
    Entry(forms: "komitet komitetu komitetowi komitetem komitecie", kind: .organization, gender: .masculine, sector: .localGovernment),
    Entry(forms: "przedstawicielstwo przedstawicielstwa przedstawicielstwu przedstawicielstwem przedstawicielstwie", kind: .organization,
          gender: .neuter, sector: .localGovernment),
    Entry(forms: "ugrupowanie ugrupowania ugrupowaniu ugrupowaniem", kind: .organization, gender: .neuter, sector: .localGovernment),
    // Organizations named so ("Małopolska Organizacja Turystyczna", "Organizacja Pracodawców …"): associations.
    // "Organizacja Forum to …" (the organising of it) is no name: see ``Recognizer/organisingNoun(_:_:)``.
    Entry(forms: "organizacja organizacji organizację organizacją", kind: .organization, gender: .feminine, sector: .civilSociety),
    // Media ("dziennikarz Gazety Pomorskiej", "patronat medialny: Radio Olsztyn, Tygodnik Podhalański"): publishers
    // and broadcasters, business unless a public body runs them.
    Entry(forms: "gazeta gazety gazecie gazetę gazetą", kind: .organization, gender: .feminine, sector: .business),
    Entry(forms: "tygodnik tygodnika tygodnikowi tygodnikiem tygodniku", kind: .organization, gender: .masculine, sector: .business),
    Entry(forms: "radio radia radiu radiem", kind: .organization, gender: .neuter, sector: .business),
    Entry(forms: "telewizja telewizji telewizję telewizją", kind: .organization, gender: .feminine, sector: .business),
    // Public services ("Szpital Wojewódzki w …", "Muzeum Regionalne", "Biblioteka Publiczna Gminy …", "Teatr Miejski"):
    // neither government offices nor firms.
    Entry(forms: "szpital szpitala szpitalowi szpitalem szpitalu", kind: .organization, gender: .masculine, sector: .other),
    Entry(forms: "muzeum", kind: .organization, gender: .neuter, sector: .other),
    Entry(forms: "biblioteka biblioteki bibliotece bibliotekę biblioteką", kind: .organization, gender: .feminine, sector: .other),
    Entry(forms: "teatr teatru teatrowi teatrem teatrze", kind: .organization, gender: .masculine, sector: .other),
    Entry(forms: "filharmonia filharmonii filharmonię filharmonią", kind: .organization, gender: .feminine, sector: .other),
    // Houses of culture and welfare homes ("Dom Kultury X", "Dom Pomocy Społecznej w Y").
    Entry(forms: "dom domu domowi domem", kind: .organization, gender: .masculine, sector: .other),
    // Open-air museums ("Skansen X"), as museums.
    Entry(forms: "skansen skansenu skansenowi skansenem skansenie", kind: .organization, gender: .masculine, sector: .other),
    // Hotels, guest houses and publishers ("Hotel Pod Zamkiem", "Wydawnictwo Naukowe X"): firms.
    Entry(forms: "hotel hotelu hotelowi hotelem", kind: .organization, gender: .masculine, sector: .business),
    Entry(forms: "pensjonat pensjonatu pensjonatowi pensjonatem pensjonacie", kind: .organization, gender: .masculine, sector: .business),
    Entry(forms: "wydawnictwo wydawnictwa wydawnictwu wydawnictwem wydawnictwie", kind: .organization, gender: .neuter, sector: .business),
    // The Catholic Church's charity ("Caritas Diecezji X", "Caritas Polska"): civil society.
    Entry(forms: "caritas", kind: .organization, gender: .feminine, sector: .civilSociety),
    // Schools below university level ("Technikum Leśne w X", "Liceum Ogólnokształcące nr 2"), craft guilds ("Cech
    // Rzemiosł Różnych w X", business by the annotators' reading) and fire brigades and guards ("Ochotnicza Straż Pożarna
    // w X", "Straż Miejska"; their sectors are read from the owner in ``PublicBodyTypes``).
    Entry(forms: "technikum", kind: .organization, gender: .neuter),
    Entry(forms: "liceum", kind: .organization, gender: .neuter),
    Entry(forms: "cech cechu cechowi cechem", kind: .organization, gender: .masculine, sector: .business),
    Entry(forms: "straż straży strażą", kind: .organization, gender: .feminine),
    // The state's offices in the regions: school superintendents ("Kuratorium Oświaty w …"), inspectorates and
    // inspections ("Wojewódzki Inspektorat Ochrony Środowiska", "Państwowa Inspekcja Pracy") and forest districts
    // ("Nadleśnictwo …").
    Entry(forms: "kuratorium", kind: .organization, gender: .neuter, sector: .centralGovernment),
    Entry(forms: "inspekcja inspekcji inspekcję inspekcją", kind: .organization, gender: .feminine, sector: .centralGovernment),
    Entry(forms: "inspektorat inspektoratu inspektoratowi inspektoratem inspektoracie", kind: .organization, gender: .masculine,
          sector: .centralGovernment),
    Entry(forms: "nadleśnictwo nadleśnictwa nadleśnictwu nadleśnictwem nadleśnictwie", kind: .organization, gender: .neuter,
          sector: .centralGovernment),
    // Foreign states' missions ("Ambasada Królestwa Danii", "Konsulat Generalny Ukrainy w …"): schema convention 7.
    Entry(forms: "ambasada ambasady ambasadzie ambasadę ambasadą", kind: .organization, gender: .feminine, sector: .international),
    Entry(forms: "konsulat konsulatu konsulatowi konsulatem konsulacie", kind: .organization, gender: .masculine, sector: .international),
  ]

  /// English heads.
  static let english: [Entry] = [
    Entry(forms: "voucher vouchers", kind: .project, gender: .neuter),
    Entry(forms: "collegium", kind: .organization, gender: .neuter, unit: true, sector: .science),
    Entry(forms: "organisation organization", kind: .organization, gender: .neuter, sector: .civilSociety),
    // "Monitoring Committee of the … programme", "European Committee of the Regions": as Polish "komitet".
    Entry(forms: "committee", kind: .organization, gender: .neuter, sector: .localGovernment),
    Entry(forms: "hospital", kind: .organization, gender: .neuter, sector: .other),
    Entry(forms: "museum", kind: .organization, gender: .neuter, sector: .other),
    Entry(forms: "library", kind: .organization, gender: .neuter, sector: .other),
    Entry(forms: "hotel", kind: .organization, gender: .neuter, sector: .business),
    Entry(forms: "caritas", kind: .organization, gender: .neuter, sector: .civilSociety),
    Entry(forms: "embassy", kind: .organization, gender: .neuter, sector: .international),
    Entry(forms: "consulate", kind: .organization, gender: .neuter, sector: .international),
  ]
}
