import StakeholderModel

/// A function word that becomes a person's role ("prezydenta" → "prezydent").
struct RoleWord: Sendable {
  /// The nominative form used in the role text.
  var base: String
  /// Sector the function alone implies (an office of local government, a ministry, a university).
  var sector: Sector?
  /// Institution head words the function heads when no institution is named ("marszałek" → "urząd marszałkowski").
  var institution: [String] = []
  /// The function names a territory rather than an institution ("prezydent Rybnika", "Mayor of Katowice").
  var territorial: Bool = false
}

/// Functions, academic titles and speech verbs: the words around a person's name.
enum RoleWords {
  static let table = WordMap(build())

  static func role(_ lower: String) -> RoleWord? { table[lower] }

  private static func build() -> [String: RoleWord] {
    var t: [String: RoleWord] = [:]
    func r(_ forms: String, _ sector: Sector? = nil, inst: [String] = [], territorial: Bool = false) {
      let f = forms.split(separator: " ").map(String.init)
      let w = RoleWord(base: f[0], sector: sector, institution: inst, territorial: territorial)
      for x in f where t[x] == nil { t[x] = w }
    }
    let lg = Sector.localGovernment, cg = Sector.centralGovernment, sc = Sector.science
    r("prezydent prezydenta prezydentowi prezydentem prezydencie", lg, inst: ["urząd miasta", "urząd miejski", "miasto"], territorial: true)
    r("prezydentka prezydentki prezydentką", lg, inst: ["urząd miasta", "urząd miejski", "miasto"], territorial: true)
    r("wiceprezydent wiceprezydenta wiceprezydentem", lg, inst: ["urząd miasta", "urząd miejski", "miasto"], territorial: true)
    r("burmistrz burmistrza burmistrzowi burmistrzem burmistrzu", lg, inst: ["urząd miasta", "urząd miejski", "urząd gminy", "gmina", "miasto"], territorial: true)
    r("wiceburmistrz wiceburmistrza", lg, inst: ["urząd miasta", "urząd miejski", "urząd gminy", "gmina"], territorial: true)
    r("wójt wójta wójtowi wójtem wójcie", lg, inst: ["urząd gminy", "gmina"], territorial: true)
    r("marszałek marszałka marszałkowi marszałkiem marszałku", lg, inst: ["urząd marszałkowski", "województwo"], territorial: true)
    r("wicemarszałek wicemarszałka wicemarszałkowi wicemarszałkiem", lg, inst: ["urząd marszałkowski", "województwo"], territorial: true)
    r("starosta starosty staroście starostę starostą", lg, inst: ["starostwo powiatowe", "powiat"], territorial: true)
    r("wicestarosta wicestarosty wicestarostę", lg, inst: ["starostwo powiatowe", "powiat"], territorial: true)
    // Czech and Slovak mayors of statutory towns, as Polish texts write them ("Petera Bielika, primátora Popradu").
    r("primátor primátora primátorowi primátorem primátorze", territorial: true)
    r("wojewoda wojewody wojewodzie wojewodę wojewodą", cg, inst: ["urząd wojewódzki"], territorial: true)
    r("wicewojewoda wicewojewody", cg, inst: ["urząd wojewódzki"], territorial: true)
    r("sołtys sołtysa", lg, territorial: true)
    r("radny radnego radnym", lg)
    r("radna radnej radną", lg)
    r("prezes prezesa prezesowi prezesem prezesie prezeska prezeski prezeską")
    r("wiceprezes wiceprezesa wiceprezesem wiceprezeska")
    r("dyrektor dyrektora dyrektorowi dyrektorem dyrektorze dyrektorka dyrektorki dyrektorką")
    r("wicedyrektor wicedyrektora wicedyrektorem")
    r("zastępca zastępcy zastępcę zastępcą")
    r("zastępczyni zastępczynię zastępczynią")
    r("kierownik kierownika kierownikowi kierownikiem kierowniczka kierowniczki")
    r("koordynator koordynatora koordynatorem koordynatorka koordynatorki koordynatorką")
    r("rektor rektora rektorowi rektorem rektorze", sc, inst: ["uniwersytet", "politechnika", "akademia", "uczelnia"])
    r("prorektor prorektora prorektorem prorektorze", sc, inst: ["uniwersytet", "politechnika", "akademia", "uczelnia"])
    r("dziekan dziekana dziekanem", sc, inst: ["wydział"])
    r("prodziekan prodziekana prodziekanem", sc, inst: ["wydział"])
    r("kanclerz kanclerza")
    r("przewodniczący przewodniczącego przewodniczącym")
    r("przewodnicząca przewodniczącej przewodniczącą")
    r("wiceprzewodniczący wiceprzewodniczącego wiceprzewodnicząca")
    r("członek członka członkiem członkini")
    r("sekretarz sekretarza sekretarzem")
    r("podsekretarz podsekretarza podsekretarzem", cg, inst: ["ministerstwo"])
    r("skarbnik skarbnika")
    r("poseł posła posłem posłanka posłanki", cg)
    r("senator senatora", cg)
    r("minister ministra ministrem", cg, inst: ["ministerstwo"])
    r("wiceminister wiceministra wiceministrem", cg, inst: ["ministerstwo"])
    r("pełnomocnik pełnomocnika pełnomocniczka")
    r("menedżer menedżera menedżerem menedżerka menadżer menadżera manager managera")
    r("naczelnik naczelnika naczelnikiem naczelniczka")
    r("doradca doradcy doradczyni")
    r("ekspert eksperta ekspertem ekspertka")
    r("specjalista specjalisty specjalistka")
    r("założyciel założyciela założycielka współzałożyciel współzałożycielka")
    r("właściciel właściciela właścicielka")
    r("współwłaściciel współwłaściciela współwłaścicielka współwłaścicielki współwłaścicielką")
    r("przedstawiciel przedstawiciela przedstawicielem przedstawicielka przedstawicielki")
    r("szef szefa szefowa szefowej")
    r("lider lidera liderka")
    r("inspektor inspektora")
    r("opiekun opiekuna opiekunka")
    r("dziennikarz dziennikarza dziennikarzem")
    r("dziennikarka dziennikarki dziennikarką")
    r("redaktor redaktora redaktorem")
    r("redaktorka redaktorki redaktorką")
    // English
    r("mayor", lg, inst: ["city", "municipality", "office"], territorial: true)
    r("marshal", lg, inst: ["office"], territorial: true)
    r("vice-marshal", lg, inst: ["office"], territorial: true)
    r("vice-governor", lg, territorial: true)
    // Polish offices as English texts write them, without diacritics ("Jan X, wojt of the commune").
    r("wojt", lg, inst: ["commune", "municipality", "gmina"], territorial: true)
    r("soltys", lg, territorial: true)
    r("marszalek", lg, inst: ["office"], territorial: true)
    r("wicemarszalek", lg, inst: ["office"], territorial: true)
    r("governor", lg, territorial: true)
    r("president")
    r("vice-president")
    r("director")
    r("head")
    r("manager")
    r("coordinator")
    r("rector", sc, inst: ["university"])
    r("vice-rector", sc, inst: ["university"])
    r("dean", sc)
    r("vice-dean", sc)
    r("chairman")
    r("chairwoman")
    r("chair")
    r("CEO ceo")
    r("chief")
    r("founder")
    r("co-founder")
    r("minister", cg)
    r("secretary")
    r("councillor", lg)
    r("councilor", lg)
    r("officer")
    r("journalist")
    r("editor")
    r("representative")
    r("advisor")
    r("adviser")
    r("deputy")
    r("member")
    r("professor", sc)
    r("lecturer", sc)
    r("researcher", sc)
    r("specialist")
    r("expert")
    r("owner")
    r("vice-mayor", lg, territorial: true)
    // Members of parliament and the state's representative in a region (schema convention 7: central government).
    r("MP mp", cg)
    r("senator", cg)
    r("vice-minister", cg)
    r("voivode", cg, territorial: true)
    r("vice-voivode", cg, territorial: true)
    return t
  }

