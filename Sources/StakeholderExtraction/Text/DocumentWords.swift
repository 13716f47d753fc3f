/// The distinct lower-cased words of one document, each with a small id, and the tokens where each occurs:
/// built once per document so that a vocabulary can be matched against the document's words (a few look-ups)
/// instead of against every token.
///
///     let w = DocumentWords(Tokenizer.tokenize("Forum i forum"))
///     w.ids            // [0, 1, 0]
///     w.id(of: "forum") // 0
///
/// Words are told apart by their UTF-8 bytes (FNV-1a hash, open addressing): two words with the same bytes
/// share an id. Words that are not simple text (``nonSimple``) may equal others canonically without equal
/// bytes; ``VocabularyIndex`` asks the vocabulary about those one by one.
/// - Complexity: O(n) in the tokens' bytes to build; O(k) in a word's bytes per ``id(of:)``.
struct DocumentWords: Sendable {
  /// Token index → word id.
  let ids: [Int32]
  /// Word id → its lower-cased text (``Token/lower``).
  let words: [String]
  /// Ids of the words that are not simple text (a byte ≥ 0xCC or a carriage return, see ``WordTable``).
  let nonSimple: [Int]
  /// Those of ``nonSimple`` that some simple text may equal (not ``WordTable/equalsNoSimpleText(_:)``: typographic
  /// quotation marks and dashes are left out).
  let nonSimpleMatchingSimple: [Int]
  /// Tokens by word: word `w` occurs at `occurrences[starts[w]..<starts[w + 1]]`, in text order.
  let starts: [Int32]
  let occurrences: [Int32]
  /// The words' bytes one after another, where each starts, and each one's hash.
  private let arena: [UInt8]
  private let wordStart: [Int32]
  private let hashes: [UInt64]
  /// Open-addressing slots (a word id or -1), a power of two, at most half full.
  private let slots: [Int32]
  /// Whether word `w` is simple text (not in ``nonSimple``).
  private let simple: [Bool]

  /// Interns the lower-cased text of every token, in token order (ids are given in order of first occurrence).
  init(_ tokens: [Token]) {
    var capacity = 16
    while capacity < tokens.count * 2 { capacity *= 2 }
    let mask = capacity - 1
    var slots = [Int32](repeating: -1, count: capacity)
    var arena: [UInt8] = []
    var wordStart: [Int32] = [0]
    var hashes: [UInt64] = []
    var words: [String] = []
    var nonSimple: [Int] = []
    var ids: [Int32] = []
    ids.reserveCapacity(tokens.count)
    // (By index: the lower-cased text is read without copying the whole token.)
    for i in tokens.indices {
      var lower = tokens[i].lower
      let id = lower.withUTF8 { b -> Int32 in
        let h = Self.hash(b)
        var s = Int(truncatingIfNeeded: h) & mask
        while true {
          let e = Int(slots[s])
          if e < 0 {
            let n = Int32(words.count)
            arena.append(contentsOf: b)
            wordStart.append(Int32(arena.count))
            hashes.append(h)
            words.append(tokens[i].lower)
            if b.contains(where: { $0 >= 0xCC || $0 == 0x0D }) { nonSimple.append(Int(n)) }
            slots[s] = n
            return n
          }
          if hashes[e] == h, Self.equal(arena, Int(wordStart[e]), Int(wordStart[e + 1]), b) { return Int32(e) }
          s = (s + 1) & mask
        }
      }
      ids.append(id)
    }
    // Counting sort of the tokens by word id: each word's occurrences in text order.
    var starts = [Int32](repeating: 0, count: words.count + 1)
    for id in ids { starts[Int(id) + 1] += 1 }
    for w in 0..<words.count { starts[w + 1] += starts[w] }
    var next = starts
    var occurrences = [Int32](repeating: 0, count: ids.count)
    for (t, id) in ids.enumerated() {
      occurrences[Int(next[Int(id)])] = Int32(t)
      next[Int(id)] += 1
    }
    self.ids = ids
    self.words = words
    self.nonSimple = nonSimple
    nonSimpleMatchingSimple = nonSimple.filter { !WordTable.equalsNoSimpleText(words[$0]) }
    self.starts = starts
    self.occurrences = occurrences
    self.arena = arena
    self.wordStart = wordStart
    self.hashes = hashes
    self.slots = slots
    var simple = [Bool](repeating: true, count: words.count)
    for id in nonSimple { simple[id] = false }
    self.simple = simple
  }

