import Testing
@testable import StakeholderExtraction
import Foundation

/// The byte-level word helpers of the speed work give exactly what the `String` / `Character` code they replace gives.
@Suite("Fast word helpers")
struct FastWordTests {
  /// Words of every kind the helpers meet: ASCII, Polish, other Latin, Greek, decomposed accents, quotes, CR LF.
  static let words = [
    "", "a", "UM", "UMWP", "FEdP", "Rada", "rada", "ŁRPNT", "Łódź", "ŁÓDŹ", "UMiG", "HarbourLink", "ABCDEFGHI", "AB1", "A-B",
    "e-Izba", "Ü", "ÜBER", "ΣΟΦΙΑ", "Σοφία", "Cafe\u{301}", "CAFE\u{301}", "E\u{301}U", "A\r\nB", "Zażółć", "ŻÓŁW",
    "Fundacja „Dolina Mleka”", "Fundacja \"Dolina Mleka\"", "Urząd  Miasta", "„Forum” Gospodarcze", "Ab“Cd”", "Śląski Urząd",
  ]

  @Test("hasAcronymShape is the Character test it replaces")
  func acronymShape() {
    for w in Self.words {
      let expected = w.count >= 2 && w.count <= 8 && w.first?.isUppercase == true && w.dropFirst().contains(where: \.isUppercase)
        && w.allSatisfy(\.isLetter)
      #expect(Recognizer.hasAcronymShape(w) == expected, "\(w)")
    }
    #expect(Recognizer.hasAcronymShape("UMWP") && Recognizer.hasAcronymShape("ŁRPNT") && !Recognizer.hasAcronymShape("Rada"))
  }

  @Test("nameWords is lowercased() split at spaces and quotation marks")
  func nameWords() {
    for w in Self.words {
      let expected = w.lowercased().split(whereSeparator: { $0 == " " || "„”\"“".contains($0) }).map(String.init)
      #expect(Recognizer.nameWords(w) == expected, "\(w)")
    }
    #expect(Recognizer.nameWords("Fundacja „Dolina Mleka”") == ["fundacja", "dolina", "mleka"])
  }

  @Test("A body's tail is a short form unless it names a place; repeats found through the lazy pending index")
  func headedTailAndPending() {
    let text = """
      Fundacja Zielony Horyzont podpisała umowę. Partnerem będzie Zielony Horyzont. \
      Urząd Miasta Wrocławia przyjął wniosek.
      """
    var rec = Recognizer(tokens: Tokenizer.tokenize(text), language: "pl")
    rec.run()
    for m in rec.mentions {
      let split = rec.headedTailCandidate(m).flatMap { rec.tailNamesPlace(m) ? nil : $0 }
      #expect(rec.headedTail(m) == split, "\(m.name)")
    }
    #expect(rec.mentions.contains { $0.surface == "Zielony Horyzont" && $0.name == "Fundacja Zielony Horyzont" })
    #expect(rec.mentions.contains { $0.kind == .organization && rec.headedTail($0) == "zielony horyzont" })
    #expect(!rec.mentions.contains { rec.headedTail($0) == "wrocławia" })
  }
}
