import Appraisal
import Testing

/// Agreement statistics against values worked by hand.
struct AppraisalAgreementTests {
  @Test func weightedKappaOnThreeOrderedAnswers() throws {
    // Ten studies, answers 0, 1, 2: six exact agreements, three one step apart, one two apart.
    let pairs = [
      (0, 0), (0, 0), (0, 0), (1, 1), (2, 2), (2, 2),
      (0, 1), (1, 0), (1, 2),
      (2, 0),
    ]
    // Linear weights 1, ½, 0: agreement = (6 + 3 × ½) / 10 = 0.75.
    // Margins: first 0.4, 0.3, 0.3; second 0.5, 0.2, 0.3.
    // Chance: diagonal 0.20 + 0.06 + 0.09 = 0.35; one step ½ × (0.08 + 0.15 + 0.09 + 0.06) = 0.19;
    // 0.54 in all. Kappa = (0.75 − 0.54) / (1 − 0.54) = 0.21 / 0.46 = 0.4565…
    let kappa = try #require(AppraisalAgreement.weightedKappa(pairs, categories: 3))
    #expect(abs(kappa - 0.21 / 0.46) < 1e-9)
  }

  @Test func withTwoAnswersItIsCohensKappa() throws {
    // 20 studies: both yes 8, both no 6, yes/no 4, no/yes 2. Agreement 0.7; first yes 0.6,
    // second yes 0.5; chance 0.6 × 0.5 + 0.4 × 0.5 = 0.5; kappa = 0.2 / 0.5 = 0.4.
    let pairs =
      Array(repeating: (0, 0), count: 8) + Array(repeating: (1, 1), count: 6)
      + Array(repeating: (0, 1), count: 4) + Array(repeating: (1, 0), count: 2)
    let kappa = try #require(AppraisalAgreement.weightedKappa(pairs, categories: 2))
    #expect(abs(kappa - 0.4) < 1e-9)
  }

  @Test func kappaIsUndefinedWhenEveryoneGaveOneAnswer() {
    #expect(AppraisalAgreement.weightedKappa([(1, 1), (1, 1)], categories: 3) == nil)
    #expect(AppraisalAgreement.weightedKappa([], categories: 3) == nil)
  }

  @Test func intraclassCorrelationTwoWayAbsoluteAgreement() throws {
    // Four studies, two appraisers: (9, 10), (11, 12), (13, 13), (15, 17).
    // Grand mean 12.5; study means 9.5, 11.5, 13, 16; appraiser means 12, 13.
    // SS studies = 2 × (9 + 1 + 0.25 + 12.25) = 45, MS = 15.
    // SS appraisers = 4 × (0.25 + 0.25) = 2, MS = 2.
    // Residuals 0, 0, 0, 0, ½, −½, −½, ½ → SS error = 1, MS error = 1 / 3.
    // ICC = (15 − ⅓) / (15 + ⅓ + 2 × (2 − ⅓) / 4) = (44/3) / (15 + 1/3 + 5/6) = 0.9072…
    let icc = try #require(
      AppraisalAgreement.intraclassCorrelation([[9, 10], [11, 12], [13, 13], [15, 17]]))
    let expected = (15.0 - 1.0 / 3) / (15.0 + 1.0 / 3 + 2 * (2 - 1.0 / 3) / 4)
    #expect(abs(icc - expected) < 1e-9)
    #expect(abs(icc - 0.9072) < 1e-4)
  }

  @Test func identicalScoresAgreePerfectly() throws {
    let icc = try #require(AppraisalAgreement.intraclassCorrelation([[5, 5], [8, 8], [12, 12]]))
    #expect(abs(icc - 1) < 1e-12)
    #expect(AppraisalAgreement.intraclassCorrelation([[5, 5]]) == nil)
  }

  @Test func answersAreOrderedByPointsOrAsListed() throws {
    let catalogue = try InstrumentCatalogue.load(projectFolder: nil)
    let design = try #require(try catalogue.instrument("mersqi").item("design"))
    #expect(design.ordinalPosition(of: "single_group_once") == 0)
    #expect(design.ordinalPosition(of: "randomised") == 3)
    let aims = try #require(try catalogue.instrument("casp-qualitative").item("aims"))
    #expect(aims.ordinalPosition(of: "cant_tell") == 2)
    #expect(aims.ordinalPosition(of: "perhaps") == nil)
  }
}
