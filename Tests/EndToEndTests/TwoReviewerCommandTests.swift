import Foundation
import ReviewTestSupport
import Testing

/// `conflicts`, `resolve` and `decisions export|import` through the built binary, on a project
/// holding the six records of `Fixtures/screening/records.ris` and the protocol beside it (which
/// leaves reviewers_per_record at its default, 2).
struct TwoReviewerCommandTests {
  /// A project with the fixture records (ids 1 to 6, in file order) and protocol.
  private func project() throws -> TemporaryFolder {
    try ScreeningFixtureProject.make()
  }

  /// Runs litrev in `folder` and expects it to succeed.
  @discardableResult
  private func run(_ arguments: [String], in folder: TemporaryFolder) throws -> CLIResult {
    try runExpectingSuccess(arguments, in: folder)
  }

  private func decide(
    _ id: Int, _ verdict: String, by reviewer: String, _ extra: [String] = [],
    in folder: TemporaryFolder
  ) throws {
    try run(["decide", String(id), verdict, "--reviewer", reviewer] + extra, in: folder)
  }

  private func json(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8))
  }

  private func fixture(_ name: String) -> String {
    TestFiles.fixture("decisions/\(name)", in: "EndToEndTests")
  }

  @Test func aConflictIsListedUntilItIsResolvedAndAgreementStillCountsThePair() throws {
    let folder = try project()
    try decide(1, "include", by: "ana", in: folder)
    try decide(1, "exclude", by: "ben", ["--reason", "No doctors in training"], in: folder)
    try decide(2, "include", by: "ana", in: folder)
    try decide(2, "include", by: "ben", in: folder)
    try decide(3, "maybe", by: "ana", in: folder)

    let listed = try run(["conflicts"], in: folder)
    #expect(
      listed.standardOutput == """
        ID  Title                                               Reviewer  Verdict  Reason
         1  Twitter journal clubs for surgical residents: a m…  ana       include  
                                                                ben       exclude  not_postgraduate
        1 record in conflict at title-abstract; settle one with `litrev resolve ID include|exclude`

        """)
    let conflicts = try #require(
      try json(try run(["conflicts", "--json"], in: folder).standardOutput) as? [[String: Any]])
    #expect(conflicts.compactMap { $0["id"] as? Int } == [1])
    let decisions = try #require(conflicts.first?["decisions"] as? [[String: Any]])
    #expect(decisions.compactMap { $0["reviewer"] as? String } == ["ana", "ben"])
    #expect(decisions.compactMap { $0["verdict"] as? String } == ["include", "exclude"])
    #expect(decisions.last?["reason"] as? String == "not_postgraduate")

    let resolved = try run(
      ["resolve", "1", "exclude", "--reason", "not_postgraduate", "--reviewer", "ana"],
      in: folder)
    #expect(
      resolved.standardOutput
        == "Record 1: resolved as exclude at title-abstract by ana (reason: not_postgraduate); "
        + "it settles ana: include, ben: exclude\n")
    #expect(
      try run(["conflicts"], in: folder).standardOutput == "No conflicts at title-abstract.\n")
    #expect(try run(["conflicts", "--json"], in: folder).standardOutput == "[]\n")

    // Ana resolved, yet the pair is still her include against Ben's exclude, and record 2.
    let agreement = try run(["agreement", "--json"], in: folder)
    let pairs = try #require(try json(agreement.standardOutput) as? [[String: Any]])
    #expect(pairs.count == 1)
    #expect(pairs.first?["reviewers"] as? [String] == ["ana", "ben"])
    #expect(pairs.first?["records"] as? Int == 2)
    #expect(pairs.first?["agreed"] as? Int == 1)

    let log = try run(["log", "1", "--json"], in: folder)
    let events = try #require(try json(log.standardOutput) as? [[String: Any]])
    #expect(events.compactMap { $0["method"] as? String } == ["manual", "manual", "resolution"])
    let payload = try #require(events.last?["payload"] as? [String: String])
    let uuids = events.dropLast().compactMap { $0["uuid"] as? String }
    #expect(payload["resolves"] == uuids.joined(separator: ","))
    #expect(try run(["log", "1"], in: folder).standardOutput.contains("resolved as exclude"))
  }

  @Test func onlyARecordInDoubtCanBeResolved() throws {
    let folder = try project()
    try decide(2, "include", by: "ana", in: folder)
    let awaiting = try LitrevBinary.run(["resolve", "2", "include"], in: folder.url)
    #expect(awaiting.status == 65)
    #expect(
      awaiting.standardError
        == "litrev: error: record 2 has nothing to resolve at title-abstract: "
        + "awaiting second reviewer\n")
    try decide(2, "include", by: "ben", in: folder)
    let agreed = try LitrevBinary.run(["resolve", "2", "exclude"], in: folder.url)
    #expect(agreed.status == 65)
    #expect(agreed.standardError.hasSuffix("include (2 reviewers agree)\n"))
    let untouched = try LitrevBinary.run(["resolve", "4", "exclude"], in: folder.url)
    #expect(untouched.status == 65)
    let missing = try LitrevBinary.run(["resolve", "42", "exclude"], in: folder.url)
    #expect(missing.status == 66)
    #expect(missing.standardError == "litrev: error: no record with id 42\n")
    let maybe = try LitrevBinary.run(["resolve", "2", "maybe"], in: folder.url)
    #expect(maybe.status == 64)
    // Both said maybe: a resolution settles that too.
    try decide(3, "maybe", by: "ana", in: folder)
    try decide(3, "maybe", by: "ben", in: folder)
    try run(["resolve", "3", "include"], in: folder)
    let log = try run(["log", "--json"], in: folder)
    let methods = try #require(try json(log.standardOutput) as? [[String: Any]])
      .compactMap { $0["method"] as? String }
    #expect(methods.filter { $0 == "resolution" }.count == 1)
  }

  @Test func aFullTextResolutionThatExcludesNeedsOneOfTheProtocolsReasons() throws {
    let folder = try project()
    try decide(1, "include", by: "ana", ["--stage", "full-text"], in: folder)
    try decide(
      1, "exclude", by: "ben", ["--stage", "full-text", "--reason", "Wrong population"],
      in: folder)
    #expect(try run(["conflicts"], in: folder).standardOutput.hasPrefix("No conflicts"))
    #expect(
      try run(["conflicts", "--stage", "full-text"], in: folder).standardOutput.contains(
        "wrong_population"))
    let missing = try LitrevBinary.run(
      ["resolve", "1", "exclude", "--stage", "full-text"], in: folder.url)
    #expect(missing.status == 64)
    #expect(
      missing.standardError
        == "litrev: error: excluding a full text needs --reason, one of: wrong_population, "
        + "not_available\n")
    let unknown = try LitrevBinary.run(
      ["resolve", "1", "exclude", "--stage", "full-text", "--reason", "too long"], in: folder.url)
    #expect(unknown.status == 64)
    let known = try run(
      ["resolve", "1", "exclude", "--stage", "full-text", "--reason", "Full text not available"],
      in: folder)
    #expect(known.standardOutput.contains("(reason: not_available)"))
    #expect(
      try run(["conflicts", "--stage", "full-text"], in: folder).standardOutput
        == "No conflicts at full-text.\n")
  }

  @Test func theExportIsSafeToOpenInASpreadsheet() throws {
    let folder = try project()
    try decide(
      1, "exclude", by: "ana", ["--reason=-not relevant", "--note", "=HYPERLINK(\"x\",\"y\")"],
      in: folder)
    try decide(2, "include", by: "@ben", ["--note", "two\nlines"], in: folder)
    try decide(2, "not-retrieved", by: "ana", ["--stage", "full-text"], in: folder)
    let exported = try run(["decisions", "export"], in: folder)
    let lines = exported.standardOutput.components(separatedBy: "\r\n")
    #expect(
      lines.first == "id,source,sourceId,title,stage,reviewer,verdict,reason,note,method,time")
    #expect(
      lines[1].hasPrefix(
        "1,Embase,,Twitter journal clubs for surgical residents: a mixed-methods study,"
          + "title-abstract,ana,exclude,'-not relevant,\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\",manual,"
      ))
    #expect(
      lines[2].hasPrefix(
        "2,Embase,,Instagram use by final-year medical students,title-abstract,'@ben,include,,"
          + "\"two\nlines\",manual,"))
    #expect(lines.count == 5 && lines[4].isEmpty, "\(lines)")

    let onlyFullText = try run(
      ["decisions", "export", "--stage", "full-text", "--output", "full-text.csv"], in: folder)
    #expect(onlyFullText.standardOutput == "full-text.csv: wrote 1 decision\n")
    let written = try String(contentsOfFile: folder.path("full-text.csv"), encoding: .utf8)
    #expect(written.components(separatedBy: "\r\n").count == 3)
    #expect(written.contains(",full-text,ana,not-retrieved,,,manual,"))
  }

  @Test func aCoReviewersSpreadsheetIsImportedByHeaderName() throws {
    let folder = try project()
    try decide(1, "include", by: "ana", in: folder)
    let imported = try run(
      ["decisions", "import", fixture("ben.csv"), "--reviewer", "ben"], in: folder)
    #expect(imported.standardOutput == "\(fixture("ben.csv")): imported 3 decisions by ben\n")
    let log = try run(["log", "--json"], in: folder)
    let events = try #require(try json(log.standardOutput) as? [[String: Any]])
    let decisions = events.compactMap { $0["decision"] as? [String: Any] }
    #expect(decisions.compactMap { $0["reviewer"] as? String } == ["ana", "ben", "ben", "ben"])
    #expect(
      decisions.compactMap { $0["verdict"] as? String } == [
        "include", "exclude", "include", "maybe",
      ])
    #expect(decisions[1]["reason"] as? String == "not_postgraduate")
    #expect(decisions[1]["note"] as? String == "surgeons, not trainees")
    #expect(
      events.suffix(3).compactMap { $0["method"] as? String }
        == Array(repeating: "import", count: 3))
    let payload = try #require(events.last?["payload"] as? [String: String])
    #expect(payload["imported_from"] == "\(fixture("ben.csv")):5")
    #expect(payload["run_by"] == "tester")
    // Ben's spreadsheet disagrees with Ana about record 1.
    let conflicts = try #require(
      try json(try run(["conflicts", "--json"], in: folder).standardOutput) as? [[String: Any]])
    #expect(conflicts.compactMap { $0["id"] as? Int } == [1])
  }

  @Test(arguments: [
    (
      "bad-verdict.csv", [String](),
      ":3:3: 'perhaps' is not a decision: say include, exclude, maybe or not-retrieved"
    ),
    (
      "full-text-reason.csv", ["--reviewer", "ana"],
      ":3:21: 'too long' is not one of the protocol's full-text exclusion reasons: "
        + "wrong_population, not_available"
    ),
    (
      "no-reviewer.csv", [],
      ":2:1: no reviewer: add a reviewer column, or say whose sheet it is with --reviewer NAME"
    ),
    (
      "ben.csv", ["--stage", "full-text"],
      ":3:3: excluding a full text needs a reason, one of: wrong_population, not_available"
    ),
  ])
  func aBadCellIsNamedByLineAndColumnAndNothingIsStored(
    file: String, options: [String], message: String
  ) throws {
    let folder = try project()
    let path = fixture(file)
    var arguments = ["decisions", "import", path] + options
    if file == "ben.csv" {
      // The reason cell is there but names no full-text reason of the protocol.
      let sheet = "id,decision,reviewer\r\n2,include,ben\r\n1,exclude,ben\r\n"
      try sheet.write(toFile: folder.path("ben.csv"), atomically: true, encoding: .utf8)
      arguments[2] = "ben.csv"
    }
    let result = try LitrevBinary.run(arguments, in: folder.url)
    #expect(result.status == 65)
    let shown = arguments[2]
    #expect(
      result.standardError.hasPrefix("litrev: error: \(shown)\(message)"), "\(result.standardError)"
    )
    #expect(result.standardError.hasSuffix("\n\(shown): nothing from this file was stored\n"))
    let log = try run(["log", "--json"], in: folder)
    #expect(!log.standardOutput.contains("screening_decision"))
  }

  @Test func aMissingOrMalformedFileIsRefused() throws {
    let folder = try project()
    let missing = try LitrevBinary.run(["decisions", "import", "nowhere.csv"], in: folder.url)
    #expect(missing.status == 66)
    #expect(missing.standardError == "litrev: error: nowhere.csv: no such file\n")
    try "id,decision,reviewer\n1,include,ana\n2,\"include,ana\n".write(
      toFile: folder.path("open.csv"), atomically: true, encoding: .utf8)
    let open = try LitrevBinary.run(["decisions", "import", "open.csv"], in: folder.url)
    #expect(open.status == 65)
    #expect(
      open.standardError.hasPrefix(
        "litrev: error: open.csv:3:3: this quoted cell is never closed"))
    try "title,decision\nA,include\n".write(
      toFile: folder.path("no-id.csv"), atomically: true, encoding: .utf8)
    let noID = try LitrevBinary.run(["decisions", "import", "no-id.csv"], in: folder.url)
    #expect(noID.status == 65)
    #expect(
      noID.standardError.hasPrefix("litrev: error: no-id.csv:1:1: the header row has no an id"))
    let log = try run(["log", "--json"], in: folder)
    #expect(!log.standardOutput.contains("screening_decision"))
  }

  @Test func anExportImportedIntoAFreshProjectGivesTheSameDecisions() throws {
    let first = try project()
    try run(["screen", "--auto"], in: first)
    try decide(1, "include", by: "ana", ["--note", "=1+1, see \"methods\""], in: first)
    try decide(1, "exclude", by: "ben", ["--reason", "No doctors in training"], in: first)
    try run(["resolve", "1", "include", "--reviewer", "cy", "--note", "discussed"], in: first)
    try decide(1, "include", by: "ana", ["--stage", "full-text"], in: first)
    try decide(
      1, "exclude", by: "ben", ["--stage", "full-text", "--reason", "wrong_population"],
      in: first)
    try decide(1, "not-retrieved", by: "ana", ["--stage", "full-text"], in: first)
    try run(["decisions", "export", "--output", "all.csv"], in: first)

    let second = try project()
    let imported = try run(["decisions", "import", first.path("all.csv")], in: second)
    #expect(imported.standardOutput.hasSuffix("imported 11 decisions by ana, ben, cy, litrev\n"))
    try run(["decisions", "export", "--output", "again.csv"], in: second)

    /// The rows without their time, and with `manual` as the import gives it.
    func decisions(_ folder: TemporaryFolder, _ name: String) throws -> [String] {
      let text = try String(contentsOfFile: folder.path(name), encoding: .utf8)
      return text.components(separatedBy: "\r\n").map { line in
        line.replacing(",manual,", with: ",import,").replacing(
          #/,[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z$/#, with: "")
      }
    }
    let before = try decisions(first, "all.csv")
    #expect(before.count == 13)
    #expect(try decisions(second, "again.csv") == before)
    for stage in ["title-abstract", "full-text"] {
      let conflicts = ["conflicts", "--stage", stage]
      #expect(
        try run(conflicts, in: first).standardOutput
          == (try run(conflicts, in: second).standardOutput))
      let agreement = ["agreement", "--stage", stage]
      #expect(
        try run(agreement, in: first).standardOutput
          == (try run(agreement, in: second).standardOutput))
    }
  }
}
