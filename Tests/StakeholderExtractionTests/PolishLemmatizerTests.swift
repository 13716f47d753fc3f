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
  ])
  func person(surface: String, expected: String) {
    #expect(lemmatizer.lemma(surface, kind: .person) == expected)
  }

  @Test(arguments: [
    ("w Białymstoku", "Białystok"),
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

  @Test("empty and whitespace phrases come back unchanged")
  func empty() {
    #expect(lemmatizer.lemma("", kind: .person) == "")
    #expect(lemmatizer.lemma("   ", kind: .place) == "   ")
  }
}
