import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// The independent held-out set (Tests/Fixtures/heldout-a: 8 articles, gold by another annotator, never tuned
/// on name by name) scored with the evaluation code. The floors are the figures reached when this test was
/// written, less 0.02, so that a later change cannot silently lose general quality.
///
/// Session 11 (2026-11-22) set every floor to that session's end figures less 0.02. The relation floors of A–F, H,
/// I, K, P and Q went down: a person is now linked to the report's meeting only where the sentence (or a bulleted
/// list's lead-in) says the person took part, as the later annotators (G, M, N, S–Y) read schema convention 10;
/// the earlier sets link every person quoted in the report, and lose 0.01–0.03 relation F1 for it.
///
/// Session 12 (2026-11-22) set every floor to that session's end figures less 0.02 again. Q's sector floor went
/// down: a social cooperative is now civil society (Y's annotator, four of five such bodies in the sets), Q's is
/// business.
///
/// Session 13 (2026-11-23) tuned rules on Z, AA, AB and AC (their error lists were read from then on), added two new
/// unseen sets, AD and AE, and set every floor to the session's end figures less 0.02.
///
/// Session 14 (2026-11-23) tuned rules on AD and AE (their error lists were read from then on), added two new unseen
/// sets, AF and AG, and set every floor to the session's end figures less 0.02. A culture centre named by its owner
/// ("Gminny Ośrodek Kultury") is now local government, as Y's and AD's annotators read it.
///
/// Session 15 (2026-11-23) tuned rules on AF and AG, and on AH, one of the two sets it added (AH and AI); AI stays
/// unseen. Every floor is the session's end figures less 0.02.
///
/// Session 16 (2026-11-23) tuned rules on AI and added two unseen sets, AJ and AK, whose error lists were not read.
/// Every floor is the session's end figures less 0.02.
@Suite("Extraction quality on the held-out set")
struct HeldoutQualityTests {
  /// Floors a held-out set must keep (nil: not checked).
  struct Floors: Sendable {
    var entities: Double, relationsUntyped: Double, relationsTyped: Double, sectors: Double, names: Double? = nil
  }

  /// A fixture folder of eight articles with its gold files and floors; `label` names it in the test results.
  struct HeldoutSet: Sendable, CustomTestStringConvertible {
    var label: String, folder: String, floors: Floors
    var testDescription: String { label }
  }

  /// Every held-out set, each described where it is defined below.
  static let sets = [setA, setB, setC, setD, setE, setF, setG, setH, setI, setJ, setK, setL, setM, setN, setO, setP, setQ, setR, setS, setT, setU,
                     setV, setW, setX, setY, setZ, setAA, setAB, setAC, setAD, setAE, setAF, setAG,
                     setAH, setAI, setAJ, setAK, setAL, setAM, setAN, setAO]

  @Test("held-out sets: entity, relation, sector and name figures stay above their floors", arguments: sets)
  func scores(_ set: HeldoutSet) throws {
    try Self.expectScores(ExtractionFixtures.root.appendingPathComponent("Tests/Fixtures/\(set.folder)"), set.floors)
  }

  /// Extracts the eight articles of a fixture folder (`*.txt`; its NOTES.md is not an article) and checks the
  /// evaluation against its gold files and floors.
  static func expectScores(_ folder: URL, _ floors: Floors) throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
    let docs = try CorpusReader().read(paths: files.map { folder.appendingPathComponent($0).path }).documents
    #expect(docs.count == 8)
    let gold = try Evaluation.loadGold(directory: folder.appendingPathComponent("gold"))
    #expect(gold.count == 8)
    let report = Evaluation.evaluate(predicted: Extractor().extract(docs).graph, gold: gold)
    #expect(report.entities.f1 >= floors.entities, "\(report.table())")
    #expect(report.relationsUntyped.f1 >= floors.relationsUntyped, "\(report.table())")
    #expect(report.relationsTyped.f1 >= floors.relationsTyped, "\(report.table())")
    #expect(report.sectorAccuracy >= floors.sectors, "\(report.table())")
    if let names = floors.names { #expect(report.canonicalAccuracy >= names, "\(report.table())") }
  }

  /// The first held-out set (see the suite's comment): reached figures minus 0.02.
  static let setA = HeldoutSet(label: "A", folder: "heldout-a",
                               floors: Floors(entities: 0.965, relationsUntyped: 0.918, relationsTyped: 0.913, sectors: 0.973, names: 0.967))

  /// The second held-out set (Tests/Fixtures/heldout-b: 8 articles by a third annotator). It was scored once
  /// without any tuning on it (2026-11-21: entity F1 0.878, relation F1 0.569, sectors 0.833); general rules were
  /// then tuned on its error lists (same day: entity F1 1.000, relation F1 0.979, sectors 0.976), so it is dev
  /// data now and no longer measures unseen quality. The floors are the tuned figures less 0.02.
  static let setB = HeldoutSet(label: "B (tuned on since 2026-11-21)", folder: "heldout-b",
                               floors: Floors(entities: 0.980, relationsUntyped: 0.940, relationsTyped: 0.940, sectors: 0.956, names: 0.966))

  /// The third held-out set (Tests/Fixtures/heldout-c: 8 articles by a fourth annotator, with NOTES.md). It was
  /// scored once without any tuning on it (2026-11-21: entity F1 0.901 (P 0.873, R 0.930), canonical names 0.967,
  /// sectors 0.873, relations untyped F1 0.625 (P 0.663, R 0.591), typed 0.599); general rules were then tuned on its
  /// error lists, precision first (same day: entity F1 0.996, canonical names 0.987, sectors 0.986, relations
  /// untyped F1 0.960, typed 0.939), so it is dev data now and no longer measures unseen quality. The floors are
  /// the tuned figures less 0.02.
  static let setC = HeldoutSet(label: "C (tuned on since 2026-11-21)", folder: "heldout-c",
                               floors: Floors(entities: 0.978, relationsUntyped: 0.940, relationsTyped: 0.914, sectors: 0.966, names: 0.967))

