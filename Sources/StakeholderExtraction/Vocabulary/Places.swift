import Foundation

/// A country, continent or region named by a general list.
struct KnownPlace: Sendable {
  /// The canonical name ("Finlandia", "Podlaskie", "Europe").
  var name: String
  /// Outside Poland (its public authorities are `international`).
  var foreign: Bool
}

/// Countries, continents and Polish regions with their inflected forms (general lists, not a gazetteer of towns:
/// towns come from the lexicon and from the text's own cues).
enum Places {
  /// `surface form → place`, for capitalised forms.
  static let table = WordMap(build())

  /// Voivodeship adjective stems ("podlask" → "Podlaskie"), for "województwo podlaskie" and "Podlaskiego".
  static let voivodeshipStems: WordMap<String> = WordMap({
    var d: [String: String] = [:]
    for n in voivodeshipStemList {
      let cap = n.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
      // Only the first part of a double name is capitalised in the place name: "Kujawsko-pomorskie".
      let parts = cap.split(separator: "-")
      let name = parts.count == 2 ? parts[0] + "-" + parts[1].lowercased() : cap
      d[n] = name + "ie"
    }
    return d
  }())

  /// The sixteen voivodeships' adjective stems.
  private static let voivodeshipStemList = [
    "dolnośląsk", "kujawsko-pomorsk", "lubelsk", "lubusk", "łódzk", "małopolsk", "mazowieck", "opolsk", "podkarpack", "podlask",
    "pomorsk", "śląsk", "świętokrzysk", "warmińsko-mazursk", "wielkopolsk", "zachodniopomorsk",
  ]

  /// The voivodeship a word names ("podlaskiego", "Podlaskie", "Śląskiem" → "Podlaskie"/"Śląskie"), if any.
  static func voivodeship(_ lower: String) -> String? {
    // Every suffix ends in "o", "u", "e" or "m": other words are answered from their last byte.
    guard let last = lower.utf8.last, last == 0x6F || last == 0x75 || last == 0x65 || last == 0x6D else { return nil }
    for suffix in ["iego", "iemu", "ie", "im"] where lower.hasSuffix(suffix) {
      let stem = String(lower.dropLast(suffix.count))
      if let n = voivodeshipStems[stem] { return n }
    }
    return nil
  }

  /// Whether a lower-cased word is a voivodeship's name as English texts write it without diacritics ("slaskie",
  /// "lodzkie", "malopolskie").
  static func voivodeshipWithoutDiacritics(_ lower: String) -> Bool {
    guard lower.hasSuffix("ie") else { return false }
    return foldedVoivodeshipStems.contains(String(lower.dropLast(2)))
  }

  private static let foldedVoivodeshipStems: Set<String> = Set(voivodeshipStemList.map { PlacesWithoutDiacritics.fold($0) })

  /// Whether a lower-cased adjective in any case names a voivodeship ("zachodniopomorskiej", "podlaskiego").
  static func isRegionalAdjective(_ lower: String) -> Bool {
    for suffix in ["iego", "iemu", "iej", "ie", "im", "ą", "a", "i"] where lower.hasSuffix(suffix) {
      if voivodeshipStems[String(lower.dropLast(suffix.count))] != nil { return true }
    }
    return false
  }

  /// "województwo", "województwa", … (the lower-case noun before a voivodeship adjective).
  static let voivodeshipNouns: WordSet = ["województwo", "województwa", "województwu", "województwem", "województwie", "woj"]

