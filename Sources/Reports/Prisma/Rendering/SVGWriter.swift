/// Writes SVG elements into a string, escaping every text.
struct SVGWriter {
  private(set) var text = ""

  mutating func box(
    x: Double, y: Double, width: Double, height: Double, fill: String, rounded: Bool = false
  ) {
    let corner = rounded ? " rx=\"6\" ry=\"6\"" : ""
    text +=
      "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(height))\"\(corner) "
      + "fill=\"\(fill)\" stroke=\"#000000\" stroke-width=\"1\"/>\n"
  }

  mutating func text(_ content: String, x: Double, y: Double, bold: Bool = false) {
    let weight = bold ? " font-weight=\"bold\"" : ""
    // Leading spaces indent a source under its kind; SVG collapses them unless preserved.
    text +=
      "<text x=\"\(n(x))\" y=\"\(n(y))\"\(weight) xml:space=\"preserve\">"
      + "\(MarkupText.escaped(content))</text>\n"
  }

  mutating func centredText(_ content: String, x: Double, y: Double, bold: Bool = false) {
    let weight = bold ? " font-weight=\"bold\"" : ""
    text +=
      "<text x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"middle\"\(weight)>"
      + "\(MarkupText.escaped(content))</text>\n"
  }

  /// Text running bottom to top, centred on (`x`, `y`), as the phase bars carry it.
  mutating func verticalText(_ content: String, x: Double, y: Double) {
    text +=
      "<text x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"middle\" font-weight=\"bold\" "
      + "transform=\"rotate(-90 \(n(x)) \(n(y)))\">\(MarkupText.escaped(content))</text>\n"
  }

  mutating func arrow(from start: (Double, Double), to end: (Double, Double)) {
    text +=
      "<line x1=\"\(n(start.0))\" y1=\"\(n(start.1))\" x2=\"\(n(end.0))\" y2=\"\(n(end.1))\" "
      + "stroke=\"#000000\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>\n"
  }

  /// An arrow with one bend.
  mutating func path(
    from start: (Double, Double), via bend: (Double, Double), to end: (Double, Double)
  ) {
    text +=
      "<path d=\"M \(n(start.0)) \(n(start.1)) L \(n(bend.0)) \(n(bend.1)) L \(n(end.0)) "
      + "\(n(end.1))\" fill=\"none\" stroke=\"#000000\" stroke-width=\"1.5\" "
      + "marker-end=\"url(#arrow)\"/>\n"
  }

  private func n(_ value: Double) -> String { SVGLayout.number(value) }
}
