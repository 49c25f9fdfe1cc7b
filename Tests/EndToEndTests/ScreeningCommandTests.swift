import Foundation
import ReviewTestSupport
import Testing

/// `query`, `decide`, `log` and `screen --auto` through the built binary, on a project holding
/// the six records of `Fixtures/screening/records.ris` and the protocol beside it.
struct ScreeningCommandTests {
  /// A project with the fixture records (ids 1 to 6, in file order) and protocol.
  private func project() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    let initialised = try LitrevBinary.run(["init", "."], in: folder.url)
    #expect(initialised.status == 0, "\(initialised.standardError)")
    let fixtures = "screening"
    try FileManager.default.removeItem(atPath: folder.path("protocol.yaml"))
    try FileManager.default.copyItem(
      atPath: TestFiles.fixture("\(fixtures)/protocol.yaml", in: "EndToEndTests"),
      toPath: folder.path("protocol.yaml"))
    let imported = try LitrevBinary.run(
      [
        "import", TestFiles.fixture("\(fixtures)/records.ris", in: "EndToEndTests"),
        "--source", "Embase",
      ], in: folder.url)
    #expect(imported.status == 0, "\(imported.standardError)")
    return folder
  }

  @Test func queryPrintsTheMatchingRecordsAndTheirCount() throws {
    let folder = try project()
    let result = try LitrevBinary.run(["query", "resident* AND 2010:2024[dp]"], in: folder.url)
    #expect(result.status == 0, "\(result.standardError)")
    let lines = result.standardOutput.split(separator: "\n")
    #expect(lines.first?.hasPrefix("ID  Group  Source  Year  First author") == true)
    #expect(lines.dropFirst().dropLast().map { $0.prefix(3) } == [" 1 ", " 3 ", " 4 "])
    #expect(lines.last == "3 records match (resident* AND 2010:2024[dp])")
  }

  @Test func queryAsJSONHasTheCountAndTheRecords() throws {
    let folder = try project()
    let result = try LitrevBinary.run(
      ["query", "german[la] OR editorial[pt]", "--json"], in: folder.url)
    #expect(result.status == 0, "\(result.standardError)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    #expect(object["count"] as? Int == 2)
    #expect(object["query"] as? String == "german[la] OR editorial[pt]")
    let records = try #require(object["records"] as? [[String: Any]])
    #expect(records.compactMap { $0["id"] as? Int } == [3, 4])
  }

  @Test func aBadQueryShowsACaretUnderTheColumn() throws {
    let folder = try project()
    let result = try LitrevBinary.run(["query", "twitter[tiab] OR (blog*"], in: folder.url)
    #expect(result.status == 65)
    #expect(
      result.standardError == """
        litrev: error: invalid query at column 18: this ( is never closed
          twitter[tiab] OR (blog*
                           ^

        """)
    #expect(result.standardOutput.isEmpty)
  }

  @Test func screenAutoExcludesByTheFirstFailedCriterionOnce() throws {
    let folder = try project()
    let dryRun = try LitrevBinary.run(["screen", "--auto", "--dry-run"], in: folder.url)
    #expect(dryRun.status == 0, "\(dryRun.standardError)")
    #expect(
      dryRun.standardOutput == """
        Rules at title/abstract over 6 records:
        Criterion          Excluded
        publication_year          1
        language                  1
        publication_type          1
        not_postgraduate          1
        social_media              1
        (left for people)         1
        (decided before)          0
        The rules would exclude 5 records (dry run: nothing was stored).

        """)
    let nothingYet = try LitrevBinary.run(["log", "--json"], in: folder.url)
    #expect(!nothingYet.standardOutput.contains("screening_decision"))

    let run = try LitrevBinary.run(["screen", "--auto", "--json"], in: folder.url)
    #expect(run.status == 0, "\(run.standardError)")
    let summary = try #require(
      try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    let exclusions = try #require(summary["exclusions"] as? [[String: Any]])
    let reasons = Dictionary(
      uniqueKeysWithValues: exclusions.compactMap { item -> (Int, String)? in
        guard let record = item["record"] as? Int, let criterion = item["criterion"] as? String
        else { return nil }
        return (record, criterion)
      })
    #expect(
      reasons == [
        2: "not_postgraduate", 3: "publication_type", 4: "language", 5: "publication_year",
        6: "social_media",
      ])

    let again = try LitrevBinary.run(["screen", "--auto"], in: folder.url)
    #expect(again.standardOutput.contains("(decided before)          5"))
    #expect(again.standardOutput.hasSuffix("The rules excluded 0 records.\n"))

    let log = try LitrevBinary.run(["log", "4"], in: folder.url)
    let lines = log.standardOutput.split(separator: "\n")
    #expect(lines.count == 3, "\(log.standardOutput)")
    #expect(lines[1].contains("litrev"))
    #expect(lines[1].contains("exclude at title-abstract"))
    #expect(lines[1].contains("language; run by tester"))
    #expect(lines[1].hasSuffix("rule:language"))
  }

  @Test func decideRecordsADecisionAndTheLogShowsIt() throws {
    let folder = try project()
    let first = try LitrevBinary.run(
      [
        "decide", "1", "exclude", "--reason", "No doctors in training", "--note", "surgeons only",
        "--reviewer", "ana",
      ], in: folder.url)
    #expect(first.status == 0, "\(first.standardError)")
    #expect(
      first.standardOutput
        == "Record 1: exclude at title-abstract by ana (reason: not_postgraduate)\n")
    let second = try LitrevBinary.run(
      ["decide", "1", "include", "--reviewer", "ana"], in: folder.url)
    #expect(second.status == 0, "\(second.standardError)")
    let log = try LitrevBinary.run(["log", "1", "--json"], in: folder.url)
    let events = try #require(
      try JSONSerialization.jsonObject(with: Data(log.standardOutput.utf8)) as? [[String: Any]])
    #expect(events.count == 2)
    let decisions = events.compactMap { $0["decision"] as? [String: Any] }
    #expect(decisions.compactMap { $0["verdict"] as? String } == ["exclude", "include"])
    #expect(decisions.first?["note"] as? String == "surgeons only")
    #expect(events.compactMap { $0["actor"] as? String } == ["ana", "ana"])
    #expect(events.compactMap { $0["method"] as? String } == ["manual", "manual"])
  }

  @Test func aFullTextExclusionNeedsOneOfTheProtocolsReasons() throws {
    let folder = try project()
    let missing = try LitrevBinary.run(
      ["decide", "1", "exclude", "--stage", "full-text"], in: folder.url)
    #expect(missing.status == 64)
    #expect(
      missing.standardError
        == "litrev: error: excluding a full text needs --reason, one of: wrong_population, "
        + "not_available\n")
    let unknown = try LitrevBinary.run(
      ["decide", "1", "exclude", "--stage", "full-text", "--reason", "too long"], in: folder.url)
    #expect(unknown.status == 64)
    let known = try LitrevBinary.run(
      ["decide", "1", "exclude", "--stage", "full-text", "--reason", "Wrong population"],
      in: folder.url)
    #expect(known.status == 0, "\(known.standardError)")
    #expect(known.standardOutput.hasSuffix("(reason: wrong_population)\n"))
    let notRetrieved = try LitrevBinary.run(
      ["decide", "2", "not-retrieved", "--stage", "full-text"], in: folder.url)
    #expect(notRetrieved.status == 0, "\(notRetrieved.standardError)")
    let atTitle = try LitrevBinary.run(["decide", "2", "not-retrieved"], in: folder.url)
    #expect(atTitle.status == 64)
    let log = try LitrevBinary.run(["log"], in: folder.url)
    #expect(log.standardOutput.hasSuffix("4 events\n"), "\(log.standardOutput)")
  }

  @Test func decideAboutAnUnknownRecordStoresNothing() throws {
    let folder = try project()
    let result = try LitrevBinary.run(["decide", "42", "include"], in: folder.url)
    #expect(result.status == 66)
    #expect(result.standardError == "litrev: error: no record with id 42\n")
    let log = try LitrevBinary.run(["log", "42"], in: folder.url)
    #expect(log.status == 66)
  }

  @Test func aBrokenProtocolStopsScreeningWithItsPlace() throws {
    let folder = try project()
    try "version: 1\ntitle: A\ncriteria:\n  exclude:\n    - {id: x, label: X, rule: 'a OR'}\n"
      .write(toFile: folder.path("protocol.yaml"), atomically: true, encoding: .utf8)
    let result = try LitrevBinary.run(["screen", "--auto"], in: folder.url)
    #expect(result.status == 65)
    #expect(
      result.standardError.hasPrefix(
        "litrev: error: \(folder.path("protocol.yaml")):5:34: criteria.exclude[0].rule: "
          + "invalid rule at column 3 of the rule: OR has nothing after it"),
      "\(result.standardError)")
    try FileManager.default.removeItem(atPath: folder.path("protocol.yaml"))
    let missing = try LitrevBinary.run(["screen", "--auto"], in: folder.url)
    #expect(missing.status == 66)
    let byHand = try LitrevBinary.run(["screen"], in: folder.url)
    #expect(byHand.status == 66, "screening by hand needs the protocol too")
    let dryRunByHand = try LitrevBinary.run(["screen", "--dry-run"], in: folder.url)
    #expect(dryRunByHand.status == 64)
  }

  @Test func agreementComparesEachPairOfReviewers() throws {
    let folder = try project()
    let verdicts = [
      ("ana", ["include", "exclude", "exclude", "include"]),
      ("ben", ["include", "exclude", "include", "include"]),
    ]
    for (reviewer, list) in verdicts {
      for (index, verdict) in list.enumerated() {
        let result = try LitrevBinary.run(
          ["decide", String(index + 1), verdict, "--reviewer", reviewer], in: folder.url)
        #expect(result.status == 0, "\(result.standardError)")
      }
    }
    // The rules' exclusions are not a reviewer's and do not count.
    _ = try LitrevBinary.run(["screen", "--auto"], in: folder.url)
    let result = try LitrevBinary.run(["agreement"], in: folder.url)
    #expect(result.status == 0, "\(result.standardError)")
    // 3 of 4 agree; pₑ = 0.5·0.75 + 0.5·0.25 = 0.5, κ = (0.75 − 0.5)/0.5 = 0.5;
    // SE = √(0.75·0.25/(4·0.25)) = 0.433, so 0.5 ± 0.849, cut at 1.
    #expect(
      result.standardOutput == """
        Reviewers  Records  Agreed  Agreement  Kappa  95% CI
        ana & ben        4       3      75.0%   0.50  -0.35 to 1.00

        """)
  }
}
