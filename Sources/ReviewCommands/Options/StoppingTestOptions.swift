import ArgumentParser
import Prioritisation

/// `--recall-target` and `--confidence`: what the stopping test must be sure of.
struct StoppingTestOptions: ParsableArguments {
  @Option(help: "The recall the stopping test must be sure has been reached (0 to 1).")
  var recallTarget = 0.95

  @Option(help: "How sure the stopping test must be (0 to 1).")
  var confidence = 0.95

  func validate() throws {
    guard recallTarget > 0, recallTarget < 1, confidence > 0, confidence < 1 else {
      throw ValidationError("--recall-target and --confidence must lie between 0 and 1.")
    }
  }

  var test: StoppingTest { StoppingTest(recallTarget: recallTarget, confidence: confidence) }
}
