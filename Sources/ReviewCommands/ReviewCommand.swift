import Appraisal
import ArgumentParser
import Ingest
import ReviewModel
import ReviewStore
import Screening
import Survey

/// A subcommand that reports failure as a ``CommandFailure``: the protocol prints the sentence
/// once, on standard error, and exits with the failure's code.
///
/// Commands never print errors or call `exit` themselves.
protocol ReviewCommand: AsyncParsableCommand {
  /// Does the command's work.
  func execute() async throws(CommandFailure)
}

extension ReviewCommand {
  func run() async throws {
    do {
      try await execute()
    } catch {
      StandardStreams.error.writeLine("litrev: error: \(error.message)")
      throw ExitCode(error.exitCode.rawValue)
    }
  }
}

/// The exit codes litrev uses, after BSD's sysexits.
enum ExitStatus: Int32 {
  case success = 0
  /// The command line is wrong.
  case usage = 64
  /// An input file's content is wrong: malformed, truncated, in no format we read.
  case dataError = 65
  /// An input file is missing.
  case noInput = 66
  /// A bug: something that should not happen did.
  case internalError = 70
  /// Reading or writing failed underneath us.
  case ioError = 74
}

/// Why a command stopped: what a person reads, and the exit code a script sees.
struct CommandFailure: Error {
  var message: String
  var exitCode: ExitStatus

  init(_ message: String, exitCode: ExitStatus) {
    self.message = message
    self.exitCode = exitCode
  }

  init(_ error: any Error) {
    switch error {
    case let error as IngestError: self.init(error)
    case let error as StoreError: self.init(error)
    case let error as ScreeningError: self.init(error)
    case let error as InstrumentError: self.init(error)
    case let error as SurveyError: self.init(error)
    case let error as CommandFailure: self = error
    default: self.init(String(describing: error), exitCode: .internalError)
    }
  }

  init(_ error: IngestError) {
    let code: ExitStatus =
      switch error {
      case .fileNotFound: .noInput
      case .copyFailed: .ioError
      default: .dataError
      }
    self.init(error.description, exitCode: code)
  }
}

extension CommandFailure {
  init(_ error: ScreeningError) {
    let code: ExitStatus =
      switch error {
      case .protocolNotFound: .noInput
      case .invalidQuery, .invalidProtocol, .unreadableProtocol: .dataError
      }
    self.init(error.description, exitCode: code)
  }
}
