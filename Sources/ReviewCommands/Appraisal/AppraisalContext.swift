import Appraisal
import Foundation
import ReviewModel
import ReviewStore
import Screening

/// What every appraisal command needs: the project's store, the instruments it can use and
/// the protocol's appraisal settings.
struct AppraisalContext {
  let location: ProjectLocation
  let store: ProjectStore
  let catalogue: InstrumentCatalogue
  let settings: AppraisalSettings

  /// Opens the project and reads its instruments and protocol.
  static func open(_ project: ProjectOptions) throws(CommandFailure) -> AppraisalContext {
    let (location, store) = try project.openStore()
    return try open(location: location, store: store)
  }

  /// Reads the instruments and protocol of a project already open.
  static func open(location: ProjectLocation, store: ProjectStore) throws(CommandFailure)
    -> AppraisalContext
  {
    do {
      let catalogue = try InstrumentCatalogue.load(projectFolder: location.folder.path)
      let settings =
        FileManager.default.fileExists(atPath: location.protocolPath)
        ? try AppraisalSettings.load(protocolPath: location.protocolPath, catalogue: catalogue)
        : AppraisalSettings()
      return AppraisalContext(
        location: location, store: store, catalogue: catalogue, settings: settings)
    } catch {
      throw CommandFailure(error)
    }
  }

  /// The instrument to appraise a study with: the one named, or the one the protocol's
  /// `designs:` gives for the study's design.
  func instrument(for recordID: Int64, named name: String?) throws(CommandFailure) -> Instrument {
    do {
      if let name { return try catalogue.instrument(name) }
      guard let design = try store.studyDesigns()[recordID] else {
        throw CommandFailure(
          "record \(recordID) has no study design: set one with `litrev set \(recordID) "
            + "design=…`, or name the instrument with --instrument", exitCode: .dataError)
      }
      guard let id = settings.instrumentID(forDesign: design) else {
        throw CommandFailure(
          "the protocol's designs: names no instrument for the design '\(design)' of record "
            + "\(recordID); add it there, or name the instrument with --instrument",
          exitCode: .dataError)
      }
      return try catalogue.instrument(id)
    } catch {
      throw CommandFailure(error)
    }
  }

  /// Every study's appraisal as the log stands.
  func studies() throws(CommandFailure) -> [StudyAppraisal] {
    do {
      return try AppraisalLog.studies(
        from: try store.appraisalAnswers(), catalogue: catalogue, settings: settings)
    } catch {
      throw CommandFailure(error)
    }
  }

  /// The records included at full text, as the protocol counts a decision, in id order.
  func includedStudies() throws(CommandFailure) -> [Int64] {
    do {
      let stages = try ProtocolLoader().load(path: location.protocolPath).reviewProtocol.stages
      let outcomes = ScreeningOutcome.outcomes(
        log: try store.decisions(stage: .fullText), settings: stages[.fullText])
      return outcomes.filter { $0.status.verdict == .include }.map(\.recordID).sorted()
    } catch {
      throw CommandFailure(error)
    }
  }
}

extension CommandFailure {
  init(_ error: InstrumentError) {
    let code: ExitStatus =
      switch error {
      case .unreadable(let path, _) where !FileManager.default.fileExists(atPath: path): .noInput
      default: .dataError
      }
    self.init(error.description, exitCode: code)
  }
}
