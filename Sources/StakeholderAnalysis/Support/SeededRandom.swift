/// SplitMix64: a small, fast, seeded generator so every random choice (community detection orders)
/// repeats exactly for the same seed on every platform.
///
/// - Source: G. Steele, D. Lea & C. Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014.
struct SeededRandom: RandomNumberGenerator {
  private var state: UInt64
  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform Double in [0, 1).
  mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

  /// A permutation of 0..<n (Fisher–Yates, using this generator only, so it is platform-independent).
  mutating func permutation(_ n: Int) -> [Int] {
    var a = Array(0..<n)
    if n < 2 { return a }
    for i in stride(from: n - 1, to: 0, by: -1) {
      let j = Int(next() % UInt64(i + 1))
      a.swapAt(i, j)
    }
    return a
  }
}
