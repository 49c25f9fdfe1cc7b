import ReviewModel
import ReviewStore
import Screening

/// What every extraction command needs: the store, the protocol's form, and the studies that
/// may be extracted, which are those included at full text as the protocol counts a decision
/// (``ScreeningOutcome``: reviewers agree, or a resolution settled it).
struct ExtractionContext {
  let location: ProjectLocation
  let store: ProjectStore
  let reviewProtocol: ReviewProtocol
  /// The studies included at full text, by record id.
  let includedIDs: [Int64]

  /// Opens the project, loads the protocol and works out the included studies.
  ///
  /// - Parameters:
  ///   - project: the `--project` and `--reviewer` options.
  ///   - needsForm: whether a protocol without an `extraction:` form is an error.
  /// - Throws: the project's or protocol's failure; a data failure when the form is needed and
  ///   the protocol has none.
  init(project: ProjectOptions, needsForm: Bool = true) throws(CommandFailure) {
    let opened = try project.openStore()
    try self.init(location: opened.0, store: opened.1, needsForm: needsForm)
  }

  /// The context of a project already open, as `litrev report` has it.
  init(location: ProjectLocation, store: ProjectStore, needsForm: Bool) throws(CommandFailure) {
    self.location = location
    self.store = store
    do {
      reviewProtocol = try ProtocolLoader().load(path: location.protocolPath).reviewProtocol
      let outcomes = ScreeningOutcome.outcomes(
        log: try store.decisions(stage: .fullText), settings: reviewProtocol.stages.fullText)
      includedIDs = outcomes.filter { $0.status.verdict == .include }.map(\.recordID)
    } catch {
      throw CommandFailure(error)
    }
    if needsForm, reviewProtocol.extraction.isEmpty {
      throw CommandFailure(
        "\(location.protocolPath): the protocol has no extraction form; list its fields under "
          + "extraction: (name, type, help, choices)", exitCode: .dataError)
    }
  }

  var fields: [ExtractionField] { reviewProtocol.extraction }

  /// The form's field called `name`.
  ///
  /// - Throws: a usage failure naming the form's fields.
  func field(_ name: String) throws(CommandFailure) -> ExtractionField {
    guard let field = reviewProtocol.extractionField(name) else {
      throw CommandFailure(
        "no field '\(name)' in the protocol's extraction form; its fields are: "
          + fields.map(\.name).joined(separator: ", "), exitCode: .usage)
    }
    return field
  }

  /// Checks that the record is a study included at full text.
  ///
  /// - Throws: a data failure saying where the record stands instead.
  func requireIncluded(_ id: Int64) throws(CommandFailure) {
    guard !includedIDs.contains(id) else { return }
    do {
      _ = try store.record(id: id)
    } catch {
      throw CommandFailure(error)
    }
    throw CommandFailure(
      "record \(id) is not a study included at full text, so it cannot be extracted; "
        + "include it with `litrev decide \(id) include --stage full-text` (and its second "
        + "reviewer), or `litrev resolve`", exitCode: .dataError)
  }

  /// Every extracted value in the log, oldest first.
  func extractions() throws(CommandFailure) -> [Extraction] {
    do {
      return try store.extractions()
    } catch {
      throw CommandFailure(error)
    }
  }

  /// Stores `drafts` in one transaction.
  @discardableResult
  func record(_ drafts: [ExtractionDraft]) throws(CommandFailure) -> [Extraction] {
    do {
      return try store.recordExtractions(drafts)
    } catch {
      throw CommandFailure(error)
    }
  }
}
