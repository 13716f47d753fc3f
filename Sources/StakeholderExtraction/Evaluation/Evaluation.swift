import Foundation
import StakeholderModel

/// Scores an extracted graph against gold annotations, following the extraction schema's Scoring section.
///
///     let gold = try Evaluation.loadGold(directory: URL(fileURLWithPath: "Tests/Fixtures/gold"))
///     let report = Evaluation.evaluate(predicted: result.graph, gold: gold)
///     print(report.table())
///
/// Per document, an extracted entity matches a gold entity of the same kind when any of its normalised forms
/// (name or alias: lower-cased, quotes stripped, whitespace folded) equals one of the gold entity's; matching is
/// one-to-one (exact canonical names first, then any shared form). Relations match as unordered pairs of matched
/// entities; typed scores also require the same type.
public enum Evaluation {
  /// True positives, false positives and false negatives, with the derived scores.
  public struct Counts: Sendable, Equatable {
    public var tp = 0, fp = 0, fn = 0
    public init(tp: Int = 0, fp: Int = 0, fn: Int = 0) { self.tp = tp; self.fp = fp; self.fn = fn }
    public var precision: Double { tp + fp == 0 ? 1 : Double(tp) / Double(tp + fp) }
    public var recall: Double { tp + fn == 0 ? 1 : Double(tp) / Double(tp + fn) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    static func += (a: inout Counts, b: Counts) { a.tp += b.tp; a.fp += b.fp; a.fn += b.fn }
  }

  /// The scores of one evaluation.
  public struct Report: Sendable {
    public var byKind: [EntityKind: Counts] = [:]
    public var entities = Counts()
    /// Matched entities whose name is exactly the gold canonical name / all matched.
    public var canonicalCorrect = 0, matched = 0
    /// Matched organizations and persons with the gold sector / those with a gold sector.
    public var sectorCorrect = 0, sectorTotal = 0
    public var relationsUntyped = Counts()
    public var relationsTyped = Counts()
    /// Documents scored (those with a gold file).
    public var documents: [String] = []
    /// What did not match, for reading: "doc: missed person 'X'", "doc: extra organization 'Y'".
    public var errors: [String] = []

    public var canonicalAccuracy: Double { matched == 0 ? 1 : Double(canonicalCorrect) / Double(matched) }
    public var sectorAccuracy: Double { sectorTotal == 0 ? 1 : Double(sectorCorrect) / Double(sectorTotal) }

    /// A plain-text table of the scores.
    public func table() -> String {
      func row(_ label: String, _ c: Counts) -> String {
        label.padding(toLength: 22, withPad: " ", startingAt: 0)
          + String(format: "%6.3f %6.3f %6.3f %5d %5d %5d", c.precision, c.recall, c.f1, c.tp, c.fp, c.fn)
      }
      var lines = ["documents: \(documents.count)", "", "entities".padding(toLength: 22, withPad: " ", startingAt: 0) + "     P      R     F1    TP    FP    FN"]
      for k in EntityKind.allCases { lines.append(row("  " + k.rawValue, byKind[k] ?? Counts())) }
      lines.append(row("  all", entities))
      lines.append("")
      lines.append(String(format: "canonical name accuracy  %6.3f (%d/%d matched)", canonicalAccuracy, canonicalCorrect, matched))
      lines.append(String(format: "sector accuracy          %6.3f (%d/%d organizations and persons)", sectorAccuracy, sectorCorrect, sectorTotal))
      lines.append("")
      lines.append("relations".padding(toLength: 22, withPad: " ", startingAt: 0) + "     P      R     F1    TP    FP    FN")
      lines.append(row("  untyped", relationsUntyped))
      lines.append(row("  typed", relationsTyped))
      return lines.joined(separator: "\n") + "\n"
    }
  }

  /// Reads every `*.json` gold file of a folder: one graph per document, keyed by document id (the graph's
  /// first document, else the file name with `.txt`).
  /// - Throws: ``GraphFileError`` naming a file that cannot be read.
  public static func loadGold(directory: URL) throws -> [String: StakeholderGraph] {
    let files: [URL]
    do {
      files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
        .filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }
    } catch {
      throw GraphFileError(file: directory.path, line: nil, message: "cannot read gold folder: \(error.localizedDescription)")
    }
    var out: [String: StakeholderGraph] = [:]
    for f in files {
      let g = try StakeholderGraph.read(from: f)
      let id = g.documents.first?.id ?? f.deletingPathExtension().lastPathComponent + ".txt"
      out[id] = g
    }
    return out
  }

  /// Scores `predicted` on the documents that have gold graphs.
  public static func evaluate(predicted: StakeholderGraph, gold: [String: StakeholderGraph]) -> Report {
    var report = Report()
    for doc in gold.keys.sorted() {
      report.documents.append(doc)
      evaluateDocument(doc, predicted: predicted, gold: gold[doc]!, into: &report)
    }
    return report
  }

