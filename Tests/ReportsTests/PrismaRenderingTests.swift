import Foundation
import ReviewModel
import Testing

@testable import Reports

#if canImport(FoundationXML)
  import FoundationXML
#endif

struct PrismaRenderingTests {
  @Test func jsonHasExactlyTheDocumentedKeys() throws {
    let flow = try PrismaCalculator.flow(PrismaFixtures.withCitationSearching())
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(PrismaJSON.render(flow).utf8))
        as? [String: Any])
    let columnKeys: Set<String> = [
      "identified", "duplicatesRemoved", "automationExcluded", "otherRemoved", "screened",
      "screenExcluded", "stoppingRuleExcluded", "awaitingScreening", "soughtForRetrieval",
      "notRetrieved", "awaitingFullText", "assessed", "reportsExcluded", "studiesIncluded",
      "reportsIncluded",
    ]
    #expect(
      Set(object.keys)
        == columnKeys.union(["otherMethods", "totalStudiesIncluded", "totalReportsIncluded"]))
    #expect(object["identified"] as? [String: Int] == ["PubMed": 6, "Embase": 3])
    #expect(object["screenExcluded"] as? Int == 2)
    #expect(object["stoppingRuleExcluded"] as? Int == 1)
    #expect(object["reportsExcluded"] as? [String: Int] == ["wrong_population": 1])
    let other = try #require(object["otherMethods"] as? [String: Any])
    #expect(Set(other.keys) == columnKeys)
    #expect(other["identified"] as? [String: Int] == ["Citation searching": 3])
    #expect(other["studiesIncluded"] as? Int == 1)
    #expect(object["totalStudiesIncluded"] as? Int == 2)
  }

  @Test func jsonLeavesOutTheOtherMethodsColumnWhenNoSourceIsOne() throws {
    let flow = try PrismaCalculator.flow(PrismaFixtures.smallReview())
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(PrismaJSON.render(flow).utf8))
        as? [String: Any])
    #expect(object["otherMethods"] == nil)
    #expect(object["soughtForRetrieval"] as? Int == 4)
  }

  @Test func csvRowsFollowTheTemplateOfThePRISMA2020App() throws {
    let flow = try PrismaCalculator.flow(PrismaFixtures.withCitationSearching())
    let rows = PrismaTemplateTable.rows(flow)
    #expect(
      rows.first == ["data", "node", "box", "description", "boxtext", "tooltips", "url", "n"])
    #expect(rows.allSatisfy { $0.count == 8 })
    var n: [String: String] = [:]
    for row in rows.dropFirst() where row[0] != "NA" { n[row[0]] = row[7] }
    #expect(n["database_results"] == "9")
    #expect(n["database_specific_results"] == "PubMed, 6; Embase, 3")
    #expect(n["register_results"] == "0")
    #expect(n["citations_results"] == "3")
    #expect(n["duplicates"] == "1")
    #expect(n["excluded_automatic"] == "1")
    #expect(n["excluded_other"] == "0")
    #expect(n["records_screened"] == "7")
    #expect(n["records_excluded"] == "2")
    #expect(n["dbr_sought_reports"] == "4")
    #expect(n["dbr_notretrieved_reports"] == "1")
    #expect(n["dbr_assessed"] == "2")
    #expect(n["dbr_excluded"] == "Wrong population, 1")
    #expect(n["other_sought_reports"] == "2")
    #expect(n["other_assessed"] == "2")
    #expect(n["other_excluded"] == "retracted, 1")
    #expect(n["new_studies"] == "2")
    #expect(n["total_studies"] == "2")
    let nodes = rows.dropFirst().map(\.[1]).filter { $0 != "NA" }
    #expect(Set(nodes).count == nodes.count, "each node id is used once")
  }

  @Test func aListItemLosesTheCommasAndSemicolonsThatWouldSplitIt() {
    #expect(
      PrismaTemplateTable.listItem("No outcome on learning, networks; research")
        == "No outcome on learning networks research")
  }

  @Test func svgIsWellFormedAndEscapesSourceNames() throws {
    var input = PrismaFixtures.withCitationSearching()
    input.sources[1].name = "A & B <x>"
    for id in Int64(7)...9 { input.recordSources[id] = "A & B <x>" }
    let svg = PrismaDiagramSVG.render(try PrismaCalculator.flow(input))
    #expect(svg.contains("A &amp; B &lt;x&gt; (n = 3)"))
    #expect(!svg.contains("A & B"))
    let texts = try SVGTextCollector.texts(of: svg)
    #expect(texts.contains("  A & B <x> (n = 3)"))
    #expect(texts.contains("Records screened (n = 7)"))
    #expect(texts.contains("Identification of new studies via other methods"))
    #expect(texts.contains("Wrong population (n = 1)"))
    #expect(texts.contains("Studies included in review (n = 2)"))
    #expect(texts.contains("Screening"))
  }

  @Test func svgWithoutOtherMethodsHasOnlyTheMainColumn() throws {
    let svg = PrismaDiagramSVG.render(try PrismaCalculator.flow(PrismaFixtures.smallReview()))
    let texts = try SVGTextCollector.texts(of: svg)
    #expect(!texts.contains("Identification of new studies via other methods"))
    #expect(texts.contains("Records excluded (n = 2)"))
    #expect(texts.contains("by the stopping rule (n = 1)"))
    #expect(texts.contains("of which awaiting a decision (n = 1)"))
  }

  @Test func markdownTableHasEveryBoxAndEscapesCells() throws {
    var input = PrismaFixtures.smallReview()
    input.sources[0].name = "Pub|Med <b>"
    for id in Int64(1)...6 { input.recordSources[id] = "Pub|Med <b>" }
    let markdown = PrismaMarkdown.render(try PrismaCalculator.flow(input))
    #expect(markdown.contains("| Records identified: Pub\\|Med &lt;b&gt; | 6 |"))
    #expect(markdown.contains("| Records screened | 7 |"))
    #expect(markdown.contains("| Reports excluded: Wrong population | 1 |"))
    #expect(markdown.contains("| Studies included in review | 1 |"))
  }

  @Test func textShowsTheBoxesInOrder() throws {
    let text = PrismaText.render(try PrismaCalculator.flow(PrismaFixtures.smallReview()))
    let order = [
      "Records identified from:", "Duplicate records removed (n = 1)", "Records screened (n = 7)",
      "Records excluded (n = 2)", "Reports sought for retrieval (n = 4)",
      "Reports not retrieved (n = 1)", "Reports assessed for eligibility (n = 2)",
      "Reports excluded (n = 1)", "Studies included in review (n = 1)",
    ]
    let positions = order.compactMap { text.range(of: $0)?.lowerBound }
    #expect(positions.count == order.count)
    #expect(positions == positions.sorted())
    #expect(
      text.hasSuffix(
        "Provisional: 1 record awaits a title/abstract decision and 1 a full-text one.\n"))
  }

  @Test func textOfAFinishedReviewIsNotProvisional() throws {
    var input = PrismaFixtures.smallReview()
    input.titleAbstract[9] = .decided(.exclude, reason: nil, method: "resolution")
    input.fullText[5] = .decided(.include, reason: nil, method: "manual")
    let text = PrismaText.render(try PrismaCalculator.flow(input))
    #expect(!text.contains("Provisional"))
    #expect(text.contains("Studies included in review (n = 2)"))
  }
}

/// Parses SVG with Foundation's XMLParser and collects the text of every `<text>` element, so
/// that a test sees what a browser would draw, entities decoded.
final class SVGTextCollector: NSObject, XMLParserDelegate {
  private var texts: [String] = []
  private var current: String?

  static func texts(of svg: String) throws -> [String] {
    let parser = XMLParser(data: Data(svg.utf8))
    let collector = SVGTextCollector()
    parser.delegate = collector
    guard parser.parse() else {
      throw parser.parserError ?? CocoaError(.propertyListReadCorrupt)
    }
    return collector.texts
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    if elementName == "text" { current = "" }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    current? += string
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName: String?
  ) {
    if elementName == "text", let current {
      texts.append(current)
      self.current = nil
    }
  }
}
