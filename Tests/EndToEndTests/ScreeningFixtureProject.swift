import Foundation
import ReviewTestSupport
import Testing

/// A project holding the six records of `Fixtures/screening/records.ris` (ids 1 to 6, in file
/// order, from Embase) and the protocol beside them, which leaves reviewers_per_record at its
/// default, 2; nothing decided.
enum ScreeningFixtureProject {
  static func make() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try runExpectingSuccess(["init", "."], in: folder)
    try FileManager.default.removeItem(atPath: folder.path("protocol.yaml"))
    try FileManager.default.copyItem(
      atPath: TestFiles.fixture("screening/protocol.yaml", in: "EndToEndTests"),
      toPath: folder.path("protocol.yaml"))
    try runExpectingSuccess(
      [
        "import", TestFiles.fixture("screening/records.ris", in: "EndToEndTests"), "--source",
        "Embase",
      ], in: folder)
    return folder
  }
}

/// Runs litrev in `folder` and expects it to succeed.
@discardableResult
func runExpectingSuccess(_ arguments: [String], in folder: TemporaryFolder) throws -> CLIResult {
  let result = try LitrevBinary.run(arguments, in: folder.url)
  #expect(result.status == 0, "litrev \(arguments): \(result.standardError)")
  return result
}
