import Foundation

/// How shares and intervals are printed in survey reports: one decimal, as a percentage.
enum Percent {
  /// `70.0%`.
  static func text(_ share: Double) -> String {
    String(format: "%.1f%%", share * 100)
  }

  /// `57.5–80.1%`.
  static func interval(_ range: ClosedRange<Double>?) -> String {
    guard let range else { return "-" }
    return String(format: "%.1f–%.1f%%", range.lowerBound * 100, range.upperBound * 100)
  }

  /// A number with at most two decimals: `4`, `3.5`, `2.25`.
  static func number(_ value: Double) -> String {
    var text = String(format: "%.2f", value)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }

  /// A p-value: `p = 0.032`, or `p < 0.001`.
  static func pValue(_ p: Double) -> String {
    p < 0.001 ? "p < 0.001" : String(format: "p = %.3f", p)
  }
}
