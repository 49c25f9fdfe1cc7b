import Ingest
import Survey

/// Prints a ``SurveySummary`` as text, Markdown or CSV.
struct SurveySummaryRenderer {
  let summary: SurveySummary

  /// The note on how Likert quartiles are computed, printed under the tables.
  static let quartileNote =
    "Medians and quartiles of scale points (1 = the lowest label) by linear interpolation "
    + "between order statistics (Hyndman & Fan type 7, as R's quantile() and QUARTILE.INC)."

  var responseRateLine: String {
    "Response rate: \(summary.returned) of \(summary.distributed) distributed ("
      + "\(Percent.text(summary.responseRate)), 95% CI \(Percent.interval(summary.responseRateInterval)))"
  }

  func text() -> String {
    var out = "\(summary.title)\n\(responseRateLine)\n"
    for question in summary.questions {
      out +=
        "\n\(question.id): \(question.text) (\(question.type); valid \(question.valid), "
        + "missing \(question.missing))\n"
      if !question.frequencies.isEmpty {
        var table = TextTable(headers: ["Answer", "n", "%", "95% CI"], rightAligned: [1, 2, 3])
        table.rows = question.frequencies.map {
          [$0.option, String($0.count), Percent.text($0.share), Percent.interval($0.interval)]
        }
        out += table.render()
      }
      out += statisticLines(question).map { "  \($0)\n" }.joined()
    }
    if summary.questions.contains(where: { $0.likert != nil }) {
      out += "\n\(Self.quartileNote)\n"
    }
    return out
  }

  func markdown() -> String {
    var out = "# \(summary.title)\n\n\(responseRateLine)\n"
    for question in summary.questions {
      out +=
        "\n## \(question.text)\n\n`\(question.id)`, \(question.type): valid n "
        + "\(question.valid), missing \(question.missing)\n"
      if !question.frequencies.isEmpty {
        out += "\n| Answer | n | % | 95% CI |\n|---|---:|---:|---:|\n"
        for row in question.frequencies {
          out +=
            "| \(MarkdownText.cell(row.option)) | \(row.count) | \(Percent.text(row.share)) "
            + "| \(Percent.interval(row.interval)) |\n"
        }
      }
      let lines = statisticLines(question)
      if !lines.isEmpty { out += "\n" + lines.map { "- \($0)\n" }.joined() }
    }
    if summary.questions.contains(where: { $0.likert != nil }) {
      out += "\n\(Self.quartileNote)\n"
    }
    return out
  }

  func csv() -> String {
    var out = CSVWriter.row([
      "question", "type", "row", "n", "valid", "missing", "percent", "ci95_low", "ci95_high",
      "value",
    ])
    func number(_ value: Double) -> String { Percent.number(value) }
    func percent(_ share: Double) -> String { Percent.number(share * 100) }
    let rate = summary.responseRateInterval
    out += CSVWriter.row([
      "response_rate", "", "returned", String(summary.returned), String(summary.distributed), "",
      percent(summary.responseRate), rate.map { percent($0.lowerBound) } ?? "",
      rate.map { percent($0.upperBound) } ?? "", "",
    ])
    for question in summary.questions {
      let head = [question.id, question.type]
      let counts = [String(question.valid), String(question.missing)]
      for row in question.frequencies {
        out += CSVWriter.row(
          head + [row.option, String(row.count)] + counts + [
            percent(row.share), percent(row.interval.lowerBound),
            percent(row.interval.upperBound), "",
          ])
      }
      if let likert = question.likert {
        for (name, value) in [
          ("median", likert.median), ("lower_quartile", likert.lowerQuartile),
          ("upper_quartile", likert.upperQuartile), ("iqr", likert.interquartileRange),
        ] {
          out += CSVWriter.row(head + [name, ""] + counts + ["", "", "", number(value)])
        }
        out += CSVWriter.row(
          head + ["agreeing", String(likert.agreeing)] + counts + [
            percent(likert.agreeingShare), percent(likert.agreeingInterval.lowerBound),
            percent(likert.agreeingInterval.upperBound),
            likert.agreeingLabels.joined(separator: "; "),
          ])
      }
      if let stats = question.number {
        for (name, value) in [
          ("mean", stats.mean), ("sd", stats.standardDeviation), ("median", stats.median),
          ("lower_quartile", stats.lowerQuartile), ("upper_quartile", stats.upperQuartile),
          ("min", stats.minimum), ("max", stats.maximum),
        ] {
          out += CSVWriter.row(head + [name, ""] + counts + ["", "", "", number(value)])
        }
      }
      if question.frequencies.isEmpty && question.likert == nil && question.number == nil {
        out += CSVWriter.row(
          head + ["answers", String(question.valid)] + counts + ["", "", "", ""])
      }
    }
    return out
  }

  private func statisticLines(_ question: QuestionSummary) -> [String] {
    var lines: [String] = []
    if let likert = question.likert {
      lines.append(
        "Median \(Percent.number(likert.median)), IQR \(Percent.number(likert.lowerQuartile))–"
          + "\(Percent.number(likert.upperQuartile)) (\(Percent.number(likert.interquartileRange)))"
      )
      lines.append(
        "Agreeing (\(likert.agreeingLabels.joined(separator: ", "))): \(likert.agreeing) of "
          + "\(question.valid), \(Percent.text(likert.agreeingShare)), 95% CI "
          + "\(Percent.interval(likert.agreeingInterval))")
    }
    if let stats = question.number {
      lines.append(
        "Mean \(Percent.number(stats.mean)) (SD \(Percent.number(stats.standardDeviation))), "
          + "median \(Percent.number(stats.median)) (IQR \(Percent.number(stats.lowerQuartile))–"
          + "\(Percent.number(stats.upperQuartile))), range \(Percent.number(stats.minimum))–"
          + "\(Percent.number(stats.maximum))")
    }
    if question.type == "free_text" {
      lines.append("\(question.valid) answers (`litrev survey code` codes them)")
    }
    return lines
  }
}

/// Text made safe inside a Markdown table cell.
enum MarkdownText {
  static func cell(_ text: String) -> String {
    text.replacing("|", with: "\\|").replacing("\n", with: " ")
  }
}
