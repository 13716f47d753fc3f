import Foundation

/// Locale-free number formatting, so files read the same on every machine.
enum Num {
  /// `value` with at most `digits` decimals, trailing zeros dropped ("0.5", "12", "0.0312").
  static func format(_ value: Double, digits: Int = 4) -> String {
    guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "INF" : "-INF") }
    var s = String(format: "%.\(digits)f", value)
    if s.contains(".") {
      while s.hasSuffix("0") { s.removeLast() }
      if s.hasSuffix(".") { s.removeLast() }
    }
    return s == "-0" ? "0" : s
  }

  /// A value for an XML/CSV number field: integers without a decimal point, others with up to 6 decimals.
  static func field(_ value: Double) -> String { format(value, digits: 6) }
}
