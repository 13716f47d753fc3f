import Synchronization

/// Serial numbers for vocabularies (``WordSet``, ``PrefixSet``): each set built gets the next one, so a
/// per-document memo (``VocabularyIndex``) can keep its answers in an array indexed by set.
///
///     let a = VocabularySerial.next(), b = VocabularySerial.next()   // a != b
///
/// Static vocabularies are built lazily, possibly on several threads at once: the counter is atomic.
enum VocabularySerial {
  private static let counter = Atomic<Int>(0)

  /// The next unused serial number (0, 1, 2, …).
  static func next() -> Int { counter.add(1, ordering: .relaxed).newValue - 1 }

  /// How many serial numbers have been given so far (every serial given is below it).
  static var count: Int { counter.load(ordering: .relaxed) }
}
