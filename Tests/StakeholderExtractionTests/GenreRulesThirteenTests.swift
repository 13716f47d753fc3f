import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// Session-13 rules (2026-11-23), from the error lists of held-out sets Z, AA, AB and AC: lists of signatories,
/// one side signing with a list, generic subjects that sign, cooperation stated by two subjects, agreements on taking
/// part, new members of a network, organizers named by a pronoun or an event noun, money whose source is a
/// programme, heads and seats of schools, guilds and fire brigades, company names in the nominative, and people named
/// by surname alone. Made-up texts whose names occur in no fixture.
@Suite("Genre rules: signatories, agreements on taking part, organizers by reference, lone surnames")
struct GenreRulesThirteenTests {
  typealias F = ExtractionFixtures

  @Test("A bulleted list of signatories: the bodies are partners of each other, each signatory is affiliated with his; a region on a signatory's line acts")
  func signatoryList() throws {
    let g = F.extract("""
      Energy pact signed

      The agreement was signed by:
      • Tadeusz Wronka, Marshal, for the Lubuskie Voivodeship;
      • Petra Hlaváčková, Chairwoman, for the Trenčín Self-Governing Region;
      • Olgierd Zarembowicz, President of the Management Board, for Gorzow Heat Cluster sp. z o.o.
      """, id: "signatories13.txt")
    #expect(F.entity(g, "Lubuskie Voivodeship", .organization) != nil)
    #expect(F.hasRelation("Lubuskie Voivodeship", .partnerOf, "Trenčín Self-Governing Region", in: g))
    #expect(F.hasRelation("Trenčín Self-Governing Region", .partnerOf, "Gorzow Heat Cluster sp. z o.o.", in: g))
    #expect(F.hasRelation("Lubuskie Voivodeship", .partnerOf, "Gorzow Heat Cluster sp. z o.o.", in: g))
    #expect(F.hasRelation("Olgierd Zarembowicz", .affiliatedWith, "Gorzow Heat Cluster sp. z o.o.", in: g))
    #expect(F.hasRelation("Petra Hlaváčková", .affiliatedWith, "Trenčín Self-Governing Region", in: g))
  }

  @Test("One side signing with a list is a star, not a clique; a company referred to as 'Spółka' signs too")
  func starAndGenericSigning() throws {
    let g = F.extract("""
      Porozumienie o wspólnym bilecie

      Dokument zawarło Miasto Leszno z Gminą Rydzyna, Gminą Święciechowa oraz Gminą Lipno. Deweloper \
      Kamieniarz Inwestycje S.A. buduje osiedle. Spółka zawarła z Miastem Leszno umowę urbanistyczną.
      """, id: "star13.txt")
    for gmina in ["Gmina Rydzyna", "Gmina Święciechowa", "Gmina Lipno"] {
      #expect(F.hasRelation("Miasto Leszno", .partnerOf, gmina, in: g))
    }
    #expect(!F.hasRelation("Gmina Rydzyna", .partnerOf, "Gmina Lipno", in: g))
    #expect(F.entity(g, "Kamieniarz Inwestycje S.A.", .organization) != nil)
    #expect(F.hasRelation("Kamieniarz Inwestycje S.A.", .partnerOf, "Miasto Leszno", in: g))
  }

  @Test("Two bodies that have cooperated are partners; signing agreements on taking part makes participants, not partners")
  func cooperationAndParticipationAgreements() throws {
    let g = F.extract("""
      Twin towns

      The City of Gniezno and the Town of Michalovce have cooperated since 2006 and will now share one adviser.
      """, id: "cooperated13.txt")
    #expect(F.hasRelation("City of Gniezno", .partnerOf, "Town of Michalovce", in: g))
    let p = F.extract("""
      Doktoraty w firmach

      Umowy o udziale w programie „Doktorat w Fabryce” podpisały już trzy spółki: Welnox sp. z o.o. z Kalisza, \
      Ardemed S.A. oraz Trivolt sp. z o.o. ze Słupcy.
      """, id: "participation13.txt")
    #expect(F.hasRelation("Welnox sp. z o.o.", .participatesIn, "Doktorat w Fabryce", in: p))
    #expect(F.hasRelation("Ardemed S.A.", .participatesIn, "Doktorat w Fabryce", in: p))
    #expect(!F.hasRelation("Welnox sp. z o.o.", .partnerOf, "Ardemed S.A.", in: p))
  }

