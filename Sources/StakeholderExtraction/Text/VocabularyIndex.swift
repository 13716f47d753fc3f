/// Which of one document's tokens and sentences hold a word of a vocabulary, worked out once per vocabulary
/// and document and then answered in O(1): the relation rules and the recogniser ask the same sets about the
/// same tokens many times over.
///
///     let v = VocabularyIndex(tokens: tokens, sentenceOf: sentenceOf, sentenceCount: sentences.count)
///     v.has(Markers.event, 7)              // == Markers.event.contains(tokens[7].lower)
///     v.sentenceHas(Markers.event, 2)      // some token of sentence 2 is in Markers.event
///
/// A small ``WordSet`` (fewer words than half the document's distinct ones) is matched from its side: each of its
/// words is looked up among the document's words (``DocumentWords``) by bytes, which for a set answering simple text
/// by bytes (``WordSet/answersSimpleText``) gives exactly its `contains` answers; the document's words that are not
/// simple text are asked with `contains` itself. Every other set, and every ``PrefixSet``, is read from the answers
/// the process keeps per word (``SharedWords``), computed by the set's own `contains` / `matches` the first time any
/// document asks about the word. So each answer is the one the set gives for ``Token/lower``.
/// - Complexity: the first time a set is asked, O(k) probes for its k words (small sets) or O(w) reads for the
///   document's w distinct words (others), and O(o) for the o tokens of its words when a sentence is first asked;
///   O(1) per question after.
final class VocabularyIndex {
  /// The document's distinct lower-cased words.
  let words: DocumentWords
  /// Token → sentence, or -1 outside every sentence.
  private let sentenceOf: [Int]
  private let sentenceCount: Int
  /// Where one vocabulary's answers sit in the flat arrays below.
  private struct Slot {
    /// The start of its flags in ``wordFlags`` (one per distinct word), or -1 until the set is learnt.
    var words = -1
    /// The start of its flags in ``sentenceFlags`` (one per sentence), or -1 until a sentence is asked.
    var sentences = -1
    /// Its words' ids in ``hitIDs`` (`hitStart..<hitEnd`); hitStart is -1 when the set did not list them (the
    /// sentences are then read from its word flags).
    var hitStart = -1
    var hitEnd = -1
  }
  /// By vocabulary serial (sized to the serials given so far, grown for later ones): where its answers are. The answers
  /// of all sets sit one after another in three arrays, so learning a set allocates nothing of its own: whether each
  /// distinct word is in the set, the ids of those that are, and whether each sentence has one.
  /// Unchecked exclusivity: the index belongs to one recogniser on one thread, its memo is only appended to and
  /// no access overlaps another, so the run-time checks (a cost on every question) are left out.
  @exclusivity(unchecked) private var slots = [Slot](repeating: Slot(), count: VocabularySerial.count)
  @exclusivity(unchecked) private var wordFlags: [Bool] = []
  @exclusivity(unchecked) private var hitIDs: [Int32] = []
  @exclusivity(unchecked) private var sentenceFlags: [Bool] = []

  /// The process-wide answers of large vocabularies (``SharedWords``).
  private let shared: SharedWords
  /// One flag per distinct word, and one per sentence, all false: a set's flags start as a copy of these (one block
  /// copy, not a flag at a time).
  private let noWordFlags: [Bool]
  private let noSentenceFlags: [Bool]

  /// An index of `tokens`, whose sentences are given by `sentenceOf` (token → sentence, -1 for none); the answers of
  /// large vocabularies are read from and kept in `shared`.
  init(tokens: [Token], sentenceOf: [Int], sentenceCount: Int, shared: SharedWords = .shared) {
    words = DocumentWords(tokens)
    self.sentenceOf = sentenceOf
    self.sentenceCount = sentenceCount
    self.shared = shared
    noWordFlags = Array(repeating: false, count: words.words.count)
    noSentenceFlags = Array(repeating: false, count: sentenceCount)
  }

  /// Whether token `i`'s lower-cased text is in `set` (`set.contains(tokens[i].lower)`).
  @inline(__always)
  func has(_ set: WordSet, _ i: Int) -> Bool {
    if !isLearnt(set.serial) { learn(set) }
    return wordHit(set.serial, i)
  }

  /// Whether some token of sentence `k` is in `set`.
  @inline(__always)
  func sentenceHas(_ set: WordSet, _ k: Int) -> Bool {
    if !isLearnt(set.serial) { learn(set) }
    return sentenceHit(set.serial, k)
  }

  /// Whether token `i`'s lower-cased text is `word` (``DocumentWords/lowerIs(_:_:)``).
  @inline(__always)
  func lowerIs(_ i: Int, _ word: StaticString) -> Bool { words.lowerIs(i, word) }

  /// Whether token `i`'s lower-cased text is one of `list` (``DocumentWords/lowerIn(_:_:)``).
  @inline(__always)
  func lowerIn(_ i: Int, _ list: [StaticString]) -> Bool { words.lowerIn(i, list) }

