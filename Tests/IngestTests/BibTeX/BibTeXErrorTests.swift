import ReviewModel
import ReviewTestSupport
import Testing

@testable import Ingest

/// Files that break BibTeX's grammar stop the reader with the place and the reason.
struct BibTeXErrorTests {
  @Test func anUnbalancedBraceIsReportedAtTheEntryItLeavesOpen() {
    let path = bibtexFixturePath("unbalanced.bib")
    #expect(
      readError("bibtex/unbalanced.bib")
        == .malformed(
          SourceLocation(file: path, line: 5, column: 1),
          "the entry `broken` that starts here is still open where the next entry starts, on "
            + "line 10: a closing brace is missing (did a value swallow it?)"))
  }

  @Test func aValueLeftOpenAtTheEndOfTheFileIsReportedWhereItOpens() {
    let path = bibtexFixturePath("truncated.bib")
    #expect(
      readError("bibtex/truncated.bib")
        == .malformed(
          SourceLocation(file: path, line: 3, column: 14),
          "the value of `abstract` that opens here is not closed: the file ends first "
            + "(unbalanced braces)"))
  }

  @Test func aValueLeftOpenBeforeTheNextEntryIsReportedWhereItOpens() {
    #expect(
      throws: IngestError.malformed(
        SourceLocation(file: "test.bib", line: 2, column: 11),
        "the value of `title` that opens here is still open where the next entry starts, on "
          + "line 4: a closing brace is missing")
    ) {
      try readBibTeX("@article{a,\n  title = {Open,\n  year = 2019,\n@article{b, title = {B}}\n")
    }
  }

  @Test func aMissingEqualsSignIsReportedWhereItShouldBe() {
    let path = bibtexFixturePath("missing-equals.bib")
    #expect(
      readError("bibtex/missing-equals.bib")
        == .malformed(
          SourceLocation(file: path, line: 2, column: 9),
          "expected `=` after the field name `title`"))
  }

  @Test func aMissingCommaIsReportedWhereItShouldBe() {
    let path = bibtexFixturePath("missing-comma.bib")
    #expect(
      readError("bibtex/missing-comma.bib")
        == .malformed(
          SourceLocation(file: path, line: 2, column: 24),
          "expected `,` or `}` after the value of `title`, found `y`"))
  }

  @Test func columnsCountCharactersNotBytes() {
    #expect(
      throws: IngestError.malformed(
        // The 25th character, the 28th byte.
        SourceLocation(file: "test.bib", line: 1, column: 25),
        "expected `,` or `}` after the value of `title`, found `x`")
    ) {
      try readBibTeX("@misc{k, title = {Éé ü} x}")
    }
  }

  @Test func aStrayClosingBraceInAQuotedValueIsAnError() {
    #expect(
      throws: IngestError.malformed(
        SourceLocation(file: "test.bib", line: 1, column: 21),
        "a closing brace without an opening one in the value of `title`")
    ) {
      try readBibTeX("@misc{k, title = \"ab}c\"}")
    }
  }
}
