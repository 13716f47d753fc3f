import Foundation

/// A bounded memo of phrase → lemma, shared by threads (guarded by a lock).
///
/// Corpora repeat names, so the lemmatiser answers repeated (phrase, kind) pairs from here. When the memo
/// holds `limit` entries it is emptied (simple and deterministic: answers never depend on what was cached).
final class LemmaCache: @unchecked Sendable {
  private struct Key: Hashable {
    var phrase: String
    var kind: NameKind
  }
  private let lock = NSLock()
  /// Unchecked exclusivity: every access is made under ``lock`` and none overlaps another.
  @exclusivity(unchecked) private var entries: [Key: String] = [:]
  private let limit: Int

  init(limit: Int = 100_000) { self.limit = limit }

  func value(_ phrase: String, _ kind: NameKind) -> String? {
    lock.lock()
    defer { lock.unlock() }
    return entries[Key(phrase: phrase, kind: kind)]
  }

  func store(_ lemma: String, for phrase: String, _ kind: NameKind) {
    lock.lock()
    defer { lock.unlock() }
    if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
    entries[Key(phrase: phrase, kind: kind)] = lemma
  }
}
