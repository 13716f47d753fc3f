import Foundation
import Testing
@testable import StakeholderExtraction

@Suite("Polish lemmatiser")
struct PolishLemmatizerTests {
  let lemmatizer = PolishLemmatizer()

  @Test("the shipped lexicon loads")
  func loads() {
    #expect(PolishLexicon.shared.loadError == nil)
    #expect(PolishLexicon.shared.lemmaCount > 50_000)
  }

  @Test(arguments: [
    ("Piotra Kuczerę", "Piotr Kuczera"),
    ("Patrycję Sass-Staniszewską", "Patrycja Sass-Staniszewska"),
    ("Harriego Kuuseli", "Harri Kuusela"),
    ("Annie Nowak", "Anna Nowak"),
    ("Jana Kowalskiego", "Jan Kowalski"),
    ("Janie Kowalskim", "Jan Kowalski"),
    ("Jana Kowalska", "Jana Kowalska"),
    ("Władysławem Kosiniakiem-Kamyszem", "Władysław Kosiniak-Kamysz"),
    ("Beaty Szydło", "Beata Szydło"),
    ("Kubą Wojewódzkim", "Kuba Wojewódzki"),
    ("Marię Curie-Skłodowską", "Maria Curie-Skłodowska"),
    ("Piotr Kuczera", "Piotr Kuczera"),
    ("Ursulę von der Leyen", "Ursula von der Leyen"),
    ("Jean-Claude'a Junckera", "Jean-Claude Juncker"),
    ("J. Kowalskiego", "J. Kowalski"),
    ("Piotrze Müllerze", "Piotr Müller"),
    ("John Smith", "John Smith"),
  ])
  func person(surface: String, expected: String) {
    #expect(lemmatizer.lemma(surface, kind: .person) == expected)
  }

  @Test(arguments: [
    ("w Białymstoku", "Białystok"),
    ("w Białymstoku,", "Białystok"),
    ("Stalowej Woli", "Stalowa Wola"),
    ("Jastrzębiu-Zdroju", "Jastrzębie-Zdrój"),
    ("Bielsku-Białej", "Bielsko-Biała"),
    ("Łodzi", "Łódź"),
    ("Wasilkowie", "Wasilków"),
    ("do Krakowa", "Kraków"),
    ("Kielcach", "Kielce"),
    ("Warmii i Mazur", "Warmia i Mazury"),
    ("województwie kujawsko-pomorskim", "województwo kujawsko-pomorskie"),
    ("Zielonej Górze", "Zielona Góra"),
    ("Bielsku Podlaskim", "Bielsk Podlaski"),
    ("Jastrzębiu Zdroju", "Jastrzębie Zdrój"),
    ("Rydułtowych", "Rydułtowy"),
    ("Tomaszowie Mazowieckim", "Tomaszów Mazowiecki"),
    ("Górach Świętokrzyskich", "Góry Świętokrzyskie"),
  ])
  func place(surface: String, expected: String) {
    #expect(lemmatizer.lemma(surface, kind: .place) == expected)
  }

  @Test(arguments: [
    ("Urzędu Marszałkowskiego Województwa Podlaskiego", "Urząd Marszałkowski Województwa Podlaskiego"),
    ("Urzędu Miasta Wrocławia", "Urząd Miasta Wrocławia"),
    ("Departamentu Rozwoju Regionalnego", "Departament Rozwoju Regionalnego"),
    ("Związku Gmin Wiejskich Województwa Podlaskiego", "Związek Gmin Wiejskich Województwa Podlaskiego"),
    ("Politechniki Śląskiej", "Politechnika Śląska"),
    ("Izby Gospodarki Elektronicznej", "Izba Gospodarki Elektronicznej"),
    ("Uniwersytetu Medycznego w Białymstoku", "Uniwersytet Medyczny w Białymstoku"),
    ("Fundacji im. Stefana Batorego", "Fundacja im. Stefana Batorego"),
    ("Polskiej Agencji Kosmicznej", "Polska Agencja Kosmiczna"),
    ("Narodowego Centrum Badań i Rozwoju", "Narodowe Centrum Badań i Rozwoju"),
    ("programu Czyste Powietrze", "program Czyste Powietrze"),
    ("Stowarzyszenia „Dolina Krzemowa”", "Stowarzyszenie „Dolina Krzemowa”"),
    ("Agencji Rozwoju Regionalnego ARR", "Agencja Rozwoju Regionalnego ARR"),
    ("UMWP", "UMWP"),
    ("Wojewódzkim Szpitalem Zespolonym", "Wojewódzki Szpital Zespolony"),
    ("Lasów Państwowych", "Lasy Państwowe"),
    ("Opery i Filharmonii Podlaskiej", "Opera i Filharmonia Podlaska"),
    ("Wydziale Inwestycji i Rozwoju", "Wydział Inwestycji i Rozwoju"),
    ("University of Bialystok", "University of Bialystok"),
    ("Regional Development Agency", "Regional Development Agency"),
    ("Agency", "Agency"),
  ])
  func organization(surface: String, expected: String) {
    #expect(lemmatizer.lemma(surface, kind: .organization) == expected)
  }

  @Test("corpus evidence settles an -ów/-owo ambiguity the prior alone gets the other way")
  func attestedEvidence() {
    // Without evidence the frequency prior picks the town; a corpus that names the village decides otherwise.
    #expect(lemmatizer.lemma("Wasilkowie", kind: .place) == "Wasilków")
    #expect(lemmatizer.lemma("Wasilkowie", kind: .place, attested: ["Wasilkowo"]) == "Wasilkowo")
  }

  @Test("concurrent callers get the same answers as a serial, uncached run")
  func concurrent() async {
    let phrases = ["Piotra Kuczerę", "Stalowej Woli", "Urzędu Miasta Wrocławia", "Annie Nowak", "Politechniki Śląskiej"]
    let kinds: [NameKind] = [.person, .place, .organization, .person, .organization]
    let serial = zip(phrases, kinds).map { PolishLemmatizer.uncached().lemma($0, kind: $1) }
    let shared = PolishLemmatizer()
    let results = await withTaskGroup(of: (Int, String).self) { group in
      for i in 0..<200 {
        group.addTask { (i % 5, shared.lemma(phrases[i % 5], kind: kinds[i % 5])) }
      }
      var out: [(Int, String)] = []
      for await r in group { out.append(r) }
      return out
    }
    #expect(results.count == 200)
    for (i, lemma) in results { #expect(lemma == serial[i]) }
  }

  @Test("empty and whitespace phrases come back unchanged")
  func empty() {
    #expect(lemmatizer.lemma("", kind: .person) == "")
    #expect(lemmatizer.lemma("   ", kind: .place) == "   ")
  }
}
