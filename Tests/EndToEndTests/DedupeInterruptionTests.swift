import Foundation
import ReviewStore
import ReviewTestSupport
import Testing

/// `litrev dedupe` killed with SIGKILL part way: each group is one transaction, so what is
/// stored is a set of whole groups, and running it again finishes the job.
struct DedupeInterruptionTests {
  /// The groups stored in the project, as sets of record ids.
  private func groups(in folder: TemporaryFolder) throws -> Set<[Int64]> {
    let store = try ProjectStore(path: ProjectLocation(folder: folder.url).databasePath)
    return Set(try store.duplicateGroups().map(\.recordIDs))
  }

  /// Starts `litrev dedupe`, kills it after `delay`, and waits until it is gone.
  private func dedupeKilled(after delay: Duration, in folder: TemporaryFolder) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: LitrevBinary.path)
    process.arguments = ["dedupe"]
    process.currentDirectoryURL = folder.url
    process.environment = ["PATH": "/usr/bin:/bin", "NO_COLOR": "1", "LITREV_REVIEWER": "tester"]
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    Thread.sleep(
      forTimeInterval: Double(delay.components.seconds)
        + Double(delay.components.attoseconds) / 1e18)
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
  }

  @Test(arguments: [Duration.milliseconds(150), .milliseconds(400), .milliseconds(900)])
  func aKilledRunStoresWholeGroupsAndARerunFinishes(after delay: Duration) throws {
    let whole = try importedExampleReview()
    #expect(try LitrevBinary.run(["dedupe"], in: whole.url).status == 0)
    let expected = try groups(in: whole)
    #expect(expected.count > 30, "the example review has dozens of duplicate groups")

    let interrupted = try importedExampleReview()
    try dedupeKilled(after: delay, in: interrupted)
    let partial = try groups(in: interrupted)
    #expect(partial.isSubset(of: expected), "every stored group is one the whole run makes")
    let log = try LitrevBinary.run(["log", "--json"], in: interrupted.url)
    let events = try #require(
      try JSONSerialization.jsonObject(with: Data(log.standardOutput.utf8)) as? [[String: Any]])
    let merges = events.filter { $0["kind"] as? String == "duplicates_merged" }
    #expect(merges.count == partial.count, "one merge event per stored group, no more")

    let rerun = try LitrevBinary.run(["dedupe"], in: interrupted.url)
    #expect(rerun.status == 0, "\(rerun.standardError)")
    #expect(try groups(in: interrupted) == expected)
  }
}
