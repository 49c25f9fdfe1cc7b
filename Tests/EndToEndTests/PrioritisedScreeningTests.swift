import Foundation
import ReviewTestSupport
import Testing

/// `screen --order`, `progress` and `stop` through the built binary, on the six records of
/// `Fixtures/screening/records.ris`: 1 is about Twitter journal clubs for residents, 3 about
/// residents who tweet, 6 about lectures for core trainees.
struct PrioritisedScreeningTests {
  private func project() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    #expect(try LitrevBinary.run(["init", "."], in: folder.url).status == 0)
    try FileManager.default.removeItem(atPath: folder.path("protocol.yaml"))
    try FileManager.default.copyItem(
      atPath: TestFiles.fixture("screening/protocol.yaml", in: "EndToEndTests"),
      toPath: folder.path("protocol.yaml"))
    let imported = try LitrevBinary.run(
      [
        "import", TestFiles.fixture("screening/records.ris", in: "EndToEndTests"), "--source",
        "Embase",
      ],
      in: folder.url)
    #expect(imported.status == 0, "\(imported.standardError)")
    return folder
  }

  private func decide(_ id: Int, _ verdict: String, by reviewer: String, in folder: TemporaryFolder)
    throws
  {
    let result = try LitrevBinary.run(
      ["decide", String(id), verdict, "--reviewer", reviewer], in: folder.url)
    #expect(result.status == 0, "\(result.standardError)")
  }

  /// The id of the record the line screen shows first.
  private func firstShown(_ output: String) -> String? {
    output.split(separator: "\n").first { $0.contains("decided] record ") }
      .flatMap { $0.split(separator: " ").last.map(String.init) }
  }

  @Test func relevanceOrderShowsTheRecordMostLikeTheIncludesFirst() throws {
    let folder = try project()
    try decide(1, "include", by: "ana", in: folder)
    try decide(6, "exclude", by: "ana", in: folder)
    let screen = try LitrevBinary.run(
      ["screen", "--reviewer", "ana"], in: folder.url, input: Data("quit\n".utf8))
    #expect(screen.status == 0, "\(screen.standardError)")
    #expect(firstShown(screen.standardOutput) == "3")
    #expect(screen.standardOutput.contains("order: relevance · trained on 2 decisions at "))
    #expect(screen.standardOutput.contains("rank 1 of 4"))
  }

  @Test func anotherReviewersDecisionsDoNotTrainMyQueue() throws {
    let folder = try project()
    try decide(1, "include", by: "ben", in: folder)
    try decide(6, "exclude", by: "ben", in: folder)
    let screen = try LitrevBinary.run(
      ["screen", "--reviewer", "ana"], in: folder.url, input: Data("quit\n".utf8))
    #expect(screen.status == 0, "\(screen.standardError)")
    #expect(screen.standardOutput.contains("order: random until one include and one exclude"))
    let imported = try LitrevBinary.run(
      ["screen", "--reviewer", "ana", "--order", "imported"], in: folder.url,
      input: Data("quit\n".utf8))
    #expect(firstShown(imported.standardOutput) == "1")
  }

  @Test func theQueueLearnsFromDecisionsTakenOnTheScreen() throws {
    let folder = try project()
    // Random order until the model can train; after an include and an exclude typed on the
    // screen, the next record comes from a model trained on those two.
    let screen = try LitrevBinary.run(
      ["screen", "--reviewer", "ana", "--order", "relevance"], in: folder.url,
      input: Data("include\nexclude\ninclude\nquit\n".utf8))
    #expect(screen.status == 0, "\(screen.standardError)")
    let shown = screen.standardOutput.split(separator: "\n")
      .filter { $0.contains("decided] record ") }.compactMap { $0.split(separator: " ").last }
    #expect(shown.count == 4)
    #expect(screen.standardOutput.contains("trained on 2 decisions"))
  }

  @Test func progressCountsTheReviewersDecisions() throws {
    let folder = try project()
    try decide(1, "include", by: "ana", in: folder)
    try decide(2, "exclude", by: "ana", in: folder)
    try decide(3, "exclude", by: "ana", in: folder)
    try decide(4, "include", by: "ben", in: folder)
    let progress = try LitrevBinary.run(
      ["progress", "--reviewer", "ana", "--json"], in: folder.url)
    #expect(progress.status == 0, "\(progress.standardError)")
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(progress.standardOutput.utf8)) as? [String: Any])
    #expect(document["screened"] as? Int == 3)
    #expect(document["total"] as? Int == 6)
    #expect(document["includes"] as? Int == 1)
    #expect(document["excludes_since_last_include"] as? Int == 2)
    #expect(document["stopping_criterion_met"] as? Bool == false)
    let text = try LitrevBinary.run(["progress", "--reviewer", "ana"], in: folder.url)
    #expect(text.standardOutput.contains("stopping test                 not met"))
  }

  @Test func stopExcludesTheRestAsOneEventAndUndoTakesThemBack() throws {
    let folder = try project()
    try decide(1, "include", by: "ana", in: folder)
    try decide(2, "exclude", by: "ana", in: folder)
    let refused = try LitrevBinary.run(
      ["stop", "--rule", "buscar95", "--reviewer", "ana"], in: folder.url)
    #expect(refused.status == 65)
    #expect(refused.standardError.contains("the stopping test is not met"))

    let stopped = try LitrevBinary.run(
      ["stop", "--rule", "buscar95", "--reviewer", "ana", "--even-if-not-met"], in: folder.url)
    #expect(stopped.status == 0, "\(stopped.standardError)")
    #expect(stopped.standardOutput.contains("4 records excluded as stop:buscar95"))
    let log = try LitrevBinary.run(["log", "--json"], in: folder.url)
    let entries = try #require(
      try JSONSerialization.jsonObject(with: Data(log.standardOutput.utf8)) as? [[String: Any]])
    let stopEvents = entries.filter { ($0["kind"] as? String) == "screening_stopped" }
    #expect(stopEvents.count == 1)
    let byStop = entries.compactMap { $0["decision"] as? [String: Any] }
      .filter { $0["method"] as? String == "stop:buscar95" }
    #expect(byStop.count == 4)
    let text = try LitrevBinary.run(["log"], in: folder.url)
    #expect(text.standardOutput.contains("screening_stopped"))

    let after = try LitrevBinary.run(["progress", "--reviewer", "ana", "--json"], in: folder.url)
    #expect(after.standardOutput.contains("\"screened\":2"), "stops are not screening")
    let undone = try LitrevBinary.run(["stop", "--undo", "--reviewer", "ana"], in: folder.url)
    #expect(undone.status == 0, "\(undone.standardError)")
    #expect(undone.standardOutput.contains("4 records are back"))
    let screen = try LitrevBinary.run(
      ["screen", "--reviewer", "ana"], in: folder.url, input: Data("quit\n".utf8))
    #expect(screen.standardOutput.contains("[2/6 decided] record "))
    let again = try LitrevBinary.run(["stop", "--undo", "--reviewer", "ana"], in: folder.url)
    #expect(again.status == 65)
  }

  /// The protocol asks two reviewers per record, so a stop excludes a record once both
  /// reviewers have stopped (each stops their own screening).
  @Test func prismaCountsAStopApartFromPeoplesExclusionsUntilItIsUndone() throws {
    let folder = try project()
    for reviewer in ["ana", "ben"] {
      try decide(1, "include", by: reviewer, in: folder)
      try decide(2, "exclude", by: reviewer, in: folder)
      let stopped = try LitrevBinary.run(
        ["stop", "--rule", "buscar95", "--reviewer", reviewer, "--even-if-not-met"],
        in: folder.url)
      #expect(stopped.status == 0, "\(stopped.standardError)")
    }

    func counts() throws -> [String: Any] {
      let prisma = try LitrevBinary.run(["prisma", "--format", "json"], in: folder.url)
      #expect(prisma.status == 0, "\(prisma.standardError)")
      return try #require(
        try JSONSerialization.jsonObject(with: Data(prisma.standardOutput.utf8))
          as? [String: Any])
    }
    let withStop = try counts()
    #expect(withStop["stoppingRuleExcluded"] as? Int == 4)
    #expect(withStop["screenExcluded"] as? Int == 5, "record 2, and the four the stops left")
    #expect(withStop["soughtForRetrieval"] as? Int == 1)

    #expect(
      try LitrevBinary.run(["stop", "--undo", "--reviewer", "ana"], in: folder.url).status == 0)
    let undone = try counts()
    #expect(undone["stoppingRuleExcluded"] as? Int == 0)
    #expect(undone["screenExcluded"] as? Int == 1)
    #expect(undone["awaitingScreening"] as? Int == 4, "ben's stop alone awaits a second reviewer")
  }
}
