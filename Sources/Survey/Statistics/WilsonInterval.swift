import Foundation

/// The Wilson score interval of a proportion.
///
/// Chosen over the textbook `p ± 1.96·√(p(1−p)/n)` because survey shares are often near 0 or
/// 100% with small n, where that interval leaves [0, 1] or collapses to a point; Wilson's
/// stays inside and keeps its coverage. For `k` of `n` and `z` = 1.96:
/// centre `(p + z²/2n) / (1 + z²/n)`, half-width `z·√(p(1−p)/n + z²/4n²) / (1 + z²/n)`.
public enum WilsonInterval {
  /// The normal quantile for 95%.
  public static let z95 = 1.959_963_984_540_054

  /// The interval of `successes` of `total`, as shares from 0 to 1; nil when `total` is 0.
  public static func interval(successes: Int, of total: Int, z: Double = z95) -> ClosedRange<
    Double
  >? {
    guard total > 0, (0...total).contains(successes) else { return nil }
    let n = Double(total)
    let p = Double(successes) / n
    let z2 = z * z
    let denominator = 1 + z2 / n
    let centre = (p + z2 / (2 * n)) / denominator
    let halfWidth = z * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot() / denominator
    return max(0, centre - halfWidth)...min(1, centre + halfWidth)
  }
}
