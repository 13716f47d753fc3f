import StakeholderModel

/// Grammatical gender of a head noun, which pre- and post-head adjectives agree with.
enum HeadGender: UInt8, Sendable {
  case masculine, feminine, neuter, plural

  /// The ending of an adjective agreeing with a head of this gender in the genitive: "ej" ("Śląskiej Metropolii"),
  /// "ych" (plural), "ego" (masculine and neuter: "Śląskiego Uniwersytetu").
  var genitiveAdjectiveEnding: String { self == .feminine ? "ej" : (self == .plural ? "ych" : "ego") }
}

/// What a head noun ("Urząd", "Forum", "University") says about the name it heads.
struct HeadWord: Sendable, Hashable {
  /// Nominative singular, lower case ("urząd").
  var lemma: String
  var kind: EntityKind
  var gender: HeadGender
  /// A unit of a larger body (departament, wydział, biuro, oddział, Department…): gets `part_of` its parent.
  var isUnit: Bool = false
  /// Default sector for organizations with this head, and the reason given.
  var sector: Sector?
  /// English heads usually end the name ("Silesian University of Technology" is an exception handled by
  /// taking the last head); Polish heads start it.
  var english: Bool = false
  /// A marker that introduces a name rather than being part of it ("projekt", "program", "Project").
  var isMarker: Bool = false
}

/// Institution, event, project and place head words, in every singular case form.
///
/// General Polish and English vocabulary of the genre (no proper names). Look-ups take a lower-cased word.
enum HeadWords {
  /// `form → head` for every listed form, Polish entries first.
  static let table = WordMap(built.polish.merging(built.english) { pl, _ in pl })
  /// English heads only ("park" is both a Polish and an English head).
  static let english = WordMap(built.english)
  private static let built = build()

  /// The head a lower-cased word form names, if any. A lower-case "e-" style prefix is ignored ("e-izby").
  static func head(_ lower: String) -> HeadWord? {
    if let h = table[lower] { return h }
    // No "-" byte, no "-" character: most words stop here without walking their characters.
    if !lower.utf8.contains(0x2D) { return nil }
    if let dash = lower.firstIndex(of: "-"), lower.distance(from: lower.startIndex, to: dash) == 1 {
      return table[String(lower[lower.index(after: dash)...])]
    }
    // "Union's", "Commission's": the English possessive of a head word.
    if lower.endsInPossessive { return english[String(lower.dropLast(2))] }
    return nil
  }

  /// The English head a lower-cased word names, if any.
  static func englishHead(_ lower: String) -> HeadWord? {
    if let h = english[lower] { return h }
    // "Union's", "Commission's": the possessive of a head word.
    if lower.endsInPossessive { return english[String(lower.dropLast(2))] }
    return nil
  }

