import Foundation

/// A bounded memo of key → answer for a pure function, shared by the extraction threads (guarded by a lock).
///
///     let memo = SharedMemo<TextKey, Int?>()
///     let n = memo.value("Piotra") { expensiveLookup($0) }
///
/// Corpora repeat the same capitalised words, and the same institutions, from document to document, so answers
/// computed for one document serve the next. The function runs outside the lock; when the memo holds `limit` entries
/// it is emptied (answers never depend on what was cached, only the time does).
/// - Complexity: one hash look-up per call once a key is known.
final class SharedMemo<Key: Hashable, Value>: @unchecked Sendable {
  private let lock = NSLock()
  /// Unchecked exclusivity: every access is made under ``lock`` and none overlaps another.
  @exclusivity(unchecked) private var entries: [Key: Value] = [:]
  private let limit: Int

  init(limit: Int = 200_000) { self.limit = limit }

  /// The remembered answer for `key`, or `compute()` (then remembered).
  func value(for key: Key, _ compute: () -> Value) -> Value {
    lock.lock()
    let hit = entries[key]
    lock.unlock()
    if let hit { return hit }
    let v = compute()
    lock.lock()
    if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
    entries[key] = v
    lock.unlock()
    return v
  }
}

extension SharedMemo where Key == TextKey {
  /// The remembered answer for the word `key`, or `compute(key)`; keyed on bytes for simple text (``TextKey``): the
  /// same answers as `String` keys, hashed faster.
  func value(_ key: String, _ compute: (String) -> Value) -> Value {
    value(for: TextKey(key)) { compute(key) }
  }
}
