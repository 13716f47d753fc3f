import StakeholderModel

/// Lower-case words that introduce a name of a given kind: "projekt „…”", "programu Interreg Europe",
/// "konferencji …", "the meeting entitled …".
enum Markers {
  /// Project and programme markers (a quoted or capitalised name follows).
  static let project: WordSet = [
    "projekt", "projektu", "projektem", "projekcie", "program", "programu", "programem", "programie",
    "strategia", "strategii", "strategię", "strategią", "platforma", "platformy", "platformie", "platformę",
    "platformą", "sieć", "sieci", "siecią", "inicjatywa", "inicjatywy", "inicjatywie", "inicjatywę", "inicjatywą",
    "fundusz", "funduszu", "funduszem", "przedsięwzięcie", "przedsięwzięcia", "przedsięwzięciu", "kampania",
    "partnerstwo", "partnerstwa", "partnerstwem", "partnerstwie", "partnership", "instrument", "instrumentu",
    "instrumentem", "instrumencie", "projektowi", "programowi", "funduszowi",
    "kampanii", "kampanię", "project", "programme", "program", "strategy", "platform", "network", "initiative",
    "fund", "campaign",
    // A pilot scheme named in quotes or after the noun: "pilotażu „X”", "the telemonitoring pilot X".
    "pilotaż", "pilotażu", "pilotażem", "pilotażowi", "pilot",
  ]
  /// Of those, the ones that name a programme or fund (what projects are funded by).
  static let programme: WordSet = [
    "program", "programu", "programem", "programie", "programowi", "fundusz", "funduszu", "funduszem", "funduszowi",
    "programme", "fund",
  ]
  /// Event markers.
  static let event: WordSet = [
    "konferencja", "konferencji", "konferencję", "konferencją", "forum", "spotkanie", "spotkania", "spotkaniu",
    "spotkaniem", "wydarzenie", "wydarzenia", "wydarzeniu", "wydarzeń", "seminarium", "warsztaty", "warsztatów",
    "warsztatach", "debata", "debaty", "debacie", "debatę", "kongres", "kongresu", "kongresie", "szczyt", "szczytu",
    "gala", "gali", "festiwal", "festiwalu", "targi", "targów", "targach", "webinar", "webinarium", "webinaru",
    "sesja", "sesji", "sesję", "panel", "panelu", "konferencji", "conference", "meeting", "event", "forum",
    "workshop", "workshops", "seminar", "webinar", "summit", "session", "congress", "festival", "hackathon",
    "debate", "jarmark", "jarmarku", "piknik", "pikniku", "festyn", "festynu", "fair", "breakfast", "śniadanie", "śniadania",
  ]
  /// Words that introduce a title: "pn.", "pt.", "pod hasłem", "zatytułowanej", "entitled".
  static let title: WordSet = [
    "pn", "pt", "pod", "hasłem", "nazwą", "zatytułowanej", "zatytułowanych", "zatytułowany", "zatytułowane",
    "zatytułowana", "tytułem", "entitled", "titled", "called", "named",
  ]
  /// "X jest projektem / przedsięwzięciem / inicjatywą" — X is a project.
  static let projectPredicate: WordSet = [
    "projektem", "przedsięwzięciem", "inicjatywą", "programem", "platformą", "narzędziem", "project", "initiative",
    "programme", "platform",
  ]
  /// Words that make a sentence about the meeting itself (for participation).
  static let eventContext: WordSet = [
    "spotkanie", "spotkania", "spotkaniu", "spotkaniem", "konferencja", "konferencji", "konferencję", "wydarzenie",
    "wydarzenia", "wydarzeniu", "forum", "podczas", "uczestnicy", "uczestników", "prelegenci", "udział", "wzięli",
    "wziął", "wzięła", "zaprezentował", "zaprezentowała", "zaprezentowali", "prezentowane", "prezentowali",
    "przedstawił", "przedstawiła", "przedstawili", "opowiedział", "opowiedziała", "opowiedzieli", "wystąpił",
    "wystąpiła", "wystąpili", "wystąpiły", "zaprezentowały", "moderował", "moderowała", "otworzył", "otworzyła", "rozpoczął", "rozpoczęła",
    "warsztaty", "warsztatów", "warsztatach", "workshop", "workshops", "seminarium", "seminar",
    "meeting", "conference", "event", "presented", "spoke", "participated", "attended", "discussed", "took",
    "panel", "debata", "debacie", "sesji", "warsztatach", "uczestniczył", "uczestniczyła", "uczestniczyli", "uczestniczyły",
    "kongres", "kongresu", "kongresie", "obradach", "obrady",
    // Who took the floor or sat on a panel or jury ("Głos zabrali: …", "W jury zasiedli: …").
    "zabrał", "zabrała", "zabrali", "zasiedli", "jury", "jurorzy", "paneliści", "panelistami", "dyskutowali", "debatowali",
    // Hosts who welcome the guests ("Gości powitała prezydent X", "They were welcomed by the Deputy Marshal").
    "powitał", "powitała", "powitali", "przywitał", "przywitała", "przywitali", "welcomed", "greeted",
  ]
  /// Visits and missions: events of the genre when the text points at one ("…", the study visit of …; "The visit
  /// was hosted by …"), not markers on their own.
  static let visits: WordSet = [
    "visit", "wizyta", "wizyty", "wizytą", "wizycie", "wizytę", "mission", "misja", "misji", "misję",
  ]
  /// Participles and verbs after which "przez X" / "by X" is the organizer.
  static let organizedBy: [String] = [
    "zorganizowan", "organizowan", "stworzon", "zainicjowan", "realizowan", "prowadzon", "koordynowan", "przygotowan",
    "organised", "organized", "hosted", "launched", "initiated", "created", "coordinated", "run", "implemented",
    "współorganizowan", "uruchomion", "powołan", "led", "managed", "prepared", "co-organi", "co-hosted", "przygotowywan",
  ]
  /// Names that read as a fund or programme rather than a project ("Interreg …", "… Fund", "Fundusze …").
  static func funderLike(_ name: String) -> Bool {
    let l = name.fastLowercased
    return ["interreg", "fundusz", "fund", "program", "eog", "norweski", "horizon", "horyzont", "erasmus", "life"].contains { l.includes($0) }
  }

