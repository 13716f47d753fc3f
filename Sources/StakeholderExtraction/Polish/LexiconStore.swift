import Foundation

/// One lemma of the lexicon: its nominative, categories, gender and frequency ranks.
struct LemmaRecord: Sendable {
  /// Category bits: see `LemmaRecord.firstName` …
  static let firstName: UInt8 = 1 << 0
  static let surname: UInt8 = 1 << 1
  static let place: UInt8 = 1 << 2
  static let placePart: UInt8 = 1 << 3
  static let organization: UInt8 = 1 << 4
  static let headNoun: UInt8 = 1 << 5

  var lemma: String
  var categories: UInt8
  var gender: GrammaticalGender
  var pluralOnly: Bool
  /// Frequency ranks (0 = unranked) in the PESEL first-name list, the PESEL surname list and the TERYT/GUS place list.
  var firstNameRank: Int32
  var surnameRank: Int32
  var placeRank: Int32
}

/// A form's link to one lemma: the lemma's index, the cases, and the next link for the same form (-1 = none).
struct FormLink: Sendable {
  var lemma: UInt32
  var cases: PolishCases
  var next: Int32
}

/// The lexicon's tables, parsed from `names.tsv`, `heads.tsv` and `adjectives.txt`.
///
/// File formats are described in `tools/lexicon/README.md`. Parsing works on raw bytes; strings are made only
/// for lemmas and forms.
/// - Complexity: O(size of the files) to load; about 0.2 s for the shipped 6 MB.
struct LexiconStore: Sendable {
  var lemmas: [LemmaRecord] = []
  var links: [FormLink] = []
  /// Capitalised name forms → first link.
  var nameForms: [String: Int32] = [:]
  /// Lower-case head-noun forms → first link.
  var headForms: [String: Int32] = [:]
  /// Adjective lemmas (masculine nominative singular, lower case).
  var adjectives: Set<String> = []

  /// Errors while reading the lexicon files; they name the file and line.
  struct FormatError: Error, CustomStringConvertible {
    var file: String
    var line: Int
    var message: String
    var description: String { "\(file):\(line): \(message)" }
  }

  /// Loads the three files from `directory`.
  init(directory: URL) throws {
    let names = try Data(contentsOf: directory.appendingPathComponent("names.tsv"))
    let heads = try Data(contentsOf: directory.appendingPathComponent("heads.tsv"))
    let adjectives = try Data(contentsOf: directory.appendingPathComponent("adjectives.txt"))
    lemmas.reserveCapacity(63_000)
    links.reserveCapacity(420_000)
    nameForms.reserveCapacity(380_000)
    try parseNames(names)
    try parseHeads(heads)
    parseAdjectives(adjectives)
  }

  /// An empty store (used when the resource files are missing).
  init() {}

  // MARK: parsing

  private static func string(_ buf: UnsafeRawBufferPointer, _ range: Range<Int>) -> String {
    String(decoding: UnsafeRawBufferPointer(rebasing: buf[range]), as: UTF8.self)
  }

  /// Calls `body` with the byte range of each non-empty line and its 1-based number.
  private static func forEachLine(_ buf: UnsafeRawBufferPointer, _ body: (Range<Int>, Int) throws -> Void) rethrows {
    var start = 0
    var number = 0
    let count = buf.count
    while start < count {
      var end = start
      while end < count && buf[end] != 0x0A { end += 1 }
      number += 1
      if end > start { try body(start..<end, number) }
      start = end + 1
    }
  }

  /// Splits `range` at `separator`, giving at most `limit` fields (the last one takes the rest).
  private static func fields(_ buf: UnsafeRawBufferPointer, _ range: Range<Int>, separator: UInt8, limit: Int) -> [Range<Int>] {
    var out: [Range<Int>] = []
    out.reserveCapacity(limit)
    var start = range.lowerBound
    var i = start
    while i < range.upperBound {
      if buf[i] == separator && out.count < limit - 1 {
        out.append(start..<i)
        start = i + 1
      }
      i += 1
    }
    out.append(start..<range.upperBound)
    return out
  }