  /// Whether token `i`'s lower-cased text starts with one of `set`'s prefixes (`set.matches(tokens[i].lower)`).
  @inline(__always)
  func has(_ set: PrefixSet, _ i: Int) -> Bool {
    if !isLearnt(set.serial) { learn(set) }
    return wordHit(set.serial, i)
  }

  /// Whether some token of sentence `k` starts with one of `set`'s prefixes.
  @inline(__always)
  func sentenceHas(_ set: PrefixSet, _ k: Int) -> Bool {
    if !isLearnt(set.serial) { learn(set) }
    return sentenceHit(set.serial, k)
  }

  /// Whether the vocabulary with serial `s` has been learnt for this document.
  @inline(__always)
  private func isLearnt(_ s: Int) -> Bool { s < slots.count && slots[s].words >= 0 }

  /// Whether token `i`'s word is hit by the learnt vocabulary with serial `s`.
  @inline(__always)
  private func wordHit(_ s: Int, _ i: Int) -> Bool { wordFlags[slots[s].words + Int(words.ids[i])] }

  /// Whether sentence `k` holds a word hit by the learnt vocabulary with serial `s` (sentences marked on first ask).
  @inline(__always)
  private func sentenceHit(_ s: Int, _ k: Int) -> Bool {
    if slots[s].sentences < 0 { markSentences(s) }
    return sentenceFlags[slots[s].sentences + k]
  }

  /// The process-wide ids of the document's words (``SharedWords/intern(_:)``), interned on first need.
  @exclusivity(unchecked) private var globalIDs: [Int32]?

  /// The process-wide ids of the document's words (``SharedWords/intern(_:)``, by ``DocumentWords`` word id),
  /// interned now if not yet.
  func processIDs() -> [Int32] {
    if let g = globalIDs { return g }
    let g = shared.intern(words)
    globalIDs = g
    return g
  }

  /// Works out which of the document's words are in `set`.
  private func learn(_ set: WordSet) {
    let n = words.words.count
    // A small set from its side (one probe of the document's words per key); any other from the answers kept
    // for the process (``SharedWords``), one read per distinct word.
    guard set.answersSimpleText && 2 * set.count < n else {
      store(shared.hits(set, processIDs(), words), at: set.serial)
      return
    }
    let base = wordFlags.count
    wordFlags += noWordFlags
    let hitStart = hitIDs.count
    set.forEachTableKey { h, bytes in
      if let id = words.id(hash: h, bytes: bytes) { wordFlags[base + id] = true; hitIDs.append(Int32(id)) }
    }
    // No key in the byte table has the bytes of a word that is not simple text: those are asked one by one. A word
    // no simple text equals (a typographic quotation mark) can only be a key left out of the table: with none
    // left out, it is not asked.
    for id in set.hasFallbackKeys ? words.nonSimple : words.nonSimpleMatchingSimple where set.contains(words.words[id]) {
      wordFlags[base + id] = true
      hitIDs.append(Int32(id))
    }
    makeSlot(set.serial)
    slots[set.serial].words = base
    slots[set.serial].hitStart = hitStart
    slots[set.serial].hitEnd = hitIDs.count
  }

  /// Works out which of the document's words start with one of `set`'s prefixes, from the answers kept for the
  /// process (``SharedWords``).
  private func learn(_ set: PrefixSet) {
    store(shared.hits(set, processIDs(), words), at: set.serial)
  }

  /// Makes room in ``slots`` for the set with serial `s` (a set built after this index was).
  private func makeSlot(_ s: Int) {
    if s >= slots.count { slots += repeatElement(Slot(), count: max(s + 1, VocabularySerial.count) - slots.count) }
  }

  /// Keeps the word hits of the set with serial `s` as flags by word (the list of words hit is read from the flags
  /// when a sentence is first asked, ``markSentences(_:)``).
  private func store(_ hit: [Bool], at s: Int) {
    let base = wordFlags.count
    wordFlags += hit
    makeSlot(s)
    slots[s].words = base
  }

  /// Marks the sentences holding a token of a word hit by the set with serial `s` (learnt already).
  private func markSentences(_ s: Int) {
    let base = sentenceFlags.count
    sentenceFlags += noSentenceFlags
    func mark(_ id: Int) {
      for o in Int(words.starts[id])..<Int(words.starts[id + 1]) {
        let k = sentenceOf[Int(words.occurrences[o])]
        if k >= 0 { sentenceFlags[base + k] = true }
      }
    }
    let learnt = slots[s]
    if learnt.hitStart >= 0 {
      for j in learnt.hitStart..<learnt.hitEnd { mark(Int(hitIDs[j])) }
    } else {
      for id in 0..<words.words.count where wordFlags[learnt.words + id] { mark(id) }
    }
    slots[s].sentences = base
  }
}
