import Foundation
import Testing
@testable import StakeholderExtraction

/// The per-document vocabulary index (``VocabularyIndex``, ``DocumentWords``) must answer exactly as the
/// `String` look-ups it replaces in the recogniser and the relation rules: token by token and sentence by sentence,
/// on every real text of the repository and on text that is not NFC or not simple.
@Suite("Vocabulary index answers as the word sets")
struct VocabularyIndexTests {
  /// Seeds, the dev set and every held-out set: all texts the rules were written on or scored against.
  static let texts: [String] = {
    let root = ExtractionFixtures.root
    let folders = ["seeds"] + ["dev", "heldout-a", "heldout-b", "heldout-c", "heldout-d", "heldout-e", "holdout"].map { "Tests/Fixtures/" + $0 }
    var out: [String] = []
    for f in folders {
      let dir = root.appendingPathComponent(f)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
      for n in names.sorted() where n.hasSuffix(".txt") {
        if let t = try? String(contentsOf: dir.appendingPathComponent(n), encoding: .utf8) { out.append(t) }
      }
    }
    return out
  }()

  /// Text that takes the slow paths: decomposed and precomposed "é", a Kelvin sign, a carriage return inside a
  /// word's neighbourhood, typographic quotes and dashes, upper-case Polish, possessives.
  static let oddText = "Cafe\u{301} i café, \u{212A}elvin, „Forum” – ZORGANIZOWANE przez Urząd.\r\nWSPÓŁORGANIZOWAŁA spotkanie e\u{301}. The Marshal's Office’s team, Union'\u{301}s' s. Of é e\u{301} \u{212A} K."

  /// The word sets the recogniser and the relation rules ask through the index.
  static let wordSets: [(String, WordSet)] = [
    ("Markers.event", Markers.event), ("Markers.project", Markers.project), ("Markers.programme", Markers.programme),
    ("Markers.organizes", Markers.organizes), ("Markers.partnerWords", Markers.partnerWords), ("Markers.eventContext", Markers.eventContext),
    ("Markers.cooperationOpeners", Markers.cooperationOpeners), ("Markers.functionWords", Markers.functionWords),
    ("RoleWords.titles", RoleWords.titles), ("RoleWords.continuations", RoleWords.continuations),
    ("RelationFinder.genericEventNouns", RelationFinder.genericEventNouns), ("RelationFinder.eventReferences", RelationFinder.eventReferences),
    ("RelationFinder.participationCues", RelationFinder.participationCues), ("RelationFinder.projectContext", RelationFinder.projectContext),
    ("RelationFinder.representedCues", RelationFinder.representedCues), ("RelationFinder.representingCues", RelationFinder.representingCues),
    ("RelationFinder.delegationCues", RelationFinder.delegationCues), ("RelationFinder.memberRepresentedCues", RelationFinder.memberRepresentedCues),
    ("RelationFinder.workCues", RelationFinder.workCues), ("RelationFinder.venueVerbs", RelationFinder.venueVerbs),
    ("RelationFinder.patronageWords", RelationFinder.patronageWords), ("RelationFinder.undertakingCues", RelationFinder.undertakingCues),
    ("RelationFinder.letterOfIntentWords", RelationFinder.letterOfIntentWords), ("RelationFinder.partnerNouns", RelationFinder.partnerNouns),
    ("RelationFinder.ledBy", RelationFinder.ledBy), ("RelationFinder.leadWords", RelationFinder.leadWords),
    ("RelationFinder.hostVerbs", RelationFinder.hostVerbs), ("RelationFinder.officeNouns", RelationFinder.officeNouns),
    ("RelationFinder.organizerNounForms", RelationFinder.organizerNounForms), ("RelationFinder.representativeNouns", RelationFinder.representativeNouns),
    ("RelationFinder.gatheringVerbs", RelationFinder.gatheringVerbs), ("RelationFinder.presenceWords", RelationFinder.presenceWords),
    ("RelationFinder.speakingWords", RelationFinder.speakingWords), ("RelationFinder.takingPlaceWords", RelationFinder.takingPlaceWords),
    ("Recognizer.branchForms", Recognizer.branchForms), ("Recognizer.placePrepositions", Recognizer.placePrepositions),
    ("Recognizer.awardNouns", Recognizer.awardNouns), ("Recognizer.venueVerbs", Recognizer.venueVerbs),
    ("Recognizer.nameParticles", Recognizer.nameParticles), ("Recognizer.streetNouns", Recognizer.streetNouns),
    ("Recognizer.englishRoleModifiers", Recognizer.englishRoleModifiers), ("SentenceSplitter.bullets", SentenceSplitter.bullets),
    ("SentenceSplitter.openQuotes", SentenceSplitter.openQuotes),
    // Sets that take the other paths: more words than a short text has, and keys that are not simple text.
    ("big", WordSet((0..<400).map { "w\($0)" } + ["forum", "przez"])),
    ("non-simple keys", WordSet(["e\u{301}", "cafe\u{301}", "\u{212A}elvin", "forum"])),
    // Keys no simple text equals (left to the `String` look-up): the typographic words are asked for these only.
    ("typographic keys", WordSet(["„", "–", "forum"])),
  ]

  /// The prefix sets asked through the index.
  static let prefixSets: [(String, PrefixSet)] = [
    ("Markers.organizedByCue", Markers.organizedByCue), ("Markers.fundingCue", Markers.fundingCue),
    ("Markers.agreementCue", Markers.agreementCue), ("RelationFinder.coOrganizingCue", RelationFinder.coOrganizingCue),
  ]

