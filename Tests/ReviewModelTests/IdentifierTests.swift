import ReviewModel
import Testing

struct IdentifierTests {
  @Test(arguments: [
    ("10.1000/ABC.123", "10.1000/abc.123"),
    ("https://doi.org/10.1000/abc", "10.1000/abc"),
    ("http://dx.doi.org/10.1000/abc", "10.1000/abc"),
    ("doi:10.1000/abc", "10.1000/abc"),
    ("DOI 10.1000/abc.", "10.1000/abc"),
    ("10.1000/abc [doi]", "10.1000/abc"),
    (
      "  10.1002/(SICI)1097-0258(19980815/30)17:15/16<1661::AID-SIM968>3.0.CO;2-2 ",
      "10.1002/(sici)1097-0258(19980815/30)17:15/16<1661::aid-sim968>3.0.co;2-2"
    ),
  ])
  func doiForms(raw: String, expected: String) {
    #expect(DOI.normalized(raw) == expected)
  }

  @Test(arguments: ["", "not a doi", "S0140-6736(20)30183-5 [pii]", "10.1000"])
  func notADOI(raw: String) {
    #expect(DOI.normalized(raw) == nil)
  }

  @Test(arguments: [
    ("31000001", "31000001"), (" 31000001 [pmid]", "31000001"), ("PMID: 31000001", "31000001"),
  ])
  func pmidForms(raw: String, expected: String) {
    #expect(PMID.normalized(raw) == expected)
  }

  @Test func pmidNeedsDigits() {
    #expect(PMID.normalized("none") == nil)
  }
}
