import ArgumentParser
import ReviewModel
import ReviewStore
import Survey

extension LitRev {
  /// `litrev synthesis`: the themes, the survey's figures and the linked studies together.
  struct Synthesis: ReviewCommand {
    static let configuration = CommandConfiguration(
      commandName: "synthesis",
      abstract: "Print the theme × study matrix and, per theme, the survey beside the studies.",
      discussion: """
        --md writes a scaffold for the narrative of the critical review: one section per \
        theme with the survey's figures, quotes, and each linked study's evidence sentences \
        and citation. --csv is the theme × study matrix. Study design and quality come from \
        critical appraisal (`litrev set ID design=…` and the appraisals); a study without a \
        design or a complete appraisal is shown as not yet appraised, and one rated high \
        counts as high quality.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @OptionGroup(title: "Survey files")
    var files: SurveyFileOptions

    @Flag var format: ReportFormat = .text

    func execute() async throws(CommandFailure) {
      let (location, store) = try project.openStore()
      let (themes, records) = try SynthesisLoader.load(
        location: location, store: store, files: files)
      let renderer = SynthesisRenderer(themes: themes, records: records)
      switch format {
      case .json: try JSONOutput.print(themes.map(ThemeSynthesisJSON.init))
      case .csv: StandardStreams.output.write(renderer.matrixCSV())
      case .md: StandardStreams.output.write(renderer.markdownScaffold())
      case .text: StandardStreams.output.write(renderer.text())
      }
    }
  }
}

/// The synthesis of a project: every theme with the survey's figures beside its linked
/// studies, each study with its design and rating from the appraisals.
enum SynthesisLoader {
  /// The themes of the codebook, and the linked studies' records by id.
  static func load(location: ProjectLocation, store: ProjectStore, files: SurveyFileOptions)
    throws(CommandFailure) -> ([ThemeSynthesis], [Int64: Record])
  {
    let codebook = try files.loadCodebook(location, store: store)
    let frequencies: [ThemeFrequency]
    let links: [ThemeLinkAction]
    var records: [Int64: Record] = [:]
    do {
      let hasSurvey = try store.currentSurveyResponses() != nil
      frequencies =
        hasSurvey
        ? try ThemeFrequencyLoader.load(
          location: location, store: store, files: files, coder: nil)
        : []
      links = ThemeLinkAction.current(try store.themeLinkActions())
      for id in Set(links.map(\.recordID)) { records[id] = try store.record(id: id).record }
    } catch let error as CommandFailure {
      throw error
    } catch {
      throw CommandFailure(error)
    }
    let quality = try StudyQuality.load(store: store, location: location)
    let themes = ThemeSynthesis.all(
      codebook: codebook, links: links, records: records, frequencies: frequencies,
      appraisal: quality.lookup)
    return (themes, records)
  }
}
