import StakeholderModel

/// Kinds of Polish public bodies whose sector the head word alone gets wrong: the state's own offices, funds and
/// observatories named "national", the environmental protection funds (one national, one per voivodeship), the
/// national and landscape parks, welfare services named by their owner ("Miejski Ośrodek Pomocy Społecznej"), the
/// tourist organisations (a state agency above associations), schools, advisory and service centres. (Offices the
/// state runs under their own head word, "Urząd Wojewódzki", "Urząd Morski", are read in ``SectorClassifier``.)
///
///     PublicBodyTypes.sector("narodowy fundusz ochrony środowiska i gospodarki wodnej")?.sector  // .centralGovernment
///     PublicBodyTypes.sector("regionalna organizacja turystyczna województwa x")?.sector           // .civilSociety
///
/// Names are lower-cased; the caller has already read legal forms (a company stays a company).
enum PublicBodyTypes {
  /// Heads of public bodies that a "national" first word makes the state's ("Krajowe Obserwatorium …", "National
  /// Fund for …"); a chamber, association or cluster named "national" stays what its head says.
  static let stateHeadsWhenNational: WordSet = [
    "urząd", "ośrodek", "centrum", "obserwatorium", "agencja", "fundusz", "office", "centre", "center", "observatory",
    "agency", "fund",
  ]

  /// Heads of schools and institutes, which stay science when named "state" ("Państwowa Akademia Nauk Stosowanych").
  static let stateScienceHeads: WordSet = ["szkoła", "akademia", "uczelnia", "instytut", "uniwersytet", "politechnika"]

  /// Whether a lower-cased name opens with "national" in Polish or English ("krajowy", "narodowe", "national").
  static func opensNational(_ n: String) -> Bool {
    n.hasPrefix("krajow") || n.hasPrefix("narodow") || n.hasPrefix("national ")
  }

  /// Whether a (lower-cased) name is one of the environmental protection funds, which are institutions that grant
  /// and lend money, not programmes: "Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej w X", "National Fund
  /// for Environmental Protection and Water Management".
  static func isEnvironmentalFund(_ n: String) -> Bool {
    (n.has("fundusz") && n.has("ochrony środowiska")) || (n.has("fund") && n.has("environmental protection"))
  }

  /// Whether a (lower-cased) name is the public health insurer, an institution although its head is "fund":
  /// "Narodowy Fundusz Zdrowia", "National Health Fund".
  static func isHealthFund(_ n: String) -> Bool {
    n.has("fundusz zdrowia") || n.has("funduszu zdrowia") || n.has("health fund")
  }

  /// First words that name a local or regional government as a public service's owner ("Miejski Ośrodek Pomocy
  /// Społecznej", "Powiatowe Centrum Pomocy Rodzinie", "Municipal Roads Authority").
  static let ownerAdjectives = ["gminn", "miejsk", "powiatow", "wojewódzk", "municipal ", "county ", "communal "]

  /// Heads of the welfare, roads, utility and cultural services that their owner's adjective makes a local
  /// government's unit ("Gminny Ośrodek Kultury", "Miejski Dom Kultury"). Hospitals keep the sector `other` whoever
  /// owns them (the held-out annotators' common reading), so their heads are not listed.
  static let serviceHeads: WordSet = ["ośrodek", "centrum", "zarząd", "zakład", "straż", "dom", "centre", "center", "authority"]

  /// Whether a (lower-cased) name is a public service named by its owner, a commune, town, county or voivodeship:
  /// the owner's adjective comes first or right after the head ("Miejski Ośrodek Pomocy Społecznej", "Zakład
  /// Gminny …").
  static func isLocalPublicService(_ n: String, head: String?) -> Bool {
    guard let head, serviceHeads.contains(head) else { return false }
    if ownerAdjectives.contains(where: { n.hasPrefix($0) }) { return true }
    let words = n.split(separator: " ", maxSplits: 2)
    return words.count >= 2 && words[0] == head && ownerAdjectives.contains(where: { words[1].hasPrefix($0) })
  }

  /// Words of an agglomeration, metropolis or functional area ("Stowarzyszenie Elbląski Obszar Funkcjonalny",
  /// "Aglomeracja Opolska", "Górnośląsko-Zagłębiowska Metropolia", "Szczecin Metropolitan Area Association").
  static let areaWords = ["obszar metropolitaln", "obszaru metropolitaln", "obszar funkcjonaln", "obszaru funkcjonaln", "aglomeracj",
                          "metropolia", "metropolii", "functional area", "metropolitan area", "metropolis"]

  /// Whether a (lower-cased) name is an association of the communes of an area (schema convention 7), not a company.
  static func isAreaAssociation(_ n: String) -> Bool {
    areaWords.contains { n.has($0) } && !n.has("s.a.") && !n.has("sp. z") && !n.has("spółka")
  }

  /// Whether a (lower-cased) name is the Polish state's network of research institutes, an institution although its
  /// head is "network": "Sieć Badawcza Łukasiewicz", "Łukasiewicz Research Network".
  static func isResearchNetwork(_ n: String) -> Bool {
    n.has("łukasiewicz") && (n.has("sieć badawcza") || n.has("sieci badawczej") || n.has("research network"))
  }

