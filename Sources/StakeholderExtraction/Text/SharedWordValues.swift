import Foundation

/// A function of a lower-cased word, computed once per process for each word ``SharedWords`` interns: a document's
/// set-up reads the values its words already have instead of looking each of its distinct words up again (the same
/// words recur from document to document).
///
///     let heads = SharedWordValues { HeadWords.head($0) }
///     heads.values(vocabulary.processIDs(), vocabulary.words)   // HeadWords.head of each distinct word
///
/// Each value is the function's own answer for the word's `String`, computed the first time any document has the
/// word; words are told apart by their bytes, as ``SharedWords`` interns them. A word the table had no room for (id
/// -1) is computed every time.
/// - Thread-safety: one lock, taken once per document; values are copied out under it.
/// - Complexity: O(w) per document for its w distinct words, plus one call of the function per word new to the process.
final class SharedWordValues<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private let compute: @Sendable (String) -> Value
  /// By process-wide word id: the value, or nil when no document has asked for it yet. Unchecked exclusivity: every
  /// access is made under ``lock`` and none overlaps another.
  @exclusivity(unchecked) private var known: [Value?] = []

  /// A table of `compute`, which must give the same value for the same word every time.
  init(_ compute: @escaping @Sendable (String) -> Value) { self.compute = compute }

  /// The value of each of the document's distinct words (by ``DocumentWords`` word id), given their process-wide ids
  /// (``VocabularyIndex/processIDs()``).
  func values(_ global: [Int32], _ words: DocumentWords) -> [Value] {
    lock.lock()
    defer { lock.unlock() }
    if let top = global.max(), Int(top) >= known.count {
      known += repeatElement(nil, count: max(Int(top) + 1, 2 * known.count) - known.count)
    }
    var out: [Value] = []
    out.reserveCapacity(global.count)
    for (w, g) in global.enumerated() {
      guard g >= 0 else { out.append(compute(words.words[w])); continue }
      if let v = known[Int(g)] {
        out.append(v)
      } else {
        let v = compute(words.words[w])
        known[Int(g)] = v
        out.append(v)
      }
    }
    return out
  }
}
