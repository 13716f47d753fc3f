import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// Session-7 rules (2026-11-22): names with their translation in parentheses, foreign institution heads, the noun
/// before a name as its sector, euroregions, dateline towns, grant lists, "ds." in unit names and English units of
/// a town hall. Made-up texts whose names occur in no fixture.
@Suite("Genre rules: translations, foreign heads, datelines, grant lists")
struct GenreRulesSevenTests {
  typealias F = ExtractionFixtures

  @Test("A name with its translation in parentheses is one entity named as written first, its sector from either head")
  func translationInParentheses() throws {
    let g = F.extract("""
      Partnerzy z Czech w Raciborzu

      Racibórz, 12 maja 2026 r.

      W spotkaniu wzięli udział przedstawiciele Sdružení obcí Hlučínska (Stowarzyszenia Gmin Ziemi Hulczyńskiej) \
      oraz Lvivska Oblasna Rada (Lwowska Rada Obwodowa). Umowę podpisała też Fundacja Zielony Most (Green Bridge \
      Foundation) z Raciborza.
      """, id: "translation.txt")
    let czech = try #require(F.entity(g, "Sdružení obcí Hlučínska", .organization))
    #expect(czech.aliases.contains { $0.hasPrefix("Stowarzyszeni") })
    #expect(czech.sector == .civilSociety)
    #expect(!g.entities.contains { $0.kind == .organization && $0.name.hasPrefix("Stowarzyszenie Gmin") })
    let foundation = try #require(F.entity(g, "Fundacja Zielony Most", .organization))
    #expect(foundation.aliases.contains("Green Bridge Foundation"))
    #expect(F.entity(g, "Green Bridge Foundation") == nil)
    #expect(F.entity(g, "Racibórz", .place) != nil)
  }

  @Test("Foreign public authorities by their own head words are international; an association abroad is civil society")
  func foreignHeads() {
    let g = F.extract("""
      Cross-border youth exchange

      The Stadt Zittau and the Landkreis Bautzen signed the agreement with the Gmina Bogatynia. The Verein \
      Jugendbrücke Oberlausitz will run the exchange together with the Slovak Nadácia Pod Javorinou.
      """, id: "foreign-heads.txt")
    #expect(F.entity(g, "Stadt Zittau", .organization)?.sector == .international)
    #expect(F.entity(g, "Landkreis Bautzen", .organization)?.sector == .international)
    #expect(F.entity(g, "Verein Jugendbrücke Oberlausitz", .organization)?.sector == .civilSociety)
    #expect(F.entity(g, "Nadácia Pod Javorinou", .organization)?.sector == .civilSociety)
  }

  @Test("The noun before a name without a head word gives its sector; a euroregion is local government")
  func typeNounAndEuroregion() {
    let en = F.extract("""
      Border initiatives

      The foundation works with the Latvian association Baltų Tiltas and with Vilmaro, and the Milan-based industry \
      association Tessile Futuro sent a speaker. The Euroregion Beskidy co-funded the meeting.
      """, id: "type-noun.txt")
    #expect(F.entity(en, "Baltų Tiltas", .organization)?.sector == .civilSociety)
    #expect(F.entity(en, "Baltų Tiltas", .organization)?.sectorReason?.contains("association") == true)
    #expect(F.entity(en, "Tessile Futuro", .organization)?.sector == .business)
    #expect(F.entity(en, "Euroregion Beskidy", .organization)?.sector == .localGovernment)
    let pl = F.extract("""
      Młodzież bez granic

      Stowarzyszenie Aktywna Wieś realizuje projekt ze stowarzyszeniem Zelená Cesta z Opavy, a środki przyznał \
      Euroregion Silesia.
      """, id: "type-noun-pl.txt")
    #expect(F.entity(pl, "Zelená Cesta", .organization)?.sector == .civilSociety)
    #expect(F.entity(pl, "Euroregion Silesia", .organization)?.sector == .localGovernment)
  }