  private mutating func addLink(form: String, lemma: Int, cases: PolishCases, heads: Bool) {
    let index = Int32(links.count)
    if heads {
      links.append(FormLink(lemma: UInt32(lemma), cases: cases, next: headForms[form] ?? -1))
      headForms[form] = index
    } else {
      links.append(FormLink(lemma: UInt32(lemma), cases: cases, next: nameForms[form] ?? -1))
      nameForms[form] = index
    }
  }

  /// Adds the `form:cases form:cases …` list of lemma `lemmaIndex`.
  private mutating func addForms(_ buf: UnsafeRawBufferPointer, _ range: Range<Int>, lemma lemmaIndex: Int, heads: Bool) {
    var start = range.lowerBound
    var i = start
    while i <= range.upperBound {
      if i == range.upperBound || buf[i] == 0x20 {
        if i > start {
          var colon = i - 1
          while colon > start && buf[colon] != 0x3A { colon -= 1 }
          if colon > start {
            let form = Self.string(buf, start..<colon)
            let cases = PolishCases(letters: UnsafeRawBufferPointer(rebasing: buf[(colon + 1)..<i]))
            addLink(form: form, lemma: lemmaIndex, cases: cases, heads: heads)
          }
        }
        start = i + 1
      }
      i += 1
    }
  }

  private mutating func parseNames(_ data: Data) throws {
    try data.withUnsafeBytes { buf in
      try Self.forEachLine(buf) { line, number in
        let f = Self.fields(buf, line, separator: 0x09, limit: 6)
        guard f.count == 6, let gender = GrammaticalGender(code: Substring(Self.string(buf, f[2]))) else {
          throw FormatError(file: "names.tsv", line: number, message: "expected 6 tab-separated fields with an SGJP gender")
        }
        var cats: UInt8 = 0
        for byte in UnsafeRawBufferPointer(rebasing: buf[f[1]]) {
          switch byte {
          case UInt8(ascii: "F"): cats |= LemmaRecord.firstName
          case UInt8(ascii: "S"): cats |= LemmaRecord.surname
          case UInt8(ascii: "P"): cats |= LemmaRecord.place
          case UInt8(ascii: "Q"): cats |= LemmaRecord.placePart
          case UInt8(ascii: "O"): cats |= LemmaRecord.organization
          default: break
          }
        }
        var record = LemmaRecord(
          lemma: Self.string(buf, f[0]), categories: cats, gender: gender,
          pluralOnly: f[3].count == 1 && buf[f[3].lowerBound] == UInt8(ascii: "p"),
          firstNameRank: 0, surnameRank: 0, placeRank: 0)
        for item in Self.fields(buf, f[4], separator: 0x2C, limit: 8) where item.count > 1 {
          var value: Int32 = 0
          for byte in UnsafeRawBufferPointer(rebasing: buf[(item.lowerBound + 1)..<item.upperBound]) {
            guard byte >= 0x30 && byte <= 0x39 else { break }
            value = value &* 10 &+ Int32(byte - 0x30)
          }
          switch buf[item.lowerBound] {
          case UInt8(ascii: "F"): record.firstNameRank = value
          case UInt8(ascii: "S"): record.surnameRank = value
          case UInt8(ascii: "P"): record.placeRank = value
          default: break
          }
        }
        let index = lemmas.count
        lemmas.append(record)
        addForms(buf, f[5], lemma: index, heads: false)
      }
    }
  }

  private mutating func parseHeads(_ data: Data) throws {
    try data.withUnsafeBytes { buf in
      try Self.forEachLine(buf) { line, number in
        let f = Self.fields(buf, line, separator: 0x09, limit: 3)
        guard f.count == 3, let gender = GrammaticalGender(code: Substring(Self.string(buf, f[1]))) else {
          throw FormatError(file: "heads.tsv", line: number, message: "expected 3 tab-separated fields with an SGJP gender")
        }
        let index = lemmas.count
        lemmas.append(LemmaRecord(
          lemma: Self.string(buf, f[0]), categories: LemmaRecord.headNoun, gender: gender, pluralOnly: false,
          firstNameRank: 0, surnameRank: 0, placeRank: 0))
        addForms(buf, f[2], lemma: index, heads: true)
      }
    }
  }

  private mutating func parseAdjectives(_ data: Data) {
    adjectives.reserveCapacity(141_000)
    data.withUnsafeBytes { buf in
      Self.forEachLine(buf) { line, _ in adjectives.insert(Self.string(buf, line)) }
    }
  }
}
