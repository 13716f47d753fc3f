/// Which of one document's tokens and sentences hold a word of a vocabulary, worked out once per vocabulary
/// and document and then answered in O(1): the relation rules and the recogniser ask the same sets about the
/// same tokens many times over.
///
///     let v = VocabularyIndex(tokens: tokens, sentenceOf: sentenceOf, sentenceCount: sentences.count)
///     v.has(Markers.event, 7)              // == Markers.event.contains(tokens[7].lower)
///     v.sentenceHas(Markers.event, 2)      // some token of sentence 2 is in Markers.event
///
/// A ``WordSet`` is matched from its side when it is the smaller one: each of its words is looked up among the
/// document's words (``DocumentWords``) by bytes, which for a set answering simple text by bytes
/// (``WordSet/answersSimpleText``) gives exactly its `contains` answers; the document's words that are not simple
/// text, and every word for other sets, are asked with `contains` itself. A ``PrefixSet`` asks `matches` once per
/// distinct word. So each answer is the one the set gives for ``Token/lower``.
/// - Complexity: O(min(k, w)) look-ups the first time a set is asked, for k words in the set and w distinct words
///   in the document, plus O(o) for the o tokens that hit; O(1) per question after.
final class VocabularyIndex {
  /// The document's distinct lower-cased words.
  let words: DocumentWords
  /// Token → sentence, or -1 outside every sentence.
  private let sentenceOf: [Int]
  private let sentenceCount: Int
  /// By vocabulary serial: whether each distinct word is in the set, and whether each sentence has one
  /// (both empty until the set is first asked).
  private var wordHits: [[Bool]] = []
  private var sentenceHits: [[Bool]] = []
  private var known: [Bool] = []

  init(tokens: [Token], sentenceOf: [Int], sentenceCount: Int) {
    words = DocumentWords(tokens)
    self.sentenceOf = sentenceOf
    self.sentenceCount = sentenceCount
  }

  /// Whether token `i`'s lower-cased text is in `set` (`set.contains(tokens[i].lower)`).
  @inline(__always)
  func has(_ set: WordSet, _ i: Int) -> Bool {
    let s = set.serial
    if s >= known.count || !known[s] { learn(set) }
    return wordHits[s][Int(words.ids[i])]
  }

  /// Whether some token of sentence `k` is in `set`.
  @inline(__always)
  func sentenceHas(_ set: WordSet, _ k: Int) -> Bool {
    let s = set.serial
    if s >= known.count || !known[s] { learn(set) }
    return sentenceHits[s][k]
  }

  /// Whether token `i`'s lower-cased text starts with one of `set`'s prefixes (`set.matches(tokens[i].lower)`).
  @inline(__always)
  func has(_ set: PrefixSet, _ i: Int) -> Bool {
    let s = set.serial
    if s >= known.count || !known[s] { learn(set) }
    return wordHits[s][Int(words.ids[i])]
  }

  /// Whether some token of sentence `k` starts with one of `set`'s prefixes.
  @inline(__always)
  func sentenceHas(_ set: PrefixSet, _ k: Int) -> Bool {
    let s = set.serial
    if s >= known.count || !known[s] { learn(set) }
    return sentenceHits[s][k]
  }

  /// Works out which words and sentences hold a word of `set`.
  private func learn(_ set: WordSet) {
    let n = words.words.count
    var hit = [Bool](repeating: false, count: n)
    if set.answersSimpleText && set.count < n {
      set.forEachTableKey { h, bytes in if let id = words.id(hash: h, bytes: bytes) { hit[id] = true } }
      for id in words.nonSimple { hit[id] = set.contains(words.words[id]) }
    } else {
      for id in 0..<n { hit[id] = set.contains(words.words[id]) }
    }
    store(hit, at: set.serial)
  }

  /// Works out which words and sentences hold a word starting with one of `set`'s prefixes.
  private func learn(_ set: PrefixSet) {
    var hit = [Bool](repeating: false, count: words.words.count)
    for (id, w) in words.words.enumerated() {
      // A simple word whose first byte starts no prefix cannot match (the words that are not simple are all asked).
      if let b = w.utf8.first, !set.mayMatchSimple(firstByte: b) { continue }
      hit[id] = set.matches(w)
    }
    for id in words.nonSimple { hit[id] = set.matches(words.words[id]) }
    store(hit, at: set.serial)
  }

  /// Keeps the word hits of the set with serial `s` and marks the sentences of their tokens.
  private func store(_ hit: [Bool], at s: Int) {
    if s >= known.count {
      let grow = s + 1 - known.count
      known += repeatElement(false, count: grow)
      wordHits += repeatElement([], count: grow)
      sentenceHits += repeatElement([], count: grow)
    }
    var sentences = [Bool](repeating: false, count: sentenceCount)
    for (id, h) in hit.enumerated() where h {
      for o in Int(words.starts[id])..<Int(words.starts[id + 1]) {
        let k = sentenceOf[Int(words.occurrences[o])]
        if k >= 0 { sentences[k] = true }
      }
    }
    wordHits[s] = hit
    sentenceHits[s] = sentences
    known[s] = true
  }
}