  /// The fourth held-out set (Tests/Fixtures/heldout-d: 8 articles by a fifth annotator, with NOTES.md), scored
  /// once, unseen, after tuning on sets B and C: entity F1 0.876 (P 0.896, R 0.856), canonical names 0.968,
  /// sectors 0.864, relations untyped F1 0.577 (P 0.758, R 0.465), typed 0.564. General rules were then tuned on
  /// its error lists (2026-11-22: entity F1 1.000, canonical names 0.986, sectors 0.985, relations untyped F1 0.988,
  /// typed 0.988), so it is dev data now and no longer measures unseen quality. The floors are the tuned figures
  /// less 0.02.
  static let setD = HeldoutSet(label: "D (tuned on since 2026-11-22)", folder: "heldout-d",
                               floors: Floors(entities: 0.980, relationsUntyped: 0.944, relationsTyped: 0.944, sectors: 0.965, names: 0.971))

  /// The fifth held-out set (Tests/Fixtures/heldout-e: 8 articles by a sixth annotator who read only the schema
  /// and the seeds, with NOTES.md). Scored unseen before the 2026-11-22 rules (entity F1 0.917, relations untyped
  /// F1 0.586, typed 0.580) and after them (entity F1 0.920 (P 0.914, R 0.927), canonical names 0.963, sectors
  /// 0.898, relations untyped F1 0.645 (P 0.786, R 0.547), typed 0.639, events F1 0.750). General rules were then
  /// tuned on its error lists (2026-11-22, branch quality4: entity F1 0.988 (P 0.990, R 0.985), canonical names
  /// 0.990, sectors 0.978, relations untyped F1 0.964 (P 0.990, R 0.940), typed 0.959, events F1 1.000), so it is
  /// dev data now like the others and no longer measures unseen quality. The floors are the tuned figures less 0.02.
  static let setE = HeldoutSet(label: "E (tuned on since 2026-11-22)", folder: "heldout-e",
                               floors: Floors(entities: 0.975, relationsUntyped: 0.941, relationsTyped: 0.936, sectors: 0.958, names: 0.975))

  /// The sixth held-out set (Tests/Fixtures/heldout-f: 8 articles by a seventh annotator who read only the
  /// schema and the seeds, with NOTES.md). Scored unseen before the E-tuned rules (entity F1 0.901, canonical names
  /// 0.969, sectors 0.895, relations untyped F1 0.612, typed 0.593) and after them (entity F1 0.911 (P 0.937,
  /// R 0.886), canonical names 0.969, sectors 0.897, relations untyped F1 0.623 (P 0.750, R 0.533), typed 0.605).
  /// General entity and relation rules were then tuned on its error lists (2026-11-22, branches quality5-entities
  /// and quality5-relations, merged: entity F1 0.998 (P 0.995, R 1.000), canonical names 0.986, sectors 0.986,
  /// relations untyped F1 0.879 (P 0.894, R 0.864), typed 0.860), so it is dev data now like the others. The
  /// floors are the tuned figures less 0.02.
  static let setF = HeldoutSet(label: "F (tuned on since 2026-11-22)", folder: "heldout-f",
                               floors: Floors(entities: 0.978, relationsUntyped: 0.881, relationsTyped: 0.861, sectors: 0.966, names: 0.971))

  /// The seventh held-out set (Tests/Fixtures/heldout-g: 8 articles by an eighth annotator who read only the
  /// schema and the seeds, with NOTES.md). Scored unseen at the start of 2026-11-22 (entity F1 0.928, sectors
  /// 0.846, relations untyped F1 0.654, typed 0.628); four general rules came from its errors the same day (entity
  /// F1 0.941, canonical names 0.977, sectors 0.842, relations untyped F1 0.668, typed 0.643). General entity and
  /// relation rules were then tuned on its error lists (branches quality5-entities and quality5-relations, merged:
  /// entity F1 0.994 (P 0.996, R 0.991), canonical names 1.000, sectors 0.975, relations untyped F1 0.866 (P 0.812,
  /// R 0.928), typed 0.848), so it is dev data now. The floors are the tuned figures less 0.02.
  static let setG = HeldoutSet(label: "G (tuned on since 2026-11-22)", folder: "heldout-g",
                               floors: Floors(entities: 0.978, relationsUntyped: 0.887, relationsTyped: 0.869, sectors: 0.949, names: 0.980))

  /// The eighth held-out set (Tests/Fixtures/heldout-h: 8 articles by a ninth annotator who read only the schema
  /// and the seeds, with NOTES.md). Scored unseen at the start of 2026-11-22 (entity F1 0.869, canonical names
  /// 0.978, sectors 0.925, relations untyped F1 0.648, typed 0.643) and after the day's rules from other sets
  /// (entity F1 0.885 (P 0.867, R 0.904), relations untyped F1 0.689 (P 0.708, R 0.671), typed 0.685). Tuned on
  /// since 2026-11-22 (session 6): general entity and relation rules from its error lists (branches qual6ent and
  /// qual6rel) gave entity F1 0.960 (P 0.949, R 0.971), canonical names 0.985, sectors 0.992, relations untyped F1
  /// 0.932 (P 0.930, R 0.934), typed 0.923. The floors are those figures less 0.02.
  static let setH = HeldoutSet(label: "H (tuned on since 2026-11-22, session 6)", folder: "heldout-h",
                               floors: Floors(entities: 0.963, relationsUntyped: 0.899, relationsTyped: 0.890, sectors: 0.957, names: 0.970))

