import ReviewModel
import Testing

@testable import Reports

struct PrismaCalculatorTests {
  @Test func everyBoxOfTheSmallReviewIsCounted() throws {
    let flow = try PrismaCalculator.flow(PrismaFixtures.smallReview())
    let column = flow.databasesAndRegisters
    #expect(column.identified.map(\.name) == ["PubMed", "Embase"])
    #expect(column.identifiedTotal == 9)
    #expect(column.duplicatesRemoved == 1)
    #expect(column.automationExcluded == 1)
    #expect(column.otherRemoved == 0)
    #expect(column.screened == 7)
    #expect(column.screenExcluded == 2)
    #expect(column.stoppingRuleExcluded == 1)
    #expect(column.awaitingScreening == 1)
    #expect(column.soughtForRetrieval == 4)
    #expect(column.notRetrieved == 1)
    #expect(column.awaitingFullText == 1)
    #expect(column.assessed == 2)
    #expect(
      column.reportsExcluded == [
        PrismaReasonCount(id: "wrong_population", label: "Wrong population", count: 1)
      ])
    #expect(column.studiesIncluded == 1)
    #expect(column.reportsIncluded == 1)
    #expect(flow.otherMethods == nil)
  }

  @Test func aRecordIsRemovedOnceEvenWhenARuleAlsoExcludedItsDuplicate() throws {
    var input = PrismaFixtures.smallReview()
    // Rules run before deduplication can exclude a record later found to be a duplicate: it
    // is counted as a duplicate, not twice.
    input.titleAbstract[6] = .decided(.exclude, reason: "language", method: "rule:language")
    let column = try PrismaCalculator.flow(input).databasesAndRegisters
    #expect(column.duplicatesRemoved == 1)
    #expect(column.automationExcluded == 1)
    #expect(column.screened == 7)
  }

  @Test func aFullTextDecisionAboutARecordNeverSoughtIsNamed() {
    var input = PrismaFixtures.smallReview()
    input.fullText[3] = .decided(.include, reason: nil, method: "manual")
    input.fullText[9] = .decided(.exclude, reason: "wrong_design", method: "manual")
    #expect {
      try PrismaCalculator.flow(input)
    } throws: { error in
      guard case .invariantsBroken(let violations) = error as? PrismaError,
        let violation = violations.first
      else { return false }
      return violations.count == 1 && violation.recordIDs == [3, 9]
        && violation.invariant == "sought − not retrieved − awaiting full text = assessed"
        && violation.description.contains("records 3, 9")
    }
  }

  @Test func aBatchHoldingFewerRecordsThanItCountedIsNamed() {
    var input = PrismaFixtures.smallReview()
    input.recordSources[9] = nil
    #expect {
      try PrismaCalculator.flow(input)
    } throws: { error in
      guard case .invariantsBroken(let violations) = error as? PrismaError else { return false }
      return violations.map(\.invariant) == ["identified − removed before screening = screened"]
        && violations[0].explanation.contains("Embase counted 3 at import, holds 2")
    }
  }

  @Test func citationSearchingFillsTheOtherMethodsColumn() throws {
    let flow = try PrismaCalculator.flow(PrismaFixtures.withCitationSearching())
    let other = try #require(flow.otherMethods)
    #expect(other.identified.map(\.name) == ["Citation searching"])
    #expect(other.identified(.citation) == 3)
    #expect(other.screened == 3)
    #expect(other.awaitingScreening == 1)
    #expect(other.soughtForRetrieval == 2)
    #expect(other.assessed == 2)
    #expect(
      other.reportsExcluded == [PrismaReasonCount(id: "retracted", label: "retracted", count: 1)])
    #expect(other.studiesIncluded == 1)
    #expect(flow.databasesAndRegisters.identifiedTotal == 9)
    #expect(flow.totalStudiesIncluded == 2)
  }
}
