import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// The scoring arithmetic on a hand-made case.
@Suite("Evaluation")
struct EvaluationTests {
  @Test("matches by any normalised form, one-to-one; counts names, sectors and relations")
  func arithmetic() {
    let m = [Mention(document: "d.txt", start: 0, end: 1)]
    let ev = [Evidence(document: "d.txt", start: 0, end: 1, text: "s")]
    let gold = StakeholderGraph(
      documents: [Document(id: "d.txt", language: "pl")],
      entities: [
        Entity(kind: .person, name: "Piotr Kuczera", sector: .localGovernment),
        Entity(kind: .place, name: "Rybnik", aliases: ["Rybniku"]),
        Entity(kind: .organization, name: "Izba Gospodarki Elektronicznej", aliases: ["e-Izba"], sector: .business),
        Entity(kind: .project, name: "Polska Regionalna Gospodarka Cyfrowa"),
      ],
      relations: [
        Relation(source: "person:piotr-kuczera", target: "place:rybnik", type: .affiliatedWith),
        Relation(source: "organization:izba-gospodarki-elektronicznej", target: "place:rybnik", type: .partnerOf),
      ])
    let predicted = StakeholderGraph(
      documents: [Document(id: "d.txt", language: "pl")],
      entities: [
        Entity(kind: .person, name: "Piotr Kuczera", sector: .business, mentions: m),        // match, sector wrong
        Entity(kind: .place, name: "Rybniku", mentions: m),                                   // match by alias, name wrong
        Entity(kind: .organization, name: "e-Izba", aliases: ["„e-Izba”"], sector: .business, mentions: m),  // match, quotes stripped
        Entity(kind: .organization, name: "Urząd", mentions: m),                              // extra
        Entity(kind: .place, name: "Gliwice", mentions: [Mention(document: "other.txt", start: 0, end: 1)]),  // other document: ignored
      ],
      relations: [
        Relation(source: "place:rybniku", target: "person:piotr-kuczera", type: .affiliatedWith, evidence: ev),  // reversed: still a match
        Relation(source: "organization:e-izba", target: "place:rybniku", type: .locatedIn, evidence: ev),        // pair right, type wrong
        Relation(source: "organization:urzad", target: "place:rybniku", type: .locatedIn, evidence: ev),         // extra
      ])
    let r = Evaluation.evaluate(predicted: predicted, gold: ["d.txt": gold])
    #expect(r.entities == Evaluation.Counts(tp: 3, fp: 1, fn: 1))
    #expect(r.byKind[.project] == Evaluation.Counts(tp: 0, fp: 0, fn: 1))
    #expect(abs(r.entities.precision - 0.75) < 1e-9)
    #expect(abs(r.entities.recall - 0.75) < 1e-9)
    #expect(abs(r.entities.f1 - 0.75) < 1e-9)
    #expect(r.matched == 3 && r.canonicalCorrect == 1)
    #expect(r.sectorTotal == 2 && r.sectorCorrect == 1)
    #expect(r.relationsUntyped == Evaluation.Counts(tp: 2, fp: 1, fn: 0))
    #expect(r.relationsTyped == Evaluation.Counts(tp: 1, fp: 2, fn: 1))
    #expect(r.table().contains("canonical name accuracy"))
  }

  @Test("empty prediction: precision 1 by convention, recall 0")
  func empty() {
    let gold = StakeholderGraph(entities: [Entity(kind: .place, name: "Rybnik")])
    let r = Evaluation.evaluate(predicted: StakeholderGraph(), gold: ["d.txt": gold])
    #expect(r.entities == Evaluation.Counts(tp: 0, fp: 0, fn: 1))
    #expect(r.entities.recall == 0 && r.entities.f1 == 0)
  }
}