  /// The ninth held-out set (Tests/Fixtures/heldout-i: 8 articles by a tenth annotator who read only the schema
  /// and the seeds, with NOTES.md; pages as copied from the web, with date, credit and "read also" lines). Scored
  /// unseen at the start of 2026-11-22 (entity F1 0.907, canonical names 0.966, sectors 0.858, relations untyped F1
  /// 0.589, typed 0.589) and after the day's rules from other sets (entity F1 0.926 (P 0.926, R 0.926), relations
  /// untyped F1 0.646 (P 0.804, R 0.540), typed 0.646). Tuned on since 2026-11-22 (session 6): general entity and
  /// relation rules from its error lists (branches qual6ent and qual6rel) gave entity F1 0.985 (P 0.979, R 0.991),
  /// canonical names 0.974, sectors 0.993, relations untyped F1 0.908 (P 0.940, R 0.878), typed 0.903. The floors are
  /// those figures less 0.02.
  static let setI = HeldoutSet(label: "I (tuned on since 2026-11-22, session 6)", folder: "heldout-i",
                               floors: Floors(entities: 0.965, relationsUntyped: 0.887, relationsTyped: 0.882, sectors: 0.980, names: 0.954))

  /// The tenth held-out set (Tests/Fixtures/heldout-j: 8 articles, 6 Polish and 2 English, by an eleventh annotator
  /// who read only the schema and the seeds, with NOTES.md; hard-wrapped plain text with straight quotation marks,
  /// as copied from office and university sites). Unseen: scored at the start of session 6 (2026-11-22: entity F1
  /// 0.923, canonical names 0.972, sectors 0.886, relations untyped F1 0.637 (P 0.763, R 0.546), typed 0.631) and
  /// after the session's rules tuned on H and I (entity F1 0.934 (P 0.938, R 0.929), canonical names 0.973,
  /// sectors 0.897, relations untyped F1 0.648 (P 0.773, R 0.557), typed 0.641); nobody has read its error lists.
  /// Session 7 (rules tuned on N–Q and the learnt relation scorer; still nobody read its error lists): entity F1 0.941
  /// (P 0.944, R 0.939), canonical names 0.973, sectors 0.906, relations untyped F1 0.650 (P 0.759, R 0.568), typed
  /// 0.637. The floors are the session-7 figures less 0.02. Session 8: general rules from made-up probes, and the
  /// relation scorer retrained with J–M among its training folds (so J–M measure the scorer only through its
  /// cross-validation from then on; the hand rules were still not tuned on them): entity F1 0.947, sectors 0.916,
  /// relations untyped F1 0.683 (P 0.782, R 0.607), typed 0.671.
  static let setJ = HeldoutSet(label: "J (unseen, not tuned on)", folder: "heldout-j",
                               floors: Floors(entities: 0.950, relationsUntyped: 0.743, relationsTyped: 0.717, sectors: 0.930, names: 0.954))

  /// The eleventh held-out set (Tests/Fixtures/heldout-k: 8 articles, 4 Polish and 4 English, by a twelfth
  /// annotator who read only the schema and the seeds, with NOTES.md; newsletters, a panel report with a speakers'
  /// list, an interview, grant results, a delegation abroad, an innovation council, an agreement, a demo day).
  /// Unseen: scored at the start of session 6 (2026-11-22: entity F1 0.880, canonical names 0.943, sectors 0.862,
  /// relations untyped F1 0.564 (P 0.752, R 0.451), typed 0.564) and after the session's rules tuned on H and I
  /// (entity F1 0.884 (P 0.899, R 0.871), canonical names 0.938, sectors 0.863, relations untyped F1 0.586 (P 0.767,
  /// R 0.474), typed 0.586); nobody has read its error lists. Session 7: entity F1 0.884, canonical names 0.979 (legal
  /// forms kept as written), sectors 0.863, relations untyped F1 0.596 (P 0.752, R 0.493), typed 0.596. The floors
  /// are the session-7 figures less 0.02. Session 8 (rules from made-up probes; scorer trained with J–M): sectors
  /// 0.879, relations untyped F1 0.626 (P 0.783, R 0.521), typed 0.620.
  static let setK = HeldoutSet(label: "K (tuned on since 2026-11-22, session 10)", folder: "heldout-k",
                               floors: Floors(entities: 0.900, relationsUntyped: 0.660, relationsTyped: 0.654, sectors: 0.872, names: 0.970))

  /// The twelfth held-out set (Tests/Fixtures/heldout-l: 8 articles, 6 Polish and 2 English, by a thirteenth
  /// annotator who read only the schema and the seeds, with NOTES.md; gminas, powiats, local action groups, a
  /// revitalisation consultation, a cluster's assembly, a smart-specialisation working group). Unseen: scored at the
  /// start of session 7 (2026-11-22: entity F1 0.882, canonical names 0.978, sectors 0.897, relations untyped F1 0.559
  /// (P 0.646, R 0.493), typed 0.544) and after the session's rules (tuned on N–Q) and learnt relation scorer (entity
  /// F1 0.895 (P 0.888, R 0.901), canonical names 0.978, sectors 0.916, relations untyped F1 0.574 (P 0.645, R 0.516),
  /// typed 0.558); nobody has read its error lists. The floors are the later figures less 0.02. Session 8 (rules from
  /// made-up probes; scorer trained with J–M): sectors 0.924, relations untyped F1 0.592 (P 0.650, R 0.544), typed 0.577.
  static let setL = HeldoutSet(label: "L (tuned on since 2026-11-22, session 10)", folder: "heldout-l",
                               floors: Floors(entities: 0.899, relationsUntyped: 0.631, relationsTyped: 0.621, sectors: 0.939, names: 0.964))

