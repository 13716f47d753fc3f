import Foundation

/// Locale-free number formatting, so files read the same on every machine.
enum Num {
  /// `value` with at most `digits` decimals, trailing zeros dropped ("0.5", "12", "0.0312").
  static func format(_ value: Double, digits: Int = 4) -> String {
    guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "INF" : "-INF") }
    if let fast = fixed(value, digits: digits) { return fast }
    var s = String(format: "%.\(digits)f", value)
    if s.contains(".") {
      while s.hasSuffix("0") { s.removeLast() }
      if s.hasSuffix(".") { s.removeLast() }
    }
    return s == "-0" ? "0" : s
  }

  /// `format` without Foundation for the usual case (0 … 6 decimals, |value| < 10⁹), giving the very same
  /// text: the value times 10^digits is rounded exactly (the product's rounding error comes from a fused
  /// multiply-add, and an exact tie goes to the even neighbour, as C's `printf` does), then printed as
  /// an integer with the decimal point put back. Writing the metrics of a large graph called `printf`
  /// millions of times. nil outside that range.
  static func fixed(_ value: Double, digits: Int) -> String? {
    guard (0...6).contains(digits), abs(value) < 1e9 else { return nil }
    var scale = 1
    for _ in 0..<digits { scale *= 10 }
    let p = Double(scale)
    let hi = value * p
    let lo = (-hi).addingProduct(value, p)  // value·p − hi, exactly
    let r = hi.rounded(.toNearestOrEven)
    let d = hi - r  // exact: the distance to the nearest integer
    var n = r
    if abs(d) == 0.5 && lo != 0 && (d > 0) == (lo > 0) { n += d > 0 ? 1 : -1 }
    let magnitude = Int(abs(n))
    if magnitude == 0 { return "0" }
    var text = String(magnitude / scale)
    var frac = magnitude % scale
    if frac != 0 {
      var places = digits
      while frac % 10 == 0 { frac /= 10; places -= 1 }
      let f = String(frac)
      text += "." + String(repeating: "0", count: places - f.count) + f
    }
    return value < 0 ? "-" + text : text
  }

  /// A value for an XML/CSV number field: integers without a decimal point, others with up to 6 decimals.
  static func field(_ value: Double) -> String { format(value, digits: 6) }
}
