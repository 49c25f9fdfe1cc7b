import Foundation
import ReviewTestSupport
import Testing

/// `litrev dedupe` through the built binary: groups, the queue, review, undo and bad input.
struct DedupeTests {
  private let pairs = TestFiles.fixture("dedupe/uncertain-pairs.ris", in: "EndToEndTests")

  private func project(importing files: [(String, String)]) throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    let made = try LitrevBinary.run(["init"], in: folder.url)
    #expect(made.status == 0, "\(made.standardError)")
    for (file, source) in files {
      let imported = try LitrevBinary.run(["import", file, "--source", source], in: folder.url)
      #expect(imported.status == 0, "\(imported.standardError)")
    }
    return folder
  }

  private func json(_ arguments: [String], in folder: TemporaryFolder) throws -> [String: Any] {
    let result = try LitrevBinary.run(arguments, in: folder.url)
    #expect(result.status == 0, "\(result.standardError)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
  }

  private func groups(_ report: [String: Any]) -> [[String: Any]] {
    report["groups"] as? [[String: Any]] ?? []
  }

  private func sourceIDs(_ group: [String: Any]) -> [String] {
    (group["records"] as? [[String: Any]] ?? []).compactMap { $0["sourceId"] as? String }.sorted()
  }

  @Test func theExampleReviewIsDeduplicatedAcrossDatabases() throws {
    let folder = try project(importing: [
      (TestFiles.corpus("searches/pubmed-2024-05-14.xml"), "PubMed"),
      (TestFiles.corpus("searches/embase-2024-05-14.ris"), "Embase"),
    ])
    let dry = try json(["dedupe", "--dry-run", "--json"], in: folder)
    #expect(dry["dryRun"] as? Bool == true)
    let wouldMake = groups(dry)
    #expect(wouldMake.count >= 60)
    #expect(wouldMake.allSatisfy { $0["id"] == nil && $0["new"] as? Bool == true })
    let first = try #require(wouldMake.first)
    let record = try #require((first["records"] as? [[String: Any]])?.first)
    #expect(record["id"] is Int)
    #expect(record["source"] is String)
    #expect(record["sourceId"] is String)
    let pair = try #require((first["pairs"] as? [[String: Any]])?.first)
    #expect((pair["score"] as? Double ?? 0) >= 0.95)
    #expect((pair["matched"] as? [String] ?? []).contains("title"))

    let made = try json(["dedupe", "--json"], in: folder)
    #expect(groups(made).map(sourceIDs) == wouldMake.map(sourceIDs))
    #expect(groups(made).allSatisfy { $0["id"] is Int })
    let sources = Set(
      groups(made).flatMap {
        ($0["records"] as? [[String: Any]] ?? []).compactMap { $0["source"] as? String }
      })
    #expect(sources == ["PubMed", "Embase"])

    // A second run makes nothing new.
    let again = try json(["dedupe", "--json"], in: folder)
    #expect(groups(again).count == groups(made).count)
    #expect(groups(again).allSatisfy { $0["new"] as? Bool == false })

    // `records` shows each record's group.
    let listed = try LitrevBinary.run(["records", "--json"], in: folder.url)
    let records = try #require(
      try JSONSerialization.jsonObject(with: Data(listed.standardOutput.utf8)) as? [[String: Any]])
    #expect(
      records.count { $0["duplicateGroup"] is Int }
        == groups(made).reduce(0) {
          $0 + ($1["records"] as? [Any] ?? []).count
        })
  }

  @Test func undoSplitsAGroupForGood() throws {
    let folder = try project(importing: [(pairs, "Mixed")])
    let made = groups(try json(["dedupe", "--json"], in: folder))
    let wiki = try #require(made.first { sourceIDs($0) == ["wiki-one", "wiki-two"] })
    let id = try #require(wiki["id"] as? Int)
    let undone = try LitrevBinary.run(["dedupe", "--undo", String(id)], in: folder.url)
    #expect(undone.status == 0, "\(undone.standardError)")
    #expect(undone.standardOutput.contains("Split group \(id)"))
    let after = groups(try json(["dedupe", "--json"], in: folder))
    #expect(!after.contains { sourceIDs($0) == ["wiki-one", "wiki-two"] })
    let log = try LitrevBinary.run(["dedupe", "--undo", String(id)], in: folder.url)
    #expect(log.status == 66)
    #expect(log.standardError.contains("no current duplicate group with id \(id)"))
  }

  @Test func uncertainPairsAreQueuedAndJudgedInReview() throws {
    let folder = try project(importing: [(pairs, "Mixed")])
    let report = try json(["dedupe", "--json"], in: folder)
    let queued = report["queued"] as? [[String: Any]] ?? []
    #expect(queued.count == 2)
    let reviewed = try LitrevBinary.run(
      ["dedupe", "--review", "--reviewer", "ana"], in: folder.url,
      input: Data("maybe\nsame\ndifferent\n".utf8))
    #expect(reviewed.status == 0, "\(reviewed.standardError)")
    let output = reviewed.standardOutput
    #expect(output.contains("Pair 1 of 2"))
    #expect(output.contains("Answer same, different, skip or quit."))
    #expect(output.contains("* Journal"))
    #expect(output.contains("Merged into group"))
    #expect(output.contains("Kept apart."))
    #expect(output.contains("1 same, 1 different, 0 skipped; 0 pairs still queued"))
    let after = try json(["dedupe", "--json"], in: folder)
    #expect(groups(after).count == groups(report).count + 1)
    #expect((after["queued"] as? [Any])?.isEmpty == true)
    let empty = try LitrevBinary.run(["dedupe", "--review"], in: folder.url)
    #expect(empty.standardOutput.contains("No pairs are waiting for review"))
  }

  @Test func anEmptyProjectHasNothingToDeduplicate() throws {
    let folder = try project(importing: [])
    let result = try LitrevBinary.run(["dedupe"], in: folder.url)
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("Nothing to deduplicate"))
  }

  @Test(arguments: [
    (
      "  merge_above: 1.5\n",
      "protocol.yaml:4:16: deduplication.merge_above: a threshold is between 0 and 1"
    ),
    (
      "  merge_above: 0.7\n  review_above: 0.9\n",
      "protocol.yaml:5:17: deduplication.review_above: review_above (0.9) must not be above"
    ),
    (
      "  conference_abstracts: maybe\n",
      "protocol.yaml:4:25: deduplication.conference_abstracts: conference_abstracts is keep or merge"
    ),
    (
      "  merge_abov: 0.9\n", "protocol.yaml:4:3: deduplication.merge_abov: unknown key 'merge_abov'"
    ),
  ])
  func badThresholdsNameTheKeyAndLine(settings: String, message: String) throws {
    let folder = try project(importing: [(pairs, "Mixed")])
    try folder.write("version: 1\ntitle: Test\ndeduplication:\n" + settings, to: "protocol.yaml")
    let result = try LitrevBinary.run(["dedupe"], in: folder.url)
    #expect(result.status == 65)
    #expect(result.standardError.contains(message), "\(result.standardError)")
    let events = try LitrevBinary.run(["dedupe", "--dry-run", "--json"], in: folder.url)
    #expect(events.status == 65)
  }

  @Test func thresholdsInTheProtocolChangeWhatIsMerged() throws {
    let folder = try project(importing: [(pairs, "Mixed")])
    try folder.write(
      "version: 1\ntitle: Test\ndeduplication:\n  merge_above: 0.6\n  review_above: 0.5\n",
      to: "protocol.yaml")
    let report = try json(["dedupe", "--dry-run", "--json"], in: folder)
    #expect(groups(report).count == 3)
  }
}

