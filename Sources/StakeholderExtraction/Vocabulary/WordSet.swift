/// A fixed table of words found by their UTF-8 bytes: one cheap hash (FNV-1a) and one byte comparison per
/// look-up, instead of `String` hashing, which normalises every non-ASCII word (Unicode NFC) before hashing
/// it and compares with Unicode-aware equality.
///
/// The byte path is exact only for ``Swift/String/isSimpleText`` words (every scalar below U+0300 and no
/// carriage return: all Polish and English words): there equal bytes mean canonically equal strings. A table
/// with a key outside that range answers no look-up (``lookup(_:)`` returns ``unanswered``), and neither does a
/// word outside it: the callers then ask their `Set`/`Dictionary`, so every answer is the one `String` gives.
///
///     let t = WordTable(["wójt", "burmistrz"])
///     t.lookup("wójt")        // 0
///     t.lookup("starosta")    // WordTable.absent
///
/// - Complexity: O(n) in the word's bytes per look-up; O(k) to build for k keys.
struct WordTable: Sendable {
  /// ``lookup(_:)``: the word is not a key.
  static let absent = -1
  /// ``lookup(_:)``: the byte path cannot answer (the word or a key is not simple text).
  static let unanswered = -2

  /// Every key's bytes, one after another.
  private var arena: [UInt8] = []
  /// Where key `i` starts in ``arena`` and how long it is.
  private var starts: [Int32] = []
  private var lengths: [Int32] = []
  /// Key `i`'s hash.
  private var hashes: [UInt64] = []
  /// Key `i`'s index in the keys the table was built from (keys left to the fallback have no entry).
  private var keyIndex: [Int32] = []
  /// Open-addressing slots (linear probing): a key index, or -1 when empty. A power of two, at most half full.
  private var slots: [Int32] = []
  private var mask = 0
  /// Whether every key is simple text (else the table answers nothing).
  private var allSimple = true
  /// Whether some key was left out of the byte table for the `String` fallback (``equalsNoSimpleText(_:)``): when
  /// none was, a word no simple text equals is in no table that answers simple text.
  private(set) var hasFallbackKeys = false
  /// Whether the table answers every simple-text word: then a simple word is a key exactly when a key has its
  /// bytes (keys it left out, ``equalsNoSimpleText(_:)``, can only equal words that are not simple text).
  var answersSimpleText: Bool { allSimple }
  /// One bit per (first byte, last byte, length) class of the keys (see ``filterBit(_:)``): most words that are
  /// not keys are turned away by it without being hashed.
  private var filter: [UInt64] = Array(repeating: 0, count: 64)

  /// A table of `keys` (distinct strings); key `i` is answered as `i`. Keys that no simple-text word can equal
  /// (``equalsNoSimpleText(_:)``) are left out: only non-simple words, which the table does not answer, can match them.
  init(_ keys: [String]) {
    var capacity = 8
    while capacity < keys.count * 2 { capacity *= 2 }
    slots = Array(repeating: -1, count: capacity)
    mask = capacity - 1
    for (i, k) in keys.enumerated() {
      guard let h = k.utf8.withContiguousStorageIfAvailable(Self.hash) ?? Array(k.utf8).withUnsafeBufferPointer(Self.hash) else {
        // A key no simple-text word can equal (typographic quotes, dashes, bullets) is left to the `String`
        // fallback, which answers every word that is not simple text; any other key turns the table off.
        if Self.equalsNoSimpleText(k) { hasFallbackKeys = true } else { allSimple = false }
        continue
      }
      let bit = k.utf8.withContiguousStorageIfAvailable(Self.filterBit) ?? Array(k.utf8).withUnsafeBufferPointer(Self.filterBit)
      filter[bit >> 6] |= 1 << UInt64(bit & 63)
      let entry = starts.count
      starts.append(Int32(arena.count))
      lengths.append(Int32(k.utf8.count))
      hashes.append(h)
      keyIndex.append(Int32(i))
      arena.append(contentsOf: k.utf8)
      var s = Int(truncatingIfNeeded: h) & mask
      while slots[s] >= 0 { s = (s + 1) & mask }
      slots[s] = Int32(entry)
    }
  }

