import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// Session-10 relation rules (2026-11-22): functions in relative clauses and described appositions, organizations in
/// parentheses with a seat, a parent or a body, object pronouns and opening nouns of a project, possessive functions
/// opening a sentence, managing bodies of programmes, and where events are held. Made-up texts whose names occur in
/// no fixture.
@Suite("Genre rules: relative functions, parentheses, references to projects, managed programmes, event places")
struct GenreRulesRelationsTenTests {
  typealias F = ExtractionFixtures

  @Test("'X, który na co dzień jest prezesem spółki Y': a second function, not a side of the agreement signed before")
  func relativeClauseFunction() {
    let g = F.extract("""
      Przemysł i samorząd przy jednym stole

      Wojewoda lubuski Adam Ratajczyk i przewodniczący Lubuskiej Rady Przemysłu Zenon Grabczyk podpisali porozumienie \
      o współpracy między Lubuskim Urzędem Wojewódzkim a Lubuską Radą Przemysłu. Zenon Grabczyk, który na co dzień \
      jest prezesem spółki Tekmar Polska z Kalisza, zapowiedział kolejne spotkania.
      """, id: "relative-function.txt")
    #expect(F.hasRelation("Zenon Grabczyk", .affiliatedWith, "Tekmar Polska", in: g))
    #expect(F.hasRelation("Zenon Grabczyk", .affiliatedWith, "Lubuska Rada Przemysłu", in: g))
    #expect(!F.hasRelation("Tekmar Polska", .partnerOf, "Lubuski Urząd Wojewódzki", in: g))
    #expect(!F.hasRelation("Lubuski Urząd Wojewódzki", .partnerOf, "Tekmar Polska", in: g))
  }

