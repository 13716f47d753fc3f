/// SplitMix64 (Steele, Lea & Flood 2014): a small seeded generator, the same sequence on every platform,
/// for tests that check properties on seeded random inputs. (Shared by the test targets.)
///
///     var rng = SplitMix64(state: 42)
///     let x = rng.unit()                       // in [0, 1)
///     let k = Int.random(in: 0..<10, using: &rng)
public struct SplitMix64: RandomNumberGenerator {
  public var state: UInt64

  public init(state: UInt64) { self.state = state }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A double in [0, 1) from the top 53 bits.
  public mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
