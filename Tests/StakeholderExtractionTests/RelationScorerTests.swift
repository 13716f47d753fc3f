import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// The learnt relation scorer: its shipped model, the features it reads, what it adds, and determinism.
/// Made-up texts of the genre whose names occur in no fixture.
@Suite("Learnt relation scorer")
struct RelationScorerTests {
  /// One document through the extractor with `scorer`, candidates and features collected.
  static func run(_ text: String, scorer: RelationScorer? = nil, id: String = "scorer.txt")
    -> (extraction: DocumentExtraction, candidates: [RelationCandidate], features: [[String]]) {
    DocumentExtractor(names: Extractor().names).extract(SourceDocument(id: id, text: text), scorer: scorer, collect: true)
  }

  static func group(_ x: DocumentExtraction, _ name: String) -> Int? { x.entities.firstIndex { $0.name == name } }

  @Test("the shipped model loads, has weights, thresholds in (0, 1] and a type for person–organization pairs")
  func shippedModel() {
    let s = RelationScorer.shared
    #expect(s.loadError == nil)
    #expect(s.model.weights.count > 50)
    #expect(s.model.addThreshold > 0 && s.model.addThreshold <= 1)
    #expect(s.model.keepThreshold >= 0 && s.model.keepThreshold < s.model.addThreshold)
    #expect(s.model.type(.person, .organization, features: []) == .affiliatedWith)
  }

  @Test("no lexical feature of the shipped model holds a capitalised word: words are lower case, punctuation or placeholders")
  func shippedModelHasNoNames() {
    let lexical = ["w:", "p:", "i1:", "i9:", "b1:", "b2:", "a1:", "a2:", "kw:", "kp:", "ki1:", "ki9:", "kb1:", "ka1:"]
    for f in RelationScorer.shared.model.weights.keys.sorted() {
      guard let prefix = lexical.first(where: { f.hasPrefix($0) }) else { continue }
      let text = f.dropFirst(prefix.count).split(separator: "|").last ?? ""
      for part in text.split(separator: "_") where !(part.hasPrefix("<") && part.hasSuffix(">")) {
        #expect(part == part.lowercased(), "feature \(f)")
      }
    }
  }

