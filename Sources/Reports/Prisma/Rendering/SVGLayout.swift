/// Places the diagram's boxes in rows and columns, sizes them to their wrapped text, and writes
/// the SVG with the arrows between them.
///
/// Rows are, in order: identification, records screened, reports sought, reports assessed,
/// included. Each row is as tall as its tallest box.
struct SVGLayout {
  /// Where a box stands in its row.
  enum Slot: CaseIterable {
    case mainLeft, mainRight, otherLeft, otherRight
  }

  let hasOtherColumn: Bool
  private var rows: [[Slot: [String]]] = []

  static let fontSize = 13.0
  static let lineHeight = 17.0
  static let padding = 8.0
  /// An average glyph width of the sans-serif font at ``fontSize``, for wrapping.
  static let glyphWidth = 6.9
  /// The same for bold text.
  static let boldGlyphWidth = 7.3
  /// The least height of a row, so that a phase bar beside one row has room for its name.
  static let minimumRowHeight = 84.0
  static let rowGap = 36.0
  static let top = 10.0
  static let headerHeight = 40.0
  static let barX = 10.0
  static let barWidth = 28.0

  init(hasOtherColumn: Bool) {
    self.hasOtherColumn = hasOtherColumn
  }

  mutating func addRow(_ boxes: [Slot: [String]]) {
    rows.append(boxes)
  }

  /// The left edge and width of each slot.
  static func frame(_ slot: Slot) -> (x: Double, width: Double) {
    switch slot {
    case .mainLeft: (50, 270)
    case .mainRight: (360, 280)
    case .otherLeft: (680, 240)
    case .otherRight: (960, 240)
    }
  }

  var width: Double { hasOtherColumn ? 1210 : 650 }

  /// The text of a box wrapped to its width, each line as it is drawn.
  ///
  /// The first line is drawn bold, so it gets fewer glyphs a line. A count, `(n = 12)`, is never
  /// broken across lines.
  static func wrapped(_ lines: [String], width: Double) -> [String] {
    let noBreak: Character = "\u{00A0}"
    return lines.enumerated().flatMap { index, line -> [String] in
      let glyph = index == 0 ? boldGlyphWidth : glyphWidth
      let limit = max(10, Int((width - 2 * padding) / glyph))
      let indent = String(line.prefix { $0 == " " })
      let joined = line.replacing("(n = ", with: "(n\(noBreak)=\(noBreak)")
      var result: [String] = []
      var current = ""
      for word in joined.split(separator: " ") {
        if !current.isEmpty, current.count + 1 + word.count > limit {
          result.append(current)
          current = indent + "  " + word
        } else {
          current = current.isEmpty ? indent + word : current + " " + word
        }
      }
      result.append(current)
      return result.map { $0.replacing(String(noBreak), with: " ") }
    }
  }

  func svg() -> String {
    var body = SVGWriter()
    var rowTops: [Double] = []
    var rowHeights: [Double] = []
    var y = Self.top + Self.headerHeight + Self.rowGap / 2
    for (index, row) in rows.enumerated() {
      let height =
        row.map { slot, lines in
          Double(Self.wrapped(lines, width: Self.frame(slot).width).count) * Self.lineHeight + 2
            * Self.padding
        }.max() ?? Self.lineHeight
      let rowHeight = max(height, index == rows.count - 1 ? Self.minimumRowHeight : 0)
      rowTops.append(y)
      rowHeights.append(rowHeight)
      y += rowHeight + Self.rowGap
    }
    let totalHeight = y - Self.rowGap / 2

    drawHeaders(&body)
    drawPhaseBars(&body, rowTops: rowTops, rowHeights: rowHeights)
    var boxes: [Int: [Slot: (x: Double, y: Double, width: Double, height: Double)]] = [:]
    for (index, row) in rows.enumerated() {
      for slot in Slot.allCases {
        guard let lines = row[slot] else { continue }
        let (x, width) = Self.frame(slot)
        let wrapped = Self.wrapped(lines, width: width)
        let height = Double(wrapped.count) * Self.lineHeight + 2 * Self.padding
        let top = rowTops[index] + (rowHeights[index] - height) / 2
        body.box(x: x, y: top, width: width, height: height, fill: "#ffffff")
        for (number, line) in wrapped.enumerated() {
          body.text(
            line, x: x + Self.padding,
            y: top + Self.padding + Self.lineHeight * Double(number + 1) - 4, bold: number == 0)
        }
        boxes[index, default: [:]][slot] = (x, top, width, height)
      }
    }
    drawArrows(&body, boxes)
    return """
      <?xml version="1.0" encoding="UTF-8"?>
      <svg xmlns="http://www.w3.org/2000/svg" width="\(Self.number(width))" \
      height="\(Self.number(totalHeight))" viewBox="0 0 \(Self.number(width)) \
      \(Self.number(totalHeight))" font-family="Arial, Helvetica, sans-serif" \
      font-size="\(Self.number(Self.fontSize))">
      <title>PRISMA 2020 flow diagram</title>
      <defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" \
      markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" \
      fill="#000000"/></marker></defs>
      <rect x="0" y="0" width="\(Self.number(width))" height="\(Self.number(totalHeight))" \
      fill="#ffffff"/>
      \(body.text)</svg>

      """
  }