  /// Words that continue a function ("prezes Zarządu", "kierownik projektu", "dyrektora ds. …").
  static let continuations: WordSet = [
    "zarządu", "zarząd", "rady", "nadzorczej", "projektu", "projektów", "dyrektora", "dyrektor", "ds", "do", "spraw", "stanu",
    "generalny", "generalnego", "naczelny", "naczelnego", "wykonawczy", "wykonawczego", "honorowy", "honorowego",
    "of", "the", "board", "management", "supervisory", "project", "general", "executive", "deputy", "managing", "vice", "officer",
  ]

  /// Academic and courtesy titles: dropped, never part of a name or a role.
  static let titles: WordSet = [
    "prof", "profesor", "profesora", "dr", "dra", "doktor", "hab", "inż", "mgr", "lic", "doc", "pan", "pani", "pana",
    "panu", "panem", "panią", "panie", "państwo", "mr", "mrs", "ms", "miss", "dr.", "phd", "msc", "mba", "eng",
    "professor", "sir", "dame", "ks", "ksiądz", "o",
  ]

  /// Verbs that introduce a speaker: the capitalised words after them are a person.
  static let speechVerbs: WordSet = [
    "mówi", "mówił", "mówiła", "powiedział", "powiedziała", "podkreśla", "podkreślał", "podkreślała", "zaznacza",
    "zaznaczał", "zaznaczała", "dodaje", "dodał", "dodała", "przekonuje", "przekonywał", "przekonywała", "wyjaśnia",
    "wyjaśniał", "wyjaśniała", "tłumaczy", "tłumaczył", "tłumaczyła", "zauważa", "zauważył", "zauważyła",
    "stwierdził", "stwierdziła", "stwierdza", "ocenia", "oceniał", "oceniała", "informuje", "poinformował",
    "poinformowała", "akcentował", "akcentowała", "zapowiedział", "zapowiedziała", "podsumował", "podsumowała",
    "said", "says", "added", "noted", "explained", "stressed", "emphasised", "emphasized", "stated", "pointed",
  ]

  /// Words that end a role's search for its institution.
  static let clauseStops: WordSet = [
    "który", "która", "które", "którzy", "którego", "której", "którym", "who", "which", "that", "oraz", "and",
    "–", "—", ";", ".", "!", "?", ":", "(", ")",
    // "Sekretarzem Rady jest Jan Nowak": the copula after an inverted function.
    "jest", "był", "była", "będzie", "są", "byli", "is", "was", "are", "were",
  ]
}
