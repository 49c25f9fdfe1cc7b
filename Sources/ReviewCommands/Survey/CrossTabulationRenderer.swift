import Ingest
import Survey

/// Prints cross-tabulations by a group as text, Markdown or CSV.
struct CrossTabulationRenderer {
  let tables: [CrossTabulation]
  let definition: SurveyDefinition

  /// The rule by which a test is chosen, printed under the tables.
  static let testRule =
    "Tests: Fisher's exact test (two-sided) for 2 × 2 tables; otherwise Pearson's chi-square "
    + "when no expected count is below 1 and at most 20% are below 5 (Cochran's rule); "
    + "rows and columns without counts are left out first. Likert items are tested again "
    + "collapsed to agreeing or not."

  static func testText(_ test: CrossTabulation.IndependenceTest) -> String {
    switch test {
    case .fisherExact(let fisher): "Fisher's exact test, \(Percent.pValue(fisher.pValue))"
    case .chiSquare(let chi):
      "chi-square = \(Percent.number(chi.statistic)), df = \(chi.degreesOfFreedom), "
        + Percent.pValue(chi.pValue)
    case .notTested(let reason): "not tested: \(reason)"
    }
  }

  private func title(_ table: CrossTabulation) -> String {
    let text = definition.question(table.question)?.text ?? table.question
    return "\(table.question) by \(table.groupQuestion): \(text)"
  }

  func text() -> String {
    var out = ""
    for table in tables {
      var rendered = TextTable(
        headers: [table.groupQuestion] + table.options,
        rightAligned: Set(1...max(1, table.options.count)))
      rendered.rows = zip(table.groups, table.counts).map { [$0] + $1.map(String.init) }
      out += "\n\(title(table))\n" + rendered.render() + "  \(Self.testText(table.test))\n"
      if let agreeing = table.agreeingTest {
        out += "  agreeing or not: \(Self.testText(agreeing))\n"
      }
    }
    return out + "\n\(Self.testRule)\n"
  }

  func markdown() -> String {
    var out = ""
    for table in tables {
      out +=
        "\n## \(MarkdownText.cell(title(table)))\n\n| \(table.groupQuestion) | "
        + table.options.map(MarkdownText.cell).joined(separator: " | ") + " |\n|---|"
        + String(repeating: "---:|", count: table.options.count) + "\n"
      for (group, counts) in zip(table.groups, table.counts) {
        out +=
          "| \(MarkdownText.cell(group)) | "
          + counts.map(String.init).joined(separator: " | ") + " |\n"
      }
      out += "\n\(Self.testText(table.test))\n"
      if let agreeing = table.agreeingTest {
        out += "\nAgreeing or not: \(Self.testText(agreeing))\n"
      }
    }
    return out + "\n\(Self.testRule)\n"
  }

  func csv() -> String {
    var out = CSVWriter.row(["question", "group_question", "group", "answer", "n", "test", "p"])
    for table in tables {
      for (group, counts) in zip(table.groups, table.counts) {
        for (option, count) in zip(table.options, counts) {
          out += CSVWriter.row([
            table.question, table.groupQuestion, group, option, String(count),
            Self.testText(table.test), table.test.pValue.map { String($0) } ?? "",
          ])
        }
      }
    }
    return out
  }
}