  /// The thirteenth held-out set (Tests/Fixtures/heldout-m: 8 articles, 5 English and 3 Polish, by a fourteenth
  /// annotator who read only the schema and the seeds, with NOTES.md; press releases of international projects,
  /// datelines, partner lists, an investment-agency announcement, a science-park opening). Unseen: scored at the
  /// start of session 7 (2026-11-22: entity F1 0.904, canonical names 0.980, sectors 0.831, relations untyped F1 0.651
  /// (P 0.688, R 0.617), typed 0.651) and at its end (entity F1 0.907 (P 0.905, R 0.909), canonical names 0.980,
  /// sectors 0.832, relations untyped F1 0.653 (P 0.680, R 0.628), typed 0.653); nobody has read its error lists.
  /// The floors are the later figures less 0.02. Session 8 (rules from made-up probes; scorer trained with J–M):
  /// sectors 0.848, relations untyped F1 0.660 (P 0.689, R 0.633), typed 0.654.
  static let setM = HeldoutSet(label: "M (tuned on since 2026-11-22, session 10)", folder: "heldout-m",
                               floors: Floors(entities: 0.939, relationsUntyped: 0.779, relationsTyped: 0.771, sectors: 0.881, names: 0.966))

  /// Held-out sets N–Q (Tests/Fixtures/heldout-n … heldout-q: 8 articles each by four more annotators who read only
  /// the schema and the seeds, with NOTES.md): N metropolitan and city reports (4 Polish, 4 English), O science and
  /// business (6 Polish, 2 English), P central government and funds (5 Polish, 3 English), Q civil society and
  /// cross-border cooperation (4 Polish, 4 English). Scored unseen at the start of session 7 (2026-11-22), then tuned
  /// on the same day (general rules from their error lists; training data of the relation scorer):
  ///
  /// | set | entity F1 | names | sectors | relations untyped F1 | typed |
  /// |---|---|---|---|---|---|
  /// | N | 0.911 → 0.939 | 0.973 → 0.974 | 0.907 → 0.936 | 0.551 → 0.620 | 0.537 → 0.606 |
  /// | O | 0.882 → 0.921 | 0.957 → 0.958 | 0.875 → 0.915 | 0.575 → 0.665 | 0.542 → 0.626 |
  /// | P | 0.836 → 0.892 | 0.928 → 0.984 | 0.873 → 0.885 | 0.514 → 0.594 | 0.507 → 0.588 |
  /// | Q | 0.900 → 0.930 | 0.912 → 0.957 | 0.654 → 0.829 | 0.540 → 0.571 | 0.517 → 0.549 |
  ///
  /// The floors are the tuned figures less 0.02.
  static let setN = HeldoutSet(label: "N (tuned on since 2026-11-22, session 7)", folder: "heldout-n",
                               floors: Floors(entities: 0.926, relationsUntyped: 0.698, relationsTyped: 0.685, sectors: 0.948, names: 0.954))
  static let setO = HeldoutSet(label: "O (tuned on since 2026-11-22, session 7)", folder: "heldout-o",
                               floors: Floors(entities: 0.938, relationsUntyped: 0.722, relationsTyped: 0.691, sectors: 0.914, names: 0.951))
  static let setP = HeldoutSet(label: "P (tuned on since 2026-11-22, session 7)", folder: "heldout-p",
                               floors: Floors(entities: 0.940, relationsUntyped: 0.708, relationsTyped: 0.683, sectors: 0.890, names: 0.955))
  static let setQ = HeldoutSet(label: "Q (tuned on since 2026-11-22, session 7)", folder: "heldout-q",
                               floors: Floors(entities: 0.920, relationsUntyped: 0.669, relationsTyped: 0.641, sectors: 0.828, names: 0.943))

  /// Held-out sets R and S (Tests/Fixtures/heldout-r, heldout-s: 8 articles each by two more annotators who read only
  /// the schema and the seeds, with NOTES.md): R regional innovation meetings in the seeds' style (6 Polish, 2
  /// English), S EU-funded projects and programmes (5 Polish, 3 English). Unseen: scored at the start of session 8
  /// (2026-11-22) and at its end, after general rules written from made-up probes and the retrained relation scorer.
  /// Tuned on in session 9 (general rules from their error lists):
  ///
  /// | set | entity F1 | names | sectors | relations untyped F1 | typed |
  /// |---|---|---|---|---|---|
  /// | R | 0.907 → 0.910 → 0.954 | 0.968 → 0.968 → 0.980 | 0.908 → 0.917 → 0.971 | 0.645 → 0.652 → 0.779 | 0.645 → 0.652 → 0.773 |
  /// | S | 0.941 → 0.943 → 0.980 | 0.976 → 0.976 → 0.991 | 0.952 → 0.952 → 0.985 | 0.683 → 0.694 → 0.764 | 0.683 → 0.689 → 0.760 |
  ///
  /// The floors are the tuned figures less 0.02.
  static let setR = HeldoutSet(label: "R (tuned on since 2026-11-22, session 9)", folder: "heldout-r",
                               floors: Floors(entities: 0.946, relationsUntyped: 0.790, relationsTyped: 0.779, sectors: 0.966, names: 0.965))
  static let setS = HeldoutSet(label: "S (tuned on since 2026-11-22, session 9)", folder: "heldout-s",
                               floors: Floors(entities: 0.964, relationsUntyped: 0.815, relationsTyped: 0.805, sectors: 0.965, names: 0.975))

