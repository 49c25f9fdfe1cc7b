import ReviewModel

/// The wording of the diagram's boxes, shared by the text, Markdown, CSV and SVG renderings so
/// that they all say the same thing.
enum PrismaBoxText {
  /// `Databases`, `Registers`, `Citation searching`, … as the template names each kind.
  static func kindName(_ kind: SourceKind) -> String {
    switch kind {
    case .database: "Databases"
    case .register: "Registers"
    case .citation: "Citation searching"
    case .website: "Websites"
    case .organisation: "Organisations"
    }
  }

  /// `(n = 12)`.
  static func n(_ count: Int) -> String { "(n = \(count))" }

  /// The lines of the records-identified box: each kind used (databases and registers always in
  /// the main column) with its total, and each source under it.
  static func identifiedLines(_ column: PrismaColumn, kinds: [SourceKind]) -> [String] {
    var lines = ["Records identified from:"]
    for kind in kinds {
      let sources = column.identified.filter { $0.kind == kind }
      guard !sources.isEmpty || !kind.isOtherMethod else { continue }
      lines.append("\(kindName(kind)) \(n(column.identified(kind)))")
      for source in sources { lines.append("  \(source.name) \(n(source.identified))") }
    }
    return lines
  }

  /// The lines of the removed-before-screening box.
  static func removedLines(_ column: PrismaColumn) -> [String] {
    [
      "Records removed before screening:",
      "Duplicate records removed \(n(column.duplicatesRemoved))",
      "Records marked as ineligible by automation tools \(n(column.automationExcluded))",
      "Records removed for other reasons \(n(column.otherRemoved))",
    ]
  }

  /// The lines of the records-screened box, with the undecided ones when there are any.
  static func screenedLines(_ column: PrismaColumn) -> [String] {
    var lines = ["Records screened \(n(column.screened))"]
    if column.awaitingScreening > 0 {
      lines.append("of which awaiting a decision \(n(column.awaitingScreening))")
    }
    return lines
  }

  /// The lines of the records-excluded box, with the stopping rule's share when it excluded any.
  static func screenExcludedLines(_ column: PrismaColumn) -> [String] {
    var lines = ["Records excluded \(n(column.screenExcluded))"]
    if column.stoppingRuleExcluded > 0 {
      lines.append("by reviewers \(n(column.screenExcluded - column.stoppingRuleExcluded))")
      lines.append("by the stopping rule \(n(column.stoppingRuleExcluded))")
    }
    return lines
  }

  /// The lines of the reports-sought box, with the undecided ones when there are any.
  static func soughtLines(_ column: PrismaColumn) -> [String] {
    var lines = ["Reports sought for retrieval \(n(column.soughtForRetrieval))"]
    if column.awaitingFullText > 0 {
      lines.append("of which awaiting a full-text decision \(n(column.awaitingFullText))")
    }
    return lines
  }

  /// The lines of the reports-excluded box: the total, then each reason.
  static func reportsExcludedLines(_ column: PrismaColumn) -> [String] {
    ["Reports excluded \(n(column.reportsExcludedTotal))"]
      + column.reportsExcluded.map { "\($0.label) \(n($0.count))" }
  }

  /// The lines of the included box.
  static func includedLines(studies: Int, reports: Int) -> [String] {
    ["Studies included in review \(n(studies))", "Reports of included studies \(n(reports))"]
  }
}
