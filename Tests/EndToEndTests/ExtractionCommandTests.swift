import Foundation
import ReviewTestSupport
import Testing

/// `extract`, `extractions export|import|conflicts|resolve` through the built binary, on the
/// example review with records 2 and 5 included at full text by two reviewers.
struct ExtractionCommandTests {
  /// The example review's PubMed search and protocol, with records 2 and 5 included at both
  /// stages by ana and ben.
  static func exampleProject() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try run(["init", "."], in: folder)
    try FileManager.default.removeItem(atPath: folder.path("protocol.yaml"))
    try FileManager.default.copyItem(
      atPath: TestFiles.corpus("protocol.yaml"), toPath: folder.path("protocol.yaml"))
    try run(
      ["import", TestFiles.corpus("searches/pubmed-2024-05-14.xml"), "--source", "PubMed"],
      in: folder)
    try run(["screen", "--auto"], in: folder)
    for record in ["2", "5"] {
      for reviewer in ["ana", "ben"] {
        try run(["decide", record, "include", "--reviewer", reviewer], in: folder)
        try run(
          ["decide", record, "include", "--stage", "full-text", "--reviewer", reviewer],
          in: folder)
      }
    }
    return folder
  }

  /// Runs litrev in `folder` and expects it to succeed.
  @discardableResult
  static func run(_ arguments: [String], in folder: TemporaryFolder, input: String? = nil) throws
    -> CLIResult
  {
    let result = try LitrevBinary.run(arguments, in: folder.url, input: input.map { Data($0.utf8) })
    #expect(result.status == 0, "litrev \(arguments): \(result.standardError)")
    return result
  }

  private func fails(_ arguments: [String], in folder: TemporaryFolder) throws -> CLIResult {
    try LitrevBinary.run(arguments, in: folder.url)
  }

  @Test func valuesAreStoredTypedAndWhatDoesNotFitIsRefused() throws {
    let folder = try Self.exampleProject()
    let stored = try Self.run(
      [
        "extract", "2", "--set", "participants_n=120", "--set", "study_design=2",
        "--set", "country=UK; Ireland", "--reviewer", "ana",
      ], in: folder)
    #expect(
      stored.standardOutput
        == "Record 2, by ana: participants_n = 120; study_design = Qualitative (interviews or focus groups); country = UK; Ireland\n"
    )
    let word = try fails(["extract", "2", "--set", "participants_n=abc"], in: folder)
    #expect(word.status == 65)
    #expect(
      word.standardError
        == "litrev: error: 'abc' is not a number; participants_n takes a number such as 120 or 12.5\n"
    )
    let choice = try fails(["extract", "2", "--set", "study_design=Trial"], in: folder)
    #expect(choice.status == 65)
    #expect(choice.standardError.contains("choose one of: Cross-sectional survey, Qualitative"))
    let unknown = try fails(["extract", "2", "--set", "sample_size=12"], in: folder)
    #expect(unknown.status == 64)
    #expect(unknown.standardError.contains("its fields are: country, setting, study_design"))
    let excluded = try fails(["extract", "3", "--set", "participants_n=1"], in: folder)
    #expect(excluded.status == 65)
    #expect(excluded.standardError.contains("record 3 is not a study included at full text"))
    // Nothing of a refused command was stored: ana's three values are all there is.
    let table = try Self.run(["extractions", "export"], in: folder).standardOutput
    #expect(table.split(separator: "\n").count == 4, "\(table)")
    #expect(table.contains("2  ana       participants_n  120"))
    let json = try Self.run(["extractions", "export", "--json"], in: folder).standardOutput
    let rows = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
    #expect(rows?.count == 1)
    #expect(rows?.first?["id"] as? Int == 2)
    #expect(
      rows?.first?["values"] as? [String: String] == [
        "participants_n": "120", "study_design": "Qualitative (interviews or focus groups)",
        "country": "UK; Ireland",
      ])
  }

  @Test func differencesAreListedUntilResolved() throws {
    let folder = try Self.exampleProject()
    try Self.run(["extract", "2", "--set", "participants_n=120", "--reviewer", "ana"], in: folder)
    try Self.run(["extract", "2", "--set", "participants_n=112", "--reviewer", "ben"], in: folder)
    try Self.run(["extract", "2", "--set", "setting=ICU", "--reviewer", "ana"], in: folder)
    try Self.run(["extract", "2", "--set", "setting=icu", "--reviewer", "ben"], in: folder)
    let listed = try Self.run(["extractions", "conflicts"], in: folder).standardOutput
    #expect(
      listed == """
        ID  Field           Reviewer  Value
         2  participants_n  ana       120
         2  participants_n  ben       112
        1 field in conflict; settle each with `litrev extractions resolve ID FIELD VALUE --reviewer NAME`.

        """)
    let json = try Self.run(["extractions", "conflicts", "--json"], in: folder).standardOutput
    let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
    #expect(parsed?.first?["values"] as? [String: String] == ["ana": "120", "ben": "112"])
    let refused = try fails(["extractions", "resolve", "2", "participants_n", "many"], in: folder)
    #expect(refused.status == 65)
    let resolved = try Self.run(
      ["extractions", "resolve", "2", "participants_n", "112", "--reviewer", "cy"], in: folder)
    #expect(
      resolved.standardOutput
        == "Record 2: participants_n = 112, resolved by cy (it was in conflict: ana 120, ben 112)\n"
    )
    #expect(
      try Self.run(["extractions", "conflicts"], in: folder).standardOutput
        == "No conflicts: the extractors agree on every field.\n")
    let log = try Self.run(["log", "--json"], in: folder).standardOutput
    let events = try JSONSerialization.jsonObject(with: Data(log.utf8)) as? [[String: Any]] ?? []
    #expect(events.last?["kind"] as? String == "extraction_resolved")
    #expect(events.last?["actor"] as? String == "cy")
  }

  @Test func aSpreadsheetRoundTripsAndABadCellStoresNothing() throws {
    let folder = try Self.exampleProject()
    try Self.run(
      [
        "extract", "2", "--set", "participants_n=12.5", "--set", "key_findings==1+1, \"quoted\"",
        "--reviewer", "ana",
      ], in: folder)
    try Self.run(
      ["extract", "5", "--set", "platform=Twitter; YouTube", "--reviewer", "ben"], in: folder)
    try Self.run(["extractions", "export", "--csv", "--output", "sheet.csv"], in: folder)
    let sheet = try String(contentsOfFile: folder.path("sheet.csv"), encoding: .utf8)
    #expect(sheet.hasPrefix("id,reviewer,first_author,year,title,country,setting,study_design,"))
    #expect(sheet.contains("\"'=1+1, \"\"quoted\"\"\""), "the formula is neutralised: \(sheet)")

    let other = try Self.exampleProject()
    let imported = try Self.run(["extractions", "import", folder.path("sheet.csv")], in: other)
    #expect(imported.standardOutput.hasSuffix("imported 3 values for 2 studies by ana, ben\n"))
    try Self.run(["extractions", "export", "--csv", "--output", "again.csv"], in: other)
    #expect(try String(contentsOfFile: other.path("again.csv"), encoding: .utf8) == sheet)

    let fresh = try Self.exampleProject()
    let bad = try fresh.write(
      "id,reviewer,participants_n,study_design\r\n2,ana,120,Cohort\r\n5,ana,many,Cohort\r\n",
      to: "bad.csv")
    let refused = try fails(["extractions", "import", bad], in: fresh)
    #expect(refused.status == 65)
    #expect(
      refused.standardError
        == "litrev: error: \(bad):3:7: 'many' is not a number; participants_n takes a number such as 120 or 12.5\n\(bad): nothing from this file was stored\n"
    )
    let broken = try fresh.write("id,country\r\n2,\"UK\r\n", to: "broken.csv")
    let malformed = try fails(["extractions", "import", broken], in: fresh)
    #expect(malformed.status == 65)
    #expect(malformed.standardError.contains("\(broken):2:"), "\(malformed.standardError)")
    #expect(malformed.standardError.hasSuffix("\(broken): nothing from this file was stored\n"))
    let unknown = try fresh.write("id,sample\r\n2,1\r\n", to: "unknown.csv")
    let header = try fails(["extractions", "import", unknown], in: fresh)
    #expect(header.status == 65)
    #expect(header.standardError.contains("\(unknown):1:4: 'sample' is not a field"))
    #expect(
      try Self.run(["extractions", "export"], in: fresh).standardOutput
        == "Nothing has been extracted yet.\n")
  }

  @Test func linesOnStandardInputExtractFieldByFieldAndRefuseWhatDoesNotFit() throws {
    let folder = try Self.exampleProject()
    let input =
      [
        "UK; Ireland", "Teaching hospitals", "9", "Core trainees", "many", "64", "WhatsApp",
        "", "Learning from peers", ":next", "Canada", ":quit",
      ].joined(separator: "\n") + "\n"
    let result = try Self.run(["extract", "--reviewer", "ana"], in: folder, input: input)
    let output = result.standardOutput
    #expect(output.contains("[study 1 of 2] record 2\n"))
    #expect(
      output.contains("participants_n (number) — How many took part (the number analysed)\n> "))
    #expect(
      output.contains("'many' is not a number; participants_n takes a number such as 120 or 12.5\n")
    )
    #expect(output.contains("[study 2 of 2] record 5\n"))
    #expect(
      output.hasSuffix(
        "ana: 8 values stored; 2 included studies still to extract; every value is in the log.\n"))
    #expect(!output.contains("\u{1B}["), "a pipe gets no escape sequences")
    let table = try Self.run(["extractions", "export"], in: folder).standardOutput
    #expect(table.contains("2  ana       study_design    Other"))
    #expect(table.contains("2  ana       participants_n  64"))
    #expect(table.contains("5  ana       country         Canada"))
    #expect(!table.contains("outcomes"), "an empty line keeps the field empty")

    // The next run asks again for what is still empty, starting with study 2.
    let again = try Self.run(["extract", "--reviewer", "ana"], in: folder, input: ":quit\n")
    #expect(again.standardOutput.contains("[study 1 of 2] record 2\n"))
    #expect(
      again.standardOutput.contains(
        "country (list, items separated by ;) — Countries where the study was done, separated by ; [now: UK; Ireland]"
      ))
  }

  @Test func theFullScreenStoresEachValueAsItIsEntered() throws {
    let folder = try Self.exampleProject()
    let session = Tmux(folder: folder.url)
    defer { session.kill() }
    try session.start("\(LitrevBinary.path) extract 5 --reviewer tmux; sleep 60")
    try session.waitFor("litrev extract · tmux")
    try session.waitFor("▸ country")
    try session.send("France\r")
    try session.waitFor("1 value stored")
    try session.send("\r")
    try session.waitFor("▸ study_design")
    try session.send("9\r")
    try session.waitFor("2 values stored")
    try session.send("\u{1B}[A")
    try session.waitFor("▸ study_design")
    try session.send("abc\r")
    try session.waitFor("'abc' is not a choice of study_design")
    try session.send("\u{1B}")
    try session.waitFor("tmux: 2 values stored")
    let table = try Self.run(["extractions", "export"], in: folder).standardOutput
    #expect(table.contains("5  tmux      country       France"), "\(table)")
    #expect(table.contains("5  tmux      study_design  Other"), "\(table)")
  }
}