  /// Held-out sets T and U (Tests/Fixtures/heldout-t, heldout-u: 8 articles each by two more annotators who read only
  /// the schema and the seeds, with NOTES.md): T regional development news in the seeds' genre (6 Polish, 2 English:
  /// powiat and city economic meetings, a special economic zone, a university's business council, energy and health
  /// clusters, tourism, a foreign delegation), U mixed news and press releases (4 Polish, 4 English: smart city,
  /// agri-food, a port corridor, a university alliance, a voivode's business council, circular economy, a regional
  /// observatory, a start-up final; captions, Q&A paragraphs, dates in several formats). Unseen: scored at the start
  /// of session 9 (2026-11-22, main at 89cda8f) and at its end, after the rules tuned on R and S; nobody has read
  /// their error lists. U's relation figure was read once more, as a whole, to take out one rule that lowered it
  /// (English "Annual Assembly" as a meeting).
  ///
  /// | set | entity F1 | names | sectors | relations untyped F1 | typed |
  /// |---|---|---|---|---|---|
  /// | T | 0.934 → 0.934 | 0.979 → 0.979 | 0.908 → 0.908 | 0.688 → 0.691 (P 0.673, R 0.711) | 0.652 → 0.655 |
  /// | U | 0.902 → 0.904 | 0.952 → 0.952 | 0.865 → 0.866 | 0.594 → 0.594 (P 0.646, R 0.550) | 0.582 → 0.583 |
  ///
  /// The floors are the later figures less 0.02.
  ///
  /// Session 10 (2026-11-22) tuned general rules on the error lists of K–U (T and U first): entity, name and sector
  /// rules (main) and relation rules (branch rel10). These sets are dev data now. End of session 10:
  ///
  /// | set | entity F1 | names | sectors | relations untyped F1 | typed |
  /// |---|---|---|---|---|---|
  /// | T | 0.934 → 0.983 | 0.979 → 0.985 | 0.908 → 0.954 | 0.691 → 0.770 | 0.655 → 0.748 |
  /// | U | 0.904 → 0.952 | 0.952 → 0.990 | 0.866 → 0.943 | 0.594 → 0.702 | 0.583 → 0.702 |
  ///
  /// The floors of every set A–U are now the end-of-session-10 figures less 0.02 where that is higher than before.
  static let setT = HeldoutSet(label: "T (tuned on since 2026-11-22, session 10)", folder: "heldout-t",
                               floors: Floors(entities: 0.965, relationsUntyped: 0.796, relationsTyped: 0.778, sectors: 0.949, names: 0.970))
  static let setU = HeldoutSet(label: "U (tuned on since 2026-11-22, session 10)", folder: "heldout-u",
                               floors: Floors(entities: 0.935, relationsUntyped: 0.695, relationsTyped: 0.695, sectors: 0.923, names: 0.970))

  /// Held-out sets V and W (Tests/Fixtures/heldout-v, heldout-w: 8 articles each by two more annotators who read only
  /// the schema and the seeds, with NOTES.md): V local government and metropolitan cooperation (6 Polish, 2 English: a
  /// council session on a strategy, a metropolitan union's board, a local action group, an investor service office, a
  /// chamber of commerce, a school–employers agreement, a technology park's board, a city partnership), W industry,
  /// energy and the international view (4 Polish, 4 English: technology transfer, a monitoring committee, offshore
  /// wind, an aerospace cluster, a women-in-business network, a digital innovation hub, a Polish–Ukrainian forum, a
  /// health-care forum; English without Polish diacritics). Unseen: scored at the start of session 10 (2026-11-22,
  /// main at 91eb9ee) and at its end, after the rules tuned on K–U; nobody has read their error lists, and no decision
  /// was taken on their figures.
  ///
  /// | set | entity F1 | names | sectors | relations untyped F1 | typed |
  /// |---|---|---|---|---|---|
  /// | V | 0.898 → 0.906 | 0.938 → 0.944 | 0.934 → 0.959 | 0.582 → 0.615 | 0.566 → 0.598 |
  /// | W | 0.920 → 0.914 | 0.995 → 0.995 | 0.823 → 0.821 | 0.572 → 0.582 | 0.572 → 0.582 |
  ///
  /// Session 11 tuned on them (their error lists were read); at its end V had 0.972 / 0.926 / 0.992 / 0.745 / 0.729 and
  /// W 0.934 / 0.990 / 0.874 / 0.693 / 0.693. The floors are those figures less 0.02.
  static let setV = HeldoutSet(label: "V (tuned on since 2026-11-22, session 11)", folder: "heldout-v",
                               floors: Floors(entities: 0.957, relationsUntyped: 0.736, relationsTyped: 0.725, sectors: 0.965, names: 0.912))
  static let setW = HeldoutSet(label: "W (tuned on since 2026-11-22, session 11)", folder: "heldout-w",
                               floors: Floors(entities: 0.919, relationsUntyped: 0.707, relationsTyped: 0.707, sectors: 0.878, names: 0.975))

  /// The 24th and 25th held-out sets (Tests/Fixtures/heldout-x, heldout-y: 8 articles each by two more annotators who
  /// read only the schema and the seeds; their decisions are in each NOTES.md). X: science meets business and EU
  /// cooperation (5 Polish, 3 English, one written by a Saxon and one by a Finnish partner; a participant list, an
  /// interview). Y: small towns, rural communes and regional services (6 Polish, 2 English without diacritics; a
  /// commune's announcement, a bulleted agenda, a joint application of four communes). Unseen: scored at the start of
  /// session 11 (2026-11-22, main at 40ccc6c) and at its end; nobody has read their texts' error lists, and no rule
  /// was written from them.
  ///
  /// | set | entity F1 | names | sectors | relations untyped F1 | typed |
  /// |---|---|---|---|---|---|
  /// | X | 0.967 → 0.977 | 0.979 → 0.969 | 0.966 → 0.966 | 0.761 → 0.801 | 0.706 → 0.744 |
  /// | Y | 0.927 → 0.929 | 0.985 → 0.985 | 0.756 → 0.766 | 0.618 → 0.660 | 0.594 → 0.636 |
  ///
  /// Session 12 (2026-11-22) tuned general rules on their error lists, so they are dev data now. At its end X had
  /// 0.982 / 0.969 / 0.983 / 0.822 / 0.773 and Y 0.960 / 0.980 / 0.916 / 0.777 / 0.749 (same columns). The floors are
  /// those figures less 0.02.
  static let setX = HeldoutSet(label: "X (tuned on since 2026-11-22, session 12)", folder: "heldout-x",
                               floors: Floors(entities: 0.962, relationsUntyped: 0.820, relationsTyped: 0.772, sectors: 0.963, names: 0.949))
  static let setY = HeldoutSet(label: "Y (tuned on since 2026-11-22, session 12)", folder: "heldout-y",
                               floors: Floors(entities: 0.942, relationsUntyped: 0.769, relationsTyped: 0.751, sectors: 0.911, names: 0.965))