  private static func build() -> [String: KnownPlace] {
    var t: [String: KnownPlace] = [:]
    func p(_ forms: String, foreign: Bool = true) {
      let f = forms.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      for x in f { t[x] = KnownPlace(name: f[0], foreign: foreign) }
    }
    p("Polska, Polski, Polsce, Polskę, Polską", foreign: false)
    p("Poland", foreign: false)
    p("Europa, Europy, Europie, Europę, Europą")
    p("Europe")
    for c in [
      "Niemcy, Niemiec, Niemczech, Niemcom", "Czechy, Czech, Czechach", "Słowacja, Słowacji, Słowację",
      "Litwa, Litwy, Litwie, Litwę", "Łotwa, Łotwy, Łotwie, Łotwę", "Estonia, Estonii, Estonię",
      "Finlandia, Finlandii, Finlandię", "Szwecja, Szwecji, Szwecję", "Norwegia, Norwegii, Norwegię",
      "Dania, Danii, Danię", "Holandia, Holandii, Holandię", "Niderlandy, Niderlandów, Niderlandach",
      "Belgia, Belgii, Belgię", "Francja, Francji, Francję", "Hiszpania, Hiszpanii, Hiszpanię",
      "Portugalia, Portugalii, Portugalię", "Włochy, Włoch, Włoszech", "Grecja, Grecji, Grecję",
      "Austria, Austrii, Austrię", "Szwajcaria, Szwajcarii, Szwajcarię", "Węgry, Węgier, Węgrzech",
      "Rumunia, Rumunii, Rumunię", "Bułgaria, Bułgarii, Bułgarię", "Chorwacja, Chorwacji, Chorwację",
      "Słowenia, Słowenii, Słowenię", "Serbia, Serbii, Serbię", "Ukraina, Ukrainy, Ukrainie, Ukrainę",
      "Białoruś, Białorusi", "Irlandia, Irlandii, Irlandię", "Cypr, Cypru, Cyprze", "Malta, Malty, Malcie",
      "Luksemburg, Luksemburga, Luksemburgu", "Islandia, Islandii, Islandię", "Kanada, Kanady, Kanadzie",
      "Japonia, Japonii, Japonię", "Chiny, Chin, Chinach", "Izrael, Izraela, Izraelu", "Mołdawia, Mołdawii",
      "Gruzja, Gruzji", "Turcja, Turcji", "Albania, Albanii", "Macedonia Północna, Macedonii Północnej",
      "Czarnogóra, Czarnogóry", "Bośnia i Hercegowina, Bośni i Hercegowinie",
      "Germany", "Czech Republic", "Czechia", "Slovakia", "Lithuania", "Latvia", "Estonia", "Finland",
      "Sweden", "Norway", "Denmark", "Netherlands", "Belgium", "France", "Spain", "Portugal", "Italy",
      "Greece", "Austria", "Switzerland", "Hungary", "Romania", "Bulgaria", "Croatia", "Slovenia", "Serbia",
      "Ukraine", "Ireland", "United Kingdom", "Cyprus", "Luxembourg", "Iceland", "Canada", "Japan", "China",
      // Regions of the neighbouring countries, as Polish texts name them.
      "Brandenburgia, Brandenburgii, Brandenburgię, Brandenburgią", "Saksonia, Saksonii, Saksonię, Saksonią",
      "Meklemburgia-Pomorze Przednie, Meklemburgii-Pomorza Przedniego", "Bawaria, Bawarii, Bawarię",
      "Morawy, Moraw, Morawach", "Czeski Śląsk, Czeskiego Śląska", "Brandenburg", "Saxony", "Bavaria", "Moravia",
      // Parts of Europe named as places of trade and transport.
      "Skandynawia, Skandynawii, Skandynawię, Skandynawią", "Scandinavia", "Bałkany, Bałkanów, Bałkanach",
      "Balkans", "Europa Środkowa, Europy Środkowej, Europie Środkowej", "Central Europe",
      "Europa Wschodnia, Europy Wschodniej, Europie Wschodniej", "Eastern Europe",
    ] { p(c) }
    // Polish historical and geographic regions (nouns)
    for r in [
      "Śląsk, Śląska, Śląskowi, Śląskiem, Śląsku", "Górny Śląsk, Górnego Śląska, Górnym Śląsku",
      "Dolny Śląsk, Dolnego Śląska, Dolnym Śląsku", "Pomorze, Pomorza, Pomorzu",
      "Pomorze Zachodnie, Pomorza Zachodniego, Pomorzu Zachodnim", "Mazowsze, Mazowsza, Mazowszu",
      "Podkarpacie, Podkarpacia, Podkarpaciu", "Małopolska, Małopolski, Małopolsce, Małopolskę",
      "Wielkopolska, Wielkopolski, Wielkopolsce, Wielkopolskę", "Warmia, Warmii", "Mazury, Mazur, Mazurach",
      "Kujawy, Kujaw, Kujawach", "Podhale, Podhala, Podhalu", "Lubelszczyzna, Lubelszczyzny, Lubelszczyźnie",
      "Opolszczyzna, Opolszczyzny, Opolszczyźnie", "Kaszuby, Kaszub, Kaszubach", "Żuławy, Żuław, Żuławach",
      "Silesia", "Upper Silesia", "Lower Silesia", "Lesser Poland", "Greater Poland", "Pomerania", "Masovia",
      "Subcarpathia", "Warmia-Masuria", "Warmia and Mazury", "Kujawy and Pomorze",
      "Warmia i Mazury, Warmii i Mazur, Warmii i Mazurach, Warmią i Mazurami", "Kujawy i Pomorze, Kujaw i Pomorza, Kujawach i Pomorzu",
      "Wielkopolska Wschodnia, Wielkopolski Wschodniej, Wielkopolsce Wschodniej, Wielkopolskę Wschodnią",
      "Podlasie, Podlasia, Podlasiu", "Ponidzie, Ponidzia, Ponidziu", "Polesie, Polesia, Polesiu",
      "Roztocze, Roztocza, Roztoczu", "Kurpie, Kurpiów, Kurpiach", "Suwalszczyzna, Suwalszczyzny, Suwalszczyźnie",
      "Kociewie, Kociewia, Kociewiu", "Bieszczady, Bieszczadów, Bieszczadach", "Spisz, Spiszu", "Orawa, Orawy, Orawie",
    ] {
      p(r, foreign: false)
      // English texts write the regions without diacritics ("Malopolska", "Slask").
      let nominative = String(r.prefix(while: { $0 != "," }))
      let folded = PlacesWithoutDiacritics.fold(nominative)
      if folded != nominative { p(folded, foreign: false) }
    }
    return t
  }
}