  static let organizedByCue = PrefixSet(organizedBy)
  static let fundingCue = PrefixSet(funding)
  static let agreementCue = PrefixSet(agreementStems)
  /// Verbs whose subject organizes the project or event that follows.
  static let organizes: WordSet = [
    "organizuje", "organizują", "zorganizował", "zorganizowała", "zorganizowali", "realizuje", "realizują",
    "realizował", "realizowała", "prowadzi", "koordynuje", "zainicjował", "zainicjowała", "organizację",
    "organizes", "organises", "organized", "organised", "hosts", "hosted", "implements", "runs", "launched",
    "coordinates", "uruchomił", "uruchomiła", "stworzył", "stworzyła", "przygotował", "przygotowała",
    "przygotowuje", "przygotowują", "zorganizować", "zorganizuje", "zorganizują", "organizować", "organise", "organize",
    "zorganizowały", "launch", "launches", "uruchomi", "uruchomią", "organizowała", "organizował", "uruchamia", "uruchamiają",
    "przygotowały", "przygotowali",
    "współorganizował", "współorganizowała", "współorganizowali", "współorganizuje", "przygotuje", "przygotują",
    "zorganizowało", "przygotowało", "współorganizowało", "współorganizowały", "organizowały", "organizowali", "współorganizują",
  ]
  /// Funding words: the project before them is funded by the programme or fund after them.
  static let funding: [String] = [
    "finansowan", "współfinansowan", "dofinansowan", "sfinansowan", "funded", "co-funded", "financed",
    "co-financed", "cofinanced", "dofinansowanie", "środków", "funding",
  ]
  /// Word stems of a signed agreement (with "list intencyjny" and "letter of intent").
  static let agreementStems: [String] = [
    "podpisa", "porozumieni", "umow", "umów", "memorand", "signed", "signing", "agreement", "deklaracj",
    "podpis", "sygnowa", "sygnatariusz", "signator",
    // "zawarł(a/o/y) porozumienie", "zawarli", "zawarcie umowy", "zawrze" (not "zawarte w", contained in).
    "zawarł", "zawarli", "zawarci", "zawrze", "zawrą",
  ]
  /// "przy współpracy z X", "we współpracy z X", "in cooperation with X", "in partnership with X".
  static let cooperation: [[String]] = [
    ["przy", "współpracy", "z"], ["we", "współpracy", "z"], ["w", "partnerstwie", "z"], ["wspólnie", "z"],
    ["in", "cooperation", "with"], ["in", "partnership", "with"], ["together", "with"], ["in", "collaboration", "with"],
    ["współpracuje", "z"], ["współpracę", "z"], ["wspólnie", "ze"],
  ]
  /// The first words of the ``cooperation`` patterns.
  static let cooperationOpeners = WordSet(cooperation.compactMap(\.first))
  /// "partner(a) (wiodącego) projektu", "lead partner": the organization takes part in the document's project.
  static let partnerWords: WordSet = [
    "partner", "partnera", "partnerem", "partnerzy", "partnerów", "partnerami", "partners", "lead", "wiodący",
    "wiodącego",
  ]
  /// Month names (genitive and nominative Polish, English) → month number.
  static let months: WordMap<Int> = WordMap({
    var m: [String: Int] = [:]
    let pl = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
              "października", "listopada", "grudnia"]
    let plNom = ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień",
                 "październik", "listopad", "grudzień"]
    let en = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december"]
    for i in 0..<12 { m[pl[i]] = i + 1; m[plNom[i]] = i + 1; m[en[i]] = i + 1 }
    return m
  }())
  /// Capitalised function words that never start a name ("W Rybniku", "During the meeting").
  /// Lower-case words that start a sentence's predicate right after a name ("… was held", "… odbyło się"):
  /// an event's subtitle ends before them.
  static let predicateStarts: WordSet = [
    "was", "were", "is", "are", "will", "has", "have", "had", "took", "takes", "gathered", "brought", "attracted",
    "odbył", "odbyła", "odbyło", "odbyły", "odbyli", "odbędzie", "odbywa", "odbywał", "odbywało", "był", "była",
    "było", "jest", "będzie", "zostało", "zostanie", "została", "został", "zgromadził", "zgromadziła", "zgromadziło",
    "rozpoczął", "rozpoczęła", "rozpoczęło", "zakończył", "zakończyła", "zakończyło",
  ]

  static let functionWords: WordSet = [
    "w", "we", "z", "ze", "na", "do", "od", "po", "przy", "dla", "podczas", "jak", "jako", "o", "a", "i", "oraz",
    "to", "ten", "ta", "te", "tego", "tej", "ich", "jego", "jej", "nasz", "nasza", "nasze", "naszym", "dzięki",
    "wśród", "według", "pod", "nad", "przed", "za", "u", "czy", "gdy", "kiedy", "także", "również", "ale", "lecz",
    "celem", "zdjęcia", "fot", "foto", "źródło", "więcej", "the", "a", "an", "in", "on", "at", "of", "for", "by",
    "during", "this", "that", "these", "those", "with", "from", "after", "before", "here", "there", "our", "its",
    "their", "his", "her", "it", "we", "they", "he", "she", "as", "and", "or", "but", "also", "all", "one", "some",
    "many", "both", "each", "when", "while", "what", "which", "who", "how", "why", "where", "if", "then",
    "stakeholders", "representatives", "participants", "przedstawiciele", "uczestnicy", "p.s",
    // Adverbs that open sentences ("Wcześniej Odlewex sp. z o.o. otworzył …").
    "wcześniej", "później", "następnie", "ponadto", "dodatkowo", "obecnie", "dotychczas", "wówczas", "jednocześnie",
    "tymczasem", "ostatecznie", "wreszcie", "natomiast", "potem", "dziś", "dzisiaj", "wczoraj", "jutro", "teraz",
    // Conjunctive adverbs and pronouns with an adjective's ending ("Dlatego Opolskie Centrum …" is no "Dlate …").
    "dlatego", "którego", "której", "każdego", "każdej", "jednego", "jednej", "innego", "innej", "naszego", "naszej",
    "swojego", "swojej", "żadnego", "samego", "tamtego",
    // "Obie spółki …", "Obaj prezesi …": "both" opens a sentence after a legal form ("… sp. z o.o. Obie spółki …").
    "obie", "oba", "obaj", "obydwie", "obydwa",
    // English weekdays ("met on Monday for the X Summit" names no "Monday for the …").
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]
  /// The forms of "to be" that link a name to what it is ("X jest prezesem", "X was the coordinator"); the rules that
  /// read such links add the words their own shapes allow between or around them.
  static let toBe: WordSet = ["jest", "był", "była", "będzie", "is", "was"]
  /// Roman numerals for event editions ("II Forum").
  static let romanNumerals: WordSet = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
    "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV", "XXX",
  ]
  /// Plural or generic English nouns that make a capitalised phrase a category, not a name.
  static let genericPlurals: WordSet = [
    "institutions", "units", "companies", "organisations", "organizations", "authorities", "governments",
    "partners", "stakeholders", "universities", "representatives", "participants", "enterprises", "smes", "cities", "regions", "members",
    // People named by what they do: "Experts of the University of X", "Delegates of the Y".
    "experts", "delegates", "officials", "researchers", "scientists", "students", "guests", "speakers", "leaders",
    "entrepreneurs", "employees", "residents", "mayors",
  ]
}