/// The extraction form that `litrev init` writes commented out is valid once uncommented.
struct StarterExtractionFormTests {
  @Test func theCommentedExampleFormIsValidOnceUncommented() throws {
    let folder = try TemporaryFolder()
    try ExtractionCommandTests.run(["init", "."], in: folder)
    let starter = try String(contentsOfFile: folder.path("protocol.yaml"), encoding: .utf8)
    let refused = try LitrevBinary.run(["export", "evidence"], in: folder.url)
    #expect(refused.status == 65, "the starter's form is empty until someone fills it in")
    var lines: [String] = []
    var inForm = false
    for line in starter.split(separator: "\n", omittingEmptySubsequences: false) {
      if line == "extraction: []" {
        inForm = true
        lines.append("extraction:")
      } else if inForm, line.hasPrefix("#  ") {
        lines.append("  " + line.dropFirst(3))
      } else {
        inForm = inForm && line.hasPrefix("#")
        lines.append(String(line))
      }
    }
    #expect(lines.contains("extraction:"))
    try lines.joined(separator: "\n").write(
      toFile: folder.path("protocol.yaml"), atomically: true, encoding: .utf8)
    let exported = try ExtractionCommandTests.run(["export", "evidence"], in: folder)
    #expect(
      exported.standardOutput
        == "ID,First author,Year,Title,Journal,DOI,PMID,Country,Study design,Participants n,Key findings,"
        + "Design,Appraisal instrument,Appraisal score,Appraisal rating,Themes\r\n"
    )
  }
}
