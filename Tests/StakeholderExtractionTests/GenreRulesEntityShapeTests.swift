import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// Entity rules added on 2026-11-22: foreign legal forms, foreign given names, appositions and naming words that
/// give a name its kind, acronyms spelled out after them, fields listed inside a name, seat adjectives and towns
/// run into a name, councils of a territory, and the office a "deputy" function qualifies. Made-up texts whose
/// names occur in no fixture.
@Suite("Genre rules: entity shapes")
struct GenreRulesEntityShapeTests {
  typealias F = ExtractionFixtures


  @Test("Legal forms with full stops (d.o.o., a.s., e.V., Ltd.) and one-word forms (UAB) end a company's name")
  func foreignLegalForms() {
    let g = F.extract("""
      Partners from abroad

      The consortium includes the Maribor firm Drava Logistika d.o.o., the Brno producer Morava Stroje a.s. and \
      the Dresden association Elbtal Netzwerk e.V. as well as Baltic Amber Trading Ltd. from Riga. In Lithuania \
      the partner is Nemuno Vejas UAB.
      """, id: "legal-forms.txt")
    for n in ["Drava Logistika d.o.o.", "Morava Stroje a.s.", "Elbtal Netzwerk e.V.", "Baltic Amber Trading Ltd.", "Nemuno Vejas UAB"] {
      let e = F.entity(g, n, .organization)
      #expect(e != nil, "\(n)")
      // An association's legal form (e.V.) makes it civil society; the companies' forms make them business.
      #expect(e?.sector == (n.hasSuffix("e.V.") ? .civilSociety : .business), "\(n)")
    }
  }

  @Test("Foreign given names the general list knows make a person, also declined in Polish")
  func foreignGivenNames() {
    let en = F.extract("""
      Meeting in Gdynia

      The session was chaired by Wim Hendriks, project manager at the Port of Zeeland, and by Zsuzsanna Farkas \
      of Budapest Business School.
      """, id: "given-en.txt")
    #expect(F.entity(en, "Wim Hendriks", .person) != nil)
    #expect(F.entity(en, "Zsuzsanna Farkas", .person) != nil)
    #expect(!en.entities.contains { $0.kind == .project && $0.name.hasPrefix("Wim") })
    let pl = F.extract("""
      Goście z Niemiec

      Delegację przywitał Jürgen Hoffmann, a rozmowę z Jürgenem Hoffmannem poprowadziła Birgit Lange.
      """, id: "given-pl.txt")
    #expect(F.entity(pl, "Jürgen Hoffmann", .person) != nil)
    #expect(F.entity(pl, "Birgit Lange", .person) != nil)
  }

  @Test("A function word written as a surname after a given name is a surname")
  func functionSurname() {
    let g = F.extract("""
      Spotkanie w Sanoku

      Ewa Starosta, dyrektorka Sanockiej Agencji Rozwoju, przedstawiła plan działań. Głos zabrał też Piotr Wójt.
      """, id: "function-surname.txt")
    #expect(F.entity(g, "Ewa Starosta", .person) != nil)
    #expect(F.entity(g, "Piotr Wójt", .person) != nil)
  }

  @Test("Capitalised name particles (\"Van den\") stay inside a foreign personal name")
  func capitalisedParticles() {
    let g = F.extract("""
      Flemish guests

      "We learned a lot," admitted Joris Van der Velde, project coordinator at Antwerp University.
      """, id: "particles.txt")
    #expect(F.entity(g, "Joris Van der Velde", .person) != nil)
    #expect(!g.entities.contains { $0.name == "Velde" })
  }

  @Test("An apposition after a comma gives an unexplained name its kind: conference, voucher scheme, start-up")
  func appositionKinds() {
    let g = F.extract("""
      Results in spring

      The partners will meet at Green Harbour Days 2026, a conference organised by the Elbląg Chamber of Commerce. \
      They also discussed Kwartał Zielonych Firm, a voucher scheme for small workshops. One app was developed by \
      Milkora, a Gdańsk start-up.
      """, id: "apposition.txt")
    #expect(F.entity(g, "Green Harbour Days 2026", .event) != nil)
    #expect(F.entity(g, "Kwartał Zielonych Firm", .project) != nil)
    #expect(F.entity(g, "Milkora", .organization) != nil)
    #expect(F.entity(g, "Gdańsk", .place) != nil)
  }

  @Test("A clause after the comma is no apposition: a preposition or a speech verb stops the search")
  func appositionStops() {
    let g = F.extract("""
      Textile towns

      The partners gathered in Zgierz, a former textile town just north of Łódź, for their second partner meeting.
      """, id: "apposition-stop.txt")
    #expect(F.entity(g, "Łódź", .place) != nil)
    #expect(!g.entities.contains { $0.kind == .event && $0.name.contains("Łódź") })
  }

