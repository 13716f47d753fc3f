import Foundation

/// A mutable buffer shared by worker threads that write disjoint parts of it.
struct SharedBuffer<Element>: @unchecked Sendable {
  let base: UnsafeMutableBufferPointer<Element>
  subscript(i: Int) -> Element {
    get { base[i] }
    nonmutating set { base[i] = newValue }
  }
}

/// Fixed-block parallelism with a deterministic result: work is cut into a number of blocks that does not
/// depend on the thread count, each block writes only its own slot, and the caller combines the slots in
/// block order. The same input therefore gives the same bits on one thread or many.
enum Parallel {
  /// Threads to use: the `STAKEHOLDERS_THREADS` environment variable, else the active processor count.
  static var defaultThreads: Int {
    if let s = ProcessInfo.processInfo.environment["STAKEHOLDERS_THREADS"], let t = Int(s), t > 0 { return t }
    return max(1, ProcessInfo.processInfo.activeProcessorCount)
  }

  /// Calls `body(block)` for every block in `0..<blocks` on up to `threads` threads; thread `t` takes
  /// blocks `t, t + threads, …`. Returns when all are done.
  static func forEachBlock(_ blocks: Int, threads: Int = defaultThreads, _ body: (Int) -> Void) {
    let t = max(1, min(threads, blocks))
    if t == 1 {
      for b in 0..<blocks { body(b) }
      return
    }
    withoutActuallyEscaping(body) { body in
      let box = UncheckedBox(body)
      DispatchQueue.concurrentPerform(iterations: t) { worker in
        var b = worker
        while b < blocks {
          box.value(b)
          b += t
        }
      }
    }
  }
}

extension Parallel {
  /// Blocks for per-node work: fixed, so results never depend on the thread count.
  static let nodeBlocks = 64

  /// `body(i, &scratch)` for every i in `0..<count`, on fixed blocks of nodes (block b takes b, b + 64, …),
  /// each block with its own scratch from `makeScratch`. Each result depends only on its own i, so the
  /// output is the same on one thread or many.
  ///
  ///     let sums = Parallel.map(n, initial: 0.0, scratch: { [Double](repeating: 0, count: n) }) { i, marks in … }
  static func map<Scratch, T>(_ count: Int, initial: T, scratch makeScratch: () -> Scratch,
                              _ body: (Int, inout Scratch) -> T) -> [T] {
    var result = [T](repeating: initial, count: count)
    let blocks = min(nodeBlocks, max(1, count))
    result.withUnsafeMutableBufferPointer { buffer in
      let out = SharedBuffer(base: buffer)
      forEachBlock(blocks) { b in
        var scratch = makeScratch()
        var i = b
        while i < count {
          out[i] = body(i, &scratch)
          i += blocks
        }
      }
    }
    return result
  }
}

/// Carries a non-Sendable value into `concurrentPerform`; callers guarantee disjoint writes.
struct UncheckedBox<T>: @unchecked Sendable {
  let value: T
  init(_ value: T) { self.value = value }
}