  private static func build() -> (polish: [String: HeadWord], english: [String: HeadWord]) {
    var t: [String: HeadWord] = [:]
    var e: [String: HeadWord] = [:]
    func pl(_ forms: String, _ kind: EntityKind, _ g: HeadGender, unit: Bool = false, _ sector: Sector? = nil, marker: Bool = false) {
      let f = forms.split(separator: " ").map(String.init)
      let h = HeadWord(lemma: f[0], kind: kind, gender: g, isUnit: unit, sector: sector, english: false, isMarker: marker)
      for w in f where t[w] == nil { t[w] = h }
      // English texts write Polish names without diacritics ("Spoldzielnia Socjalna X", "Zwiazek Gmin Y").
      for w in f.map(PlacesWithoutDiacritics.fold) where t[w] == nil { t[w] = h }
    }
    func en(_ forms: String, _ kind: EntityKind, unit: Bool = false, _ sector: Sector? = nil, marker: Bool = false) {
      let f = forms.split(separator: " ").map(String.init)
      let h = HeadWord(lemma: f[0], kind: kind, gender: .neuter, isUnit: unit, sector: sector, english: true, isMarker: marker)
      for w in f where e[w] == nil { e[w] = h }
    }
    let org = EntityKind.organization, ev = EntityKind.event, pr = EntityKind.project
    // Polish organizations
    pl("urząd urzędu urzędowi urzędem urzędzie", org, .masculine, .localGovernment)
    pl("departament departamentu departamentowi departamentem departamencie", org, .masculine, unit: true)
    pl("wydział wydziału wydziałowi wydziałem wydziale", org, .masculine, unit: true)
    pl("biuro biura biuru biurem biurze", org, .neuter, unit: true)
    pl("oddział oddziału oddziałowi oddziałem oddziale", org, .masculine, unit: true)
    pl("delegatura delegatury delegaturze delegaturę delegaturą", org, .feminine, unit: true)
    pl("filia filii filię filią", org, .feminine, unit: true)
    pl("referat referatu referatowi referatem referacie", org, .masculine, unit: true)
    pl("katedra katedry katedrze katedrę katedrą", org, .feminine, unit: true, .science)
    pl("zakład zakładu zakładowi zakładem zakładzie", org, .masculine, unit: true)
    // "Zakładów Chemicznych X S.A.": works named in the plural are a company, not a unit.
    pl("zakłady zakładów zakładom zakładami zakładach", org, .plural, .business)
    pl("izba izby izbie izbę izbą", org, .feminine, .business)
    pl("spółdzielnia spółdzielni spółdzielnię spółdzielnią", org, .feminine, .business)
    pl("przedsiębiorstwo przedsiębiorstwa przedsiębiorstwu przedsiębiorstwem przedsiębiorstwie", org, .neuter, .business)
    pl("dział działu działowi działem dziale", org, .masculine, unit: true)
    pl("punkt punktu punktowi punktem punkcie", org, .masculine, .localGovernment)
    pl("koło koła kołu kołem kole", org, .neuter, .civilSociety)
    pl("klaster klastra klastrowi klastrem klastrze", org, .masculine, .business)
    pl("związek związku związkowi związkiem", org, .masculine, .civilSociety)
    pl("stowarzyszenie stowarzyszenia stowarzyszeniu stowarzyszeniem", org, .neuter, .civilSociety)
    pl("fundacja fundacji fundację fundacją", org, .feminine, .civilSociety)
    pl("klub klubu klubowi klubem klubie", org, .masculine, .civilSociety)
    pl("federacja federacji federację federacją", org, .feminine, .civilSociety)
    pl("konfederacja konfederacji konfederację konfederacją", org, .feminine, .business)
    pl("towarzystwo towarzystwa towarzystwu towarzystwem towarzystwie", org, .neuter, .civilSociety)
    pl("agencja agencji agencję agencją", org, .feminine, .centralGovernment)
    pl("ministerstwo ministerstwa ministerstwu ministerstwem ministerstwie", org, .neuter, .centralGovernment)
    pl("kancelaria kancelarii kancelarię kancelarią", org, .feminine, .centralGovernment)
    pl("uniwersytet uniwersytetu uniwersytetowi uniwersytetem uniwersytecie", org, .masculine, .science)
    pl("politechnika politechniki politechnice politechnikę politechniką", org, .feminine, .science)
    pl("akademia akademii akademię akademią", org, .feminine, .science)
    pl("uczelnia uczelni uczelnię uczelnią", org, .feminine, .science)
    pl("szkoła szkoły szkole szkołę szkołą", org, .feminine, .science)
    pl("instytut instytutu instytutowi instytutem instytucie", org, .masculine, .science)
    pl("park parku parkowi parkiem", org, .masculine, .business)
    pl("technopark technoparku technoparkowi technoparkiem", org, .masculine, .business)
    pl("inkubator inkubatora inkubatorowi inkubatorem inkubatorze", org, .masculine, .business)
    pl("akcelerator akceleratora akceleratorowi akceleratorem akceleratorze", org, .masculine, .business)
    pl("centrum", org, .neuter, .other)
    pl("laboratorium laboratoria laboratoriów laboratoriom laboratoriami laboratoriach", org, .neuter, .science)
    pl("ośrodek ośrodka ośrodkowi ośrodkiem ośrodku", org, .masculine, .other)
    pl("rada rady radzie radę radą", org, .feminine, .other)
    pl("komisja komisji komisję komisją", org, .feminine, .other)
    pl("miasto miasta miastu miastem mieście", org, .neuter, .localGovernment)
    pl("gmina gminy gminie gminę gminą", org, .feminine, .localGovernment)
    pl("powiat powiatu powiatowi powiatem powiecie", org, .masculine, .localGovernment)
    pl("starostwo starostwa starostwu starostwem starostwie", org, .neuter, .localGovernment)
    pl("sejmik sejmiku sejmikowi sejmikiem", org, .masculine, .localGovernment)
    pl("zarząd zarządu zarządowi zarządem zarządzie", org, .masculine, .localGovernment)
    pl("spółka spółki spółce spółkę spółką", org, .feminine, .business)
    pl("strefa strefy strefie strefę strefą", org, .feminine, .business)
    pl("grupa grupy grupie grupę grupą", org, .feminine, .business)
    pl("bank banku bankowi bankiem", org, .masculine, .business)
    pl("parlament parlamentu parlamentowi parlamentem parlamencie", org, .masculine, .centralGovernment)
    pl("sejm sejmu sejmowi sejmem sejmie", org, .masculine, .centralGovernment)
    pl("senat senatu senatowi senatem senacie", org, .masculine, .centralGovernment)
    pl("metropolia metropolii metropolię metropolią", org, .feminine, .localGovernment)
    pl("obserwatorium", org, .neuter)
    pl("pracownia pracowni pracownię pracownią", org, .feminine, .business)
    pl("piekarnia piekarni piekarnię piekarnią", org, .feminine, .business)
    pl("drukarnia drukarni drukarnię drukarnią", org, .feminine, .business)
    pl("wytwórnia wytwórni wytwórnię wytwórnią", org, .feminine, .business)
    pl("manufaktura manufaktury manufakturze manufakturę manufakturą", org, .feminine, .business)
    pl("browar browaru browarowi browarem browarze", org, .masculine, .business)
    pl("winnica winnicy winnicę winnicą", org, .feminine, .business)
    pl("mleczarnia mleczarni mleczarnię mleczarnią", org, .feminine, .business)
    pl("serowarnia serowarni serowarnię serowarnią", org, .feminine, .business)
    pl("pasieka pasieki pasiece pasiekę pasieką", org, .feminine, .business)
    pl("destylarnia destylarni destylarnię destylarnią", org, .feminine, .business)
    pl("przetwórnia przetwórni przetwórnię przetwórnią", org, .feminine, .business)
    pl("tłocznia tłoczni tłocznię tłocznią", org, .feminine, .business)
    pl("wędzarnia wędzarni wędzarnię wędzarnią", org, .feminine, .business)
    pl("stocznia stoczni stocznię stocznią", org, .feminine, .business)
    pl("cukrownia cukrowni cukrownię cukrownią", org, .feminine, .business)
    pl("gospodarstwo gospodarstwa gospodarstwu gospodarstwem gospodarstwie", org, .neuter, .business)
    pl("jednostka jednostki jednostce jednostkę jednostką", org, .feminine, .localGovernment)
    pl("samorząd samorządu samorządowi samorządem samorządzie", org, .masculine, .localGovernment)
    pl("województwo województwa województwu województwem województwie", org, .neuter, .localGovernment)
    pl("unia unii unię unią", org, .feminine, .international)
    // Polish projects (programmes, strategies, platforms, networks, funds)
    pl("projekt projektu projektowi projektem projekcie", pr, .masculine, marker: true)
    pl("program programu programowi programem programie", pr, .masculine, marker: true)
    pl("strategia strategii strategię strategią", pr, .feminine)
    pl("platforma platformy platformie platformę platformą", pr, .feminine, marker: true)
    pl("sieć sieci siecią", pr, .feminine, marker: true)
    pl("inicjatywa inicjatywy inicjatywie inicjatywę inicjatywą", pr, .feminine, marker: true)
    pl("fundusz funduszu funduszowi funduszem", pr, .masculine)
    pl("plan planu planowi planem planie", pr, .masculine)
    pl("kampania kampanii kampanię kampanią", pr, .feminine, marker: true)
    // A grant competition ("otwarty konkurs ofert „X”", "laureaci konkursu „Y”"); the final of a contest is an event.
    pl("konkurs konkursu konkursowi konkursem konkursie", pr, .masculine, marker: true)
    // A campaign or drive ("akcję „Czytamy w X”").
    pl("akcja akcji akcję akcją", pr, .feminine, marker: true)
    // A themed trail or route ("Sandomierski Szlak Jabłkowy", "the Amber Trail").
    pl("szlak szlaku szlakowi szlakiem", pr, .masculine)
    pl("pakt paktu paktowi paktem pakcie", pr, .masculine)
    // Polish events
    pl("konferencja konferencji konferencję konferencją", ev, .feminine)
    pl("forum", ev, .neuter)
    pl("kongres kongresu kongresowi kongresem kongresie", ev, .masculine)
    pl("szczyt szczytu szczytowi szczytem szczycie", ev, .masculine)
    pl("festiwal festiwalu festiwalowi festiwalem", ev, .masculine)
    pl("targi targów targom targami targach", ev, .plural)
    pl("gala gali galę galą", ev, .feminine)
    pl("sesja sesji sesję sesją", ev, .feminine)
    pl("tydzień tygodnia tygodniowi tygodniem tygodniu", ev, .masculine)
    pl("dzień dnia dniowi dniem dniu", ev, .masculine)
    pl("dni dniach", ev, .plural)
    pl("seminarium", ev, .neuter)
    pl("warsztaty warsztatów warsztatach", ev, .plural)
    pl("debata debaty debacie debatę debatą", ev, .feminine)
    pl("zjazd zjazdu zjazdowi zjazdem zjeździe", ev, .masculine)
    pl("zgromadzenie zgromadzenia zgromadzeniu zgromadzeniem", ev, .neuter)
    pl("spotkanie spotkania spotkaniu spotkaniem", ev, .neuter)
    pl("hackathon hackathonu hackathonie", ev, .masculine)
    pl("olimpiada olimpiady olimpiadzie olimpiadę", ev, .feminine)
    pl("wystawa wystawy wystawie wystawę", ev, .feminine)
    pl("turniej turnieju turniejowi turniejem", ev, .masculine)
    pl("koncert koncertu koncertowi koncertem koncercie koncerty koncertów", ev, .masculine)
    pl("zawody zawodów zawodach", ev, .plural)
    pl("regaty regat regatach", ev, .plural)
    pl("przegląd przeglądu przeglądowi przeglądem przeglądzie", ev, .masculine)
    pl("sympozjum", ev, .neuter)
    // Local fairs and festivities that communes, local action groups and rural associations organize.
    pl("jarmark jarmarku jarmarkowi jarmarkiem", ev, .masculine)
    pl("piknik pikniku piknikowi piknikiem", ev, .masculine)
    pl("festyn festynu festynowi festynem festynie", ev, .masculine)
    // "Święto Miodu", "Noc Muzeów": a named feast or night of a town or region.
    pl("święto święta świętu świętem święcie", ev, .neuter)
    pl("noc nocy nocą", ev, .feminine)
    // "Śniadanie Biznesowe X", "Innovation Breakfast": a morning meeting of firms and offices.
    pl("śniadanie śniadania śniadaniu śniadaniem", ev, .neuter)
    // English organizations (last head wins)
    en("office", org, .localGovernment)
    en("university universities", org, .science)
    en("institute", org, .science)
    en("college", org, .science)
    en("academy", org, .science)
    en("school", org, .science)
    en("agency", org, .centralGovernment)
    en("council", org, .localGovernment)
    en("chamber", org, .business)
    en("cluster", org, .business)
    en("technopark", org, .business)
    en("incubator accelerator", org, .business)
    en("ministry", org, .centralGovernment)
    en("parliament", org, .centralGovernment)
    en("commission", org, .international)
    en("association", org, .civilSociety)
    en("foundation", org, .civilSociety)
    en("club", org, .civilSociety)
    en("federation", org, .civilSociety)
    en("society", org, .civilSociety)
    en("union", org, .civilSociety)
    en("centre", org, .other)
    en("center", org, .other)
    en("company", org, .business)
    en("corporation", org, .business)
    en("bank", org, .business)
    en("authority", org, .localGovernment)
    en("municipality", org, .localGovernment)
    en("commune", org, .localGovernment)
    en("government", org, .localGovernment)
    en("administration", org, .localGovernment)
    en("department", org, unit: true)
    en("directorate", org, unit: true)
    en("unit", org, unit: true)
    en("branch", org, unit: true)
    en("service", org, unit: true)
    en("hub", org, .business)
    en("zone", org, .business)
    en("park", org, .business)
    en("bank", org, .business)
    en("forum", ev)
    en("laboratory", org, .science)
    en("faculty", org, unit: true, .science)
    en("port", org, .business)
    en("alliance", org, .business)
    en("assembly", org, .localGovernment)
    en("metropolis", org, .localGovernment)
    en("secretariat", org, .international)
    en("directorate-general directorate", org, .international)
    en("cooperative co-operative", org, .business)
    en("group", org, .business)
    // Foreign institutions named in their own language inside Polish or English texts.
    en("universität universitat universidad università université universiteit universidade hochschule", org, .science)
    en("instituto istituto", org, .science)
    en("fundación fundação fondazione stiftung", org, .civilSociety)
    // English projects and events
    en("project", pr, marker: true)
    en("programme", pr, marker: true)
    en("strategy", pr)
    en("platform", pr)
    en("network", pr)
    en("fund", pr)
    en("grants", pr)
    en("initiative", pr)
    en("route trail", pr)
    en("conference", ev)
    en("summit", ev)
    en("congress", ev)
    en("festival", ev)
    en("fair", ev)
    en("week", ev)
    en("meeting", ev)
    en("workshop workshops", ev)
    en("seminar", ev)
    en("breakfast", ev)
    en("webinar", ev)
    en("event", ev)
    en("symposium", ev)
    en("debate", ev)
    en("hackathon", ev)
    en("roundtable", ev)
    en("session", ev)
    en("day days", ev)
    en("night", ev)
    // Sports events: "Baltic Junior Rowing Games 2027", "Nordic Junior Championships", "Warta Cup".
    en("games championships championship cup regatta tournament marathon", ev)
    for x in HeadWordsGenre.polish { pl(x.forms, x.kind, x.gender, unit: x.unit, x.sector) }
    for x in HeadWordsGenre.english { en(x.forms, x.kind, unit: x.unit, x.sector) }
    for x in HeadWordsForeign.entries { for w in x.forms.split(separator: " ") { en(String(w), x.kind, unit: x.unit, x.sector) } }
    return (t, e)
  }

