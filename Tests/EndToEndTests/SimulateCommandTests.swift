import Foundation
import ReviewTestSupport
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `litrev simulate` through the built binary, on `Fixtures/prioritising/labelled.csv`: 40
/// records, 8 of them (about social media in postgraduate training) included.
struct SimulateCommandTests {
  private let labelled = TestFiles.fixture("prioritising/labelled.csv", in: "EndToEndTests")

  @Test func printsTheMetricsOfEachRunAndTheirMean() throws {
    let result = try LitrevBinary.run(["simulate", labelled, "--runs", "3", "--seed", "4"])
    #expect(result.status == 0, "\(result.standardError)")
    let lines = result.standardOutput.split(separator: "\n").map(String.init)
    #expect(
      lines.first?.hasSuffix(
        "40 records, 8 included; 3 runs from 1 include and 1 exclude, weighted-svm model") == true)
    #expect(lines.contains { $0.hasPrefix("mean") || $0.contains(" mean ") })
    #expect(lines.filter { $0.contains("%") }.count >= 4)
  }

  @Test func jsonHasMetricsThatShowTheModelBeatRandomOrder() throws {
    let result = try LitrevBinary.run(
      ["simulate", labelled, "--runs", "2", "--json", "--prior-included", "2"])
    #expect(result.status == 0, "\(result.standardError)")
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    #expect(document["records"] as? Int == 40)
    #expect(document["included"] as? Int == 8)
    #expect(document["prior_included"] as? Int == 2)
    let runs = try #require(document["runs"] as? [[String: Any]])
    #expect(runs.map { $0["seed"] as? Int } == [0, 1])
    for run in runs {
      // Six relevant records remain among 37; found first, they are discovered by record 6.
      let atd = try #require(run["atd"] as? Double)
      #expect(atd <= 6)
      #expect(try #require(run["wss95"] as? Double) > 0.5)
      #expect(try #require(run["rrf10"] as? Double) == 0.5)  // 3 of 38 screened, all relevant
      #expect(run["recall_at_stop"] as? Double == 1)
    }
  }

  @Test func theSameSeedPrintsTheSameNumbers() throws {
    let first = try LitrevBinary.run(["simulate", labelled, "--seed", "9", "--json"])
    let second = try LitrevBinary.run(["simulate", labelled, "--seed", "9", "--json"])
    func withoutTimes(_ text: String) throws -> [String: Any] {
      var document = try #require(
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
      document["wall_seconds"] = nil
      document["mean"] = nil
      let runs = try #require(document["runs"] as? [[String: Any]])
      document["runs"] = runs.map { run in run.filter { $0.key != "milliseconds_per_retrain" } }
      return document
    }
    #expect(
      NSDictionary(dictionary: try withoutTimes(first.standardOutput))
        == NSDictionary(dictionary: try withoutTimes(second.standardOutput)))
  }

  @Test func drawsTheRecallCurveAsValidSVG() throws {
    let folder = try TemporaryFolder()
    let svg = folder.path("recall.svg")
    let result = try LitrevBinary.run(["simulate", labelled, "--runs", "2", "--svg", svg])
    #expect(result.status == 0, "\(result.standardError)")
    let data = try Data(contentsOf: URL(fileURLWithPath: svg))
    let document = try XMLDocument(data: data)
    let root = try #require(document.rootElement())
    #expect(root.name == "svg")
    let lines = try root.nodes(forXPath: "//*[local-name()='polyline']")
    #expect(lines.count == 3)  // the diagonal and one curve per run
  }

  @Test func aBadLabelIsReportedWithItsLineAndColumn() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write(
      "title,abstract,label_included\nA,first,1\nB,second,yes\n", to: "bad.csv")
    let result = try LitrevBinary.run(["simulate", file])
    #expect(result.status == 65)
    #expect(result.standardError.contains("bad.csv:3:10"), "\(result.standardError)")
  }

  @Test func aMissingLabelColumnIsBadInput() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write("title,abstract\nA,first\n", to: "unlabelled.csv")
    let result = try LitrevBinary.run(["simulate", file])
    #expect(result.status == 65)
    #expect(result.standardError.contains("label_included"))
  }
}
