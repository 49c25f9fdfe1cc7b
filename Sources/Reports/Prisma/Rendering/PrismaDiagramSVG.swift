import ReviewModel

/// Draws the PRISMA 2020 flow diagram for new reviews as SVG, laid out like the template.
///
/// Identification, Screening and Included run down the left as blue bars; the main column
/// (databases and registers) has its boxes on the left and the boxes of what left the flow on
/// the right, joined by arrows; the other-methods column, when used, stands to its right and
/// joins the included box. Written by hand: no package on our list draws SVG, and the diagram
/// needs only boxes, wrapped text and arrows. Every text is escaped, and the size is fixed in
/// the file, so that it prints as it shows in a browser.
public enum PrismaDiagramSVG {
  /// The SVG document of `flow`.
  ///
  /// - Parameter flow: the counts.
  /// - Returns: a standalone SVG document (UTF-8, with an XML declaration).
  public static func render(_ flow: PrismaFlow) -> String {
    var layout = SVGLayout(hasOtherColumn: flow.otherMethods != nil)
    let main = flow.databasesAndRegisters
    layout.addRow(
      [
        .mainLeft: PrismaBoxText.identifiedLines(main, kinds: [.database, .register]),
        .mainRight: PrismaBoxText.removedLines(main),
      ].merging(otherIdentification(flow.otherMethods)) { first, _ in first })
    layout.addRow([
      .mainLeft: PrismaBoxText.screenedLines(main),
      .mainRight: PrismaBoxText.screenExcludedLines(main),
    ])
    var retrieval: [SVGLayout.Slot: [String]] = [
      .mainLeft: PrismaBoxText.soughtLines(main),
      .mainRight: ["Reports not retrieved \(PrismaBoxText.n(main.notRetrieved))"],
    ]
    var eligibility: [SVGLayout.Slot: [String]] = [
      .mainLeft: ["Reports assessed for eligibility \(PrismaBoxText.n(main.assessed))"],
      .mainRight: PrismaBoxText.reportsExcludedLines(main),
    ]
    if let other = flow.otherMethods {
      retrieval[.otherLeft] = PrismaBoxText.soughtLines(other)
      retrieval[.otherRight] = ["Reports not retrieved \(PrismaBoxText.n(other.notRetrieved))"]
      eligibility[.otherLeft] = [
        "Reports assessed for eligibility \(PrismaBoxText.n(other.assessed))"
      ]
      eligibility[.otherRight] = PrismaBoxText.reportsExcludedLines(other)
    }
    layout.addRow(retrieval)
    layout.addRow(eligibility)
    layout.addRow([
      .mainLeft: PrismaBoxText.includedLines(
        studies: flow.totalStudiesIncluded, reports: flow.totalReportsIncluded)
    ])
    return layout.svg()
  }

  /// The other column's identification boxes: its sources, and (only when some of its records
  /// were removed or excluded before retrieval) what became of them.
  private static func otherIdentification(_ other: PrismaColumn?) -> [SVGLayout.Slot: [String]] {
    guard let other else { return [:] }
    var boxes: [SVGLayout.Slot: [String]] = [
      .otherLeft: PrismaBoxText.identifiedLines(
        other, kinds: [.citation, .website, .organisation])
    ]
    if other.removedBeforeScreening + other.screenExcluded + other.awaitingScreening > 0 {
      var lines = PrismaBoxText.removedLines(other)
      lines.append("Records excluded at screening \(PrismaBoxText.n(other.screenExcluded))")
      if other.awaitingScreening > 0 {
        lines.append("Records awaiting screening \(PrismaBoxText.n(other.awaitingScreening))")
      }
      boxes[.otherRight] = lines
    }
    return boxes
  }
}
