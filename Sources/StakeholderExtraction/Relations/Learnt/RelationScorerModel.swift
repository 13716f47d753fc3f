import Foundation
import StakeholderModel

/// The learnt relation scorer's weights and decisions, read from `Resources/model/relation-scorer.tsv`
/// (written by `tools/relscore/train.py`).
///
///     let model = try RelationScorerModel(text: "@bias\t-2.0\n@threshold.add\t0.6\nk:person>organization\t1.5\n", file: "m.tsv")
///     model.probability(["k:person>organization"])   // σ(−2.0 + 1.5) ≈ 0.378
///
/// Format: `#` comment lines (provenance, CV figures); `@use` (1: the pipeline runs the scorer; 0: the trainer found
/// that it did not beat the rules in cross-validation, so extraction skips it), `@bias`, `@threshold.keep` (rule relations scored below it are
/// dropped; 0 keeps them all), `@threshold.add` (candidates the rules did not relate are added from it on),
/// `@threshold.add KIND|KIND` (the add threshold for pairs of those kinds, sorted by raw value, instead of the
/// general one), `@require.add` (a feature every added pair must have; `!FEATURE`: must not have), `@type KIND|KIND` (the type given to an added pair of those kinds, sorted by raw value, refined by
/// `@typecue KIND|KIND FEATURE` lines: that type when the feature is present); then `feature<TAB>weight` lines.
struct RelationScorerModel: Sendable {
  /// Whether extraction runs the scorer at all (`@use`; true when the file does not say).
  var use = true
  var bias = 0.0
  var keepThreshold = 0.0
  var addThreshold = 1.0
  /// Add thresholds per unordered kind pair ("organization|person"), overriding ``addThreshold``.
  var kindAddThresholds: [String: Double] = [:]
  /// A feature every added pair must have (`@require.add`; "orph:2": both entities left unrelated by the rules),
  /// or, written with a leading `!`, must not have ("!orph:0": at least one of the two left unrelated).
  var requiredForAdding: String?
  var weights: [String: Double] = [:]
  /// Default type per unordered kind pair ("organization|person").
  var types: [String: RelationType] = [:]
  /// Type cues per unordered kind pair: (feature, type), in file order; the first present wins.
  var typeCues: [String: [(String, RelationType)]] = [:]

  init() {}

  /// Parses the model text.
  /// - Throws: ``GraphFileError`` naming `file` and the line of a malformed entry.
  init(text: String, file: String) throws {
    for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") { continue }
      let cols = line.split(separator: "\t").map(String.init)
      func fail(_ why: String) -> GraphFileError { GraphFileError(file: file, line: n + 1, message: why) }
      if cols[0].hasPrefix("@typecue ") {
        let parts = cols[0].dropFirst(9).split(separator: " ").map(String.init)
        guard parts.count == 2, cols.count == 2, let t = RelationType(rawValue: cols[1]) else { throw fail("expected '@typecue KIND|KIND FEATURE<TAB>TYPE'") }
        typeCues[parts[0], default: []].append((parts[1], t))
        continue
      }
      if cols[0] == "@require.add" {
        guard cols.count == 2 else { throw fail("expected '@require.add<TAB>FEATURE'") }
        requiredForAdding = cols[1]
        continue
      }
      if cols[0].hasPrefix("@threshold.add ") {
        guard cols.count == 2, let v = Double(cols[1]), v.isFinite else { throw fail("expected '@threshold.add KIND|KIND<TAB>VALUE'") }
        kindAddThresholds[String(cols[0].dropFirst(15))] = v
        continue
      }
      if cols[0].hasPrefix("@type ") {
        guard cols.count == 2, let t = RelationType(rawValue: cols[1]) else { throw fail("expected '@type KIND|KIND<TAB>TYPE'") }
        types[String(cols[0].dropFirst(6))] = t
        continue
      }
      guard cols.count == 2, let v = Double(cols[1]), v.isFinite else { throw fail("expected 'feature<TAB>weight'") }
      switch cols[0] {
      case "@use": use = v != 0
      case "@bias": bias = v
      case "@threshold.keep": keepThreshold = v
      case "@threshold.add": addThreshold = v
      default:
        guard !cols[0].hasPrefix("@") else { throw fail("unknown setting '\(cols[0])'") }
        weights[cols[0]] = v
      }
    }
  }

  /// Whether a pair with these features may be added as `@require.add` says (always, when it says nothing).
  func passesAddRequirement(_ features: [String]) -> Bool {
    guard let r = requiredForAdding else { return true }
    return r.hasPrefix("!") ? !features.contains(String(r.dropFirst())) : features.contains(r)
  }

  /// The probability that a pair with these features is related (logistic regression).
  func probability(_ features: [String]) -> Double {
    var z = bias
    for f in features { z += weights[f] ?? 0 }
    return 1 / (1 + exp(-z))
  }

  /// The unordered kind-pair key of the `@type` and `@threshold.add` lines: raw values sorted, joined by `|`.
  static func kindKey(_ x: EntityKind, _ y: EntityKind) -> String {
    x.rawValue < y.rawValue ? x.rawValue + "|" + y.rawValue : y.rawValue + "|" + x.rawValue
  }

  /// The add threshold for a pair of these kinds: its `@threshold.add KIND|KIND`, else the general one.
  func addThreshold(_ x: EntityKind, _ y: EntityKind) -> Double {
    kindAddThresholds.isEmpty ? addThreshold : kindAddThresholds[Self.kindKey(x, y)] ?? addThreshold
  }

  /// The type of an added pair: the first cue present for its kinds, else the kinds' default, else nil.
  /// - Parameter features: Sorted features of the pair.
  func type(_ x: EntityKind, _ y: EntityKind, features: [String]) -> RelationType? {
    let key = Self.kindKey(x, y)
    for (f, t) in typeCues[key] ?? [] where features.contains(f) { return t }
    return types[key]
  }
}