  private func drawHeaders(_ body: inout SVGWriter) {
    let mainLeft = Self.frame(.mainLeft)
    let mainRight = Self.frame(.mainRight)
    let mainWidth = mainRight.x + mainRight.width - mainLeft.x
    body.box(
      x: mainLeft.x, y: Self.top, width: mainWidth, height: Self.headerHeight, fill: "#ffc000",
      rounded: true)
    body.centredText(
      "Identification of new studies via databases and registers",
      x: mainLeft.x + mainWidth / 2, y: Self.top + Self.headerHeight / 2 + 5, bold: true)
    guard hasOtherColumn else { return }
    let otherLeft = Self.frame(.otherLeft)
    let otherRight = Self.frame(.otherRight)
    let otherWidth = otherRight.x + otherRight.width - otherLeft.x
    body.box(
      x: otherLeft.x, y: Self.top, width: otherWidth, height: Self.headerHeight, fill: "#d9d9d9",
      rounded: true)
    body.centredText(
      "Identification of new studies via other methods", x: otherLeft.x + otherWidth / 2,
      y: Self.top + Self.headerHeight / 2 + 5, bold: true)
  }

  /// The blue bars: Identification beside the first row, Screening beside the middle three,
  /// Included beside the last.
  private func drawPhaseBars(_ body: inout SVGWriter, rowTops: [Double], rowHeights: [Double]) {
    guard rowTops.count == 5 else { return }
    let phases = [("Identification", 0, 0), ("Screening", 1, 3), ("Included", 4, 4)]
    for (name, first, last) in phases {
      let top = rowTops[first]
      let bottom = rowTops[last] + rowHeights[last]
      body.box(
        x: Self.barX, y: top, width: Self.barWidth, height: bottom - top, fill: "#9dc3e6",
        rounded: true)
      body.verticalText(name, x: Self.barX + Self.barWidth / 2 + 5, y: (top + bottom) / 2)
    }
  }

  private func drawArrows(
    _ body: inout SVGWriter,
    _ boxes: [Int: [Slot: (x: Double, y: Double, width: Double, height: Double)]]
  ) {
    func centre(_ box: (x: Double, y: Double, width: Double, height: Double)) -> Double {
      box.x + box.width / 2
    }
    // Down the main column, and from each left box to the one beside it.
    for index in 0..<rows.count {
      if let left = boxes[index]?[.mainLeft], let below = boxes[index + 1]?[.mainLeft] {
        body.arrow(from: (centre(left), left.y + left.height), to: (centre(below), below.y))
      }
      for (from, to) in [(Slot.mainLeft, Slot.mainRight), (.otherLeft, .otherRight)] {
        if let left = boxes[index]?[from], let right = boxes[index]?[to] {
          body.arrow(
            from: (left.x + left.width, left.y + left.height / 2),
            to: (right.x, right.y + right.height / 2))
        }
      }
    }
    // Down the other column (it has no screening box), then into the included box.
    let otherBoxes = (0..<rows.count).compactMap { index in boxes[index]?[.otherLeft] }
    for (upper, lower) in zip(otherBoxes, otherBoxes.dropFirst()) {
      body.arrow(from: (centre(upper), upper.y + upper.height), to: (centre(lower), lower.y))
    }
    if let last = otherBoxes.last, let included = boxes[rows.count - 1]?[.mainLeft] {
      let joinY = included.y + included.height / 2
      body.path(
        from: (centre(last), last.y + last.height), via: (centre(last), joinY),
        to: (included.x + included.width, joinY))
    }
  }

  /// A coordinate as SVG writes it: at most one decimal.
  static func number(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }
}