/// After deduplication, each study is screened once, through the record that stands for it.
struct DeduplicatedScreeningTests {
  @Test func rulesCountEachStudyOnceAfterDedupe() throws {
    let folder = try TemporaryFolder()
    #expect(try LitrevBinary.run(["init", "."], in: folder.url).status == 0)
    try FileManager.default.removeItem(atPath: folder.path("protocol.yaml"))
    try FileManager.default.copyItem(
      atPath: TestFiles.corpus("protocol.yaml"), toPath: folder.path("protocol.yaml"))
    for (file, source) in [
      ("pubmed-2024-05-14.xml", "PubMed"), ("embase-2024-05-14.ris", "Embase"),
    ] {
      let imported = try LitrevBinary.run(
        ["import", TestFiles.corpus("searches/\(file)"), "--source", source], in: folder.url)
      #expect(imported.status == 0, "\(imported.standardError)")
    }
    let deduplicated = try LitrevBinary.run(["dedupe", "--json"], in: folder.url)
    #expect(deduplicated.status == 0, "\(deduplicated.standardError)")
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(deduplicated.standardOutput.utf8))
        as? [String: Any])
    let removed = try #require(report["duplicatesRemoved"] as? Int)
    #expect(removed > 0)
    let screened = try LitrevBinary.run(["screen", "--auto", "--json"], in: folder.url)
    #expect(screened.status == 0, "\(screened.standardError)")
    let summary = try #require(
      try JSONSerialization.jsonObject(with: Data(screened.standardOutput.utf8)) as? [String: Any])
    #expect(summary["records"] as? Int == 380 - removed)
  }
}

/// `dedupe --review` on the full screen, in a real terminal.
struct FullScreenDuplicateReviewTests {
  @Test func keysJudgeQueuedPairsAndEachAnswerIsLogged() throws {
    let folder = try importedExampleReview()
    #expect(try LitrevBinary.run(["dedupe"], in: folder.url).status == 0)
    let session = Tmux(folder: folder.url)
    defer { session.kill() }
    try session.start("\(LitrevBinary.path) dedupe --review; touch done.txt")
    try session.waitFor("litrev dedupe --review · pair 1 of")
    try session.waitFor("s same study  d different studies  k skip  q quit")
    try session.send("d")
    try session.waitFor("Kept apart.")
    try session.send("q")
    try session.waitForFile(folder.url.appendingPathComponent("done.txt"))
    let log = try LitrevBinary.run(["log", "--json"], in: folder.url)
    let events = try #require(
      try JSONSerialization.jsonObject(with: Data(log.standardOutput.utf8)) as? [[String: Any]])
    #expect(events.filter { $0["kind"] as? String == "duplicates_distinct" }.count == 1)
  }
}
