import StakeholderModel

/// A pair of entities of one document that may be related: the learnt scorer's unit of decision.
///
///     // "Prezes Jan Przybyłowicz z Fundacji X …": person group 3, organization group 5, closest in sentence 2
///     RelationCandidate(a: 3, b: 5, sentence: 2, first: 7, second: 9, ruleTypes: [], cooccurrences: 1)
struct RelationCandidate: Sendable, Equatable {
  /// The two entity groups (indices into the document resolver's groups), `a < b`.
  var a: Int
  var b: Int
  /// The sentence of the closest co-occurrence, or nil when the two are never named within reach in one sentence.
  var sentence: Int?
  /// The mentions (indices into the recognizer's mentions) of that co-occurrence, in text order.
  var first: Int
  var second: Int
  /// The types the hand rules gave this pair (sorted by raw value); empty when they did not relate it.
  var ruleTypes: [RelationType]
  /// In how many sentences the two are named within reach.
  var cooccurrences: Int
  /// The sentence an added relation cites: ``sentence``, or for a pair with the report's own meeting or project
  /// never named together, the sentence where the other entity is first named.
  var evidence: Int = -1
}

/// Enumerates the candidate pairs of one document for the learnt relation scorer.
///
/// Pairs of distinct entity groups named in one sentence no more than ``maxDistance`` tokens apart whose kinds
/// some relation type of the schema allows, plus every pair the hand rules related (across sentences too), plus
/// every person and organization with the report's own meeting or project (the hubs, as the rules find them), which
/// most articles' participants are related to wherever they are named.
/// Each pair keeps its closest co-occurrence (fewest tokens between, then earliest).
///
/// - Complexity: O(Σ m²) over sentences with m mentions each, bounded by the distance cap.
enum RelationCandidates {
  /// The most tokens between two mentions of one candidate.
  static let maxDistance = 40
  /// The most entity groups for which ``enumerate(_:groupOf:kinds:ruleRelations:hubs:eligible:)`` indexes pairs in a
  /// flat table of n² entries (4 MB at most) rather than a dictionary.
  static let maxFlatGroups = 1024

  /// Whether some relation type of the schema joins these two kinds (either order).
  static func allowed(_ x: EntityKind, _ y: EntityKind) -> Bool {
    switch (x, y) {
    case (.person, .organization), (.organization, .person), (.person, .place), (.place, .person),
         (.organization, .organization), (.organization, .place), (.place, .organization),
         (.event, .place), (.place, .event), (.person, .event), (.event, .person), (.person, .project), (.project, .person),
         (.organization, .event), (.event, .organization), (.organization, .project), (.project, .organization),
         (.project, .project), (.person, .person):
      return true
    default:
      return false
    }
  }

