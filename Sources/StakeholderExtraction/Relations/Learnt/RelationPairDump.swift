import StakeholderModel

/// The learnt relation scorer's training data: one TSV row per candidate pair, labelled from gold graphs.
///
///     let tsv = RelationPairDump.tsv(documents: docs, gold: gold, set: "heldout-a")
///     // "#doc\theldout-a\ta1.txt\t27\t27"
///     // "pair\theldout-a\ta1.txt\tgold-id-1|gold-id-2\taffiliated_with\taffiliated_with\tk:person>organization …"
///
/// Rows (tab-separated):
/// - `#doc SET DOC GOLD_PAIRS GOLD_TYPED`: the document's gold relations as unordered pairs and as typed pairs,
///   so that the trainer computes exact pipeline recall (gold pairs whose entities were missed included).
/// - `pair SET DOC PAIR RULE_TYPES GOLD_TYPES FEATURES`: PAIR is the two endpoints as the evaluator maps them
///   (gold id when matched, else `?` + extracted id), sorted and joined by `|`; RULE_TYPES and GOLD_TYPES are
///   comma-separated types or `-`; FEATURES are ``RelationFeatures``'s, space-separated.
///
/// The documents are extracted with the hand rules alone and resolved together, and entities are matched one to
/// one as ``Evaluation`` matches them, so the rule rows reproduce `evaluate`'s relation scores exactly.
/// - Complexity: one extraction of each document plus the evaluator's matching.
public enum RelationPairDump {
  /// The dump of `documents` (those with a gold graph) as TSV text.
  public static func tsv(documents: [SourceDocument], gold: [String: StakeholderGraph], set: String) -> String {
    let extractor = DocumentExtractor(names: Extractor().names)
    let docs = documents.filter { gold[$0.id] != nil }.sorted { $0.id < $1.id }
    let runs = docs.map { extractor.extract($0, scorer: nil, collect: true) }
    let graph = CorpusResolver.resolve(runs.map(\.extraction)).graph
    var globalOf: [Mention: String] = [:]
    for e in graph.entities { for m in e.mentions { globalOf[m] = e.id } }
    var out = ""
    for (d, doc) in docs.enumerated() {
      let g = gold[doc.id]!
      let goldFor = Evaluation.matchEntities(doc.id, predicted: graph, gold: g).goldFor
      var goldTypes: [String: [String]] = [:]
      for r in g.relations {
        let key = r.source < r.target ? r.source + "|" + r.target : r.target + "|" + r.source
        if !(goldTypes[key] ?? []).contains(r.type.rawValue) { goldTypes[key, default: []].append(r.type.rawValue) }
      }
      let typedCount = goldTypes.values.reduce(0) { $0 + $1.count }
      out += "#doc\t\(set)\t\(doc.id)\t\(goldTypes.count)\t\(typedCount)\n"
      let x = runs[d].extraction
      func mapped(_ local: Int) -> String {
        let id = x.entities[local].mentions.first.flatMap { globalOf[$0] } ?? "unresolved-\(local)"
        return goldFor[id] ?? "?" + id
      }
      for (i, c) in runs[d].candidates.enumerated() {
        let (p, q) = (mapped(c.a), mapped(c.b))
        let key = p < q ? p + "|" + q : q + "|" + p
        let rule = c.ruleTypes.isEmpty ? "-" : c.ruleTypes.map(\.rawValue).joined(separator: ",")
        let goldT = (goldTypes[key] ?? []).sorted()
        let gt = goldT.isEmpty ? "-" : goldT.joined(separator: ",")
        out += "pair\t\(set)\t\(doc.id)\t\(key)\t\(rule)\t\(gt)\t\(runs[d].features[i].joined(separator: " "))\n"
      }
    }
    return out
  }
}
