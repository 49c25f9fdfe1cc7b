import Ingest
import ReviewModel
import Screening

/// Why a survey file, a codebook or a coding sheet could not be used.
public enum SurveyError: Error, Equatable, CustomStringConvertible, Sendable {
  case fileNotFound(path: String)
  case unreadable(path: String, reason: String)
  /// `survey.yaml` or `codebook.yaml` is not valid: where, which key, what.
  case invalidDefinition(ScreeningError)
  /// The response file or a coding sheet cannot be read as CSV.
  case unreadableCSV(IngestError)
  /// Rows of the response file do not fit the definition, each with its place.
  case rowsDoNotFit([Diagnostic])
  /// A header the definition names is not in the file, or is there twice.
  case missingColumn(SourceLocation, String)

  public var description: String {
    switch self {
    case .fileNotFound(let path): "\(path): no such file"
    case .unreadable(let path, let reason): "\(path): cannot read it: \(reason)"
    case .invalidDefinition(let error): error.description
    case .unreadableCSV(let error): error.description
    case .rowsDoNotFit(let problems):
      problems.map(\.description).joined(separator: "\n")
        + "\n\(problems.count) problem\(problems.count == 1 ? "" : "s"); nothing was stored "
        + "(--skip-bad-rows imports the rows that fit)"
    case .missingColumn(let location, let message): "\(location): \(message)"
    }
  }
}
