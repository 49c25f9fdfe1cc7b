import Appraisal
import Foundation
import Testing

/// Bad instrument files are refused with the file, line, key path and what is wrong.
struct InstrumentLoaderErrorTests {
  private func message(_ text: String) -> String? {
    do {
      _ = try InstrumentLoader().decode(text, file: "bad.yaml", origin: .bundled)
      return nil
    } catch {
      return error.description
    }
  }

  private func tiny(replacing old: String, with new: String) -> String {
    let text = InstrumentFixtures.tiny.replacingOccurrences(of: old, with: new)
    precondition(text != InstrumentFixtures.tiny, "the fixture has no \(old)")
    return text
  }

  @Test func theFixtureItselfLoads() throws {
    let instrument = try InstrumentLoader().decode(
      InstrumentFixtures.tiny, file: "tiny.yaml", origin: .bundled)
    #expect(instrument.items.map(\.id) == ["a", "b", "c"])
    #expect(instrument.scale == 0...3)
  }

  @Test func aDomainWithoutItems() {
    let text = tiny(replacing: "      - {id: c, question: \"C?\", answers: yes_no}\n", with: "")
      .replacingOccurrences(of: "name: Second\n    items:", with: "name: Second\n    items: []")
    #expect(
      message(text)
        == "bad.yaml:24:12: domains[1].items: the domain 'second' has no items: a domain needs at least one"
    )
  }

  @Test func anItemWithoutAQuestion() {
    let text = tiny(
      replacing: "{id: b, question: \"B?\", answers: yes_no}", with: "{id: b, answers: yes_no}")
    #expect(message(text) == "bad.yaml:21:9: domains[0].items[1].question: missing required key")
  }

  @Test func anIdUsedTwice() {
    let text = tiny(replacing: "{id: b,", with: "{id: a,")
    #expect(
      message(text)
        == "bad.yaml:21:14: domains[0].items[1].id: the id 'a' is used twice (first at line 20)")
  }

  @Test func anAnswerWithoutPoints() {
    let text = tiny(
      replacing: "{id: \"no\", label: \"No\", points: 0}", with: "{id: \"no\", label: \"No\"}")
    #expect(
      message(text)
        == "bad.yaml:15:7: answer_sets.yes_no[1]: the answer 'no' has no points: under the sum "
        + "rule every answer needs points (or category: not_applicable)")
  }

  @Test func bandsThatOverlap() {
    let text = tiny(replacing: "{rating: high, from: 2,", with: "{rating: high, from: 1.5,")
    #expect(
      message(text)
        == "bad.yaml:11:5: bands[1]: the bands 'low' and 'high' overlap between 1.5 and 2")
  }

  @Test func bandsThatLeaveAGap() {
    let text = tiny(replacing: "{rating: high, from: 2,", with: "{rating: high, from: 2.5,")
    #expect(
      message(text)
        == "bad.yaml:11:5: bands[1]: the bands leave a gap between 2 and 2.5: 'low' ends at 2 "
        + "but 'high' starts at 2.5")
  }

  @Test func bandsThatStopShortOfTheMaximum() {
    let text = tiny(
      replacing: "{rating: high, from: 2, to: 3}", with: "{rating: high, from: 2, to: 2.5}")
    #expect(
      message(text)
        == "bad.yaml:11:5: bands[1]: the bands leave scores from 2.5 to 3 without a rating "
        + "(the highest score is 3)")
  }

  @Test func aStatedMaximumThePointsDoNotReach() {
    let text = tiny(replacing: "maximum: 3", with: "maximum: 4")
    #expect(
      message(text)
        == "bad.yaml:7:3: scoring: the maximum is 4, but the items' answers add up to at most 3")
  }

  @Test func anUnknownKey() {
    let text = tiny(replacing: "  rule: sum", with: "  rule: sum\n  weight: 2")
    #expect(
      message(text)
        == "bad.yaml:8:3: scoring.weight: unknown key 'weight'; expected one of: rule, maximum")
  }

  @Test func anAnswerSetThatDoesNotExist() {
    let text = tiny(
      replacing: "{id: c, question: \"C?\", answers: yes_no}",
      with: "{id: c, question: \"C?\", answers: yes_no_maybe}")
    #expect(
      message(text)
        == "bad.yaml:25:42: domains[1].items[0].answers: no answer set 'yes_no_maybe' under "
        + "answer_sets; the sets are: yes_no")
  }

  @Test func aCountingRuleNeedsCategories() {
    let text = tiny(replacing: "rule: sum\n  maximum: 3", with: "rule: count_met")
    #expect(
      message(text)
        == "bad.yaml:13:7: answer_sets.yes_no[0]: the answer 'yes' has no category: under the "
        + "count_met rule every answer needs one of met, not_met, unclear, not_applicable")
  }

  @Test func onlyADesignCategoryNamesDesigns() {
    let text = tiny(
      replacing: "    name: Second\n", with: "    name: Second\n    designs: [qualitative]\n")
    #expect(
      message(text) == "bad.yaml:24:14: domains[1].designs: only a design category names designs")
  }
}
