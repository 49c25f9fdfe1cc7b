import Prioritisation

/// The recall curve of simulated screenings as an SVG image: the share of relevant records
/// found against the share of records screened, one line per run, with the diagonal that
/// screening in random order follows on average.
enum RecallCurveSVG {
  static let width = 640.0
  static let height = 480.0
  static let margin = 56.0

  /// The image, as a complete SVG document.
  ///
  /// - Parameters:
  ///   - runs: the replays to draw.
  ///   - title: the caption, escaped here.
  static func render(_ runs: [ScreeningSimulation.Run], title: String) -> String {
    let plotWidth = width - 2 * margin
    let plotHeight = height - 2 * margin
    func point(_ x: Double, _ y: Double) -> String {
      "\(format(margin + x * plotWidth)),\(format(height - margin - y * plotHeight))"
    }
    var lines: [String] = [
      "<?xml version='1.0' encoding='UTF-8'?>",
      "<svg xmlns='http://www.w3.org/2000/svg' width='\(Int(width))' height='\(Int(height))' "
        + "viewBox='0 0 \(Int(width)) \(Int(height))' font-family='sans-serif' font-size='12'>",
      "<rect width='100%' height='100%' fill='white'/>",
      "<text x='\(format(width / 2))' y='24' text-anchor='middle' font-size='14'>"
        + escaped(title) + "</text>",
      "<rect x='\(format(margin))' y='\(format(margin))' width='\(format(plotWidth))' "
        + "height='\(format(plotHeight))' fill='none' stroke='#999'/>",
    ]
    for tick in stride(from: 0, through: 10, by: 2) {
      let share = Double(tick) / 10
      lines.append(
        "<text x='\(format(margin + share * plotWidth))' y='\(format(height - margin + 18))' "
          + "text-anchor='middle'>\(tick * 10)%</text>")
      lines.append(
        "<text x='\(format(margin - 8))' y='\(format(height - margin - share * plotHeight + 4))' "
          + "text-anchor='end'>\(tick * 10)%</text>")
    }
    lines.append(
      "<text x='\(format(width / 2))' y='\(format(height - 16))' text-anchor='middle'>"
        + "records screened</text>")
    lines.append(
      "<text x='16' y='\(format(height / 2))' text-anchor='middle' "
        + "transform='rotate(-90 16 \(format(height / 2)))'>relevant records found</text>")
    lines.append(
      "<polyline points='\(point(0, 0)) \(point(1, 1))' fill='none' stroke='#888' "
        + "stroke-dasharray='6 4'><title>random order</title></polyline>")
    for run in runs {
      let curve = run.metrics.recallCurve
      let count = Double(max(curve.count, 1))
      var points = [point(0, 0)]
      for (index, recall) in curve.enumerated() {
        points.append(point(Double(index + 1) / count, recall))
      }
      lines.append(
        "<polyline points='\(points.joined(separator: " "))' fill='none' stroke='#1f77b4' "
          + "stroke-opacity='0.7' stroke-width='1.5'><title>seed \(run.seed)</title></polyline>")
    }
    lines.append("</svg>")
    return lines.joined(separator: "\n") + "\n"
  }

  private static func format(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }

  private static func escaped(_ text: String) -> String {
    text.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
  }
}
