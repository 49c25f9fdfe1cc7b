/// Quantiles of ordered values by linear interpolation between order statistics: Hyndman and
/// Fan's type 7, the default of R and NumPy and what spreadsheets' `QUARTILE.INC` computes, so a
/// reader can check our medians and quartiles in the tool they have.
///
/// For sorted `x₁…xₙ` and probability `p`, `h = (n − 1)p + 1` and the quantile is
/// `x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋+1 − x⌊h⌋)`.
public enum Quantile {
  /// The `p` quantile of `values`; nil when there are none.
  public static func of(_ values: [Double], _ p: Double) -> Double? {
    guard !values.isEmpty, (0...1).contains(p) else { return nil }
    let sorted = values.sorted()
    let h = Double(sorted.count - 1) * p
    let lower = Int(h.rounded(.down))
    let upper = min(lower + 1, sorted.count - 1)
    return sorted[lower] + (h - Double(lower)) * (sorted[upper] - sorted[lower])
  }
}
