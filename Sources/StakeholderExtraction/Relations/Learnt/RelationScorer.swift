import Foundation
import StakeholderModel

/// The learnt relation scorer: adds the candidate pairs its model accepts and (when the model says so) drops the
/// rule relations it scores low. Trained by `tools/relscore/train.py` on the dump of
/// `stakeholders evaluate --dump-pairs`; the features are ``RelationFeatures``'s, in training and here alike.
///
///     let decision = RelationScorer.shared.decide(candidates, features: fx, kinds: kinds)
///     // decision.added: [(Key(source: 3, target: 5, type: .affiliatedWith), sentence 2)]
///
/// - Complexity: O(candidates × features), one dictionary look-up per feature.
struct RelationScorer: Sendable {
  let model: RelationScorerModel
  /// Why the shipped model could not be read, or nil.
  let loadError: String?

  /// The model shipped in `Resources/model/relation-scorer.tsv`, loaded once; without it nothing is added or dropped.
  static let shared: RelationScorer = {
    guard let url = Bundle.module.url(forResource: "relation-scorer", withExtension: "tsv", subdirectory: "Resources/model") else {
      return RelationScorer(model: RelationScorerModel(), loadError: "Resources/model/relation-scorer.tsv not found in the module bundle")
    }
    do {
      let text = try String(contentsOf: url, encoding: .utf8)
      return RelationScorer(model: try RelationScorerModel(text: text, file: url.path), loadError: nil)
    } catch {
      return RelationScorer(model: RelationScorerModel(), loadError: "\(error)")
    }
  }()

  /// What the scorer decided for one document.
  struct Decision: Equatable {
    /// Relations to add, each with the sentence of its evidence, in candidate order.
    var added: [(key: RelationFinder.Key, sentence: Int)] = []
    /// Unordered group pairs (`a * groups + b`, `a < b`) whose rule relations are dropped.
    var dropped: Set<Int> = []

    static func == (l: Decision, r: Decision) -> Bool {
      l.dropped == r.dropped && l.added.map(\.key) == r.added.map(\.key) && l.added.map(\.sentence) == r.added.map(\.sentence)
    }
  }

  /// Scores the candidates of one document.
  /// - Parameters:
  ///   - candidates: The document's candidates (``RelationCandidates/enumerate(_:groupOf:kinds:ruleRelations:)``).
  ///   - features: Their features, index by index.
  ///   - kinds: Entity group → kind.
  ///   - groupOf: Mention index → group, to tell which group a candidate names first.
  func decide(_ candidates: [RelationCandidate], features: [[String]], kinds: [EntityKind], groupOf: [Int]) -> Decision {
    var d = Decision()
    guard loadError == nil, model.use, !model.weights.isEmpty else { return d }
    for (i, c) in candidates.enumerated() {
      let p = model.probability(features[i])
      if !c.ruleTypes.isEmpty {
        if p < model.keepThreshold { d.dropped.insert(c.a * kinds.count + c.b) }
        continue
      }
      let g1 = groupOf[c.first], g2 = groupOf[c.second]
      guard p >= model.addThreshold(kinds[g1], kinds[g2]), c.evidence >= 0 else { continue }
      guard model.passesAddRequirement(features[i]) else { continue }
      let k = c.evidence
      guard let type = model.type(kinds[g1], kinds[g2], features: features[i]),
            let (s, t) = Self.direct(type, g1, kinds[g1], g2, kinds[g2]) else { continue }
      d.added.append((RelationFinder.Key(source: s, target: t, type: type), k))
    }
    return d
  }

  /// Whether ``decide(_:features:kinds:groupOf:)`` can add or drop anything for this candidate: a rule pair only
  /// when rule relations can be dropped (`@threshold.keep` > 0), another pair only when it has the feature additions
  /// require, if that is an `orph:` feature or its absence (`orphans`: how many of the two the rules left unrelated).
  func mayAct(on c: RelationCandidate, orphans: Int) -> Bool {
    if !c.ruleTypes.isEmpty { return model.keepThreshold > 0 }
    if let r = model.requiredForAdding, r.hasPrefix("orph:") { return r == "orph:" + String(orphans) }
    if let r = model.requiredForAdding, r.hasPrefix("!orph:") { return r != "!orph:" + String(orphans) }
    return true
  }

  /// The groups a candidate must join for this model to act on it, or nil for all: with rule relations never
  /// dropped and additions requiring `orph:2`, only groups the rules left unrelated.
  func eligibleGroups(ruled: [Bool]) -> [Bool]? {
    guard model.keepThreshold <= 0, model.requiredForAdding == "orph:2" else { return nil }
    return ruled.map { !$0 }
  }

  /// Source and target of a relation of `type` between two groups (`g1` named first), or nil when the schema
  /// does not allow that type between their kinds.
  static func direct(_ type: RelationType, _ g1: Int, _ k1: EntityKind, _ g2: Int, _ k2: EntityKind) -> (Int, Int)? {
    func pick(_ isSource: (EntityKind) -> Bool, _ isTarget: (EntityKind) -> Bool) -> (Int, Int)? {
      if isSource(k1) && isTarget(k2) { return (g1, g2) }
      if isSource(k2) && isTarget(k1) { return (g2, g1) }
      return nil
    }
    switch type {
    case .affiliatedWith: return pick({ $0 == .person }, { $0 == .organization || $0 == .place })
    case .partOf: return pick({ $0 == .organization }, { $0 == .organization })
    case .locatedIn: return pick({ $0 == .organization || $0 == .event }, { $0 == .place })
    case .participatesIn, .organizes: return pick({ $0 == .person || $0 == .organization }, { $0 == .event || $0 == .project })
    case .fundedBy: return pick({ $0 == .project }, { $0 == .project || $0 == .organization })
    case .partnerOf: return k1 == k2 && (k1 == .organization || k1 == .person) ? (g1, g2) : nil
    }
  }
}