  /// The 26th and 27th held-out sets (Tests/Fixtures/heldout-z, heldout-aa: 8 articles each by two more annotators
  /// who read only the schema and the seeds; their decisions are in each NOTES.md). Z: energy transition and coal
  /// regions, metropolitan transport, cross-border cooperation (5 Polish, 3 English: a daily's report, a city hall
  /// communiqué, a voivodeship assembly session, a university press note, a Czech partner's newsletter, a marshal's
  /// office press release, an interview, a list of signatories). AA: smaller cities, their universities and schools,
  /// business support, culture, sport and health bodies (6 Polish, 2 English: a local portal's news, a county
  /// communiqué, a chamber's newsletter, an award ceremony, an agreement of many parties, a British journalist's
  /// report without diacritics, a foreign peer review, people named by surname and function). Unseen: scored at the
  /// start of session 12 (2026-11-22, main at 17df698) and at its end, after the rules tuned on X and Y; nobody has
  /// read their error lists, and no rule was written from them. (AA's annotator counts schools as science and keeps
  /// hospitals and cultural institutions as other: the second settled that hospitals stay other whoever owns them.)
  ///
  /// | set | entity F1 | names | sectors | relations untyped F1 | typed |
  /// |---|---|---|---|---|---|
  /// | Z | 0.954 → 0.954 | 0.954 → 0.954 | 0.856 → 0.856 | 0.613 → 0.617 (P 0.774, R 0.513) | 0.600 → 0.605 |
  /// | AA | 0.870 → 0.870 | 0.956 → 0.956 | 0.840 → 0.840 | 0.507 → 0.507 (P 0.582, R 0.450) | 0.478 → 0.484 |
  ///
  /// Session 13 (2026-11-23) read their error lists and tuned rules on them: Z 0.960 entities, 0.726 relations
  /// (P 0.809, R 0.658); AA 0.913, 0.573 (P 0.641, R 0.519). The floors are the session-13 figures less 0.02.
  static let setZ = HeldoutSet(label: "Z (tuned on since 2026-11-23, session 13)", folder: "heldout-z",
                               floors: Floors(entities: 0.951, relationsUntyped: 0.752, relationsTyped: 0.747, sectors: 0.888, names: 0.957))
  static let setAA = HeldoutSet(label: "AA (tuned on since 2026-11-23, session 13)", folder: "heldout-aa",
                                floors: Floors(entities: 0.914, relationsUntyped: 0.616, relationsTyped: 0.593, sectors: 0.847, names: 0.953))

  /// The 28th and 29th held-out sets (Tests/Fixtures/heldout-ab, heldout-ac: 8 articles each by two more annotators
  /// who read only the schema and the seeds; decisions in each NOTES.md), written during session 12 and first scored
  /// on its first binary (17df698) and its end. AB: research and innovation policy in the regions (5 Polish, 3
  /// English: a marshal's office item, a rector's speech, a panel, a Spanish region's peer-learning summary, an EU
  /// project's final conference, a list of grant winners, an acronym-heavy report, an acronym-only article). AC: local
  /// development and revitalisation (6 Polish, 2 English: a council session, consultations with residents, a
  /// developer's press release, a local action group's newsletter, a TV station's news, a mayors' study visit, a
  /// Czech twin town's report, stakeholders named by function and surname). Nobody has read their error lists.
  ///
  /// | set | entity F1 | names | sectors | relations untyped F1 | typed |
  /// |---|---|---|---|---|---|
  /// | AB | 0.955 → 0.955 | 1.000 → 1.000 | 0.907 → 0.907 | 0.678 → 0.678 (P 0.761, R 0.611) | 0.615 → 0.615 |
  /// | AC | 0.893 → 0.895 | 0.968 → 0.968 | 0.862 → 0.870 | 0.520 → 0.531 (P 0.670, R 0.440) | 0.495 → 0.505 |
  ///
  /// Session 13 (2026-11-23) read their error lists and tuned rules on them: AB 0.955 entities, 0.722 relations
  /// (P 0.799, R 0.658); AC 0.927, 0.596 (P 0.714, R 0.512). The floors are the session-13 figures less 0.02.
  static let setAB = HeldoutSet(label: "AB (tuned on since 2026-11-23, session 13)", folder: "heldout-ab",
                                floors: Floors(entities: 0.955, relationsUntyped: 0.787, relationsTyped: 0.750, sectors: 0.957, names: 0.980))
  static let setAC = HeldoutSet(label: "AC (tuned on since 2026-11-23, session 13)", folder: "heldout-ac",
                                floors: Floors(entities: 0.911, relationsUntyped: 0.602, relationsTyped: 0.562, sectors: 0.910, names: 0.965))

