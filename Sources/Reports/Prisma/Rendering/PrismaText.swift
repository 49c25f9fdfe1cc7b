import ReviewModel

/// The counts as plain text for the terminal: the diagram's boxes top to bottom, each column in
/// turn.
public enum PrismaText {
  /// The text of `flow`, one box a paragraph, ending in a newline.
  public static func render(_ flow: PrismaFlow) -> String {
    var lines = ["PRISMA 2020 flow: identification of new studies via databases and registers"]
    lines += columnLines(flow.databasesAndRegisters, kinds: [.database, .register], other: false)
    if let other = flow.otherMethods {
      lines.append("")
      lines.append("Identification of new studies via other methods")
      lines += columnLines(other, kinds: [.citation, .website, .organisation], other: true)
    }
    lines.append("")
    lines.append("Included")
    lines += PrismaBoxText.includedLines(
      studies: flow.totalStudiesIncluded, reports: flow.totalReportsIncluded
    ).map { "  " + $0 }
    let columns = [flow.databasesAndRegisters] + (flow.otherMethods.map { [$0] } ?? [])
    let awaitingScreening = columns.reduce(0) { $0 + $1.awaitingScreening }
    let awaitingFullText = columns.reduce(0) { $0 + $1.awaitingFullText }
    if awaitingScreening + awaitingFullText > 0 {
      lines.append("")
      lines.append(
        "Provisional: \(awaitingScreening) "
          + (awaitingScreening == 1 ? "record awaits" : "records await")
          + " a title/abstract decision and \(awaitingFullText) a full-text one.")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func columnLines(_ column: PrismaColumn, kinds: [SourceKind], other: Bool)
    -> [String]
  {
    var boxes: [[String]] = [PrismaBoxText.identifiedLines(column, kinds: kinds)]
    if !other || column.removedBeforeScreening > 0 || column.screened > 0 {
      boxes.append(PrismaBoxText.removedLines(column))
      boxes.append(PrismaBoxText.screenedLines(column))
      boxes.append(PrismaBoxText.screenExcludedLines(column))
    }
    boxes.append(PrismaBoxText.soughtLines(column))
    boxes.append(["Reports not retrieved \(PrismaBoxText.n(column.notRetrieved))"])
    boxes.append(["Reports assessed for eligibility \(PrismaBoxText.n(column.assessed))"])
    boxes.append(PrismaBoxText.reportsExcludedLines(column))
    var lines: [String] = []
    for box in boxes {
      lines.append("")
      lines += box.enumerated().map { $0.offset == 0 ? "  " + $0.element : "    " + $0.element }
    }
    return lines
  }
}
