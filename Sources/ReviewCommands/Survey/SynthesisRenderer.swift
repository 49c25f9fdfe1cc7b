import Ingest
import ReviewModel
import Survey

/// Prints the synthesis: the matrix, the figures per theme, and the narrative scaffold.
struct SynthesisRenderer {
  let themes: [ThemeSynthesis]
  let records: [Int64: Record]

  /// The linked studies, the matrix's columns, by record id.
  private var studyIDs: [Int64] { records.keys.sorted() }

  func matrixCSV() -> String {
    var out = CSVWriter.row(
      ["theme", "name", "respondents_percent", "studies"] + studyIDs.map { "record_\($0)" })
    for theme in themes {
      let linked = Set(theme.studies.map(\.recordID))
      out += CSVWriter.row(
        [
          theme.themeID, theme.name,
          theme.survey.map { Percent.number($0.share * 100) } ?? "", String(theme.studies.count),
        ] + studyIDs.map { linked.contains($0) ? "1" : "0" })
    }
    return out
  }

  func text() -> String {
    var table = TextTable(headers: ["Theme", "Survey and studies"])
    table.rows = themes.map { [$0.name, $0.figures] }
    var out = table.render()
    if !studyIDs.isEmpty {
      var matrix = TextTable(headers: ["Theme"] + studyIDs.map(String.init))
      matrix.rows = themes.map { theme in
        let linked = Set(theme.studies.map(\.recordID))
        return [theme.themeID] + studyIDs.map { linked.contains($0) ? "x" : "" }
      }
      out += "\nTheme × study (record ids)\n" + matrix.render()
    }
    for theme in themes where !theme.studies.isEmpty {
      out += "\n\(theme.name)\n"
      for study in theme.studies {
        out += "  \(study.recordID)  \(study.citation)  \(study.title)\n"
      }
    }
    return out
  }

  /// One section per theme: figures, quotes, then each study's evidence and citation, with a
  /// place for the narrative the reviewers write.
  func markdownScaffold() -> String {
    var out = "# Synthesis\n\n| Theme | Survey and studies |\n|---|---|\n"
    for theme in themes {
      out += "| \(MarkdownText.cell(theme.name)) | \(MarkdownText.cell(theme.figures)) |\n"
    }
    for theme in themes {
      out += "\n## \(theme.name)\n\n"
      if !theme.description.isEmpty { out += "\(theme.description)\n\n" }
      out += "**\(theme.figures).**\n"
      if let survey = theme.survey, !survey.exemplars.isEmpty {
        out += "\nWhat respondents said:\n\n"
        for quote in survey.exemplars {
          out += "> \(ThemeFrequencyRenderer.oneLine(quote.text)) (\(quote.respondent))\n>\n"
        }
        out.removeLast(2)
      }
      if theme.studies.isEmpty {
        out += "\nNo study is linked to this theme yet (`litrev link suggest`).\n"
      } else {
        out += "\nWhat the studies found:\n\n"
        for study in theme.studies {
          let appraisal = study.appraisal.map { " [\($0.design), \($0.rating)]" } ?? ""
          let evidence = study.evidence.map { "\($0) " } ?? ""
          out += "- \(evidence)— \(study.citation)\(appraisal)\n"
        }
      }
      out += "\n_Narrative: how the survey and the studies agree or differ on this theme._\n"
    }
    out += "\n## References\n\n"
    for id in studyIDs {
      guard let record = records[id] else { continue }
      out +=
        "- \(ThemeSynthesis.citation(record)). \(record.title ?? "")"
        + (record.journal.map { " *\($0)*." } ?? "") + (record.pmid.map { " PMID \($0)." } ?? "")
        + "\n"
    }
    return out
  }
}

/// One theme as `synthesis --json` prints it.
struct ThemeSynthesisJSON: Encodable {
  struct Study: Encodable {
    var record: Int64
    var citation: String
    var title: String
    var evidence: String?
    var method: String
    var design: String?
    var rating: String?
  }

  var theme: String
  var name: String
  var figures: String
  var respondents: Int?
  var respondentsPercent: Double?
  var studies: [Study]
  var highQuality: Int?

  init(_ theme: ThemeSynthesis) {
    self.theme = theme.themeID
    name = theme.name
    figures = theme.figures
    respondents = theme.survey?.respondents
    respondentsPercent = theme.survey.map { ($0.share * 1000).rounded() / 10 }
    studies = theme.studies.map {
      Study(
        record: $0.recordID, citation: $0.citation, title: $0.title, evidence: $0.evidence,
        method: $0.method, design: $0.appraisal?.design, rating: $0.appraisal?.rating)
    }
    highQuality = theme.highQualityCount
  }
}