  /// The candidates of one document, sorted by `(a, b)`.
  /// - Parameters:
  ///   - rec: The recognizer after its run (tokens, sentences, mentions).
  ///   - groupOf: Mention index → entity group (−1 for none).
  ///   - kinds: Entity group → kind.
  ///   - ruleRelations: The hand rules' relations (group endpoints and type), in any order.
  ///   - hubs: The groups of the report's own meeting and project, if found.
  ///   - eligible: When given, only pairs of two eligible groups are enumerated (and no rule pair): the same
  ///     candidates as without it, filtered, for a scorer that can act on nothing else.
  static func enumerate(_ rec: Recognizer, groupOf: [Int], kinds: [EntityKind], ruleRelations: [RelationFinder.Key],
                        hubs: [Int] = [], eligible: [Bool]? = nil) -> [RelationCandidate] {
    var bySentence = Array(repeating: [Int](), count: rec.sentences.count)
    // (Fields read in place: no mention is copied.)
    let mentions = rec.mentions
    for i in mentions.indices where mentions[i].sentence >= 0 && mentions[i].sentence < bySentence.count && groupOf[i] >= 0
      && eligible.map({ $0[groupOf[i]] }) ?? true {
      bySentence[mentions[i].sentence].append(i)
    }
    // Pair key a * count + b: integer keys, and the output is sorted, so no hashing order leaks out. Each pair's
    // candidate and closest distance sit at its index in `found` and `bestDistance` (one look-up per co-occurrence).
    // The index is a flat table (-1: no pair yet) when the groups are few enough for n² entries, as in all but the
    // longest texts; a dictionary otherwise. `keys` holds each pair's key at its index, for the sorted output.
    let n = kinds.count
    let flat = n <= maxFlatGroups
    var table = [Int32](repeating: -1, count: flat ? n * n : 0)
    var index: [Int: Int] = [:]
    var keys: [Int] = []
    var found: [RelationCandidate] = []
    var bestDistance: [Int] = []
    // The sentence whose co-occurrence the pair last counted (-1 for none): each sentence counts a pair once.
    var countedIn: [Int] = []
    /// The index of pair `key`, made with `candidate()` when the pair is new.
    func slot(_ key: Int, _ candidate: () -> RelationCandidate) -> Int {
      if flat {
        if table[key] >= 0 { return Int(table[key]) }
        table[key] = Int32(found.count)
      } else {
        if let c = index[key] { return c }
        index[key] = found.count
      }
      keys.append(key)
      found.append(candidate())
      bestDistance.append(0)
      countedIn.append(-1)
      return found.count - 1
    }
    // The mentions' token spans, read once: a closure reading `rec.mentions` copies the whole recogniser per call.
    let starts = rec.mentions.map(\.range.lowerBound)
    let ends = rec.mentions.map(\.range.upperBound)
    for k in bySentence.indices {
      let ms = bySentence[k].sorted { (starts[$0], $0) < (starts[$1], $1) }
      for x in ms.indices {
        for y in (x + 1)..<max(x + 1, ms.count) {
          let mx = ms[x], my = ms[y]
          let gx = groupOf[mx], gy = groupOf[my]
          guard gx != gy else { continue }
          let d = starts[my] - ends[mx]
          if d > maxDistance { break }
          guard allowed(kinds[gx], kinds[gy]) else { continue }
          let key = min(gx, gy) * n + max(gx, gy)
          let dd = max(d, 0)
          let c = slot(key) { RelationCandidate(a: min(gx, gy), b: max(gx, gy), sentence: nil, first: mx, second: my, ruleTypes: [], cooccurrences: 0) }
          if countedIn[c] != k {
            countedIn[c] = k
            found[c].cooccurrences += 1
          }
          if found[c].sentence == nil || dd < bestDistance[c] {
            found[c].sentence = k
            found[c].first = mx
            found[c].second = my
            bestDistance[c] = dd
          }
        }
      }
    }
    var firstMention = Array(repeating: -1, count: n)
    for i in mentions.indices where groupOf[i] >= 0 {
      let g = groupOf[i]
      if firstMention[g] < 0 || starts[i] < starts[firstMention[g]] { firstMention[g] = i }
    }
    func distant(_ a: Int, _ b: Int) -> RelationCandidate {
      let (fa, fb) = (firstMention[a], firstMention[b])
      let ordered = starts[fa] <= starts[fb]
      return RelationCandidate(a: a, b: b, sentence: nil, first: ordered ? fa : fb, second: ordered ? fb : fa, ruleTypes: [], cooccurrences: 0)
    }
    for r in ruleRelations where r.source != r.target && eligible == nil {
      let a = min(r.source, r.target), b = max(r.source, r.target)
      let c = slot(a * n + b) { distant(a, b) }
      if !found[c].ruleTypes.contains(r.type) {
        found[c].ruleTypes.append(r.type)
        found[c].ruleTypes.sort { $0.rawValue < $1.rawValue }
      }
    }
    for h in hubs where h >= 0 && h < n && firstMention[h] >= 0 && eligible.map({ $0[h] }) ?? true {
      for g in 0..<n where g != h && firstMention[g] >= 0 && (kinds[g] == .person || kinds[g] == .organization)
        && eligible.map({ $0[g] }) ?? true {
        _ = slot(min(g, h) * n + max(g, h)) {
          var c = distant(min(g, h), max(g, h))
          c.evidence = rec.mentions[firstMention[g]].sentence
          return c
        }
      }
    }
    return keys.indices.sorted { keys[$0] < keys[$1] }.map { at in
      var c = found[at]
      if let k = c.sentence { c.evidence = k }
      return c
    }
  }
}
