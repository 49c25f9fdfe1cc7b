import ReviewModel
import Screening

/// The protocol's settings of a stage (reviewers per record, blind), for the commands that
/// weigh decisions by them.
enum StageSettingsLoader {
  /// The settings of `stage` in the protocol at `protocolPath`.
  ///
  /// - Parameters:
  ///   - stage: the screening stage.
  ///   - protocolPath: the project's `protocol.yaml`.
  /// - Returns: the stage's settings.
  /// - Throws: the protocol's failure when it is missing or invalid.
  static func settings(of stage: ScreeningStage, protocolPath: String) throws(CommandFailure)
    -> StageSettings
  {
    do {
      return try ProtocolLoader().load(path: protocolPath).reviewProtocol.stages[stage]
    } catch {
      throw CommandFailure(error)
    }
  }
}
