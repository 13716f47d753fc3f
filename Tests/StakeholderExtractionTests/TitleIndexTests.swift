import Foundation
import Testing
@testable import StakeholderExtraction

/// The indexes that replaced walks over every title or name of a document answer as the walks did.
@Suite("Title index and capitals key")
struct TitleIndexTests {
  /// Titles in several cases, with fleeting "e", one-letter words, double spaces and text that is not simple.
  static let titles = [
    "regionalne centrum wodoru", "zielona dolina mleka", "regionalnego centrum wodoru", "forum rozwoju miast", "forum",
    "fora", "sobek", "sobkowi", "marzec", "marca", "zieloną dolinę mleka", "a b", "a  b", "ab cd", "abcd efgh", "abce efgi",
    "café rozwoju", "cafe\u{301} rozwoju", "e\u{301}x y", " forum rozwoju", "forum rozwoju miasta", "łódzkie forum",
    "łódzkiego forum", "forum rozwoju miast ", "x", "",
  ]

  /// The walk ``TitleIndex/firstIndex(sameShapeAs:where:)`` replaced: the smallest index of a title that passes.
  static func walk(_ all: [(String, Int)], _ form: String) -> Int? {
    all.filter { Recognizer.sameShape($0.0, form) && Recognizer.sameStem($0.0, form) }.map(\.1).min()
  }

  @Test("firstIndex equals the smallest index of every title with the same shape and stems")
  func sameAsWalk() {
    var index = TitleIndex()
    var all: [(String, Int)] = []
    for (i, t) in Self.titles.enumerated() {
      for q in Self.titles + ["regionalnym centrum wodoru", "zielonej doliny mleka", "sobka", "forum rozwoju", "cafe rozwoju"] {
        let got = index.firstIndex(sameShapeAs: q) { key, _ in Recognizer.sameShape(key, q) && Recognizer.sameStem(key, q) }
        #expect(got == Self.walk(all, q), "«\(q)» after \(all.count) titles")
      }
      index.insert(t, i * 3)
      if !all.contains(where: { $0.0 == t }) { all.append((t, i * 3)) }
      #expect(index[t] == all.first { $0.0 == t }?.1)
    }
    #expect(!index.isEmpty)
  }

  /// ``DocumentResolver/capitalsKey(_:)`` as written before its byte path: by characters.
  static func capitalsByCharacters(_ name: String) -> String {
    var base = name
    if let r = base.range(of: " im. ") { base = String(base[..<r.lowerBound]) }
    var key = ""
    for word in base.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "–" }) {
      guard let first = word.first(where: \.isLetter), !first.isLowercase else { continue }
      key += String(first).uppercased()
    }
    return key
  }

  @Test("capitalsKey on bytes equals the key by characters")
  func capitals() {
    let names = [
      "Politechnika Wrocławska", "Politechnika Łódzka", "Śląski Urząd Wojewódzki", "Żywiec-Zdrój S.A.", "urząd Miasta",
      "Uniwersytet im. Adama Mickiewicza", "„Zielona Dolina” 2030", "Straße Über Ärzte", "ßtraße Test", "Øresund Ĳssel",
      "ĸaffe Ŋord", "Ǆemal Ǉubljana", "µ-Tech ªlpha", "Café e\u{301}tude", "Fundusze Europejskie dla Lubelskiego 2021–2027",
      "10 Dni Łodzi", "Kraków-Nowa Huta", "", " ", "-", "Iñaki Ōsaka", "İstanbul ı",
    ]
    for n in names { #expect(DocumentResolver.capitalsKey(n) == Self.capitalsByCharacters(n), "«\(n)»") }
  }
}