  /// The 30th and 31st held-out sets (Tests/Fixtures/heldout-ad, heldout-ae: 8 articles each by two more annotators
  /// who read only the schema and the seeds; decisions in each NOTES.md), written during session 13 (2026-11-23) and
  /// scored on its first binary (416e207) and at its end; nobody has read their error lists. AD: tourism, culture and
  /// creative industries, regional food and agriculture, regional promotion (6 Polish, 2 English: a tourist
  /// organisation's release, a trade fair's list of exhibitors, a radio news text, a harvest festival with quoted
  /// farmers, a creative-industries cluster, a museum director quoted at length, a Slovak partner region's note, an EU
  /// project story; companies without legal form, people by initial and surname, events in lower case). AE: health,
  /// ageing and social policy, digital public services, water and climate adaptation (5 Polish, 3 English: a voivode's
  /// communiqué, a hackathon, a smart-city strategy panel, a hospital's news, a council committee, a Norwegian EEA
  /// partner's report, a bulleted conference summary, a daily's article with surnames and acronyms). One rule of the
  /// session (a person named by an initial and a surname) answers a style the AD brief asked for; it was written from
  /// made-up text, not from AD's errors.
  ///
  /// | set | entity F1 | names | sectors | relations untyped F1 | typed |
  /// |---|---|---|---|---|---|
  /// | AD | 0.865 → 0.881 | 0.983 → 0.983 | 0.815 → 0.814 | 0.521 → 0.550 (P 0.766, R 0.429) | 0.519 → 0.548 |
  /// | AE | 0.938 → 0.938 | 0.969 → 0.985 | 0.861 → 0.861 | 0.659 → 0.674 (P 0.780, R 0.594) | 0.647 → 0.669 |
  ///
  /// Session 14 (2026-11-23) read their error lists and tuned rules on them: AD 0.946 entities, 0.640 relations
  /// (P 0.776, R 0.545); AE 0.957, 0.712 (P 0.812, R 0.635). The floors are the session-14 figures less 0.02.
  static let setAD = HeldoutSet(label: "AD (tuned on since 2026-11-23, session 14)", folder: "heldout-ad",
                                floors: Floors(entities: 0.935, relationsUntyped: 0.689, relationsTyped: 0.687, sectors: 0.846, names: 0.965))
  static let setAE = HeldoutSet(label: "AE (tuned on since 2026-11-23, session 14)", folder: "heldout-ae",
                                floors: Floors(entities: 0.937, relationsUntyped: 0.703, relationsTyped: 0.697, sectors: 0.902, names: 0.975))

  /// The 32nd and 33rd held-out sets (Tests/Fixtures/heldout-af, heldout-ag: 8 articles each by two more annotators
  /// who read only the schema and the seeds; decisions in each NOTES.md), written during session 14 (2026-11-23) and
  /// scored on its first binary (0091c2f) and at its end; nobody has read their error lists. AF: transport, mobility
  /// and logistics (5 Polish, 3 English: a metropolitan transport authority's communiqué, a rail line reopened with the
  /// communes that paid for it, a TV news text, a sejmik session on a rail programme, a port director quoted at length,
  /// an Interreg corridor story, a logistics conference's panels, a daily's article naming people by function or
  /// surname; a person's institution given in the next sentence, "obie spółki", a body joining a project named
  /// before). AG: labour market, vocational and adult education, skills and migration (6 Polish, 2 English: a labour
  /// office's ESF communiqué, a job fair's employers, patronage agreements of a school with firms, a county council on
  /// education, a university career office, a regional council for social dialogue, a Ukrainian partner city's note,
  /// an Erasmus+ story; initials with surnames, functions after names, a school referred to as "szkoła", bulleted
  /// partners). Two of the session's rules answer forms these briefs asked for ("obie spółki", initials), written from
  /// AD's and AE's errors and made-up text, not from AF's or AG's.
  ///
  /// | set | entity F1 | names | sectors | relations untyped F1 | typed |
  /// |---|---|---|---|---|---|
  /// | AF | 0.937 → 0.942 | 0.898 → 0.899 | 0.800 → 0.802 | 0.590 → 0.616 (P 0.833, R 0.489) | 0.590 → 0.616 |
  /// | AG | 0.934 → 0.941 | 0.962 → 0.973 | 0.829 → 0.833 | 0.643 → 0.650 (P 0.785, R 0.554) | 0.624 → 0.631 |
  ///
  /// AF's canonical names are low by convention: its annotator leaves a company's legal form out of the name (an alias).
  ///
  /// Session 15 (2026-11-23) read their error lists and tuned rules on them: AF 0.947 entities, 0.683 relations
  /// (P 0.853, R 0.569); AG 0.962, 0.764 (P 0.848, R 0.696). The floors are the session-15 figures less 0.02.
  static let setAF = HeldoutSet(label: "AF (tuned on since 2026-11-23, session 15)", folder: "heldout-af",
                                floors: Floors(entities: 0.930, relationsUntyped: 0.702, relationsTyped: 0.702, sectors: 0.830, names: 0.869))
  static let setAG = HeldoutSet(label: "AG (tuned on since 2026-11-23, session 15)", folder: "heldout-ag",
                                floors: Floors(entities: 0.942, relationsUntyped: 0.748, relationsTyped: 0.730, sectors: 0.815, names: 0.964))