  static func forms(_ e: Entity) -> Set<String> { Set(e.allNames.map(Normalize.form)) }

  /// The one-to-one entity matching of one document: predicted entities named in `doc` and gold entities (both
  /// sorted by id), and the matches both ways (predicted id → gold id, gold id → predicted id).
  static func matchEntities(_ doc: String, predicted: StakeholderGraph, gold: StakeholderGraph)
    -> (pred: [Entity], gold: [Entity], goldFor: [String: String], predFor: [String: String]) {
    let pred = predicted.entities.filter { $0.mentions.contains { $0.document == doc } }.sorted { $0.id < $1.id }
    let goldEntities = gold.entities.sorted { $0.id < $1.id }
    var goldFor: [String: String] = [:]  // predicted id → gold id
    var predFor: [String: String] = [:]
    let pForms = pred.map(forms)
    let gForms = goldEntities.map(forms)
    // Exact canonical names first, then any shared form.
    for pass in 0..<2 {
      for (gi, g) in goldEntities.enumerated() where predFor[g.id] == nil {
        for (pi, p) in pred.enumerated() where goldFor[p.id] == nil && p.kind == g.kind {
          let ok = pass == 0 ? Normalize.form(p.name) == Normalize.form(g.name) : !pForms[pi].isDisjoint(with: gForms[gi])
          if ok { goldFor[p.id] = g.id; predFor[g.id] = p.id; break }
        }
      }
    }
    return (pred, goldEntities, goldFor, predFor)
  }

  static func evaluateDocument(_ doc: String, predicted: StakeholderGraph, gold: StakeholderGraph, into report: inout Report) {
    let (pred, goldEntities, goldFor, predFor) = matchEntities(doc, predicted: predicted, gold: gold)
    let goldByID = Dictionary(uniqueKeysWithValues: goldEntities.map { ($0.id, $0) })
    for k in EntityKind.allCases {
      var c = Counts()
      c.tp = pred.filter { $0.kind == k && goldFor[$0.id] != nil }.count
      c.fp = pred.filter { $0.kind == k && goldFor[$0.id] == nil }.count
      c.fn = goldEntities.filter { $0.kind == k && predFor[$0.id] == nil }.count
      report.byKind[k, default: Counts()] += c
      report.entities += c
    }
    for p in pred {
      guard let gid = goldFor[p.id], let g = goldByID[gid] else {
        report.errors.append("\(doc): extra \(p.kind.rawValue) '\(p.name)'")
        continue
      }
      report.matched += 1
      if Normalize.form(p.name) == Normalize.form(g.name) && p.name.split(separator: " ") == g.name.split(separator: " ") {
        report.canonicalCorrect += 1
      } else {
        report.errors.append("\(doc): name '\(p.name)' should be '\(g.name)'")
      }
      if (g.kind == .organization || g.kind == .person), let gs = g.sector {
        report.sectorTotal += 1
        if p.sector == gs { report.sectorCorrect += 1 } else {
          report.errors.append("\(doc): sector of '\(g.name)' is \(p.sector?.rawValue ?? "none"), gold \(gs.rawValue)")
        }
      }
    }
    for g in goldEntities where predFor[g.id] == nil { report.errors.append("\(doc): missed \(g.kind.rawValue) '\(g.name)'") }
    // Relations with evidence in this document, mapped onto gold ids (unmatched endpoints stay unmatched).
    struct Pair: Hashable { var a: String; var b: String }
    func pair(_ s: String, _ t: String) -> Pair { s < t ? Pair(a: s, b: t) : Pair(a: t, b: s) }
    let predRels = predicted.relations.filter { $0.evidence.contains { $0.document == doc } }
    var pUntyped = Set<Pair>(), pTyped = Set<String>()
    for r in predRels {
      let s = goldFor[r.source] ?? "?\(r.source)", t = goldFor[r.target] ?? "?\(r.target)"
      let p = pair(s, t)
      pUntyped.insert(p)
      pTyped.insert("\(p.a)|\(p.b)|\(r.type.rawValue)")
    }
    var gUntyped = Set<Pair>(), gTyped = Set<String>()
    for r in gold.relations {
      let p = pair(r.source, r.target)
      gUntyped.insert(p)
      gTyped.insert("\(p.a)|\(p.b)|\(r.type.rawValue)")
    }
    report.relationsUntyped += Counts(tp: pUntyped.intersection(gUntyped).count, fp: pUntyped.subtracting(gUntyped).count, fn: gUntyped.subtracting(pUntyped).count)
    report.relationsTyped += Counts(tp: pTyped.intersection(gTyped).count, fp: pTyped.subtracting(gTyped).count, fn: gTyped.subtracting(pTyped).count)
    for t in pTyped.subtracting(gTyped).sorted() { report.errors.append("\(doc): extra relation \(t)") }
    for t in gTyped.subtracting(pTyped).sorted() { report.errors.append("\(doc): missed relation \(t)") }
  }
}