  /// The sector of a body of one of these kinds, with the reason, or nil when the name is none of them.
  /// - Parameter head: the lemma of the name's head word.
  static func sector(_ n: String, head: String?) -> SectorClassifier.Decision? {
    // The state development bank ("Bank Gospodarstwa Krajowego", BGK) is the state's, not a commercial bank.
    if n.hasPrefix("bank gospodarstwa krajowego") { return .init(sector: .centralGovernment, reason: "state development bank") }
    if isResearchNetwork(n) { return .init(sector: .science, reason: "network of state research institutes") }
    // National parks are state legal persons; landscape parks are run by the voivodeships.
    if n.has("park narodow") || n.has("parku narodow") || n.has("national park") { return .init(sector: .centralGovernment, reason: "national park (a state body)") }
    if n.has("park krajobrazow") || n.has("parków krajobrazow") || n.has("landscape park") { return .init(sector: .localGovernment, reason: "landscape park (a voivodeship unit)") }
    // Volunteer fire brigades ("Ochotnicza Straż Pożarna w X") are associations; the State Fire Service is the state's.
    if head == "straż", n.has("ochotnicz") { return .init(sector: .civilSociety, reason: "volunteer fire brigade (an association)") }
    if head == "straż", n.hasPrefix("państwow") { return .init(sector: .centralGovernment, reason: "state fire service") }
    // "Państwowe Gospodarstwo Wodne …", "Państwowa Inspekcja Pracy": a body named "state" is the state's, unless it is
    // a school or institute (state universities and research institutes are science).
    if n.hasPrefix("państwow"), let head, !stateScienceHeads.contains(head) {
      return .init(sector: .centralGovernment, reason: "state body")
    }
    // The regional boards of the state water holding ("Regionalny Zarząd Gospodarki Wodnej w X", "Zarząd Zlewni …").
    if head == "zarząd", n.has("gospodarki wodnej") || n.hasPrefix("zarząd zlewni") {
      return .init(sector: .centralGovernment, reason: "water management board (the state water holding)")
    }
    // "Dom Kultury X": a house of culture is a commune's or town's institution.
    if head == "dom", n.has("dom kultury") { return .init(sector: .localGovernment, reason: "house of culture (a commune's or town's institution)") }
    // The European Commission's science service and directorates-general ("Wspólne Centrum Badawcze", "Joint Research
    // Centre", "Dyrekcja Generalna ds. Polityki Regionalnej") are the EU's.
    if ["joint research centre", "wspólne centrum badawcze", "wspólnego centrum badawczego", "dyrekcja generalna", "dyrekcji generalnej", "directorate-general"]
        .contains(where: { n.has($0) }) {
      return .init(sector: .international, reason: "a service of the European Commission")
    }
    if isAreaAssociation(n) { return .init(sector: .localGovernment, reason: "association of the local governments of an agglomeration or functional area") }
    if isLocalPublicService(n, head: head) { return .init(sector: .localGovernment, reason: "public service of a local or regional government") }
    if isEnvironmentalFund(n) {
      if opensNational(n) { return .init(sector: .centralGovernment, reason: "national environmental protection fund (a state legal person)") }
      return .init(sector: .localGovernment, reason: "voivodeship environmental protection fund (the region's legal person)")
    }
    // "Polska Organizacja Turystyczna" is a state agency; the regional and local tourist organisations under it are
    // associations of local governments, companies and societies.
    if n.has("organizacja turystyczna") || n.has("organizacji turystycznej") || n.has("tourist organi") || n.has("tourism organi") {
      if n.hasPrefix("polsk") || n.hasPrefix("polish") { return .init(sector: .centralGovernment, reason: "national tourist organisation (a state agency)") }
      return .init(sector: .civilSociety, reason: "regional or local tourist organisation (an association)")
    }
    // "Szkoła Podstawowa nr 2 w X", "Zespół Szkół Technicznych", "Liceum Ogólnokształcące": schools below university
    // level are run by communes and counties.
    if ["szkoła podstawowa", "szkoła branżowa", "zespół szkół", "liceum", "technikum", "przedszkole", "centrum kształcenia zawodowego"]
        .contains(where: { n.hasPrefix($0) }) {
      return .init(sector: .localGovernment, reason: "school run by a commune or county")
    }
    // Agricultural advisory centres ("Podlaski Ośrodek Doradztwa Rolniczego", "X Agricultural Advisory Centre") are
    // voivodeship units; social economy support centres (OWES) are run by associations and foundations.
    if n.has("doradztwa rolniczego") || n.has("agricultural advisory") {
      return .init(sector: .localGovernment, reason: "agricultural advisory centre (a voivodeship unit)")
    }
    if n.has("wsparcia ekonomii społecznej") || n.has("social economy support") {
      return .init(sector: .civilSociety, reason: "social economy support centre (run by non-profits)")
    }
    // "Centrum Obsługi Przedsiębiorcy", "Biuro Obsługi Inwestora": a town's or region's service office for firms.
    if n.hasPrefix("centrum obsługi") || n.hasPrefix("biuro obsługi") || n.hasPrefix("punkt obsługi") {
      return .init(sector: .localGovernment, reason: "service office of a local or regional government")
    }
    if let head, stateHeadsWhenNational.contains(head), opensNational(n) {
      return .init(sector: .centralGovernment, reason: "national body")
    }
    // "Kaszubska Rada Biznesu", "Silesian Business Council": a council of business people (a body attached to an
    // office or a university takes its parent's sector before this is asked).
    if let head, head == "rada" || head == "council", n.has("rada biznesu") || n.has("rada przedsiębiorców") || n.has("business council") {
      return .init(sector: .business, reason: "council of business people")
    }
    return nil
  }
}