  @Test("A naming word takes the kind of the marker noun before it")
  func namedKind() {
    let g = F.extract("""
      Nowa sieć firm

      Nowa sieć otrzymała nazwę WoodLink PL-CZ. Jej pierwszym koordynatorem będzie Uniwersytet Opolski.
      """, id: "named.txt")
    #expect(F.entity(g, "WoodLink PL-CZ", .project) != nil)
  }

  @Test("An acronym spelled out in parentheses after it: the expansion is the canonical name")
  func acronymExpansion() {
    let g = F.extract("""
      Kick-off of SOLBUS

      SOLBUS (Solar Bus Alliance for Small Towns) is a three-year research project coordinated by Kielce University \
      of Technology.
      """, id: "expansion.txt")
    let p = F.entity(g, "Solar Bus Alliance for Small Towns", .project)
    #expect(p != nil)
    #expect(p?.aliases.contains("SOLBUS") == true)
    #expect(!g.entities.contains { $0.kind == .organization && $0.name.hasPrefix("Solar Bus") })
  }

  @Test("Fields listed with commas inside an institution's name belong to it")
  func fieldLists() {
    let pl = F.extract("""
      Goście z Saksonii

      Forum zorganizowano we współpracy z Ministerstwem Rolnictwa, Leśnictwa i Rybołówstwa Kraju Związkowego \
      Saksonia.
      """, id: "fields-pl.txt")
    #expect(pl.entities.contains { $0.kind == .organization && $0.name.hasPrefix("Ministerstwo Rolnictwa, Leśnictwa i Rybołówstwa") })
    let en = F.extract("""
      Cross-border letter

      The cluster signed a letter of intent with the Kaunas Chamber of Commerce, Industry and Crafts on joint training.
      """, id: "fields-en.txt")
    #expect(F.entity(en, "Kaunas Chamber of Commerce, Industry and Crafts", .organization) != nil)
  }

  @Test("A seat adjective inside a function's chunk is a place; the name after it an organization")
  func seatAfterFunction() {
    let g = F.extract("""
      Offshore suppliers

      Marek Wolny, President of the Kołobrzeg-based Baltmar Subsea Works, presented the company's plans.
      """, id: "seat.txt")
    #expect(F.entity(g, "Kołobrzeg", .place) != nil)
    #expect(F.entity(g, "Baltmar Subsea Works", .organization) != nil)
  }

  @Test("A town in the locative before an institution's name is a place of its own")
  func townBeforeInstitution() {
    let g = F.extract("""
      Forum w listopadzie

      Forum, które 12 listopada organizuje w Opolu Urząd Marszałkowski Województwa Opolskiego, zamknie cykl.
      """, id: "town-before.txt")
    #expect(F.entity(g, "Opole", .place) != nil)
    #expect(F.entity(g, "Urząd Marszałkowski Województwa Opolskiego", .organization) != nil)
  }

  @Test("A council of a territory after a function is a name; its genitive adjective agrees in the nominative")
  func territoryCouncil() {
    let g = F.extract("""
      Goście ze Słowacji

      Delegacji przewodniczył Juraj Kováč, członek Rady Kraju Żylińskiego. Rozmawiano o współpracy z Krajem Żylińskim.
      """, id: "council.txt")
    #expect(F.entity(g, "Rada Kraju Żylińskiego", .organization) != nil)
  }

  @Test("\"Deputy Mayor\" gives a person the mayor's sector when no institution is known")
  func deputyOffice() {
    let g = F.extract("""
      City officials

      Gdynia's Deputy Mayor Tomasz Lis told participants that the city will test recycled asphalt.
      """, id: "deputy.txt")
    #expect(F.entity(g, "Tomasz Lis", .person)?.sector == .localGovernment)
  }

  @Test("Genitive adjectives agree with the nominative noun of a place name")
  func agreeingAdjectives() {
    #expect(NameServices.agreeingAdjectives("Kraj Żylińskiego", ["Kraju", "Żylińskiego"]) == "Kraj Żyliński")
    #expect(NameServices.agreeingAdjectives("Ziemia Kłodzkiej", ["Ziemi", "Kłodzkiej"]) == "Ziemia Kłodzka")
    #expect(NameServices.agreeingAdjectives("Opole", ["Opole"]) == "Opole")
  }

  @Test("A chamber or school whose name says nothing of its place takes its seat; a place adjective keeps it out")
  func genericSeat() {
    let g = F.extract("""
      Szkolenia zawodowe

      Porozumienie podpisały Regionalna Izba Handlowa w Koninie, Zespół Szkół Zawodowych w Wieluniu oraz Kaliska Izba \
      Przemysłowa w Kaliszu.
      """, id: "generic-seat.txt")
    #expect(F.entity(g, "Regionalna Izba Handlowa w Koninie", .organization) != nil)
    #expect(F.entity(g, "Zespół Szkół Zawodowych w Wieluniu", .organization) != nil)
    #expect(F.entity(g, "Kaliska Izba Przemysłowa", .organization) != nil)
  }

