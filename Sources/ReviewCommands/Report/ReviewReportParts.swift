import ArgumentParser
import Foundation
import Reports
import ReviewModel
import ReviewStore
import Survey

/// The evidence table: one row per study included at full text, as CSV, Markdown and HTML.
///
/// Left out while no study is included at full text.
struct EvidenceReportPart: ReportPart {
  let title = "Evidence table"

  func files(_ context: ReportContext) throws(CommandFailure) -> [ReportFile] {
    let extraction = try ExtractionContext(
      location: context.location, store: context.store, needsForm: false)
    guard !extraction.includedIDs.isEmpty else { return [] }
    let table = try EvidenceTableBuilder(context: extraction).build().table
    return [
      ReportFile(
        name: "evidence.csv",
        description: "the evidence table as formula-safe CSV (UTF-8 with a BOM, for Excel)",
        contents: EvidenceCSV.text(table, withByteOrderMark: true), preview: .linkOnly),
      ReportFile(
        name: "evidence.md", description: "the evidence table in Markdown",
        contents: EvidenceMarkdown.text(table), preview: .linkOnly),
      ReportFile(
        name: "evidence.html", description: "the evidence table as a web page",
        contents: EvidenceHTML.text(table), preview: .linkOnly),
    ]
  }
}

/// The synthesis scaffold and the theme × study matrix.
///
/// Left out when the project has no codebook.
struct SynthesisReportPart: ReportPart {
  let title = "Synthesis"

  func files(_ context: ReportContext) throws(CommandFailure) -> [ReportFile] {
    let files = try SurveyFileOptions.defaults()
    guard FileManager.default.fileExists(atPath: files.codebookPath(context.location)) else {
      return []
    }
    let (themes, records) = try SynthesisLoader.load(
      location: context.location, store: context.store, files: files)
    let renderer = SynthesisRenderer(themes: themes, records: records)
    return [
      ReportFile(
        name: "synthesis.md",
        description: "per theme, the survey's figures beside the linked studies",
        contents: renderer.markdownScaffold(), preview: .text),
      ReportFile(
        name: "synthesis.csv", description: "the theme × study matrix",
        contents: renderer.matrixCSV(), preview: .linkOnly),
    ]
  }
}

/// The survey's frequency tables and its themes.
///
/// Left out when the project has no survey responses.
struct SurveyReportPart: ReportPart {
  let title = "Survey"

  func files(_ context: ReportContext) throws(CommandFailure) -> [ReportFile] {
    let files = try SurveyFileOptions.defaults()
    let responses: [SurveyResponse]
    do {
      guard let current = try context.store.currentSurveyResponses() else { return [] }
      responses = current.1
    } catch {
      throw CommandFailure(error)
    }
    let definition = try files.loadDefinition(context.location)
    let renderer = SurveySummaryRenderer(
      summary: SurveySummary(definition: definition, responses: responses))
    var made = [
      ReportFile(
        name: "survey-summary.md",
        description: "the response rate and every question's frequencies, with 95% CIs",
        contents: renderer.markdown(), preview: .text),
      ReportFile(
        name: "survey-summary.csv", description: "the same frequencies as CSV",
        contents: renderer.csv(), preview: .linkOnly),
    ]
    if FileManager.default.fileExists(atPath: files.codebookPath(context.location)) {
      let frequencies = try ThemeFrequencyLoader.load(
        location: context.location, store: context.store, files: files, coder: nil)
      made.append(
        ReportFile(
          name: "themes.md",
          description: "per theme, the respondents whose answers carry it, with quotes",
          contents: ThemeFrequencyRenderer.markdown(frequencies), preview: .text))
    }
    return made
  }
}

extension SurveyFileOptions {
  /// The options as a command line without them gives: survey.yaml and codebook.yaml in the
  /// project folder.
  static func defaults() throws(CommandFailure) -> SurveyFileOptions {
    do {
      return try parse([])
    } catch {
      throw CommandFailure(
        "cannot make the survey file options: \(error)", exitCode: .internalError)
    }
  }
}