  /// Unit heads under which a following institution head starts the parent ("Wydział X Urzędu Miasta Y", "Katedra X
  /// Wydziału Y": a faculty is the parent of its chairs; "Komisja X Sejmu": a parliament's committee).
  static let parentHeads: WordSet = [
    "urząd", "ministerstwo", "uniwersytet", "politechnika", "akademia", "uczelnia", "instytut", "izba", "wydział",
    "agencja", "stowarzyszenie", "fundacja", "związek", "starostwo", "kancelaria", "szkoła", "sejmik", "zarząd",
    "spółka", "bank", "park", "klaster", "centrum", "komisja", "rada", "ośrodek", "metropolia", "sejm", "senat", "office",
    "university", "institute", "ministry", "agency", "council", "chamber", "cluster", "municipality",
    "company", "association", "foundation", "government", "authority", "administration",
  ]

  /// Place heads of English texts: "Silesian Voivodeship", "Lublin Province", "Podlaskie Region".
  static let englishPlaceHeads: WordSet = ["voivodeship", "province", "county", "region", "district"]
  /// Lower-case words after a name that make it a place ("Jastrzębie Zdrój commune", "Silesia region").
  static let placePostMarkers: WordSet = ["commune", "region", "municipality", "county", "voivodeship", "province", "district", "city", "town", "village", "area"]
  /// Lower-case words after a name that make it a project ("the Śląskie project").
  static let projectPostMarkers: WordSet = ["project", "programme", "program", "initiative", "network", "platform", "strategy"]
  /// Lower-case words after a name that make it an event.
  static let eventPostMarkers: WordSet = ["conference", "forum", "summit", "congress", "festival", "workshop", "workshops", "seminar", "webinar"]
}
