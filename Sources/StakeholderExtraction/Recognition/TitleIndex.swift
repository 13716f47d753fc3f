/// The normalised surfaces of a document's project and event mentions (``Normalize/form(_:)``), each with the
/// index of the first mention written so, and the same titles bucketed by shape, so that the titles a new one may
/// share its stems with are found without walking every title of the document.
///
///     var t = TitleIndex()
///     t.insert("zielona dolina mleka", 4)
///     t["zielona dolina mleka"]                       // 4
///     t.firstIndex(sameShapeAs: "zieloną dolinę mleka") { form, _ in Recognizer.sameStem(form, "zieloną dolinę mleka") }  // 4
///
/// Two titles that ``Recognizer/sameShape(_:_:)`` and ``Recognizer/sameStem(_:_:)`` call alike have the same first
/// character, as many spaces, and words that start, pair by pair, with the same two characters (or are equal): for
/// each word pair ``Recognizer/sameStem(_:_:)`` wants equal words, a common prefix of four, or a fleeting "e" in the
/// last of four or more letters, which keeps the first two. That holds character by character for
/// ``Swift/String/isSimpleText`` titles, so they are bucketed by it; any other title goes to a list every question
/// walks, and a question about one walks every title. The buckets only narrow the search: callers still test each
/// candidate with both rules. Titles are added in the order of their mentions, so the first title of a list to pass
/// is the one with the smallest index there.
/// - Complexity: O(n) in the title's bytes per insert and look-up; ``firstIndex(sameShapeAs:where:)`` O(b) for the
///   b titles of its bucket and the titles that are not simple text (it was O(t) for every title of the document).
struct TitleIndex {
  /// Form → index of the first mention with it (keyed on bytes, ``TextKey``: asked for every chunk of the document).
  private var first: [TextKey: Int] = [:]
  /// Simple-text titles by ``ShapeKey``, in order of insertion.
  private var buckets: [ShapeKey: [(form: String, index: Int)]] = [:]
  /// Titles that are not simple text, in order of insertion.
  private var unbucketed: [(form: String, index: Int)] = []
  /// Every title, in order of insertion (for questions about a title that is not simple text).
  private var all: [(form: String, index: Int)] = []
  /// The first two bytes of every title (``opening(_:_:)``), and whether some title is shorter than two bytes.
  private var openings: Set<UInt16> = []
  private var hasShortTitle = false

  /// First byte, number of spaces, and the first two characters of every space-separated word (hashed, in order) of
  /// a simple-text title.
  struct ShapeKey: Hashable {
    var firstByte: UInt8
    var spaces: Int
    var stems: UInt64
  }

  var isEmpty: Bool { first.isEmpty }

  /// Whether a title may start with the two bytes `opening` (``opening(_:_:)``): false only when no title does, so a
  /// form that starts so is no title (``subscript(_:)`` would answer nil).
  /// - Complexity: O(1).
  func mayStart(with opening: UInt16) -> Bool { hasShortTitle || openings.contains(opening) }

  /// Two bytes as one key, the first in the high byte.
  static func opening(_ a: UInt8, _ b: UInt8) -> UInt16 { UInt16(a) << 8 | UInt16(b) }

  /// The index of the first mention with title `form`.
  subscript(_ form: String) -> Int? { first[TextKey(form)] }

  /// Adds title `form` of mention `index` (larger than every index added before), unless a mention with it is
  /// there already.
  mutating func insert(_ form: String, _ index: Int) {
    let key = TextKey(form)
    guard first[key] == nil else { return }
    first[key] = index
    all.append((form, index))
    let bytes = form.utf8
    if bytes.count < 2 { hasShortTitle = true } else { openings.insert(Self.opening(bytes.first!, bytes[bytes.index(after: bytes.startIndex)])) }
    if let key = Self.shapeKey(form) { buckets[key, default: []].append((form, index)) } else { unbucketed.append((form, index)) }
  }

  /// The smallest mention index of the titles that can have `form`'s shape and stems and pass `test` (called with a
  /// title's form and index): the first such title of its bucket, which holds titles in the order of their
  /// mentions, and the first such title that is not simple text.
  /// - Complexity: O(b) calls of `test` at most, for the b titles of the bucket and those that are not simple text.
  func firstIndex(sameShapeAs form: String, where test: (String, Int) -> Bool) -> Int? {
    guard let key = Self.shapeKey(form) else { return all.first { test($0.form, $0.index) }?.index }
    let inBucket = buckets[key]?.first { test($0.form, $0.index) }?.index
    let other = unbucketed.first { test($0.form, $0.index) }?.index
    guard let o = other else { return inBucket }
    return min(inBucket ?? o, o)
  }

  /// The ``ShapeKey`` of `form`, or nil when it is not ``Swift/String/isSimpleText`` (or empty): there every scalar is
  /// one character and the only character equal to " " is the byte 0x20.
  static func shapeKey(_ form: String) -> ShapeKey? {
    var s = form
    return s.withUTF8 { b -> ShapeKey? in
      guard let f = b.first else { return nil }
      var spaces = 0
      for x in b {
        if x >= 0xCC || x == 0x0D { return nil }
        if x == 0x20 { spaces += 1 }
      }
      // Each space-separated word's first two characters (one or two bytes each here), mixed in word order.
      var stems: UInt64 = 0xcbf2_9ce4_8422_2325
      var i = 0
      while i < b.count {
        if b[i] == 0x20 { i += 1; continue }
        var taken = 0
        while i < b.count && b[i] != 0x20 && taken < 2 {
          let width = b[i] < 0x80 ? 1 : 2
          for k in i..<min(i + width, b.count) { stems = (stems ^ UInt64(b[k])) &* 0x0000_0100_0000_01B3 }
          i += width
          taken += 1
        }
        stems = (stems ^ 0x20) &* 0x0000_0100_0000_01B3
        while i < b.count && b[i] != 0x20 { i += 1 }
      }
      return ShapeKey(firstByte: f, spaces: spaces, stems: stems)
    }
  }
}

extension Recognizer {
  /// Whether a chunk opening with token `i` may have the normalised form of a title read before: false only when
  /// the token's first two bytes are ASCII letters or digits, which lower-cased open the chunk's ``Normalize/form(_:)``,
  /// and no title opens so (the chunk's text is then neither built nor normalised).
  /// - Complexity: O(1).
  func titleMayStart(at i: Int) -> Bool {
    guard shapes[i].kind == .word, tokens[i].written == .asText else { return true }
    var bytes = tokens[i].text.utf8.makeIterator()
    guard let a = bytes.next().flatMap(Self.lowerAlphanumeric), let b = bytes.next().flatMap(Self.lowerAlphanumeric) else { return true }
    return titleIndex.mayStart(with: TitleIndex.opening(a, b))
  }

  /// An ASCII letter's lower-case byte, a digit itself; nil for any other byte.
  static func lowerAlphanumeric(_ b: UInt8) -> UInt8? {
    switch b {
    case 0x30...0x39, 0x61...0x7A: b
    case 0x41...0x5A: b + 0x20
    default: nil
    }
  }
}