  @Test("A dateline's town is a place, also in capitals")
  func datelineTowns() {
    let pl = F.extract("""
      Doktoraty wdrożeniowe w regionie

      Kielce, 2 października 2026 r.

      Akademia Kaliska podpisała umowę z firmą Kamtech sp. z o.o.
      """, id: "dateline-pl.txt")
    #expect(F.entity(pl, "Kielce", .place) != nil)
    let en = F.extract("""
      Spin-off award

      TORUŃ, 3 March 2026 – The Kujawy University of Applied Sciences met its partners.
      """, id: "dateline-en.txt")
    let torun = F.entity(en, "Toruń", .place)
    #expect(torun != nil)
    #expect(torun?.aliases.contains("TORUŃ") == true)
    // A sentence that only starts with a town and a comma is no dateline.
    let plain = F.extract("""
      Spotkanie

      Anna Kozubek, prezes spółki, mówiła o planach.
      """, id: "no-dateline.txt")
    #expect(!plain.entities.contains { $0.kind == .place })
  }

  @Test("In a grant list, the quoted title between dashes is a project run by the line's beneficiary")
  func grantList() throws {
    let g = F.extract("""
      Wyniki naboru w Działaniu 1.2

      Zarząd Powiatu Puławskiego przyznał dotacje pięciu firmom:

      Agropol Sp. z o.o. (Lublin) – „Czujniki wilgotności gleby” – 4 120 000 zł
      Metalex S.A. (Puławy) – „Lekki kontener z kompozytów” – 2 950 000 zł
      City of Mielec – "Warm Schools" – PLN 12.5 million
      """, id: "grants.txt")
    let sensors = try #require(F.entity(g, "Czujniki wilgotności gleby", .project))
    #expect(F.entity(g, "Lekki kontener z kompozytów", .project) != nil)
    #expect(F.entity(g, "Warm Schools", .project) != nil)
    #expect(F.hasRelation("Agropol Sp. z o.o.", .organizes, sensors.name, in: g))
    #expect(F.hasRelation("Metalex S.A.", .organizes, "Lekki kontener z kompozytów", in: g))
    #expect(!F.hasRelation("Agropol Sp. z o.o.", .organizes, "Lekki kontener z kompozytów", in: g))
  }

  @Test("'ds.' joins a unit's head to its field; English units of a town hall are part of it")
  func unitNames() {
    let pl = F.extract("""
      Start-upy w Tarnowie

      Marek Gadomski, dyrektor Biura ds. Rozwoju i Promocji Urzędu Miasta Tarnowa, zapowiedział nabór.
      """, id: "ds.txt")
    #expect(F.entity(pl, "Biuro ds. Rozwoju i Promocji", .organization) != nil)
    #expect(F.hasRelation("Biuro ds. Rozwoju i Promocji", .partOf, "Urząd Miasta Tarnowa", in: pl))
    #expect(F.hasRelation("Marek Gadomski", .affiliatedWith, "Biuro ds. Rozwoju i Promocji", in: pl))
    let en = F.extract("""
      Green roofs

      The Department of Water and Greenery of Gniezno City Hall will run the programme.
      """, id: "city-hall.txt")
    #expect(F.entity(en, "Department of Water and Greenery", .organization)?.sector == .localGovernment)
    #expect(F.hasRelation("Department of Water and Greenery", .partOf, "Gniezno City Hall", in: en))
  }

