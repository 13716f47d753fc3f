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

      Wojewoda lubuski Adam Ratajczyk i przewodniczący Lubuskiej Rady Przemysłu Zenon Brzozowski podpisali porozumienie \
      o współpracy między Lubuskim Urzędem Wojewódzkim a Lubuską Radą Przemysłu. Zenon Brzozowski, który na co dzień \
      jest prezesem spółki Tekmar Polska z Kalisza, zapowiedział kolejne spotkania.
      """, id: "relative-function.txt")
    #expect(F.hasRelation("Zenon Brzozowski", .affiliatedWith, "Tekmar Polska", in: g))
    #expect(F.hasRelation("Zenon Brzozowski", .affiliatedWith, "Lubuska Rada Przemysłu", in: g))
    #expect(!F.hasRelation("Tekmar Polska", .partnerOf, "Lubuski Urząd Wojewódzki", in: g))
    #expect(!F.hasRelation("Lubuski Urząd Wojewódzki", .partnerOf, "Tekmar Polska", in: g))
  }

  @Test("An organization in parentheses with its seat, its parent in the genitive, or the ministry it belongs to")
  func parenthesisedWithSeat() {
    let g = F.extract("""
      Morze i przemysł

      Podczas spotkania głos zabrali:
      • Wit Malinowski (Urząd Morski w Gdyni),
      • prof. Adam Nowicki (Wydział Mechaniczny Politechniki Gdańskiej w Gdańsku),
      • Olga Pietrzyk (Krajowe Centrum Analiz Regionalnych, Ministerstwo Funduszy i Polityki Regionalnej).
      """, id: "parenthesised-seat.txt")
    #expect(g.relations.contains { r in
      r.type == .affiliatedWith && F.entity(g, "Wit Malinowski")?.id == r.source
        && g.entities.first { $0.id == r.target }?.name.hasPrefix("Urząd Morski") == true
    })
    #expect(F.hasRelation("Adam Nowicki", .affiliatedWith, "Wydział Mechaniczny", in: g))
    #expect(!F.hasRelation("Adam Nowicki", .affiliatedWith, "Politechnika Gdańska w Gdańsku", in: g))
    #expect(F.hasRelation("Olga Pietrzyk", .affiliatedWith, "Krajowe Centrum Analiz Regionalnych", in: g))
    #expect(F.hasRelation("Krajowe Centrum Analiz Regionalnych", .partOf, "Ministerstwo Funduszy i Polityki Regionalnej", in: g))
  }

  @Test("Described appositions: 'an expert of the X', 'adiunkt na Wydziale X'; a town before a company noun is a seat")
  func describedAppositions() {
    let en = F.extract("""
      Money for towns

      Tomasz Wierzba, an expert of the Association of Polish Counties, said the money was there. Marek Sosna, CEO of \
      the Kielce start-up GreenByte, showed a sensor.
      """, id: "described-en.txt")
    #expect(F.hasRelation("Tomasz Wierzba", .affiliatedWith, "Association of Polish Counties", in: en))
    #expect(F.hasRelation("Marek Sosna", .affiliatedWith, "GreenByte", in: en))
    #expect(!F.hasRelation("Marek Sosna", .affiliatedWith, "Kielce", in: en))
    let pl = F.extract("""
      Chemia w regionie

      Anna Cichoń, adiunkt na Wydziale Chemii Uniwersytetu Łódzkiego, przedstawiła wyniki badań.
      """, id: "described-pl.txt")
    #expect(F.hasRelation("Anna Cichoń", .affiliatedWith, "Wydział Chemii", in: pl))
  }

  @Test("'a realizuje go X' and 'Instrument prowadzi X': the organization runs the project referred to")
  func projectReferences() {
    let pronoun = F.extract("""
      Zielona wieś w Zamościu

      Burmistrz przypomniał, że program „Zielona Wieś Zamojska” jest współfinansowany z programu Fundusze Europejskie \
      dla Lubelskiego 2021–2027, a realizuje go Wydział Rolnictwa Urzędu Miasta Zamość.
      """, id: "object-pronoun.txt")
    #expect(F.hasRelation("Wydział Rolnictwa", .organizes, "Zielona Wieś Zamojska", in: pronoun))
    #expect(!F.hasRelation("Wydział Rolnictwa", .organizes, "Fundusze Europejskie dla Lubelskiego 2021–2027", in: pronoun))
    let noun = F.extract("""
      Wodór i bony

      Projekt „Lubelska Dolina Wodorowa” ruszył w marcu. W projekcie „Lubelska Dolina Wodorowa” bierze udział 12 firm. \
      Spółka Agromet Lublin skorzystała z Lubelskiego Bonu na Innowacje. Instrument prowadzi Lubelska Agencja \
      Wspierania Przedsiębiorczości.
      """, id: "opening-noun.txt")
    #expect(F.hasRelation("Lubelska Agencja Wspierania Przedsiębiorczości", .organizes, "Lubelski Bon na Innowacje", in: noun))
    #expect(!F.hasRelation("Lubelska Agencja Wspierania Przedsiębiorczości", .organizes, "Lubelska Dolina Wodorowa", in: noun))
  }

  @Test("'Its Vice-President for X, Prof. Y' opening a sentence: the agent of the sentence before")
  func possessiveOpening() {
    let g = F.extract("""
      Fjords and fields

      The alliance is coordinated by the University of Bergen. Its Vice-President for Research, Prof. Ingrid Solberg, \
      said the alliance would grow.
      """, id: "possessive-opening.txt")
    #expect(F.hasRelation("Ingrid Solberg", .affiliatedWith, "University of Bergen", in: g))
  }

  @Test("The body managing a programme organizes it; a relative 'which X will coordinate' after a kind noun")
  func managedProgrammes() {
    let g = F.extract("""
      Calls and pilots

      The Marshal's Office of the Podlaskie Voivodeship, which manages the European Funds for Podlaskie 2021–2027 \
      programme, will announce a call in May. The LIFE Programme is managed by the Climate Agency of Poland. The \
      Podlaskie Advisory Centre in Szepietowo (PAC) signed a letter of intent with five farms, which will join the \
      "Healthy Water Podlasie" pilot, which PAC will coordinate.
      """, id: "managed-programmes.txt")
    #expect(F.hasRelation("Marshal's Office of the Podlaskie Voivodeship", .organizes, "European Funds for Podlaskie 2021–2027", in: g))
    #expect(F.hasRelation("Climate Agency of Poland", .organizes, "LIFE Programme", in: g))
    #expect(F.hasRelation("Podlaskie Advisory Centre", .organizes, "Healthy Water Podlasie", in: g))
  }

  @Test("Where an event is held: 'met in X for the Y', 'który odbył się 19 i 20 maja w X', 'Wydarzenie odbędzie się w X'")
  func eventPlaces() {
    let en = F.extract("""
      Mayors meet in Kalisz

      Mayors of twelve towns met on Friday in Kalisz for the Kalisz Business Summit 2025. The agenda was prepared by \
      the Association of Polish Cities.
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
}