  /// Whether no ``Swift/String/isSimpleText`` string is canonically equal to `key`: it has a scalar of General
  /// Punctuation (U+2010–U+205E) or of the arrows, technical, geometric and dingbat blocks (U+2190–U+2BFF). None of
  /// those decomposes into scalars below U+0370, so the key's canonical decomposition keeps a scalar that the
  /// decomposition of simple text (letters below U+0300 and combining marks U+0300–U+036F) never has.
  static func equalsNoSimpleText(_ key: String) -> Bool {
    key.unicodeScalars.contains { (0x2010...0x205E).contains($0.value) || (0x2190...0x2BFF).contains($0.value) }
  }

  /// FNV-1a of the bytes, or nil when they are not simple text (a byte ≥ 0xCC starts a scalar ≥ U+0300; 0x0D
  /// is a carriage return).
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes {
      if b >= 0xCC || b == 0x0D { return nil }
      h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
    }
    return h ^ (h >> 29)
  }

  /// The filter bit of a word: its first and last bytes and its length, mixed into 0..<4096.
  @inline(__always)
  static func filterBit(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let first = bytes.first, let last = bytes.last else { return 0 }
    return (Int(first) &* 31 &+ Int(last) &* 7 &+ bytes.count &* 1031) & 4095
  }

  /// The index of `word` among the keys, ``absent``, or ``unanswered``.
  /// - Complexity: O(n) in the word's bytes (expected one probe).
  @inline(__always)
  func lookup(_ word: String) -> Int {
    guard allSimple else { return Self.unanswered }
    return word.utf8.withContiguousStorageIfAvailable { lookup($0) } ?? Self.unanswered
  }

  /// ``lookup(_:)`` on a word's UTF-8 bytes.
  @inline(__always)
  func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard allSimple else { return Self.unanswered }
    let bit = Self.filterBit(bytes)
    let passes = filter.withUnsafeBufferPointer { $0[bit >> 6] & (1 << UInt64(bit & 63)) != 0 }
    if !passes {
      // No key of this class: absent, if the word is simple text (else only `String` equality can tell).
      for b in bytes where b >= 0xCC || b == 0x0D { return Self.unanswered }
      return Self.absent
    }
    return probe(bytes)
  }

  /// Calls `body` with the hash (``hash(_:)``) and the bytes of every key in the byte table: all keys that a
  /// simple-text word can equal, when ``answersSimpleText``.
  /// - Complexity: O(k) for k keys.
  func forEachKey(_ body: (UInt64, UnsafeBufferPointer<UInt8>) -> Void) {
    arena.withUnsafeBufferPointer { a in
      for i in hashes.indices {
        let start = Int(starts[i])
        body(hashes[i], UnsafeBufferPointer(rebasing: a[start..<(start + Int(lengths[i]))]))
      }
    }
  }

  /// ``lookup(_:)`` past the filter: hash the word and probe the slots.
  func probe(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let h = Self.hash(bytes) else { return Self.unanswered }
    var s = Int(truncatingIfNeeded: h) & mask
    return arena.withUnsafeBufferPointer { a in
      while true {
        let i = Int(slots[s])
        if i < 0 { return Self.absent }
        if hashes[i] == h, Int(lengths[i]) == bytes.count {
          let start = Int(starts[i])
          var k = 0
          while k < bytes.count && a[start + k] == bytes[k] { k += 1 }
          if k == bytes.count { return Int(keyIndex[i]) }
        }
        s = (s + 1) & mask
      }
    }
  }
}

