import Appraisal
import Testing

/// Scores of hand-worked answer sets under every bundled instrument: the maximum, the minimum,
/// a typical study, and missing answers.
struct ScoringTests {
  let catalogue: InstrumentCatalogue

  init() throws {
    catalogue = try InstrumentCatalogue.load(projectFolder: nil)
  }

  /// Every item of the domains given answered `answer`, with some items answered otherwise.
  private func answers(
    _ instrument: Instrument, _ answer: String, domains: [String]? = nil,
    except overrides: [String: String] = [:]
  ) -> AnswerSet {
    var result: AnswerSet = [:]
    for domain in instrument.domains where domains?.contains(domain.id) ?? true {
      for item in domain.items { result[item.id] = answer }
    }
    return result.merging(overrides) { _, new in new }
  }

  private let mersqiBest: AnswerSet = [
    "design": "randomised", "institutions": "more_than_two",
    "response_rate": "three_quarters_or_more", "data_source": "objective",
    "internal_structure": "reported", "content": "reported",
    "relations_to_other_variables": "reported", "appropriateness": "appropriate",
    "sophistication": "beyond_descriptive", "outcome_level": "patient_outcome",
  ]

  private let mersqiWorst: AnswerSet = [
    "design": "single_group_once", "institutions": "one",
    "response_rate": "below_half_or_unreported", "data_source": "self_reported",
    "internal_structure": "not_reported", "content": "not_reported",
    "relations_to_other_variables": "not_reported", "appropriateness": "inappropriate",
    "sophistication": "descriptive_only", "outcome_level": "reactions",
  ]

  @Test func mersqiRangesFromFiveToEighteen() throws {
    let mersqi = try catalogue.instrument("mersqi")
    let best = mersqi.score(mersqiBest)
    #expect(best.score == 18)
    #expect(best.rating == "high")
    #expect(best.subscores.map(\.score) == [3, 3, 3, 3, 3, 3])
    let worst = mersqi.score(mersqiWorst)
    // 1 + 0.5 + 0.5 + 1 + 0 + 0 + 0 + 0 + 1 + 1
    #expect(worst.score == 5)
    #expect(worst.rating == "low")
    #expect(worst.isComplete)
  }

  @Test func mersqiScalesNotApplicableItemsBackToEighteen() throws {
    let mersqi = try catalogue.instrument("mersqi")
    var answers = mersqiWorst
    answers["response_rate"] = "not_applicable"
    answers["appropriateness"] = "appropriate"
    // 1 + 0.5 + 1 + 0 + 1 + 1 + 1 = 5.5 points of the 16.5 still possible: 5.5 × 18 / 16.5 = 6.
    let score = mersqi.score(answers)
    #expect(score.score == 6)
    #expect(score.notApplicable == ["response_rate"])
    #expect(score.rating == "low")
    #expect(score.subscores[1].score == 1)  // sampling: 0.5 of the 1.5 possible, scaled to 3
  }

  @Test func mersqiRatesAScaledScoreBelowItsMinimumAsTheLowest() throws {
    let mersqi = try catalogue.instrument("mersqi")
    var answers = mersqiWorst
    answers["response_rate"] = "not_applicable"
    // 4.5 of the 16.5 points still possible: 4.5 × 18 / 16.5 = 4.909…, under the scale's 5.
    let score = mersqi.score(answers)
    #expect(abs((score.score ?? 0) - 4.5 * 18 / 16.5) < 1e-9)
    #expect(score.rating == "low")
  }

  @Test func mersqiWithAnswersMissingHasNoRating() throws {
    let mersqi = try catalogue.instrument("mersqi")
    var answers = mersqiBest
    answers["outcome_level"] = nil
    answers["content"] = nil
    let score = mersqi.score(answers)
    #expect(score.score == 14)
    #expect(score.missing == ["content", "outcome_level"])
    #expect(score.rating == nil)
    #expect(!score.isComplete)
  }

