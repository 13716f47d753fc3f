import Foundation

/// Every distinct lower-cased word the extraction threads have met, interned once per process, with the answers
/// vocabularies gave for it: a document's ``VocabularyIndex`` reads those answers instead of asking a large vocabulary
/// about each of its words again (the same words recur from document to document).
///
///     let words = DocumentWords(Tokenizer.tokenize("Urząd Gminy Forum"))
///     let global = SharedWords.shared.intern(words)      // a process-wide id per document word
///     SharedWords.shared.hits(Markers.event, global, words) // [false, false, true]: `Markers.event.contains` per word
///
/// Design:
/// - Once per process: the word's id (by its UTF-8 bytes, as ``DocumentWords`` tells words apart) and, for each
///   vocabulary (by its ``WordSet/serial`` or ``PrefixSet/serial``) that a document asked from here, whether the word
///   is in it. An answer is computed by the vocabulary's own `contains` / `matches` on the word's `String`, so it is
///   the answer that call gives; interning by bytes only decides which answers are shared, never what they are.
/// - Once per document: interning its distinct words (one probe each), then, per vocabulary asked, one array read
///   per distinct word (``VocabularyIndex`` still answers each token and sentence in O(1) from its own arrays).
/// - Thread-safety: documents are extracted in parallel (`Parallel/`), so every access takes one lock, once per
///   document for interning and once per vocabulary a document asks. Results are copied out under the lock, so no
///   caller reads storage another thread may grow. Two threads rarely wait: the work under the lock is a few hundred
///   array reads, and a vocabulary's answer for a new word is computed at most once per process.
/// - Memory: at most ``capacity`` words are kept; words met after that get no id and are asked directly.
/// - Complexity: O(n) in a word's bytes to intern it; O(w) per vocabulary and document for its w distinct words, plus
///   one `contains` per word the process had not asked that vocabulary about.
final class SharedWords: @unchecked Sendable {
  /// The table the extractor uses.
  static let shared = SharedWords()

  /// How many words are interned at most (then ids are no longer given: answers stay exact, only slower).
  let capacity: Int
  private let lock = NSLock()
  /// The words' bytes one after another, where each starts, and each one's hash (``DocumentWords/hash(_:)``).
  /// Unchecked exclusivity: every access is made under ``lock`` and none overlaps another, so the run-time checks
  /// (several per interned word) are left out.
  @exclusivity(unchecked) private var arena: [UInt8] = []
  @exclusivity(unchecked) private var wordStart: [Int32] = [0]
  @exclusivity(unchecked) private var hashes: [UInt64] = []
  /// Open-addressing slots (a word id or -1), a power of two, at most half full.
  @exclusivity(unchecked) private var slots: [Int32] = Array(repeating: -1, count: 1 << 12)
  /// By vocabulary serial, by word id: 0 not asked yet, 1 not in the vocabulary, 2 in it.
  @exclusivity(unchecked) private var answers: [[UInt8]] = []

  init(capacity: Int = 400_000) { self.capacity = capacity }

  /// The number of words interned so far.
  var count: Int {
    lock.lock()
    defer { lock.unlock() }
    return hashes.count
  }

  /// The process-wide id of each of the document's distinct words (by ``DocumentWords`` word id), or -1 for a
  /// word met once the table is full. Ids never change while the process runs.
  /// - Complexity: O(n) in the words' bytes.
  func intern(_ words: DocumentWords) -> [Int32] {
    lock.lock()
    defer { lock.unlock() }
    var ids = [Int32](repeating: -1, count: words.words.count)
    for w in ids.indices { ids[w] = words.withBytes(of: w) { internLocked($0) } }
    return ids
  }

  /// Whether each of the document's distinct words is in `set` (`set.contains(words.words[w])`), from the answers
  /// kept for the words' process-wide ids (`global`, from ``intern(_:)``); answers not known yet are computed and kept.
  /// - Complexity: O(w) for w words, plus one `contains` per word this set was never asked about.
  func hits(_ set: WordSet, _ global: [Int32], _ words: DocumentWords) -> [Bool] {
    hits(serial: set.serial, global, words) { set.contains($0) }
  }

  /// Whether each of the document's distinct words starts with one of `set`'s prefixes (`set.matches`), as
  /// ``hits(_:_:_:)-(WordSet,_,_)`` answers for a word set.
  func hits(_ set: PrefixSet, _ global: [Int32], _ words: DocumentWords) -> [Bool] {
    hits(serial: set.serial, global, words) { set.matches($0) }
  }

  /// The answers of the vocabulary with serial `serial` (whose test is `test`) for the document's words.
  private func hits(serial: Int, _ global: [Int32], _ words: DocumentWords, _ test: (String) -> Bool) -> [Bool] {
    lock.lock()
    defer { lock.unlock() }
    if serial >= answers.count { answers += repeatElement([], count: serial + 1 - answers.count) }
    if answers[serial].count < hashes.count { answers[serial] += repeatElement(0, count: hashes.count - answers[serial].count) }
    var out = [Bool](repeating: false, count: global.count)
    answers[serial].withUnsafeMutableBufferPointer { known in
      for (w, g) in global.enumerated() {
        guard g >= 0 else { out[w] = test(words.words[w]); continue }
        var a = known[Int(g)]
        if a == 0 {
          a = test(words.words[w]) ? 2 : 1
          known[Int(g)] = a
        }
        out[w] = a == 2
      }
    }
    return out
  }

  /// The id of the word with `bytes`, interned if new (-1 when the table is full). The lock is held.
  private func internLocked(_ b: UnsafeBufferPointer<UInt8>) -> Int32 {
    let h = DocumentWords.hash(b)
    var mask = slots.count - 1
    var s = Int(truncatingIfNeeded: h) & mask
    while true {
      let e = Int(slots[s])
      if e < 0 { break }
      if hashes[e] == h, DocumentWords.equal(arena, Int(wordStart[e]), Int(wordStart[e + 1]), b) { return Int32(e) }
      s = (s + 1) & mask
    }
    guard hashes.count < capacity else { return -1 }
    let id = Int32(hashes.count)
    arena.append(contentsOf: b)
    wordStart.append(Int32(arena.count))
    hashes.append(h)
    if hashes.count * 2 > slots.count {
      // Grow the slots and place every word again (at most half full keeps probes short).
      slots = Array(repeating: -1, count: slots.count * 2)
      mask = slots.count - 1
      for (i, hi) in hashes.enumerated() {
        var t = Int(truncatingIfNeeded: hi) & mask
        while slots[t] >= 0 { t = (t + 1) & mask }
        slots[t] = Int32(i)
      }
    } else {
      slots[s] = id
    }
    return id
  }
}
