import StakeholderModel

extension RelationScorer {
  /// The scorer's pass over one document, after the rules (``RelationFinder``) and the sectors: the candidate pairs,
  /// their features and what `scorer` decides. With `collect` (the training dump, `evaluate --dump-pairs`) every
  /// candidate is kept and described; otherwise only the pairs the model may act on are, and nothing is computed
  /// when there is no usable model.
  /// - Parameters:
  ///   - scorer: The scorer, or nil for the rules alone.
  ///   - kinds: Entity group → kind.
  ///   - sectors: Entity group → sector, as decided.
  /// - Complexity: O(candidates × features).
  static func pass(_ scorer: RelationScorer?, collect: Bool, _ rec: Recognizer, _ res: DocumentResolver, _ rf: RelationFinder,
                   kinds: [EntityKind], sectors: [Sector?]) -> (candidates: [RelationCandidate], features: [[String]], decision: Decision) {
    let scoring = scorer.map { $0.loadError == nil && $0.model.use && !$0.model.weights.isEmpty } ?? false
    guard scoring || collect else { return ([], [], Decision()) }
    var ruledGroups = Array(repeating: false, count: kinds.count)
    for key in rf.order { ruledGroups[key.source] = true; ruledGroups[key.target] = true }
    var candidates = RelationCandidates.enumerate(rec, groupOf: res.groupOf, kinds: kinds, ruleRelations: rf.order,
                                                  hubs: [rf.mainEvent, rf.mainProject].compactMap { $0 },
                                                  eligible: collect ? nil : scorer?.eligibleGroups(ruled: ruledGroups))
    let fx = RelationFeatures(rec, groupOf: res.groupOf, kinds: kinds, sectors: sectors,
                              mainEvent: rf.mainEvent, mainProject: rf.mainProject, leadEnd: rf.leadEnd, ruled: ruledGroups)
    // Scoring alone: only the pairs the scorer can act on get features (the same decisions, less work).
    if !collect, let scorer { candidates = candidates.filter { scorer.mayAct(on: $0, orphans: fx.orphans($0)) } }
    let features = candidates.map(fx.features(of:))
    var decision = Decision()
    if scoring, let scorer { decision = scorer.decide(candidates, features: features, kinds: kinds, groupOf: res.groupOf) }
    return (candidates, features, decision)
  }
}