  @Test("Organizers named after a pronoun or an opening event noun; new members of the report's network; money from a programme")
  func organizersByReferenceAndFunding() throws {
    let g = F.extract("""
      Kongres w Koszalinie

      Urząd Marszałkowski Województwa Zachodniopomorskiego (UMWZ) przygotowuje projekt „Kadry Pomorza Środkowego”. \
      Pierwsze spotkanie, pod hasłem „Port i Kompetencje”, odbyło się 14 marca w Koszalinie. Zorganizował je UMWZ. \
      Drugi dzień Koszalińskiego Kongresu Morskiego zamknął panel. Kongres przygotowały wspólnie Politechnika \
      Koszalińska i Agencja Rozwoju Pomorza Środkowego S.A. 85 proc. środków pochodzi z programu Fundusze Europejskie \
      dla Pomorza Zachodniego 2021-2027.
      """, id: "organizers13.txt")
    #expect(F.hasRelation("Urząd Marszałkowski Województwa Zachodniopomorskiego", .organizes, "Port i Kompetencje", in: g))
    #expect(F.hasRelation("Politechnika Koszalińska", .organizes, "Koszaliński Kongres Morski", in: g))
    #expect(F.hasRelation("Kadry Pomorza Środkowego", .fundedBy, "Fundusze Europejskie dla Pomorza Zachodniego 2021-2027", in: g))
    let e = F.extract("""
      Network grows

      The Marshal's Office of the Opolskie Voivodeship has launched the Opole Innovation Brokers Network (OIBN). \
      Two more members joined on the same day: the Nysa Enterprise Agency and the Brzeg Chamber of Commerce. The \
      network's final conference, Broker Days 2027, will take place in Opole. It is organised by the Nysa Enterprise \
      Agency together with the City of Opole.
      """, id: "members13.txt")
    #expect(F.hasRelation("Brzeg Chamber of Commerce", .participatesIn, "Opole Innovation Brokers Network", in: e))
    #expect(F.hasRelation("City of Opole", .organizes, "Broker Days 2027", in: e))
  }

  @Test("Schools, guilds and fire brigades are named with their seat; a seat ends before a surname; a town hall is no place")
  func headsSeatsAndVenues() throws {
    let g = F.extract("""
      Targi zawodów w Wieluniu

      Porozumienie podpisano w Ratuszu. W targach wzięli udział przedstawiciele Cechu Rzemiosł Różnych w Wieluniu, \
      Technikum Leśnego w Rudzie oraz Ochotniczej Straży Pożarnej w Mokrsku. O zdrowiu mówiła dyrektor Wojewódzkiego \
      Szpitala Zespolonego w Sieradzu Jasińska. Wystąpił też prezes spółki Wodociągi Wieluńskie sp. z o.o.
      """, id: "seats13.txt")
    #expect(F.entity(g, "Cech Rzemiosł Różnych w Wieluniu", .organization)?.sector == .business)
    #expect(F.entity(g, "Technikum Leśne w Rudzie", .organization) != nil)
    #expect(F.entity(g, "Ochotnicza Straż Pożarna w Mokrsku", .organization)?.sector == .civilSociety)
    #expect(F.entity(g, "Wojewódzki Szpital Zespolony w Sieradzu", .organization) != nil)
    #expect(F.entity(g, "Ratusz", .place) == nil)
    #expect(F.entity(g, "Wodociągi Wieluńskie sp. z o.o.", .organization) != nil)
    #expect(F.hasRelation("Jasińska", .affiliatedWith, "Wojewódzki Szpital Zespolony w Sieradzu", in: g))
  }

  @Test("People named by surname alone after a function, a title or a verb of speaking; an association of an area's communes is local government")
  func loneSurnames() throws {
    let g = F.extract("""
      Forum subregionu

      Otwierając obrady, prezes ARW Urbaniak przypomniał o programie. Zastępca prezydenta Leszna Głowacki \
      zapowiedział zmiany. Rektor Akademii Nauk Stosowanych w Lesznie prof. Chmielewski mówił o studiach. \
      Stowarzyszenie Leszczyński Obszar Funkcjonalny reprezentował jego przewodniczący. – To dobry plan – mówi \
      Zalewska, przewodnicząca Stowarzyszenia Mieszkańców Starówki.
      """, id: "surnames13.txt")
    #expect(F.hasRelation("Urbaniak", .affiliatedWith, "ARW", in: g))
    #expect(F.hasRelation("Głowacki", .affiliatedWith, "Leszno", in: g))
    #expect(F.hasRelation("Chmielewski", .affiliatedWith, "Akademia Nauk Stosowanych w Lesznie", in: g))
    #expect(F.entity(g, "Zalewska", .person) != nil)
    #expect(F.entity(g, "Stowarzyszenie Leszczyński Obszar Funkcjonalny", .organization)?.sector == .localGovernment)
  }