  @Test func nosERangesFromZeroToSix() throws {
    let nos = try catalogue.instrument("nos-e")
    #expect(nos.score(answers(nos, "yes")).score == 6)
    #expect(nos.score(answers(nos, "yes")).rating == "high")
    #expect(nos.score(answers(nos, "no")).score == 0)
    #expect(nos.score(answers(nos, "no")).rating == "low")
    let typical = nos.score(
      answers(nos, "yes", except: ["comparability_second": "no", "blinded_assessment": "no"]))
    #expect(typical.score == 4)
    #expect(typical.rating == "moderate")
    #expect(
      typical.subscores.map(\.domain) == [
        "representativeness", "comparison_group", "study_retention", "blinding",
      ])
    #expect(typical.subscores[1].score == 2)
    #expect(typical.subscores[1].maximum == 3)
    let missing = nos.score(answers(nos, "yes", except: ["retention": "maybe"]))
    #expect(missing.missing == ["retention"])
    #expect(missing.score == 5)
    #expect(missing.rating == nil)
  }

  @Test func mmatScoresTheCategoryAppraisedAsAShareOfCriteriaMet() throws {
    let mmat = try catalogue.instrument("mmat")
    let survey = mmat.score(
      answers(
        mmat, "yes", domains: ["screening", "descriptive"],
        except: ["d3_measurements": "no", "d4_nonresponse": "cant_tell"]))
    #expect(survey.score == 60)
    #expect(survey.rating == "moderate")
    #expect(survey.categories == ["descriptive"])
    #expect(survey.screeningMet == true)
    #expect(survey.missing.isEmpty)
    let best = mmat.score(answers(mmat, "yes", domains: ["screening", "qualitative"]))
    #expect(best.score == 100)
    #expect(best.rating == "high")
    let worst = mmat.score(answers(mmat, "no", domains: ["screening", "randomised"]))
    #expect(worst.score == 0)
    #expect(worst.rating == "low")
    #expect(worst.screeningMet == false)
  }

  @Test func mmatGivesAMixedMethodsStudyItsWeakestCategory() throws {
    let mmat = try catalogue.instrument("mmat")
    let mixed = mmat.score(
      answers(
        mmat, "yes", domains: ["screening", "mixed_methods", "qualitative", "descriptive"],
        except: ["m4_divergence": "no", "d1_sampling": "no", "d2_sample": "cant_tell"]))
    #expect(mixed.subscores.map(\.score) == [100, 60, 80])
    #expect(mixed.score == 60)
    #expect(mixed.categories == ["qualitative", "descriptive", "mixed_methods"])
  }

  @Test func mmatWithoutACategoryIsMissingItsCriteria() throws {
    let mmat = try catalogue.instrument("mmat")
    let score = mmat.score(["s1": "yes"])
    #expect(score.score == nil)
    #expect(score.missing.first == "s2")
    #expect(score.missing.count == 26)
    #expect(score.rating == nil)
  }

  @Test func caspCountsTheYesAnswers() throws {
    let casp = try catalogue.instrument("casp-qualitative")
    #expect(casp.score(answers(casp, "yes")).score == 10)
    #expect(casp.score(answers(casp, "yes")).rating == "high")
    #expect(casp.score(answers(casp, "no")).score == 0)
    let typical = casp.score(
      answers(
        casp, "yes", except: ["reflexivity": "no", "ethics": "cant_tell", "design": "cant_tell"]))
    #expect(typical.score == 7)
    #expect(typical.rating == "moderate")
    #expect(typical.subscores.map(\.score) == [4, 2, 1])
    let missing = casp.score(answers(casp, "yes", except: ["value": ""]))
    #expect(missing.missing == ["value"])
    #expect(missing.score == 9)
    #expect(missing.rating == nil)
  }

  @Test func axisCountsNoAsMetOnItsTwoReverseWordedItems() throws {
    let axis = try catalogue.instrument("axis")
    let best = axis.score(
      answers(axis, "yes", except: ["q13_response_rate": "no", "q19_conflicts": "no"]))
    #expect(best.score == 20)
    #expect(best.rating == "high")
    #expect(axis.score(answers(axis, "yes")).score == 18)
    let worst = axis.score(
      answers(axis, "no", except: ["q13_response_rate": "yes", "q19_conflicts": "yes"]))
    #expect(worst.score == 0)
    #expect(worst.rating == "low")
    let unsure = axis.score(answers(axis, "dont_know"))
    #expect(unsure.score == 0)
    #expect(axis.score(answers(axis, "no")).score == 2)
    let missing = axis.score(answers(axis, "yes", except: ["q07_nonresponders": ""]))
    #expect(missing.missing == ["q07_nonresponders"])
  }

  @Test func jbiCountsCriteriaMetAndLeavesNotApplicableOut() throws {
    let jbi = try catalogue.instrument("jbi-analytical-cross-sectional")
    #expect(jbi.score(answers(jbi, "yes")).score == 8)
    #expect(jbi.score(answers(jbi, "yes")).rating == "high")
    #expect(jbi.score(answers(jbi, "no")).score == 0)
    let typical = jbi.score(
      answers(
        jbi, "yes",
        except: ["confounders_identified": "not_applicable", "confounders_handled": "unclear"]))
    #expect(typical.score == 6)
    #expect(typical.notApplicable == ["confounders_identified"])
    #expect(typical.rating == "high")
    let five = jbi.score(
      answers(
        jbi, "yes",
        except: ["statistics": "no", "subjects_setting": "no", "exposure_measured": "unclear"]))
    #expect(five.score == 5)
    #expect(five.rating == "moderate")
    let missing = jbi.score(answers(jbi, "yes", except: ["statistics": ""]))
    #expect(missing.missing == ["statistics"])
    #expect(missing.rating == nil)
  }

  @Test func protocolBandsReplaceTheInstrumentsOwn() throws {
    let nos = try catalogue.instrument("nos-e")
    let strict = RatingBands([
      .init(rating: "weak", from: 0, to: 5), .init(rating: "strong", from: 5, to: 6),
    ])
    let score = nos.score(answers(nos, "yes", except: ["retention": "no"]), bands: strict)
    #expect(score.score == 5)
    #expect(score.rating == "strong")
    #expect(nos.score(answers(nos, "no"), bands: strict).rating == "weak")
  }
}