  @Test("A patron written without \"im.\" after a head and its adjectives stays in the name")
  func patronAfterAdjectives() {
    let g = F.extract("""
      Nowi członkowie

      Do sieci dołączy także Pomorski Uniwersytet Medyczny Jana Kazimierza.
      """, id: "patron.txt")
    #expect(g.entities.contains { $0.kind == .organization && $0.name.hasPrefix("Pomorski Uniwersytet Medyczny Jana") })
    #expect(!g.entities.contains { $0.kind == .person })
  }

  @Test("A round table and a voucher are heads of an event and a project; a masculine adjective before a head")
  func genreHeads() {
    let pl = F.extract("""
      Debata w Legnicy

      W piątek w Legnicy obradował Legnicki Okrągły Stół Energetyczny.
      """, id: "round-table.txt")
    #expect(F.entity(pl, "Legnicki Okrągły Stół Energetyczny", .event) != nil)
    let en = F.extract("""
      Vouchers for firms

      A separate session was devoted to the Lubusz Digital Voucher.
      """, id: "voucher.txt")
    #expect(en.entities.contains { $0.kind == .project && $0.name.hasSuffix("Lubusz Digital Voucher") })
  }

  @Test("English offices and units: \"Office of the Marshal of …\", \"Department of … Strategy\" are organizations")
  func englishOffices() {
    let g = F.extract("""
      Regional partners

      Representatives of the Office of the Marshal of the Lubuskie Voivodeship attended. Jan Mazur, advisor in the \
      Department of Innovation Strategy of the Ministry of Development, presented national priorities.
      """, id: "offices.txt")
    #expect(F.entity(g, "Office of the Marshal of the Lubuskie Voivodeship", .organization) != nil)
    #expect(F.entity(g, "Department of Innovation Strategy", .organization) != nil)
    #expect(!g.entities.contains { $0.kind == .project && $0.name.hasPrefix("Department") })
  }

  @Test("A name with \"and\" split by a list is repaired from its full form elsewhere in the text")
  func coordinatedNameRepair() {
    let g = F.extract("""
      Green skills

      Guests came from the Ministry of Climate and Environment and the Opole Energy Cluster. Later, Anna Wrona of the \
      Ministry of Climate and Environment presented the national plan.
      """, id: "coordinated.txt")
    #expect(F.entity(g, "Ministry of Climate and Environment", .organization) != nil)
    #expect(F.entity(g, "Ministry of Climate") == nil)
  }

  @Test("\"X is an Interreg Europe project\" and \"funded by X\" make X a project")
  func projectPredicateAndFunding() {
    let g = F.extract("""
      Meeting of partners

      GREEN-DOCK is an Interreg Europe project that helps ports. The pilot is funded by Digital Europe and \
      coordinated by Gdynia Maritime University.
      """, id: "predicate.txt")
    #expect(F.entity(g, "GREEN-DOCK", .project) != nil)
    #expect(F.entity(g, "Digital Europe", .project) != nil)
  }

  @Test("Canonical names: the form completing another with \"of\" and the full name with its patron")
  func canonicalNames() {
    let en = F.extract("""
      Kielce University hosts partners

      The project is coordinated by Kielce University of Technology. Researchers from Kielce University presented it.
      """, id: "canonical-en.txt")
    #expect(F.entity(en, "Kielce University of Technology", .organization) != nil)
    let pl = F.extract("""
      Porozumienie z uczelnią

      List podpisano z Uniwersytetem Opolskim im. Jana Długosza. Uniwersytet Opolski poprowadzi zajęcia.
      """, id: "canonical-pl.txt")
    #expect(pl.entities.contains { $0.kind == .organization && $0.name.hasPrefix("Uniwersytet Opolski im.") })
  }

  @Test("Glued plus signs, named action plans and short forms of towns")
  func plusPlanAndShortTowns() {
    let pl = F.extract("""
      Platforma dla firm

      Najważniejszym produktem jest platforma Kooperacja+, na której firmy wystawiają odpady. Spotkanie odbyło się \
      w Gorzowie Wielkopolskim, a kolejne w Gorzowie odbędzie się w maju.
      """, id: "plus.txt")
    #expect(F.entity(pl, "Kooperacja+", .project) != nil)
    #expect(F.entity(pl, "Gorzów Wielkopolski", .place) != nil)
    #expect(F.entity(pl, "Gorzów", .place) == nil)
    let en = F.extract("""
      Lessons from abroad

      The lessons will feed into the Lower Silesian Green Tourism Action Plan that the office is drafting.
      """, id: "plan.txt")
    #expect(F.entity(en, "Lower Silesian Green Tourism Action Plan", .project) != nil)
  }