  @Test("a malformed model line is reported with its file and line")
  func malformedModel() {
    #expect(throws: GraphFileError(file: "m.tsv", line: 3, message: "expected 'feature<TAB>weight'")) {
      try RelationScorerModel(text: "# header\n@bias\t-1\nk:person>organization\tone\n", file: "m.tsv")
    }
    let m = try? RelationScorerModel(text: "@bias\t-2.0\n@threshold.add\t0.6\n@type organization|person\taffiliated_with\nk:person>organization\t1.5\n", file: "m.tsv")
    #expect(m.map { abs($0.probability(["k:person>organization"]) - 1 / (1 + exp(0.5))) < 1e-12 } == true)
    #expect(m?.type(.organization, .person, features: []) == .affiliatedWith)
    let r = try? RelationScorerModel(text: "@use\t0\n@require.add\torph:2\n@typecue organization|project a2:.\torganizes\n", file: "m.tsv")
    #expect(r?.use == false)
    #expect(r?.requiredForAdding == "orph:2")
    #expect(r?.type(.project, .organization, features: ["a2:."]) == .organizes)
    #expect(r?.type(.project, .organization, features: []) == nil)
  }

  @Test("features of a person, a function and an institution in one sentence")
  func featuresOfApposition() throws {
    let r = Self.run("""
      Spotkanie w Łomży

      Na spotkaniu głos zabrał Bartłomiej Wyrzykowski, prezes Fundacji Nadnarwiańskie Łąki, który mówił o retencji.
      """)
    let x = r.extraction
    let p = try #require(Self.group(x, "Bartłomiej Wyrzykowski"))
    let o = try #require(Self.group(x, "Fundacja Nadnarwiańskie Łąki"))
    let i = try #require(r.candidates.firstIndex { $0.a == min(p, o) && $0.b == max(p, o) })
    let f = r.features[i]
    #expect(f.contains("k:person>organization"))
    #expect(f.contains("w:prezes"))
    #expect(f.contains("i1:,"))
    #expect(f.contains("nm:0"))
    #expect(f.contains("a1:,"))
    #expect(f.contains("b1:zabrał"))
    #expect(r.candidates[i].sentence != nil)
    // No capitalised word and no word inside a mention becomes a feature.
    #expect(!f.contains { $0.contains("Wyrzykowski") || $0.contains("Fundacji") || $0.contains("łąki") })
    #expect(f == f.sorted())
  }

  @Test("a pair farther apart than the cap is no candidate unless the rules relate it")
  func distanceCap() throws {
    let filler = Array(repeating: "bardzo", count: 45).joined(separator: " ")
    let r = Self.run("Anna Kurowiecka mówiła \(filler) długo, a potem Stowarzyszenie Zielona Dolina ogłosiło konkurs.")
    let x = r.extraction
    let p = try #require(Self.group(x, "Anna Kurowiecka"))
    let o = try #require(Self.group(x, "Stowarzyszenie Zielona Dolina"))
    let c = r.candidates.first { $0.a == min(p, o) && $0.b == max(p, o) }
    #expect(c == nil || !(c!.ruleTypes.isEmpty) || c!.sentence == nil)
  }

  /// A person and a cooperative talking, which the rules leave unrelated.
  static let talksText = """
    Rozmowy o wodzie

    Wiesław Pstrokoński oraz Spółdzielnia Mleczarska Podlaskie Łąki rozmawiali w poniedziałek o ściekach.
    """

  /// A model that scores the person–organization pair of ``talksText`` σ(1) ≈ 0.73 and types it `affiliated_with`.
  static func talksModel() -> RelationScorerModel {
    var model = RelationScorerModel()
    model.bias = -3
    model.weights = ["k:person>organization": 2, "w:oraz": 2]
    model.types = ["organization|person": .affiliatedWith]
    return model
  }

  @Test("a model that accepts adds the relation with its evidence sentence; without it the rules alone decide")
  func addsAcceptedPair() throws {
    let text = Self.talksText
    var model = Self.talksModel()
    model.addThreshold = 0.5
    let scorer = RelationScorer(model: model, loadError: nil)
    let plain = Self.run(text).extraction
    let scored = Self.run(text, scorer: scorer).extraction
    let p = try #require(Self.group(scored, "Wiesław Pstrokoński"))
    let o = try #require(Self.group(scored, "Spółdzielnia Mleczarska Podlaskie Łąki"))
    #expect(!plain.relations.contains { $0.source == p && $0.target == o })
    let added = try #require(scored.relations.first { $0.source == p && $0.target == o })
    #expect(added.type == .affiliatedWith)
    #expect(added.evidence.map(\.text) == ["Wiesław Pstrokoński oraz Spółdzielnia Mleczarska Podlaskie Łąki rozmawiali w poniedziałek o ściekach."])
  }

  @Test("a model that scores the rules' relation low drops it when keep threshold says so")
  func dropsLowRulePair() throws {
    let text = "Jan Cieślikowski, burmistrz Miasta Suwałki, otworzył targi."
    let rules = Self.run(text).extraction
    #expect(!rules.relations.isEmpty)
    var model = RelationScorerModel()
    model.bias = -10
    model.keepThreshold = 0.5
    model.addThreshold = 0.99
    model.weights = ["k:person>organization": 0.001]
    let scored = Self.run(text, scorer: RelationScorer(model: model, loadError: nil)).extraction
    #expect(scored.relations.count < rules.relations.count)
  }

  @Test("an add threshold of the pair's kinds overrides the general one, both ways")
  func kindAddThreshold() throws {
    let text = Self.talksText
    var model = Self.talksModel()
    func added(_ m: RelationScorerModel) throws -> Bool {
      let x = Self.run(text, scorer: RelationScorer(model: m, loadError: nil)).extraction
      let p = try #require(Self.group(x, "Wiesław Pstrokoński"))
      let o = try #require(Self.group(x, "Spółdzielnia Mleczarska Podlaskie Łąki"))
      return x.relations.contains { $0.source == p && $0.target == o }
    }
    model.addThreshold = 0.99
    #expect(try !added(model))
    model.kindAddThresholds = ["organization|person": 0.5]
    #expect(try added(model))
    model.addThreshold = 0.5
    model.kindAddThresholds = ["organization|person": 0.9, "event|person": 0.1]
    #expect(try !added(model))
    let parsed = try RelationScorerModel(text: "@threshold.add\t0.4\n@threshold.add organization|person\t0.65\n", file: "m.tsv")
    #expect(parsed.addThreshold(.person, .organization) == 0.65)
    #expect(parsed.addThreshold(.organization, .person) == 0.65)
    #expect(parsed.addThreshold(.person, .event) == 0.4)
    #expect(throws: GraphFileError(file: "m.tsv", line: 1, message: "expected '@threshold.add KIND|KIND<TAB>VALUE'")) {
      try RelationScorerModel(text: "@threshold.add organization|person\thigh\n", file: "m.tsv")
    }
  }

  @Test("@require.add with '!' forbids the feature: '!orph:0' adds a pair when one of the two is left unrelated")
  func negatedAddRequirement() throws {
    let m = try RelationScorerModel(text: "@require.add\t!orph:0\n", file: "m.tsv")
    #expect(m.passesAddRequirement(["k:person>organization", "orph:1"]))
    #expect(m.passesAddRequirement(["orph:2"]))
    #expect(!m.passesAddRequirement(["k:person>organization", "orph:0"]))
    let scorer = RelationScorer(model: m, loadError: nil)
    let c = RelationCandidate(a: 0, b: 1, sentence: 0, first: 0, second: 1, ruleTypes: [], cooccurrences: 1)
    #expect(scorer.mayAct(on: c, orphans: 1) && scorer.mayAct(on: c, orphans: 2) && !scorer.mayAct(on: c, orphans: 0))
    #expect(scorer.eligibleGroups(ruled: [true, false]) == nil)
  }

  static let missedByRules = """
    Rozmowy o retencji w Łomży

    O planach opowiedział Wiesław Pstrokoński, od lat związany ze Spółdzielnią Mleczarską Zielone Łąki.

    Halina Kurowiecka kieruje Nadnarwiańską Fundacją Wodną od 2019 roku.
    """

  @Test("the shipped model adds a phrasing the rules miss ('kieruje X') with its evidence sentence, and nothing unrelated")
  func shippedWeightsGeneralise() throws {
    #expect(RelationScorer.shared.model.use)
    let rules = Self.run(Self.missedByRules).extraction
    let scored = try Extractor().extract([SourceDocument(id: "scorer.txt", text: Self.missedByRules)]).graph
    let again = Self.run(Self.missedByRules, scorer: .shared).extraction
    // The public pipeline runs the shipped scorer too.
    #expect(ExtractionFixtures.hasRelation("Halina Kurowiecka", .affiliatedWith, "Nadnarwiańska Fundacja Wodna", in: scored))
    let h = try #require(Self.group(again, "Halina Kurowiecka"))
    let f = try #require(Self.group(again, "Nadnarwiańska Fundacja Wodna"))
    let w = try #require(Self.group(again, "Wiesław Pstrokoński"))
    let s = try #require(Self.group(again, "Spółdzielnia Mleczarska Zielone Łąki"))
    #expect(!rules.relations.contains { Set([$0.source, $0.target]) == Set([h, f]) })
    let hf = try #require(again.relations.first { $0.source == h && $0.target == f })
    #expect(hf.type == .affiliatedWith)
    #expect(hf.evidence.map(\.text) == ["Halina Kurowiecka kieruje Nadnarwiańską Fundacją Wodną od 2019 roku."])
    // Nothing crosses the two paragraphs: neither person is related to the other one's institution.
    #expect(again.relations.count > rules.relations.count)
    #expect(!again.relations.contains { Set([$0.source, $0.target]) == Set([h, s]) || Set([$0.source, $0.target]) == Set([w, f]) })
  }

  @Test("the shipped model adds a pair one of whose entities the rules related elsewhere (a participant who 'kieruje' an institution)")
  func shippedModelFillsHalfRelatedPair() throws {
    let text = """
      Kongres Wodny Doliny Narwi 2026 w Łomży

      W Łomży odbył się Kongres Wodny Doliny Narwi 2026. W kongresie uczestniczył Wiesław Pstrokoński. Pstrokoński kieruje Nadnarwiańską Fundacją Wodną od 2019 roku.
      """
    #expect(RelationScorer.shared.model.requiredForAdding == "!orph:0")
    let rules = Self.run(text).extraction
    let scored = Self.run(text, scorer: .shared).extraction
    let w = try #require(Self.group(scored, "Wiesław Pstrokoński"))
    let f = try #require(Self.group(scored, "Nadnarwiańska Fundacja Wodna"))
    // The rules relate the person (to the congress) but not to the foundation: one of the two is left unrelated.
    #expect(rules.relations.contains { $0.source == w })
    #expect(!rules.relations.contains { Set([$0.source, $0.target]) == Set([w, f]) })
    let added = try #require(scored.relations.first { $0.source == w && $0.target == f })
    #expect(added.type == .affiliatedWith)
    #expect(added.evidence.map(\.text) == ["Pstrokoński kieruje Nadnarwiańską Fundacją Wodną od 2019 roku."])
    // The rules' relations all stay (the model never drops: @threshold.keep 0).
    for r in rules.relations { #expect(scored.relations.contains(r)) }
  }

  @Test("a model written with @use 0 leaves extraction to the rules alone")
  func unusedModelIsSkipped() throws {
    var model = RelationScorer.shared.model
    model.use = false
    model.addThreshold = 0.01
    let off = Self.run(Self.missedByRules, scorer: RelationScorer(model: model, loadError: nil)).extraction
    let rules = Self.run(Self.missedByRules).extraction
    #expect(off == rules)
    #expect(off.relations.count == rules.relations.count)
    // The shipped file says whether it is used, and the loaded model agrees.
    let url = ExtractionFixtures.root.appendingPathComponent("Sources/StakeholderExtraction/Resources/model/relation-scorer.tsv")
    let text = try String(contentsOf: url, encoding: .utf8)
    #expect(text.contains("\n@use\t\(RelationScorer.shared.model.use ? 1 : 0)\n"))
  }

  @Test("scoring only the eligible pairs decides as scoring every candidate does (seeds and a made-up text)")
  func eligibleShortcutChangesNothing() {
    let extractor = DocumentExtractor(names: Extractor().names)
    let docs = ExtractionFixtures.seeds + [SourceDocument(id: "m.txt", text: Self.missedByRules)]
    #expect(docs.count >= 6)
    for d in docs {
      let fast = extractor.extract(d, scorer: .shared, collect: false)
      let full = extractor.extract(d, scorer: .shared, collect: true)
      #expect(fast.extraction == full.extraction, "\(d.id)")
      #expect(fast.candidates.count <= full.candidates.count)
    }
  }

  @Test("the same text twice gives the same bytes with the shipped model")
  func deterministic() throws {
    let text = """
      Targi Przedsiębiorczości Doliny Bugu 2026

      W Drohiczynie odbyło się Targi Przedsiębiorczości Doliny Bugu 2026. Uczestników powitała Katarzyna Wydrzycka, wójt gminy Drohiczyn,
      a o funduszach mówił Tomasz Wierzchlejski z Podlaskiej Agencji Wspierania Wsi. Partnerem targów była firma AgroNet sp. z o.o. oraz Lokalna Grupa Działania Zielony Bug.
      """
    let a = try Extractor().extract([SourceDocument(id: "d.txt", text: text)]).graph.jsonData()
    let b = try Extractor().extract([SourceDocument(id: "d.txt", text: text)]).graph.jsonData()
    #expect(a == b)
    let r1 = Self.run(text, scorer: .shared), r2 = Self.run(text, scorer: .shared)
    #expect(r1.features == r2.features)
    #expect(r1.candidates == r2.candidates)
  }
}
