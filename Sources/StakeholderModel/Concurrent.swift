import Foundation

/// Runs independent pieces of work at the same time on the available cores and returns their results
/// in the order given (each piece alone is deterministic, so the whole is). The first error thrown, in
/// that order, is rethrown.
///
///     let (html, md) = try Concurrent.pair({ html() }, { markdown() })
///
/// (In the model module so the output folder's parallel writes and the exporters share it.)
public enum Concurrent {
  /// Every part's result, in order.
  public static func run<T: Sendable>(_ parts: [@Sendable () throws -> T]) throws -> [T] {
    let slots = Slots<T>(parts.count)
    DispatchQueue.concurrentPerform(iterations: parts.count) { i in slots.set(i, Result { try parts[i]() }) }
    return try (0..<parts.count).map { try slots.get($0).get() }
  }

  /// Two results of different types, computed at the same time.
  public static func pair<A: Sendable, B: Sendable>(
    _ a: @Sendable () throws -> A, _ b: @Sendable () throws -> B
  ) throws -> (A, B) {
    try withoutActuallyEscaping(a) { a in
      try withoutActuallyEscaping(b) { b in
        let first = Slots<A>(1), second = Slots<B>(1)
        DispatchQueue.concurrentPerform(iterations: 2) { i in
          if i == 0 { first.set(0, Result { try a() }) } else { second.set(0, Result { try b() }) }
        }
        return (try first.get(0).get(), try second.get(0).get())
      }
    }
  }

  /// One result slot per part; each part writes only its own.
  private final class Slots<T>: @unchecked Sendable {
    private var items: [Result<T, Error>?]
    private let lock = NSLock()
    init(_ count: Int) { items = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ r: Result<T, Error>) { lock.lock(); items[i] = r; lock.unlock() }
    func get(_ i: Int) -> Result<T, Error> { lock.lock(); defer { lock.unlock() }; return items[i]! }
  }
}
