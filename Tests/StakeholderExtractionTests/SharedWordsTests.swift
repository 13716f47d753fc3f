import Foundation
import Testing
@testable import StakeholderExtraction

/// The process-wide word table (``SharedWords``): ids by bytes, stable while the process runs, and the answers it
/// keeps per word equal the vocabularies' own `contains` / `matches`, across documents, past its capacity and from
/// several threads at once.
@Suite("Shared word table")
struct SharedWordsTests {
  static let first = "Forum Rozwoju odbyło się w Urzędzie Gminy. Forum zorganizowała Politechnika Łódzka, cafe\u{301} i café."
  static let second = "Urząd Gminy i Politechnika podpisały list intencyjny; Forum wspólnie zorganizowano. \u{212A}elvin, Kelvin."

  /// Vocabularies of every kind: large, small, with keys that are not simple text, and prefixes.
  static let sets: [WordSet] = [
    Markers.event, Markers.organizes, RoleWords.titles, Recognizer.venueVerbs,
    WordSet((0..<300).map { "w\($0)" } + ["forum", "gminy"]),
    WordSet(["cafe\u{301}", "\u{212A}elvin", "forum"]),
  ]
  static let prefixes: [PrefixSet] = [Markers.organizedByCue, Markers.agreementCue, PrefixSet(["zorganiz", "polit"])]

  @Test("A word gets one id, the same in every document; different words different ids")
  func interning() {
    let table = SharedWords()
    let a = DocumentWords(Tokenizer.tokenize(Self.first)), b = DocumentWords(Tokenizer.tokenize(Self.second))
    let ga = table.intern(a), gb = table.intern(b)
    #expect(ga.count == a.words.count && gb.count == b.words.count)
    #expect(Set(ga).count == ga.count)
    #expect(table.intern(a) == ga)
    for (w, word) in b.words.enumerated() {
      if let i = a.words.firstIndex(where: { Array($0.utf8) == Array(word.utf8) }) { #expect(gb[w] == ga[i]) } else { #expect(!ga.contains(gb[w])) }
    }
    #expect(table.count == Set(ga + gb).count)
  }

  @Test("Kept answers equal contains / matches for every word of two documents, asked in either order")
  func answers() {
    let table = SharedWords()
    for text in [Self.first, Self.second, Self.first] {
      let words = DocumentWords(Tokenizer.tokenize(text))
      let global = table.intern(words)
      for set in Self.sets { #expect(table.hits(set, global, words) == words.words.map { set.contains($0) }) }
      for set in Self.prefixes { #expect(table.hits(set, global, words) == words.words.map { set.matches($0) }) }
    }
  }

  @Test("Past its capacity the table gives no ids and still answers exactly")
  func capacity() {
    let table = SharedWords(capacity: 3)
    let words = DocumentWords(Tokenizer.tokenize(Self.first))
    let global = table.intern(words)
    #expect(global.filter { $0 >= 0 }.count == 3 && global.count > 3)
    #expect(table.count == 3)
    for set in Self.sets { #expect(table.hits(set, global, words) == words.words.map { set.contains($0) }) }
  }

  @Test("Threads interning and asking at once get the answers of the sets")
  func threads() async {
    let table = SharedWords()
    let texts = (0..<16).map { i in (i % 2 == 0 ? Self.first : Self.second) + " Słowo\(i) forum\(i % 3)" }
    let ok = await withTaskGroup(of: Bool.self) { group in
      for text in texts {
        group.addTask {
          let words = DocumentWords(Tokenizer.tokenize(text))
          let global = table.intern(words)
          return Self.sets.allSatisfy { table.hits($0, global, words) == words.words.map($0.contains) }
            && Self.prefixes.allSatisfy { table.hits($0, global, words) == words.words.map($0.matches) }
        }
      }
      var all = true
      for await r in group { all = all && r }
      return all
    }
    #expect(ok)
  }
}