  /// Every token and sentence of `text`: the index's answer equals the set's own.
  static func check(_ text: String) {
    let r = Recognizer(tokens: Tokenizer.tokenize(text), language: DocumentMetadata.language(Tokenizer.tokenize(text)))
    for (name, set) in wordSets {
      for i in r.tokens.indices where r.has(set, i) != set.contains(r.tokens[i].lower) {
        Issue.record("\(name) on token \(i) «\(r.tokens[i].lower)»")
      }
      for (k, s) in r.sentences.enumerated() where r.sentenceHas(set, k) != s.tokens.contains(where: { set.contains(r.tokens[$0].lower) }) {
        Issue.record("\(name) on sentence \(k)")
      }
    }
    for (name, set) in prefixSets {
      for i in r.tokens.indices where r.has(set, i) != set.matches(r.tokens[i].lower) {
        Issue.record("\(name) on token \(i) «\(r.tokens[i].lower)»")
      }
      for (k, s) in r.sentences.enumerated() where r.sentenceHas(set, k) != s.tokens.contains(where: { set.matches(r.tokens[$0].lower) }) {
        Issue.record("\(name) on sentence \(k)")
      }
    }
    // Literal comparisons on bytes.
    let literals: [StaticString] = ["of", "the", "w", "z", "i", "oraz", "województwa", "é", "e\u{301}", "ł", "list", ",", "„", "\u{212A}", "k"]
    let literalStrings = literals.map { String(describing: $0) }
    for i in r.tokens.indices {
      for l in literals where r.lowerIs(i, l) != (r.tokens[i].lower == String(describing: l)) {
        Issue.record("lowerIs \(l) on token \(i) «\(r.tokens[i].lower)»")
      }
      #expect(r.vocabulary.lowerIn(i, literals) == literalStrings.contains(r.tokens[i].lower))
      #expect(r.vocabulary.lowerIn(i, ["w", "we", "in"]) == ["w", "we", "in"].contains(where: { $0 == r.tokens[i].lower }))
    }
    // Head and function words, now looked up once per distinct word.
    for (i, t) in r.tokens.enumerated() {
      let head = t.kind == .word ? HeadWords.head(t.lower) : nil
      let role = t.kind == .word ? RoleWords.role(t.lower) : nil
      #expect(r.heads[i]?.lemma == head?.lemma && r.heads[i]?.kind == head?.kind)
      #expect(r.roleWords[i]?.base == role?.base)
      #expect(r.lowerHeads[i]?.lemma == HeadWords.head(t.lower)?.lemma && r.lowerHeads[i]?.isUnit == HeadWords.head(t.lower)?.isUnit)
      #expect(r.englishHeads[i]?.lemma == HeadWords.englishHead(t.lower)?.lemma)
      #expect(r.lowerRoles[i]?.base == RoleWords.role(t.lower)?.base)
      #expect(r.possessive[i] == (t.lower.hasSuffix("'s") || t.lower.hasSuffix("’s")))
    }
  }

  @Test("Token and sentence answers equal WordSet.contains / PrefixSet.matches on all repository texts")
  func realTexts() {
    #expect(Self.texts.count >= 40)
    for t in Self.texts { Self.check(t) }
  }

  @Test("Token and sentence answers equal the sets' on decomposed, Kelvin and typographic text")
  func oddText() { Self.check(Self.oddText) }

  @Test("DocumentWords gives equal ids exactly to tokens with equal lower-cased bytes")
  func documentWordIDs() {
    for text in Self.texts.prefix(12) + [Self.oddText] {
      let tokens = Tokenizer.tokenize(text)
      let w = DocumentWords(tokens)
      #expect(w.ids.count == tokens.count)
      var firstID: [[UInt8]: Int32] = [:]
      for (i, t) in tokens.enumerated() {
        let bytes = Array(t.lower.utf8)
        if let id = firstID[bytes] { #expect(w.ids[i] == id) } else { firstID[bytes] = w.ids[i] }
        #expect(w.id(of: t.lower) == Int(w.ids[i]))
        #expect(Array(w.words[Int(w.ids[i])].utf8) == bytes)
      }
      #expect(firstID.count == w.words.count)
      #expect(w.id(of: "żadnetakiegosłowa") == nil)
      // Each word's occurrences are its tokens, in text order.
      for id in w.words.indices {
        let occ = (Int(w.starts[id])..<Int(w.starts[id + 1])).map { Int(w.occurrences[$0]) }
        #expect(occ == tokens.indices.filter { Int(w.ids[$0]) == id })
      }
    }
  }

  @Test("spaceSeparatedWords equals split(separator: \" \") and endsInPossessive equals hasSuffix")
  func wordSplitting() {
    let samples = ["", " ", "forum", "  forum  rozwoju miast ", "Urząd Marszałkowski", "e\u{301} x", "a \u{301}b", "a\r\nb c", "marshal's office’s", "x's"]
    for t in samples + Self.texts.prefix(8).flatMap({ $0.split(separator: "\n").map(String.init) }) {
      #expect(t.spaceSeparatedWords == t.split(separator: " "), "«\(t)»")
      #expect(t.endsInPossessive == (t.hasSuffix("'s") || t.hasSuffix("’s")), "«\(t)»")
    }
  }

  @Test("Vocabularies get distinct serials")
  func serials() {
    let a = WordSet(["x"]), b = WordSet(["x"]), c = PrefixSet(["x"])
    #expect(a.serial != b.serial && a.serial != c.serial && b.serial != c.serial)
  }
}
