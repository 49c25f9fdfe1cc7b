import ArgumentParser
import Foundation
import ReviewModel
import ReviewStore
import Survey

/// `--definition FILE` and `--codebook FILE`: the survey's hand-written files, by default
/// `survey.yaml` and `codebook.yaml` in the project folder.
struct SurveyFileOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The survey definition; by default survey.yaml in the project folder.", valueName: "file"))
  var definition: String?

  @Option(
    help: ArgumentHelp(
      "The codebook; by default codebook.yaml in the project folder.", valueName: "file"))
  var codebook: String?

  func definitionPath(_ location: ProjectLocation) -> String {
    definition ?? location.folder.appendingPathComponent("survey.yaml").path
  }

  func codebookPath(_ location: ProjectLocation) -> String {
    codebook ?? location.folder.appendingPathComponent("codebook.yaml").path
  }

  /// The survey definition.
  func loadDefinition(_ location: ProjectLocation) throws(CommandFailure) -> SurveyDefinition {
    do {
      return try SurveyDefinitionLoader().load(path: definitionPath(location))
    } catch {
      throw CommandFailure(error)
    }
  }

  /// The codebook with the protocol's own themes after its themes, and the codes made while
  /// coding.
  ///
  /// Themes come from the codebook, the protocol (`themes:`, in the codebook's form), or both;
  /// without either there is nothing to code or link by, and the missing codebook is named.
  func loadCodebook(_ location: ProjectLocation, store: ProjectStore) throws(CommandFailure)
    -> Codebook
  {
    do {
      let loader = CodebookLoader()
      let path = codebookPath(location)
      var codebook = Codebook(themes: [])
      if FileManager.default.fileExists(atPath: path) || self.codebook != nil {
        codebook = try loader.load(path: path)
      }
      let taken = Set(codebook.themes.map(\.id) + codebook.codes.map(\.id))
      if FileManager.default.fileExists(atPath: location.protocolPath) {
        codebook.themes += try loader.themes(inProtocol: location.protocolPath, besides: taken)
      }
      if codebook.themes.isEmpty { codebook = try loader.load(path: path) }
      codebook.add(try store.addedCodes().map { ($0.id, $0.name, $0.themeID) })
      return codebook
    } catch let error as SurveyError {
      throw CommandFailure(error)
    } catch {
      throw CommandFailure(error)
    }
  }
}

extension ProjectStore {
  /// The latest import's responses, or a failure that says to import some.
  func requireSurveyResponses() throws(CommandFailure) -> (SurveyImport, [SurveyResponse]) {
    do {
      guard let current = try currentSurveyResponses() else {
        throw CommandFailure(
          "no survey responses in this project yet (`litrev survey import RESPONSES.csv`)",
          exitCode: .noInput)
      }
      return current
    } catch let error as CommandFailure {
      throw error
    } catch {
      throw CommandFailure(error)
    }
  }
}

extension CommandFailure {
  init(_ error: SurveyError) {
    let code: ExitStatus =
      switch error {
      case .fileNotFound: .noInput
      case .unreadable: .ioError
      case .invalidDefinition, .unreadableCSV, .rowsDoNotFit, .missingColumn: .dataError
      }
    self.init(error.description, exitCode: code)
  }
}