  @Test("Councils named by their adjective, under-secretaries of state, companies by their first word, legal forms as written")
  func functionsAndCompanies() {
    let g = F.extract("""
      Sesja rady

      Obrady prowadził Marek Ożóg, przewodniczący Rady Miejskiej w Kutnie. Głos zabrał Piotr Jaskólski, podsekretarz \
      stanu w Ministerstwie Infrastruktury. Rozmawiał z nim Adam Lis, prezes Termolab Polska Sp. z o.o. \
      Zatrudniona w Termolabie Anna Kos mówiła o planach.
      """, id: "functions.txt")
    #expect(F.hasRelation("Marek Ożóg", .affiliatedWith, "Rada Miejska w Kutnie", in: g))
    #expect(F.entity(g, "Piotr Jaskólski", .person)?.sector == .centralGovernment)
    #expect(F.hasRelation("Piotr Jaskólski", .affiliatedWith, "Ministerstwo Infrastruktury", in: g))
    let company = F.entity(g, "Termolab Polska Sp. z o.o.", .organization)
    #expect(company?.aliases.contains("Termolabie") == true)
    #expect(!g.entities.contains { $0.kind == .place && $0.name.hasPrefix("Termolab") })
    let en = F.extract("""
      Spin-offs

      Lumenix Systems S.A. opened a laboratory. Jan Kosmala, CEO of Lumenix, said the city helped.
      """, id: "company-short.txt")
    #expect(F.entity(en, "Lumenix Systems S.A.", .organization)?.aliases.contains("Lumenix") == true)
    #expect(F.hasRelation("Jan Kosmala", .affiliatedWith, "Lumenix Systems S.A.", in: en))
  }

  @Test("English texts: towns without cues, places represented by their office-holders; Polish: the chambers of parliament")
  func townsAndChambers() {
    let en = F.extract("""
      Mayors meet

      Gniezno was represented by its President Ewa Dąbek and Leszno by President Adam Pawlak. The Sejm committee met later.
      """, id: "represented.txt")
    #expect(F.entity(en, "Gniezno", .place) != nil)
    #expect(F.entity(en, "Leszno", .place) != nil)
    #expect(F.hasRelation("Ewa Dąbek", .affiliatedWith, "Gniezno", in: en))
    #expect(F.hasRelation("Adam Pawlak", .affiliatedWith, "Leszno", in: en))
    #expect(!F.hasRelation("Ewa Dąbek", .affiliatedWith, "Leszno", in: en))
    let pl = F.extract("""
      Debata o samorządach

      Projekt ustawy trafi do Sejmu jesienią, a Senat zajmie się nim w grudniu.
      """, id: "chambers.txt")
    #expect(F.entity(pl, "Sejm", .organization)?.sector == .centralGovernment)
    #expect(F.entity(pl, "Senat", .organization) != nil)
  }

  @Test("A chair named with its faculty is part of it; an amount after a verb of saying is no person")
  func chairsAndAmounts() {
    let pl = F.extract("""
      Doktoraty

      Pracę napisze w Katedrze Mechaniki Stosowanej Wydziału Budowy Maszyn i Lotnictwa pod opieką dr Ewy Kalinowskiej.
      """, id: "chair.txt")
    #expect(F.entity(pl, "Katedra Mechaniki Stosowanej", .organization) != nil)
    #expect(F.hasRelation("Katedra Mechaniki Stosowanej", .partOf, "Wydział Budowy Maszyn i Lotnictwa", in: pl))
    let en = F.extract("""
      Budget

      The Board of the Opolskie Voivodeship added PLN 10 million to the scheme. The City of Nysa added EUR 15,000 more.
      """, id: "amounts.txt")
    #expect(!en.entities.contains { $0.kind == .person })
  }

  @Test("A public body named in a neighbouring country's language is international; a body named later by its tail is one")
  func foreignPublicBodiesAndTails() {
    let g = F.extract("""
      Młodzież bez granic

      Młodzieżowa Rada Miasta Nysy podpisała list intencyjny, a Krajský úřad Olomouckého kraje go poparł. \
      Lenka Horáková z Odboru školství rozmawiała z Ireną Bąk, prezeską Fundacji Zielony Horyzont. \
      Partnerem projektu będzie też Zielony Horyzont.
      """, id: "foreign-public.txt")
    #expect(F.entity(g, "Krajský úřad Olomouckého kraje", .organization)?.sector == .international)
    #expect(F.entity(g, "Zielony Horyzont", .organization) == nil)
    #expect(F.entity(g, "Fundacja Zielony Horyzont", .organization)?.aliases.contains("Zielony Horyzont") == true)
  }
}
