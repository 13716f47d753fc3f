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

/// A form's link to one lemma: the lemma's index, the cases, and the next link of the same form (-1 = none).
struct FormLink: Sendable {
  var lemma: UInt32
  var cases: PolishCases
  var next: Int32
}

/// The lexicon's tables, parsed from `names.tsv`, `heads.tsv` and `adjectives.txt`.
///
/// File formats are described in `tools/lexicon/README.md`. The files' bytes are kept in one buffer; forms
/// and adjectives are keys of ``SpanTable``s over it, so loading creates strings only for the 63 000 lemmas.
/// Queries must be NFC (as `CorpusReader` gives).
/// - Complexity: O(size of the files) to load; one hash probe plus a byte comparison per lookup.
struct LexiconStore: Sendable {
  var lemmas: [LemmaRecord] = []
  var links: [FormLink] = []
  /// The bytes of all three files.
  var bytes: [UInt8] = []
  /// Capitalised name forms; `nameFirstLink[id]` is the first link of form `id`.
  var nameForms = SpanTable(capacity: 8)
  var nameFirstLink: [Int32] = []
  /// Lower-case head-noun forms; `headFirstLink[id]` is the first link.
  var headForms = SpanTable(capacity: 8)
  var headFirstLink: [Int32] = []
  /// Adjective lemmas (masculine nominative singular, lower case).
  var adjectives = SpanTable(capacity: 8)
  /// Two-word place names ("Bielsk Podlaski"); `multiwordPlaceRank[id]` is the place's rank.
  var multiwordPlaces = SpanTable(capacity: 8)
  var multiwordPlaceRank: [Int32] = []

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
    let adjectiveData = try Data(contentsOf: directory.appendingPathComponent("adjectives.txt"))
    // Optional: two-word place names with their ranks.
    let multiwordData = (try? Data(contentsOf: directory.appendingPathComponent("places-multiword.tsv"))) ?? Data()
    bytes.reserveCapacity(names.count + heads.count + adjectiveData.count + 3)
    bytes.append(contentsOf: names)
    bytes.append(0x0A)
    let headStart = bytes.count
    bytes.append(contentsOf: heads)
    bytes.append(0x0A)
    let adjectiveStart = bytes.count
    bytes.append(contentsOf: adjectiveData)
    bytes.append(0x0A)
    let multiwordStart = bytes.count
    bytes.append(contentsOf: multiwordData)
    bytes.append(0x0A)
    lemmas.reserveCapacity(63_000)
    links.reserveCapacity(420_000)
    nameForms = SpanTable(capacity: 400_000)
    nameFirstLink.reserveCapacity(400_000)
    headForms = SpanTable(capacity: 2_000)
    adjectives = SpanTable(capacity: 141_000)
    let all = bytes
    try all.withUnsafeBytes { buf in
      try parseNames(buf, 0..<(headStart - 1))
      try parseHeads(buf, headStart..<(adjectiveStart - 1))
      parseAdjectives(buf, adjectiveStart..<(multiwordStart - 1))
      parseMultiwordPlaces(buf, multiwordStart..<all.count)
    }
  }

  /// An empty store (used when the resource files are missing).
  init() {}

  // MARK: lookup

  /// The first link of a name form (`heads == false`) or head-noun form, or -1.
  func firstLink(_ form: String, heads: Bool) -> Int32 {
    var form = form
    return form.withUTF8 { query in
      bytes.withUnsafeBytes { buffer in
        if heads {
          let id = headForms.find(UnsafeRawBufferPointer(query), in: buffer)
          return id < 0 ? -1 : headFirstLink[Int(id)]
        }
        let id = nameForms.find(UnsafeRawBufferPointer(query), in: buffer)
        return id < 0 ? -1 : nameFirstLink[Int(id)]
      }
    }
  }

  /// The rank of a two-word place name ("Bielsk Podlaski"), 0 when listed without rank, nil when not listed.
  func multiwordPlaceRank(_ name: String) -> Int32? {
    var name = name
    return name.withUTF8 { query in
      bytes.withUnsafeBytes { buffer in
        let id = multiwordPlaces.find(UnsafeRawBufferPointer(query), in: buffer)
        return id < 0 ? nil : multiwordPlaceRank[Int(id)]
      }
    }
  }

  /// True when the adjective list holds `lemma` (exact bytes).
  func hasAdjective(_ lemma: String) -> Bool {
    var lemma = lemma
    return lemma.withUTF8 { query in
      bytes.withUnsafeBytes { buffer in adjectives.find(UnsafeRawBufferPointer(query), in: buffer) >= 0 }
    }
  }

  // MARK: parsing

  private static func string(_ buf: UnsafeRawBufferPointer, _ range: Range<Int>) -> String {
    String(decoding: UnsafeRawBufferPointer(rebasing: buf[range]), as: UTF8.self)
  }

  /// Calls `body` with the byte range of each non-empty line of `region` and its 1-based number.
  private static func forEachLine(
    _ buf: UnsafeRawBufferPointer, _ region: Range<Int>, _ body: (Range<Int>, Int) throws -> Void
  ) rethrows {
    var start = region.lowerBound
    var number = 0
    let count = region.upperBound
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
            let span = ByteSpan(start: Int32(start), length: Int32(colon - start))
            let cases = PolishCases(letters: UnsafeRawBufferPointer(rebasing: buf[(colon + 1)..<i]))
            let index = Int32(links.count)
            if heads {
              let (id, isNew) = headForms.insert(span, in: buf)
              if isNew { headFirstLink.append(-1) }
              links.append(FormLink(lemma: UInt32(lemmaIndex), cases: cases, next: headFirstLink[Int(id)]))
              headFirstLink[Int(id)] = index
            } else {
              let (id, isNew) = nameForms.insert(span, in: buf)
              if isNew { nameFirstLink.append(-1) }
              links.append(FormLink(lemma: UInt32(lemmaIndex), cases: cases, next: nameFirstLink[Int(id)]))
              nameFirstLink[Int(id)] = index
            }
          }
        }
        start = i + 1
      }
      i += 1
    }
  }

  private mutating func parseNames(_ buf: UnsafeRawBufferPointer, _ region: Range<Int>) throws {
    do {
      try Self.forEachLine(buf, region) { line, number in
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

  private mutating func parseHeads(_ buf: UnsafeRawBufferPointer, _ region: Range<Int>) throws {
    do {
      try Self.forEachLine(buf, region) { line, number in
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

  private mutating func parseAdjectives(_ buf: UnsafeRawBufferPointer, _ region: Range<Int>) {
    Self.forEachLine(buf, region) { line, _ in
      _ = adjectives.insert(ByteSpan(start: Int32(line.lowerBound), length: Int32(line.count)), in: buf)
    }
  }

  private mutating func parseMultiwordPlaces(_ buf: UnsafeRawBufferPointer, _ region: Range<Int>) {
    Self.forEachLine(buf, region) { line, _ in
      var tab = line.lowerBound
      while tab < line.upperBound && buf[tab] != 0x09 { tab += 1 }
      var rank: Int32 = 0
      var i = tab + 1
      while i < line.upperBound, buf[i] >= 0x30 && buf[i] <= 0x39 {
        rank = rank &* 10 &+ Int32(buf[i] - 0x30)
        i += 1
      }
      let (id, isNew) = multiwordPlaces.insert(ByteSpan(start: Int32(line.lowerBound), length: Int32(tab - line.lowerBound)), in: buf)
      if isNew { multiwordPlaceRank.append(rank) } else { multiwordPlaceRank[Int(id)] = rank }
    }
  }
}
