import Foundation

/// A bounded memo of word → answer for a pure function, shared by the extraction threads (guarded by a lock).
///
///     let memo = SharedMemo<Int?>()
///     let n = memo.value("Piotra") { expensiveLookup($0) }
///
/// Corpora repeat the same capitalised words from document to document, so answers computed for one document
/// serve the next. The function runs outside the lock; when the memo holds `limit` entries it is emptied
/// (answers never depend on what was cached, only the time does).
/// - Complexity: one hash look-up per call once a word is known.
final class SharedMemo<Value>: @unchecked Sendable {
  private let lock = NSLock()
  /// Keyed on bytes for simple text (``TextKey``): the same answers as `String` keys, hashed faster.
  private var entries: [TextKey: Value] = [:]
  private let limit: Int

  init(limit: Int = 200_000) { self.limit = limit }

  /// The remembered answer for `key`, or `compute(key)` (then remembered).
  func value(_ key: String, _ compute: (String) -> Value) -> Value {
    lock.lock()
    let hit = entries[TextKey(key)]
    lock.unlock()
    if let hit { return hit }
    let v = compute(key)
    lock.lock()
    if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
    entries[TextKey(key)] = v
    lock.unlock()
    return v
  }
}