  @Test("An organization in parentheses with its seat, its parent in the genitive, or the ministry it belongs to")
  func parenthesisedWithSeat() {
    let g = F.extract("""
      Morze i przemysł

      Podczas spotkania głos zabrali:
      • Wit Skowroński (Urząd Morski w Gdyni),
      • prof. Adam Żurawiecki (Wydział Budowy Maszyn Akademii Techniczno-Rolniczej w Pile),
      • Olga Mrozińska (Krajowe Centrum Analiz Regionalnych, Ministerstwo Sportu i Turystyki).
      """, id: "parenthesised-seat.txt")
    #expect(g.relations.contains { r in
      r.type == .affiliatedWith && F.entity(g, "Wit Skowroński")?.id == r.source
        && g.entities.first { $0.id == r.target }?.name.hasPrefix("Urząd Morski") == true
    })
    #expect(F.hasRelation("Adam Żurawiecki", .affiliatedWith, "Wydział Budowy Maszyn", in: g))
    #expect(!F.hasRelation("Adam Żurawiecki", .affiliatedWith, "Akademia Techniczno-Rolnicza w Pile", in: g))
    #expect(F.hasRelation("Olga Mrozińska", .affiliatedWith, "Krajowe Centrum Analiz Regionalnych", in: g))
    #expect(F.hasRelation("Krajowe Centrum Analiz Regionalnych", .partOf, "Ministerstwo Sportu i Turystyki", in: g))
  }

  @Test("Described appositions: 'an expert of the X', 'adiunkt na Wydziale X'; a town before a company noun is a seat")
  func describedAppositions() {
    let en = F.extract("""
      Money for towns

      Tomasz Grądzki, an expert of the Association of Polish Counties, said the money was there. Leon Sosna, CEO of \
      the Kielce start-up GreenByte, showed a sensor.
      """, id: "described-en.txt")
    #expect(F.hasRelation("Tomasz Grądzki", .affiliatedWith, "Association of Polish Counties", in: en))
    #expect(F.hasRelation("Leon Sosna", .affiliatedWith, "GreenByte", in: en))
    #expect(!F.hasRelation("Leon Sosna", .affiliatedWith, "Kielce", in: en))
    let pl = F.extract("""
      Chemia w regionie

      Anna Pośpiech, adiunkt na Wydziale Biologii Uniwersytetu Kaszubskiego, przedstawiła wyniki badań.
      """, id: "described-pl.txt")
    #expect(F.hasRelation("Anna Pośpiech", .affiliatedWith, "Wydział Biologii", in: pl))
  }

  @Test("'a realizuje go X' and 'Instrument prowadzi X': the organization runs the project referred to")
  func projectReferences() {
    let pronoun = F.extract("""
      Zielona wieś w Zamościu

      Burmistrz przypomniał, że program „Zielona Wieś Zamojska” jest współfinansowany z programu Fundusz Rozwoju \
      Roztocza 2030, a realizuje go Wydział Rolnictwa Urzędu Miasta Zamość.
      """, id: "object-pronoun.txt")
    #expect(F.hasRelation("Wydział Rolnictwa", .organizes, "Zielona Wieś Zamojska", in: pronoun))
    #expect(!F.hasRelation("Wydział Rolnictwa", .organizes, "Fundusz Rozwoju Roztocza 2030", in: pronoun))
    let noun = F.extract("""
      Wodór i bony

      Projekt „Lubelska Dolina Wodorowa” ruszył w marcu. W projekcie „Lubelska Dolina Wodorowa” bierze udział 12 firm. \
      Spółka Agromet Lublin skorzystała z Lubelskiego Bonu na Innowacje. Instrument prowadzi Roztoczańska Agencja \
      Wspierania Przedsiębiorczości.
      """, id: "opening-noun.txt")
    #expect(F.hasRelation("Roztoczańska Agencja Wspierania Przedsiębiorczości", .organizes, "Lubelski Bon na Innowacje", in: noun))
    #expect(!F.hasRelation("Roztoczańska Agencja Wspierania Przedsiębiorczości", .organizes, "Lubelska Dolina Wodorowa", in: noun))
  }

  @Test("'Its Vice-President for X, Prof. Y' opening a sentence: the agent of the sentence before")
  func possessiveOpening() {
    let g = F.extract("""
      Fjords and fields

      The alliance is coordinated by the University of Bergen. Its Vice-President for Research, Prof. Ingrid Haavik, \
      said the alliance would grow.
      """, id: "possessive-opening.txt")
    #expect(F.hasRelation("Ingrid Haavik", .affiliatedWith, "University of Bergen", in: g))
  }

  @Test("The body managing a programme organizes it; a relative 'which X will coordinate' after a kind noun")
  func managedProgrammes() {
    let g = F.extract("""
      Calls and pilots

      The Lower Vistula Development Agency, which manages the Vistula Valley Fund 2030 \
      programme, will announce a call in May. The Nordic Bridges Programme is managed by the Climate Agency of Poland. The \
      Podlaskie Advisory Centre in Szepietowo (PAC) signed a letter of intent with five farms, which will join the \
      "Healthy Water Podlasie" pilot, which PAC will coordinate.
      """, id: "managed-programmes.txt")
    #expect(F.hasRelation("Lower Vistula Development Agency", .organizes, "Vistula Valley Fund 2030", in: g))
    #expect(F.hasRelation("Climate Agency of Poland", .organizes, "Nordic Bridges Programme", in: g))
    #expect(F.hasRelation("Podlaskie Advisory Centre in Szepietowo", .organizes, "Healthy Water Podlasie", in: g))
  }

  @Test("Where an event is held: 'met in X for the Y', 'który odbył się 19 i 20 maja w X', 'Wydarzenie odbędzie się w X'")
  func eventPlaces() {
    let en = F.extract("""
      Mayors meet in Kalisz

      Mayors of twelve towns met on Friday in Kalisz for the Kalisz Business Summit 2025. The agenda was prepared by \
      the Kalisz Chamber of Crafts.
      """, id: "met-for.txt")
    #expect(F.hasRelation("Kalisz Business Summit 2025", .locatedIn, "Kalisz", in: en))
    let pl = F.extract("""
      Tekstylia w regionie

      Wnioski przedstawiono na IV Kongresie Włókiennictwa Łódzkiego, który odbył się 19 i 20 maja w Zgierzu. \
      Organizatorem Targów Pracy Inżyniera był Urząd Miasta Radomia. Wydarzenie odbędzie się 20 października w Radomiu.
      """, id: "held-in.txt")
    #expect(F.hasRelation("IV Kongres Włókiennictwa Łódzkiego", .locatedIn, "Zgierz", in: pl))
    #expect(F.hasRelation("Targi Pracy Inżyniera", .locatedIn, "Radom", in: pl))
  }

  @Test("'Do projektu dołączy też X' (an announced joining) and 'X skorzystała z Bonu Y' (a beneficiary) take part")
  func joiningAndBenefiting() {
    let g = F.extract("""
      Sery z Podhala

      Projekt „Mleczny Szlak Podhala” prowadzi Podhalańska Agencja Rozwoju. Do projektu dołączy też Spółdzielnia \
      Mleczarska „Hala Gąsienicowa”. Spółka Serowar Giewont sp. z o.o. jako jedna z pierwszych skorzystała \
      z Podhalańskiego Bonu Eksportowego.
      """, id: "joining.txt")
    #expect(F.hasRelation("Spółdzielnia Mleczarska „Hala Gąsienicowa”", .participatesIn, "Mleczny Szlak Podhala", in: g))
    #expect(F.hasRelation("Serowar Giewont sp. z o.o.", .participatesIn, "Podhalański Bon Eksportowy", in: g))
    #expect(!F.hasRelation("Podhalańska Agencja Rozwoju", .participatesIn, "Mleczny Szlak Podhala", in: g))
  }
}
