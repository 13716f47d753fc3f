import Foundation
import Testing
import TestSupport
@testable import StakeholderExport

/// The Foundation-free number formatting must print exactly what `printf` prints.
@Suite("Number formatting")
struct NumFormatTests {
  /// What `Num.format` printed before its fast path: the reference.
  static func reference(_ value: Double, digits: Int) -> String {
    var s = String(format: "%.\(digits)f", value)
    if s.contains(".") {
      while s.hasSuffix("0") { s.removeLast() }
      if s.hasSuffix(".") { s.removeLast() }
    }
    return s == "-0" ? "0" : s
  }

  @Test("random values of every magnitude, 0 … 6 decimals: same text as printf")
  func randomValues() {
    var rng = SplitMix64(state: 42)
    var checked = 0
    for _ in 0..<60_000 {
      let magnitude = pow(10, Double(Int(rng.next() % 16)) - 8)  // 1e-8 … 1e7
      let value = (rng.unit() * 2 - 1) * magnitude
      let digits = Int(rng.next() % 7)
      #expect(Num.format(value, digits: digits) == Self.reference(value, digits: digits), "\(value) \(digits)")
      checked += 1
    }
    #expect(checked == 60_000)
  }

  @Test("ties, near-ties, integers, signed zeros and the edges of the fast path")
  func edges() {
    var values: [Double] = [0, -0.0, 1, -1, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1e9 - 0.5, -1e9 + 0.25, 999_999_999.999_999_5,
                            1e9, 1e12 + 0.5, 4.35, 2.675, 0.000_000_5, 0.000_001_5, -0.000_000_4, 123_456.789_012_345]
    var rng = SplitMix64(state: 7)
    for _ in 0..<5_000 {
      let digits = Int(rng.next() % 7)
      let k = Double(Int(rng.next() % 2_000_000)) - 1_000_000
      let tie = (k + 0.5) / pow(10, Double(digits))  // decimal ties, mostly not exact in binary
      values += [tie, tie.nextUp, tie.nextDown]
    }
    for v in values {
      for digits in 0...6 {
        #expect(Num.format(v, digits: digits) == Self.reference(v, digits: digits), "\(v) \(digits)")
      }
    }
  }
}