/// A fixed set of words (a vocabulary) with ``WordTable``'s fast look-up; the same answers as `Set<String>`.
///
///     static let branchForms: WordSet = ["oddział", "oddziału", "filia"]
///     branchForms.contains("oddziału")   // true
///
/// The words and table sit in one shared box, so a copy of the set costs one reference count, and each set
/// carries a ``serial`` by which a document's ``VocabularyIndex`` remembers which of its tokens are in it.
/// - Complexity: O(n) in the word's bytes per ``contains(_:)``.
struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
  /// The words and their byte table, built once.
  private final class Storage: Sendable {
    let words: Set<String>
    let table: WordTable
    let serial: Int
    init(_ words: Set<String>) {
      self.words = words
      table = WordTable(Array(words))
      serial = VocabularySerial.next()
    }
  }
  private let storage: Storage

  /// The words, for iteration and for look-ups the byte table cannot answer.
  var words: Set<String> { storage.words }
  /// A number no other vocabulary of this process has (``VocabularyIndex`` keys its memo by it).
  var serial: Int { storage.serial }
  /// Whether the byte table answers every simple-text word (``WordTable/answersSimpleText``).
  var answersSimpleText: Bool { storage.table.answersSimpleText }
  /// Whether some word is left to the `String` look-up (``WordTable/hasFallbackKeys``).
  var hasFallbackKeys: Bool { storage.table.hasFallbackKeys }

  init<S: Sequence>(_ words: S) where S.Element == String { storage = Storage(Set(words)) }

  init(arrayLiteral elements: String...) { self.init(elements) }

  /// Calls `body` with the hash and bytes of every word the byte table holds (``WordTable/forEachKey(_:)``).
  func forEachTableKey(_ body: (UInt64, UnsafeBufferPointer<UInt8>) -> Void) { storage.table.forEachKey(body) }

  /// Whether `word` is in the set (`Set<String>.contains`).
  @inline(__always)
  func contains(_ word: String) -> Bool {
    let i = storage.table.lookup(word)
    if i != WordTable.unanswered { return i >= 0 }
    return storage.words.contains(word)
  }

  /// Whether the word with UTF-8 `bytes` is in the set (`contains(String(decoding: bytes, as: UTF8.self))`), by the
  /// byte table when it can answer, without building a `String`.
  /// - Complexity: O(n) in the word's bytes.
  @inline(__always)
  func contains(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let i = storage.table.lookup(bytes)
    if i != WordTable.unanswered { return i >= 0 }
    return storage.words.contains(String(decoding: bytes, as: UTF8.self))
  }

  /// The set with `other`'s words added (`Set.union`).
  func union<S: Sequence>(_ other: S) -> WordSet where S.Element == String { WordSet(words.union(other)) }

  var count: Int { words.count }
  var isEmpty: Bool { words.isEmpty }
  func makeIterator() -> Set<String>.Iterator { words.makeIterator() }
}

/// A fixed word → value table with ``WordTable``'s fast look-up; the same answers as `[String: Value]`.
///
///     let months: WordMap<Int> = ["stycznia": 1, "january": 1]
///     months["stycznia"]   // 1
///
/// - Complexity: O(n) in the word's bytes per look-up.
struct WordMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
  /// The table as a dictionary, for iteration and for look-ups the byte table cannot answer.
  let dictionary: [String: Value]
  private let table: WordTable
  /// Values in the order of the table's keys.
  private let values: [Value]

  init(_ dictionary: [String: Value]) {
    self.dictionary = dictionary
    let keys = Array(dictionary.keys)
    table = WordTable(keys)
    values = keys.map { dictionary[$0]! }
  }

  init(dictionaryLiteral elements: (String, Value)...) { self.init(Dictionary(uniqueKeysWithValues: elements)) }

  /// The value of `word` (`Dictionary.subscript`).
  @inline(__always)
  subscript(_ word: String) -> Value? {
    let i = table.lookup(word)
    if i != WordTable.unanswered { return i >= 0 ? values[i] : nil }
    return dictionary[word]
  }

  var keys: Dictionary<String, Value>.Keys { dictionary.keys }
  var count: Int { dictionary.count }
}
