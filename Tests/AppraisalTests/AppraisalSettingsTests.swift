import Appraisal
import ReviewModel
import Testing

/// The protocol's designs: mapping and its band overrides, with errors at their place.
struct AppraisalSettingsTests {
  let catalogue: InstrumentCatalogue

  init() throws {
    catalogue = try InstrumentCatalogue.load(projectFolder: nil)
  }

  private func settings(_ text: String) throws(InstrumentError) -> AppraisalSettings {
    try AppraisalSettings.decode(text, file: "protocol.yaml", catalogue: catalogue)
  }

  @Test func designsNameInstrumentsAndBandsReplaceTheirDefaults() throws {
    let loaded = try settings(
      """
      version: 1
      title: A review
      designs:
        cross-sectional: axis
        qualitative: casp-qualitative
      appraisal:
        bands:
          nos-e:
            - {rating: weak, from: 0, to: 4}
            - {rating: strong, from: 4, to: 6}
      """)
    #expect(loaded.instrumentID(forDesign: "qualitative") == "casp-qualitative")
    #expect(loaded.instrumentID(forDesign: "mixed") == nil)
    let nos = try catalogue.instrument("nos-e")
    #expect(loaded.bands(for: nos).rating(of: 4) == "strong")
    #expect(loaded.bands(for: try catalogue.instrument("axis")).rating(of: 12) == "moderate")
  }

  @Test func aProtocolWithoutAppraisalSettingsHasNone() throws {
    let loaded = try settings("version: 1\ntitle: A review\n")
    #expect(loaded == AppraisalSettings())
  }

  @Test func aDesignNamingNoInstrumentIsAnError() {
    #expect(
      throws: InstrumentError.invalid(
        .init(file: "protocol.yaml", line: 2, column: 16), keyPath: "designs.qualitative",
        message: "no instrument 'casp'; the instruments are: axis, casp-qualitative, "
          + "jbi-analytical-cross-sectional, mersqi, mmat, nos-e")
    ) { try settings("designs:\n  qualitative: casp\n") }
  }

  @Test func overriddenBandsMustCoverTheInstrumentsScale() {
    #expect(
      throws: InstrumentError.invalid(
        .init(file: "protocol.yaml", line: 4, column: 9), keyPath: "appraisal.bands.mersqi[0]",
        message: "the bands leave scores from 5 to 6 without a rating (the lowest score is 5)")
    ) {
      try settings(
        "appraisal:\n  bands:\n    mersqi:\n      - {rating: low, from: 6, to: 12}\n"
          + "      - {rating: high, from: 12, to: 18}\n")
    }
  }

  @Test func anUnknownAppraisalKeyIsAnError() {
    #expect(
      throws: InstrumentError.invalid(
        .init(file: "protocol.yaml", line: 2, column: 3), keyPath: "appraisal.band",
        message: "unknown key 'band'; expected one of: bands")
    ) { try settings("appraisal:\n  band: {}\n") }
  }
}
