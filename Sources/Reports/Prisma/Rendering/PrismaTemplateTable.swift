import ReviewModel

/// The counts in the layout of the data template of the PRISMA2020 R package and Shiny app
/// (`data,node,box,description,boxtext,tooltips,url,n`), so that a user can load litrev's
/// numbers into that app and draw its interactive diagram.
///
/// The rows follow the template's: one per box or part of a box, keyed by the template's data
/// names (`database_results`, `duplicates`, `excluded_automatic`, `records_screened`,
/// `dbr_excluded`, …), with its node and box ids; `n` holds our count. Lists (the sources of a
/// kind, the reasons for excluding reports) are written as the app reads them:
/// `Name, count; Name, count`. The cells are plain text; the caller writes them with the
/// formula-safe CSV writer.
public enum PrismaTemplateTable {
  /// The template's header row.
  public static let header = [
    "data", "node", "box", "description", "boxtext", "tooltips", "url", "n",
  ]

  /// The header and every row of the template, filled with `flow`'s counts.
  public static func rows(_ flow: PrismaFlow) -> [[String]] {
    let main = flow.databasesAndRegisters
    let other = flow.otherMethods
    func list(_ column: PrismaColumn?, _ kind: SourceKind) -> String {
      let sources = column?.identified.filter { $0.kind == kind } ?? []
      return sources.map { "\(listItem($0.name)), \($0.identified)" }.joined(separator: "; ")
    }
    func reasons(_ column: PrismaColumn?) -> String {
      (column?.reportsExcluded ?? []).map { "\(listItem($0.label)), \($0.count)" }
        .joined(separator: "; ")
    }
    let otherCount = { (value: (PrismaColumn) -> Int) in String(other.map(value) ?? 0) }
    var rows = [header]
    func row(
      _ data: String, _ node: String, _ box: String, _ description: String, _ boxText: String,
      tooltip: Bool = true, _ n: String
    ) {
      let hasPage = node != "NA"
      rows.append([
        data, node, box, description, boxText, hasPage && tooltip ? description : "NA",
        hasPage ? (data == "NA" ? box : data) + ".html" : "NA", n,
      ])
    }
    row(
      "NA", "node4", "prevstud", "Grey title box; Previous studies", "Previous studies", "0")
    row(
      "previous_studies", "node5", "box1", "Studies included in previous version of review",
      "Studies included in previous version of review", "0")
    row(
      "previous_reports", "NA", "box1", "Reports of studies included in previous version of review",
      "Reports of studies included in previous version of review", "0")
    row(
      "NA", "node6", "newstud",
      "Yellow title box; Identification of new studies via databases and registers",
      "Identification of new studies via databases and registers", "0")
    row(
      "database_results", "node7", "box2", "Records identified from: Databases", "Databases",
      String(main.identified(.database)))
    row(
      "database_specific_results", "NA", "box2", "Records identified from: specific databases",
      "Specific databases", list(main, .database))
    row(
      "register_results", "NA", "box2", "Records identified from: Registers", "Registers",
      String(main.identified(.register)))
    row(
      "register_specific_results", "NA", "box2", "Records identified from: specific registers",
      "Specific registers", list(main, .register))
    row(
      "NA", "node16", "othstud", "Grey title box; Identification of new studies via other methods",
      "Identification of new studies via other methods", "0")
    row(
      "website_results", "node17", "box11", "Records identified from: Websites", "Websites",
      String(other?.identified(.website) ?? 0))
    row(
      "organisation_results", "NA", "box11", "Records identified from: Organisations",
      "Organisations", String(other?.identified(.organisation) ?? 0))
    row(
      "citations_results", "NA", "box11", "Records identified from: Citation searching",
      "Citation searching", String(other?.identified(.citation) ?? 0))
    row(
      "duplicates", "node8", "box3", "Duplicate records", "Duplicate records",
      String(main.duplicatesRemoved))
    row(
      "excluded_automatic", "NA", "box3", "Records marked as ineligible by automation tools",
      "Records marked as ineligible by automation tools", String(main.automationExcluded))
    row(
      "excluded_other", "NA", "box3", "Records removed for other reasons",
      "Records removed for other reasons", String(main.otherRemoved))
    row(
      "records_screened", "node9", "box4", "Records screened (databases and registers)",
      "Records screened", String(main.screened))
    row(
      "records_excluded", "node10", "box5", "Records excluded (databases and registers)",
      "Records excluded", String(main.screenExcluded))
    row(
      "dbr_sought_reports", "node11", "box6",
      "Reports sought for retrieval (databases and registers)", "Reports sought for retrieval",
      String(main.soughtForRetrieval))
    row(
      "dbr_notretrieved_reports", "node12", "box7",
      "Reports not retrieved (databases and registers)", "Reports not retrieved",
      String(main.notRetrieved))
    row(
      "other_sought_reports", "node18", "box12", "Reports sought for retrieval (other)",
      "Reports sought for retrieval", otherCount(\.soughtForRetrieval))
    row(
      "other_notretrieved_reports", "node19", "box13", "Reports not retrieved (other)",
      "Reports not retrieved", otherCount(\.notRetrieved))
    row(
      "dbr_assessed", "node13", "box8",
      "Reports assessed for eligibility (databases and registers)",
      "Reports assessed for eligibility", String(main.assessed))
    row(
      "dbr_excluded", "node14", "box9", "Reports excluded (databases and registers)",
      "Reports excluded", reasons(main))
    row(
      "other_assessed", "node20", "box14", "Reports assessed for eligibility (other)",
      "Reports assessed for eligibility", otherCount(\.assessed))
    row(
      "other_excluded", "node21", "box15", "Reports excluded (other)", "Reports excluded",
      reasons(other))
    row(
      "new_studies", "node15", "box10", "New studies included in review",
      "New studies included in review", String(flow.totalStudiesIncluded))
    row(
      "new_reports", "NA", "box10", "Reports of new included studies",
      "Reports of new included studies", String(flow.totalReportsIncluded))
    row(
      "total_studies", "node22", "box16", "Total studies included in review",
      "Total studies included in review", String(flow.totalStudiesIncluded))
    row(
      "total_reports", "NA", "box16", "Reports of total included studies",
      "Reports of total included studies", String(flow.totalReportsIncluded))
    row(
      "identification", "node1", "identification", "Blue identification box", "Identification", "0")
    row("screening", "node2", "screening", "Blue screening box", "Screening", "0")
    row("included", "node3", "included", "Blue included box", "Included", "0")
    return rows
  }

  /// A name or reason as an item of the app's `Name, count; Name, count` lists, where a comma or
  /// semicolon of its own would split it.
  static func listItem(_ text: String) -> String {
    text.replacing(";", with: " ").replacing(",", with: " ").split(separator: " ")
      .joined(separator: " ")
  }
}
