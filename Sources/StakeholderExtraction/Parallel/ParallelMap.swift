import Foundation

/// Maps a function over an array on several workers (Swift concurrency), keeping the input order.
///
///     let lengths = await ParallelMap.map(documents, workers: 2) { $0.text.count }
///
/// The items are cut into contiguous chunks (about eight per worker, so a slow chunk does not leave a core
/// idle); at most `workers` chunks run at once in a task group and each result lands in its chunk's slot,
/// so the output is the same array a sequential `map` gives, whatever the number of workers or the
/// order chunks finish in.
/// - Parameters:
///   - items: the inputs.
///   - workers: how many chunks run at once (at least 1; 1 runs the map on the calling task).
///   - transform: a function safe to call from several threads at once.
/// - Complexity: O(n) calls of `transform`, spread over `workers` threads of the cooperative pool.
public enum ParallelMap {
  public static func map<T: Sendable, R: Sendable>(
    _ items: [T], workers: Int, _ transform: @escaping @Sendable (T) -> R
  ) async -> [R] {
    let workers = max(1, workers)
    if workers == 1 || items.count < 2 { return items.map(transform) }
    let chunkSize = max(1, (items.count + workers * 8 - 1) / (workers * 8))
    let chunkCount = (items.count + chunkSize - 1) / chunkSize
    var slots = [[R]?](repeating: nil, count: chunkCount)
    await withTaskGroup(of: (Int, [R]).self) { group in
      var next = 0
      func launch() {
        let index = next
        let range = (index * chunkSize)..<min(items.count, (index + 1) * chunkSize)
        group.addTask { (index, items[range].map(transform)) }
        next += 1
      }
      while next < min(workers, chunkCount) { launch() }
      while let (index, results) = await group.next() {
        slots[index] = results
        if next < chunkCount { launch() }
      }
    }
    var out: [R] = []
    out.reserveCapacity(items.count)
    for slot in slots { out.append(contentsOf: slot!) }
    return out
  }

  /// The number of cores the process may use: the default worker count.
  public static var availableCores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