  @Test("A plural noun in the instrumental opening a sentence before an event noun is no event")
  func initialInstrumental() {
    let g = F.extract("""
      Forum w Zamościu

      W czwartek w Zamościu odbyło się Forum Rolnicze. Gośćmi forum byli także przedstawiciele Urzędu Miasta Zamość.
      """, id: "initial.txt")
    #expect(!g.entities.contains { $0.name == "Gośćmi" })
  }

  @Test("A company named again without its legal form is the same company; a foreign legal form is not declined")
  func companyShortAndForeign() {
    let en = F.extract("""
      Partners

      Partners include the Brno consultancy Morava Poradenství s.r.o. and the City of Brno. Pavel Kříž, project \
      manager at Morava Poradenství, presented the plan.
      """, id: "company-short.txt")
    #expect(!en.entities.contains { $0.kind == .project && $0.name.hasPrefix("Morava") })
    #expect(en.entities.contains { $0.name == "Morava Poradenství s.r.o." && $0.aliases.contains("Morava Poradenství") })
    let pl = F.extract("""
      Partner z zagranicy

      Partnerem jest słowacka firma Fatra Digital a.s. z Popradu.
      """, id: "foreign-legal.txt")
    #expect(F.entity(pl, "Fatra Digital a.s.", .organization) != nil)
  }

  @Test("Titled cities, self-governing regions and a company after \"and\" are organizations of their own")
  func citiesRegionsCompanies() {
    let g = F.extract("""
      Hydrogen ports

      It was organised together with the Hanseatic City of Stralsund and Stralsund Port GmbH. Guests came from the \
      Prešov Self-Governing Region.
      """, id: "titled.txt")
    #expect(F.entity(g, "Hanseatic City of Stralsund", .organization) != nil)
    #expect(F.entity(g, "Stralsund Port GmbH", .organization) != nil)
    #expect(F.entity(g, "Prešov Self-Governing Region", .organization) != nil)
  }

  @Test("A seasonal school is an event; a name after a lower-case \"fundacji\" is an organization")
  func seasonalSchoolAndDescriptor() {
    let en = F.extract("""
      Partners in Lublin

      The programme also included the AgroLoop Winter School 2026 and a visit to the university.
      """, id: "winter-school.txt")
    #expect(en.entities.contains { $0.kind == .event && $0.name.hasPrefix("AgroLoop Winter School") })
    let pl = F.extract("""
      Hackathon w Lublinie

      Jak zapowiada Ewa Lis, prezes fundacji Błękitny Bug, zespoły będą pracować nad projektami.
      """, id: "descriptor.txt")
    #expect(F.entity(pl, "Błękitny Bug", .organization) != nil)
  }

  @Test("A full stop after a legal form that is no abbreviation ends the sentence, not the name")
  func legalFormAtSentenceEnd() {
    let g = F.extract("""
      Guests

      Guests included Lena Berg, CEO of NordWeave AB. She presented recycled yarns.
      """, id: "ab-stop.txt")
    #expect(g.entities.contains { $0.name == "NordWeave AB" && !$0.aliases.contains("NordWeave AB.") })
  }

  @Test("An English venue ending in its type after \"at the\" is no entity")
  func englishVenue() {
    let g = F.extract("""
      Agro days

      The signing took place during Western Agro Days 2025, a two-day fair held at the Poznań Congress Centre.
      """, id: "venue.txt")
    #expect(!g.entities.contains { $0.name.contains("Congress Centre") })
  }

  @Test("\"Ms X of the Y\" names Y's institution even without a head word; \"U and Business Town\" are two names")
  func titledPersonOfInstitution() {
    let g = F.extract("""
      Export vouchers

      Partners came from the City of Oulu. Ms Eszter Tóth of the Hungarian National Trading House presented vouchers. \
      The workshop was co-organised by Oulu University and Business Oulu, the city's development company.
      """, id: "titled-of.txt")
    #expect(F.entity(g, "Hungarian National Trading House", .organization) != nil)
    #expect(F.entity(g, "Oulu University", .organization) != nil)
    #expect(F.entity(g, "Business Oulu", .organization) != nil)
  }

  @Test("A project's name runs on through \"na\" and a noun that is no place; an adjective in \"-ni\" before a head")
  func projectThroughNa() {
    let g = F.extract("""
      Gala biznesu

      Organizatorem był Wschodni Związek Pracodawców, a wydarzenie wsparł program Opolskie Bony na Innowacje.
      """, id: "bony.txt")
    #expect(g.entities.contains { $0.kind == .project && $0.name.hasSuffix("Bony na Innowacje") })
    #expect(!g.entities.contains { $0.kind == .place && $0.name.hasPrefix("Innowacj") })
    #expect(F.entity(g, "Wschodni Związek Pracodawców", .organization) != nil)
  }
}
