import Foundation
import StakeholderModel

/// Deterministic number text for CSV and JSON outputs.
public enum NumberFormat {
  /// Up to 12 significant digits, shortest form ("0.25", "1e-07", "42"); empty for NaN or infinity.
  ///
  ///     NumberFormat.text(1.0 / 3) // "0.333333333333"
  public static func text(_ x: Double) -> String {
    guard x.isFinite else { return "" }
    if x == 0 { return "0" }
    if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
    return String(format: "%.12g", x)
  }

  /// JSON number text, `null` for NaN or infinity.
  public static func json(_ x: Double) -> String {
    let t = text(x)
    return t.isEmpty ? "null" : t
  }

  /// A JSON string literal: ``Escape/json(_:)``.
  public static func jsonString(_ s: String) -> String { Escape.json(s) }

  /// A CSV field (RFC 4180), with spreadsheet formulas neutralised: ``Escape/csv(_:)``.
  public static func csvField(_ s: String) -> String { Escape.csv(s) }

}
