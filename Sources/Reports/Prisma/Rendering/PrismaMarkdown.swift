/// The counts as a Markdown table, for a paper's supplement or a README.
public enum PrismaMarkdown {
  /// A heading and a table of every box's count (one count column per diagram column used).
  public static func render(_ flow: PrismaFlow) -> String {
    let main = flow.databasesAndRegisters
    let other = flow.otherMethods
    var rows: [(String, Int, Int?)] = []
    for source in main.identified {
      rows.append(("Records identified: \(source.name)", source.identified, nil))
    }
    for source in other?.identified ?? [] {
      rows.append(("Records identified: \(source.name)", 0, source.identified))
    }
    func add(_ label: String, _ value: (PrismaColumn) -> Int) {
      rows.append((label, value(main), other.map(value)))
    }
    add("Duplicate records removed", \.duplicatesRemoved)
    add("Records marked as ineligible by automation tools", \.automationExcluded)
    add("Records removed for other reasons", \.otherRemoved)
    add("Records screened", \.screened)
    add("Records excluded", \.screenExcluded)
    add("of which by the stopping rule", \.stoppingRuleExcluded)
    add("Records awaiting a title/abstract decision", \.awaitingScreening)
    add("Reports sought for retrieval", \.soughtForRetrieval)
    add("Reports not retrieved", \.notRetrieved)
    add("Reports awaiting a full-text decision", \.awaitingFullText)
    add("Reports assessed for eligibility", \.assessed)
    add("Reports excluded", \.reportsExcludedTotal)
    var reasons: [String] = []
    for reason in main.reportsExcluded + (other?.reportsExcluded ?? [])
    where !reasons.contains(reason.id) {
      reasons.append(reason.id)
    }
    for id in reasons {
      let label =
        (main.reportsExcluded + (other?.reportsExcluded ?? [])).first { $0.id == id }?
        .label ?? id
      add("Reports excluded: \(label)") { column in
        column.reportsExcluded.first { $0.id == id }?.count ?? 0
      }
    }
    add("Studies included in review", \.studiesIncluded)
    add("Reports of included studies", \.reportsIncluded)

    var lines = ["# PRISMA 2020 flow", ""]
    if other != nil {
      lines.append("| Box | Databases and registers | Other methods |")
      lines.append("|---|---:|---:|")
      for (label, count, otherCount) in rows {
        lines.append("| \(cell(label)) | \(count) | \(otherCount ?? 0) |")
      }
      lines.append("| Studies included in review (all) | \(flow.totalStudiesIncluded) | |")
    } else {
      lines.append("| Box | n |")
      lines.append("|---|---:|")
      for (label, count, _) in rows { lines.append("| \(cell(label)) | \(count) |") }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A table cell's text: pipes and line breaks would end the cell or the row, and `<`/`&`
  /// would be read as HTML by most Markdown renderers.
  static func cell(_ text: String) -> String {
    text.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
      .replacing("|", with: "\\|").replacing("\n", with: " ").replacing("\r", with: " ")
  }
}
