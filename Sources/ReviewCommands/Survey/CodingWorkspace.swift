import ReviewModel
import ReviewStore
import Survey

/// Everything the coding commands work on, loaded once: the store, the definition, the
/// codebook with its added codes, the current responses and the coding so far.
struct CodingWorkspace {
  let store: ProjectStore
  let definition: SurveyDefinition
  let codebook: Codebook
  let responses: [SurveyResponse]
  let coded: CodedAnswers

  init(project: ProjectOptions, files: SurveyFileOptions) throws(CommandFailure) {
    let (location, store) = try project.openStore()
    self.store = store
    definition = try files.loadDefinition(location)
    codebook = try files.loadCodebook(location, store: store)
    responses = try store.requireSurveyResponses().1
    do {
      coded = CodedAnswers(try store.codingActions())
    } catch {
      throw CommandFailure(error)
    }
  }

  /// The free-text answers of the current responses.
  var answers: [FreeTextAnswer] { definition.freeTextAnswers(responses) }
}
