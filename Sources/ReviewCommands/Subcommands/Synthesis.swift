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
        critical appraisal; until the project has appraisals the studies are shown as not \
        yet appraised.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @OptionGroup(title: "Survey files")
    var files: SurveyFileOptions

    @Flag var format: ReportFormat = .text

    func execute() async throws(CommandFailure) {
      let (location, store) = try project.openStore()
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
      // The appraisal seam: no appraisals are stored on this branch, so the lookup knows none.
      let themes = ThemeSynthesis.all(
        codebook: codebook, links: links, records: records, frequencies: frequencies,
        appraisal: { _ in nil })
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
