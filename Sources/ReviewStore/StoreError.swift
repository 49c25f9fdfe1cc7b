import ReviewModel

/// Why the project store refused or failed.
public enum StoreError: Error, Equatable, CustomStringConvertible, Sendable {
  /// No project at or above the folder: `litrev init` makes one.
  case noProject(searchedFrom: String)
  /// A project already exists where `init` was asked to make one.
  case projectExists(path: String)
  /// The same bytes were imported before, as the batch named.
  case alreadyImported(file: String, previous: ImportBatch)
  /// No record has this id.
  case noSuchRecord(id: Int64)
  /// No current duplicate group has this id.
  case noSuchDuplicateGroup(id: Int64)
  /// A merge named fewer than two records, or records the project does not hold.
  case invalidDuplicateGroup(String)
  /// An import named a source with another kind than the one it was first imported with.
  case sourceKindMismatch(source: String, stored: SourceKind, requested: SourceKind)
  /// SQLite failed; the message is SQLite's, with what we were doing.
  case database(String)
  /// The same survey response file was imported before.
  case alreadyImportedSurvey(file: String, previous: SurveyImport)

  public var description: String {
    switch self {
    case .noProject(let folder):
      "no litrev project in \(folder) or any folder above it (make one with `litrev init`)"
    case .projectExists(let path):
      "\(path) already holds a litrev project"
    case .alreadyImported(let file, let previous):
      "\(file): these exact bytes were imported already, as batch \(previous.id) "
        + "(\(previous.fileName), \(previous.recordCount) records, \(previous.importedAt)); "
        + "use --again to import them a second time"
    case .noSuchRecord(let id):
      "no record with id \(id)"
    case .noSuchDuplicateGroup(let id):
      "no current duplicate group with id \(id) (`litrev dedupe --json` lists them)"
    case .invalidDuplicateGroup(let reason):
      "cannot merge these records: \(reason)"
    case .sourceKindMismatch(let source, let stored, let requested):
      "source \(source) was imported as a \(stored.rawValue) before, not a \(requested.rawValue); "
        + "leave out --source-type, or name the source differently"
    case .database(let message):
      "project database: \(message)"
    case .alreadyImportedSurvey(let file, let previous):
      "\(file): these exact bytes were imported already (survey import \(previous.id), "
        + "\(previous.responseCount) responses, \(previous.importedAt)); use --again to import "
        + "them a second time"
    }
  }
}