  @Test("A unit followed by a common noun in the genitive is part of the one body with that head; a faculty after the university's sentence is its unit")
  func unitsOfGenericParents() throws {
    let g = F.extract("""
      Sesja sejmiku o wodorze

      Sejmik Województwa Lubuskiego zebrał się w poniedziałek. Radna Ewa Grzebielska, przewodnicząca Komisji Rolnictwa \
      i Energii sejmiku, mówiła o elektrolizerze. Badania prowadzi Uniwersytet Zielonogórski. Zespół z Wydziału \
      Mechanicznego przygotuje studium, a Instytut Hydrotechniki Nizinnej uczelni zbada zasoby.
      """, id: "units13.txt")
    #expect(F.hasRelation("Komisja Rolnictwa i Energii", .partOf, "Sejmik Województwa Lubuskiego", in: g))
    #expect(F.hasRelation("Wydział Mechaniczny", .partOf, "Uniwersytet Zielonogórski", in: g))
    #expect(F.hasRelation("Instytut Hydrotechniki Nizinnej", .partOf, "Uniwersytet Zielonogórski", in: g))
  }

  @Test("A commune the lists lack is still Polish local government; the Commission's science service is international; residents' associations are civil society")
  func sectorsOfCommunesServicesAndResidents() throws {
    let g = F.extract("""
      Porozumienie gmin

      Porozumienie podpisały Gmina Zdziebłowo Małe i Stowarzyszenie Mieszkańców Starego Rynku. Analizy przygotuje \
      Wspólne Centrum Badawcze.
      """, id: "sectors13.txt")
    #expect(F.entity(g, "Gmina Zdziebłowo Małe", .organization)?.sector == .localGovernment)
    #expect(F.entity(g, "Stowarzyszenie Mieszkańców Starego Rynku", .organization)?.sector == .civilSociety)
    #expect(F.entity(g, "Wspólne Centrum Badawcze", .organization)?.sector == .international)
  }

  @Test("A person named by an initial and a surname takes the function before it")
  func initialAndSurname() throws {
    let g = F.extract("""
      Targi w Zamościu

      Na stoisku Roztoczańskiego Klastra Miodowego można było spotkać pszczelarzy. Głos zabrał prezes klastra \
      J. Wiśniewiecki. Wystawę przygotowała B. Nowakowska z Urzędu Miasta Zamość.
      """, id: "initials13.txt")
    #expect(F.entity(g, "J. Wiśniewiecki", .person) != nil)
    #expect(F.hasRelation("J. Wiśniewiecki", .affiliatedWith, "Roztoczański Klaster Miodowy", in: g))
    #expect(F.entity(g, "B. Nowakowska", .person) != nil)
  }

  @Test("The person who leads a team works at the body the team comes from, named in the sentence or the one before")
  func teamHeads() throws {
    let g = F.extract("""
      Ciepło z kopalni

      Model sieci przygotuje Instytut Techniki Cieplnej Politechniki Opolskiej. Zespołem kieruje dr hab. inż. \
      Bogumił Wierzchosławski. Zespół naukowców z Katedry Sieci Ciepłowniczych poprowadzi dr Halina Przybyłowska.
      """, id: "teams13.txt")
    #expect(F.hasRelation("Bogumił Wierzchosławski", .affiliatedWith, "Instytut Techniki Cieplnej", in: g))
    #expect(F.hasRelation("Halina Przybyłowska", .affiliatedWith, "Katedra Sieci Ciepłowniczych", in: g))
  }

  @Test("'Umowy o udziale w programie' refers to the programme named before with that noun; a beneficiary takes part in the project")
  func programmeByNounAndBeneficiaries() throws {
    let g = F.extract("""
      Doktoraty w firmach

      Rektor ogłosił start programu „Doktorat w Walcowni”. Umowy o udziale w programie podpisały już dwie spółki: \
      Welnox sp. z o.o. oraz Ardemed S.A. Agencja Rozwoju Regionu Kutnowskiego jest jednym z beneficjentów projektu \
      „Kutno Bez Węgla”.
      """, id: "beneficiaries13.txt")
    #expect(F.hasRelation("Welnox sp. z o.o.", .participatesIn, "Doktorat w Walcowni", in: g))
    #expect(F.hasRelation("Ardemed S.A.", .participatesIn, "Doktorat w Walcowni", in: g))
    #expect(F.hasRelation("Agencja Rozwoju Regionu Kutnowskiego", .participatesIn, "Kutno Bez Węgla", in: g))
  }
}
