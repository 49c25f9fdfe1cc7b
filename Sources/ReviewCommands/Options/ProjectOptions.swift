import ArgumentParser
import Foundation
import ReviewStore

/// `--project DIR` and `--reviewer NAME`, shared by every command that works on a project.
struct ProjectOptions: ParsableArguments {
  @Option(
    name: .customLong("project"),
    help: ArgumentHelp(
      "The project folder; by default the current folder or the nearest one above it.",
      valueName: "dir"))
  var projectFolder: String?

  @Option(
    help: ArgumentHelp(
      "Who is acting, as the log records it; by default $LITREV_REVIEWER, else $USER.",
      valueName: "name"))
  var reviewer: String?

  /// The reviewer's name for the log.
  var actor: String { reviewerName(reviewer) }

  /// Finds the project and opens its database.
  func openStore() throws(CommandFailure) -> (ProjectLocation, ProjectStore) {
    do {
      let location: ProjectLocation
      if let projectFolder {
        location = ProjectLocation(folder: URL(fileURLWithPath: projectFolder))
        guard FileManager.default.fileExists(atPath: location.databasePath) else {
          throw StoreError.noProject(searchedFrom: projectFolder)
        }
      } else {
        location = try ProjectLocation.find(
          from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
      }
      return (location, try ProjectStore(path: location.databasePath))
    } catch {
      throw CommandFailure(error)
    }
  }
}

/// The name the log records for whoever runs the command: the one given on the command line,
/// else `$LITREV_REVIEWER`, else the login name.
func reviewerName(_ given: String?) -> String {
  if let given, !given.isEmpty { return given }
  let environment = ProcessInfo.processInfo.environment
  return environment["LITREV_REVIEWER"] ?? environment["USER"] ?? "unknown"
}

extension CommandFailure {
  init(_ error: StoreError) {
    let code: ExitStatus =
      switch error {
      case .noProject, .noSuchRecord, .noSuchDuplicateGroup: .noInput
      case .alreadyImported, .projectExists, .invalidDuplicateGroup, .sourceKindMismatch,
        .alreadyImportedSurvey:
        .dataError
      case .database: .ioError
      }
    self.init(error.description, exitCode: code)
  }
}
