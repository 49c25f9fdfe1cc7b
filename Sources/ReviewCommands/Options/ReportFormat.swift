import ArgumentParser

/// `--text`, `--csv`, `--md` or `--json`: how a report is printed.
enum ReportFormat: String, EnumerableFlag {
  case text, csv, md, json

  static func help(for value: ReportFormat) -> ArgumentHelp? {
    switch value {
    case .text: "Print aligned text tables (the default)."
    case .csv: "Print CSV, safe to open in a spreadsheet."
    case .md: "Print Markdown."
    case .json: "Print one JSON document."
    }
  }
}