  /// The 34th and 35th held-out sets (Tests/Fixtures/heldout-ah, heldout-ai: 8 articles each by two more annotators
  /// who read only the schema and the seeds; decisions in each NOTES.md), written during session 15 (2026-11-23) and
  /// scored on its first binary (65f58bc). AH: environment, climate and the circular economy (5 Polish, 3 English: a
  /// regional environmental fund's list of signed contracts, a city's climate-adaptation consultation, a local radio
  /// text, a gmina council session on a waste plant, a water company president's interview, a LIFE project story, a
  /// circular-economy congress, a regional portal's article with two projects; Pan/Pani with surnames, bodies referred
  /// to by common nouns, partners stated with a pronoun). AI: culture, sport, youth and libraries (6 Polish, 2 English:
  /// a marshal's office's grant results, a festival's opening, a sports club's partnership, a youth council session, a
  /// library's reading programme, a regional tourism organisation's meeting, a twin city's note, a European sports
  /// event; functions in parentheses, an event named by its edition, bulleted sponsors, a city's department acting for
  /// it).
  ///
  /// The rules written in session 15 from AF's and AG's error lists left both unchanged (AH 0.930 / 0.560, AI 0.903 /
  /// 0.535 entity / relation F1, as at the start). AH's error list was then read and tuned on; AI's was not.
  ///
  /// | set | entity F1 | names | sectors | relations untyped F1 | typed |
  /// |---|---|---|---|---|---|
  /// | AH | 0.930 → 0.965 | 0.946 → 0.963 | 0.911 → 0.915 | 0.560 → 0.688 (P 0.669 → 0.826, R 0.481 → 0.589) | 0.553 → 0.681 |
  /// | AI | 0.903 → 0.903 | 0.971 → 0.971 | 0.878 → 0.878 | 0.535 → 0.535 (P 0.752, R 0.415) | 0.524 → 0.524 |
  ///
  /// No rule of the session changed AI's extraction: the forms the rules read (from AF, AG and AH) do not occur in its
  /// texts as written.
  ///
  /// The floors are the session's end figures less 0.02.
  static let setAH = HeldoutSet(label: "AH (tuned on since 2026-11-23, session 15)", folder: "heldout-ah",
                                floors: Floors(entities: 0.945, relationsUntyped: 0.677, relationsTyped: 0.671, sectors: 0.902, names: 0.943))
  static let setAI = HeldoutSet(label: "AI (tuned on since 2026-11-23, session 16)", folder: "heldout-ai",
                                floors: Floors(entities: 0.934, relationsUntyped: 0.733, relationsTyped: 0.723, sectors: 0.938, names: 0.964))

  /// Set AJ (session 16): business support and investment (an economic zone's decisions, a trade mission, an
  /// accelerator's demo day, an interview with a development agency's president, a council's land sale, a loan
  /// fund's agreements, an English plant opening and investor forum). Set AK (session 16): the core genre, meetings on
  /// regional development (a marshal's meeting with rectors and business, an innovation council, a metropolitan
  /// assembly, a minister's visit, a letter of intent, a cluster's general meeting, an English delegation's visit and
  /// conference). Both written by independent annotators from the schema and the seeds only; unseen in session 16,
  /// their error lists read and tuned on in session 17 (2026-11-23):
  ///
  /// | set | entity F1 | relations untyped F1 |
  /// |---|---|---|
  /// | AJ | 0.916 → 0.971 | 0.620 → 0.750 |
  /// | AK | 0.961 → 0.974 | 0.758 → 0.808 |
  ///
  /// The floors are the session's end figures less 0.02.
  static let setAJ = HeldoutSet(label: "AJ (tuned on since 2026-11-23, session 17)", folder: "heldout-aj",
                                floors: Floors(entities: 0.951, relationsUntyped: 0.745, relationsTyped: 0.739, sectors: 0.886, names: 0.953))
  static let setAK = HeldoutSet(label: "AK (tuned on since 2026-11-23, session 17)", folder: "heldout-ak",
                                floors: Floors(entities: 0.954, relationsUntyped: 0.798, relationsTyped: 0.780, sectors: 0.942, names: 0.953))

  /// Set AL (session 17): EU funds and international cooperation (a regional programme's monitoring committee, an
  /// Interreg project's partners, an agreement with a foreign region, a Euroregion's council, an English delegation to
  /// the European Committee of the Regions, a Just Transition Fund call, a twin-city anniversary, an English
  /// macro-regional forum). Set AM (session 17): local government below the region (a convention of wójts and mayors,
  /// an association of communes, an English ITI steering meeting, a county council with a rector, a local action
  /// group, a city's transport agreement with five communes, a union of rural communes with a minister, an English
  /// rural forum). Both written by independent annotators from the schema and the seeds only, during session 17;
  /// their error lists have not been read. Entity / relation untyped F1 at the session's start and end: AL 0.904 / 0.691
  /// (unchanged), AM 0.910 / 0.582 → 0.913 / 0.592.
  static let setAL = HeldoutSet(label: "AL (unseen, not tuned on)", folder: "heldout-al",
                                floors: Floors(entities: 0.891, relationsUntyped: 0.687, relationsTyped: 0.669, sectors: 0.883, names: 0.969))
  static let setAM = HeldoutSet(label: "AM (unseen, not tuned on)", folder: "heldout-am",
                                floors: Floors(entities: 0.918, relationsUntyped: 0.719, relationsTyped: 0.698, sectors: 0.930, names: 0.975))

  /// Set AN (session 18): health care, social services and senior policy (a geriatrics network, an oncology centre,
  /// senior councils, an English telecare project, psychogeriatrics, an English clinical-trials meeting, social
  /// services of a county and a city). Set AO (session 18): digital transformation and smart cities (an innovation
  /// hub, a data hackathon, a letter of intent, a cybersecurity conference, digital skills, an AI lab, an English smart
  /// city congress, an English ICT cluster). Both written by independent annotators from the schema and the seeds only;
  /// their error lists have not been read. Entity / relation untyped F1 at the session's start: AN 0.924 / 0.732,
  /// AO 0.939 / 0.703.
  static let setAN = HeldoutSet(label: "AN (unseen, not tuned on)", folder: "heldout-an",
                                floors: Floors(entities: 0.904, relationsUntyped: 0.729, relationsTyped: 0.716, sectors: 0.828, names: 0.935))
  static let setAO = HeldoutSet(label: "AO (unseen, not tuned on)", folder: "heldout-ao",
                                floors: Floors(entities: 0.919, relationsUntyped: 0.697, relationsTyped: 0.676, sectors: 0.935, names: 0.969))
}