  /// Calls `body` with the UTF-8 bytes of word `id` (``words``[id]).
  /// - Complexity: O(1) besides `body`.
  @inline(__always)
  func withBytes<R>(of id: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    arena.withUnsafeBufferPointer { a in body(UnsafeBufferPointer(rebasing: a[Int(wordStart[id])..<Int(wordStart[id + 1])])) }
  }

  /// Whether token `t`'s lower-cased text is one of `list` (`list.contains(tokens[t].lower)` for the same words as
  /// strings), each compared as ``lowerIs(_:_:)`` compares.
  ///
  ///     words.lowerIn(3, ["w", "we", "in"])
  /// - Complexity: O(k·n) for k words of n bytes.
  @inline(__always)
  func lowerIn(_ t: Int, _ list: [StaticString]) -> Bool {
    for w in list where lowerIs(t, w) { return true }
    return false
  }

  /// Whether token `t`'s lower-cased text equals `word` (`tokens[t].lower == String(word)`): on bytes when both are
  /// simple text, where equal strings have equal bytes; with `String` equality otherwise.
  ///
  ///     words.lowerIs(3, "of")
  /// - Complexity: O(n) in the word's bytes, no allocation.
  @inline(__always)
  func lowerIs(_ t: Int, _ word: StaticString) -> Bool {
    let id = Int(ids[t])
    let start = Int(wordStart[id]), end = Int(wordStart[id + 1])
    let decided: Bool? = word.withUTF8Buffer { p in
      if end - start == p.count {
        var k = 0
        while k < p.count && arena[start + k] == p[k] { k += 1 }
        if k == p.count { return true }
      }
      // Not the same bytes: unequal, unless one side is not simple text (then only `String` equality can tell).
      // An ASCII word equals only its own bytes in a simple word (no scalar of a simple word decomposes to ASCII).
      guard simple[id] else { return nil }
      if word.isASCII { return false }
      for b in p where b >= 0xCC || b == 0x0D { return nil }
      return false
    }
    return decided ?? (words[id] == String(describing: word))
  }

  /// The id of the document's word with exactly the bytes of `word`, or nil when no token has them.
  func id(of word: String) -> Int? {
    var w = word
    return w.withUTF8 { id(hash: Self.hash($0), bytes: $0) }
  }

  /// ``id(of:)`` for bytes whose ``hash(_:)`` is known (``WordTable`` keeps its keys' hashes, computed alike).
  func id(hash h: UInt64, bytes b: UnsafeBufferPointer<UInt8>) -> Int? {
    let mask = slots.count - 1
    var s = Int(truncatingIfNeeded: h) & mask
    while true {
      let e = Int(slots[s])
      if e < 0 { return nil }
      if hashes[e] == h, Self.equal(arena, Int(wordStart[e]), Int(wordStart[e + 1]), b) { return e }
      s = (s + 1) & mask
    }
  }

  /// FNV-1a of the bytes, mixed as ``WordTable/hash(_:)`` mixes it (the two agree on simple text).
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
    return h ^ (h >> 29)
  }

  /// Whether `arena[start..<end]` holds exactly `bytes`.
  @inline(__always)
  static func equal(_ arena: [UInt8], _ start: Int, _ end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard end - start == bytes.count else { return false }
    var k = 0
    while k < bytes.count && arena[start + k] == bytes[k] { k += 1 }
    return k == bytes.count
  }
}
