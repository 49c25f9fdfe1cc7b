import Screening
import Testing

struct QueryParserTests {
  private let parser = QueryParser()

  /// Valid queries and how they read, every operation in parentheses.
  @Test(arguments: [
    ("trainee", "trainee"),
    ("\"social media\"[tiab]", "\"social media\"[tiab]"),
    ("youtube* OR twitter[ti]", "(youtube* OR twitter[ti])"),
    // PubMed's precedence: left to right, all operators equal.
    ("a OR b AND c", "((a OR b) AND c)"),
    ("a AND b OR c", "((a AND b) OR c)"),
    ("a OR (b AND c)", "(a OR (b AND c))"),
    (
      "(resident*[tiab] OR trainee*[tiab]) NOT editorial[pt]",
      "((resident*[tiab] OR trainee*[tiab]) NOT editorial[pt])"
    ),
    ("social media", "(social AND media)"),
    ("NOT eng[la]", "(NOT eng[la])"),
    ("a AND NOT b", "(a AND (NOT b))"),
    ("2004:2026[dp]", "2004:2026[dp]"),
    ("2010[dp] AND blog*", "(2010[dp] AND blog*)"),
    ("\"Social Media\"[Mesh]", "\"Social Media\"[mh]"),
    ("smith j[au]", "(smith AND j[au])"),
    ("\"free open access med*\"[tiab]", "\"free open access med*\"[tiab]"),
    ("twitter [Title/Abstract]", "twitter[tiab]"),
    ("((a))", "a"),
  ])
  func validQueryReadsAs(query: String, reading: String) throws {
    #expect(try parser.parse(query).description == reading)
  }

  @Test func termsFoldCaseAndDiacriticsAndSplitAtPunctuation() throws {
    let query = try parser.parse("Résident-Training*[ti]")
    guard case .term(let term) = query else {
      Issue.record("expected a term, got \(query)")
      return
    }
    #expect(term.words == [WordPattern("resident"), WordPattern("training", isPrefix: true)])
    #expect(term.field == .title)
    #expect(term.columns == 1..<23)
  }

  @Test func yearsAreARange() throws {
    #expect(try parser.parse("2004:2024[dp]") == .years(2004...2024))
    #expect(try parser.parse("2019[dp]") == .years(2019...2019))
  }

  /// Invalid queries, the column of the mistake and the message.
  @Test(arguments: [
    ("", 1, "the query is empty"),
    ("   ", 1, "the query is empty"),
    ("\"social media", 1, "this phrase has no closing quote"),
    ("twitter[tiab", 8, "this field tag has no closing ]"),
    (
      "twitter[xx]", 8,
      "unknown field tag [xx]; litrev knows [ti] [ab] [tiab] [au] [la] [pt] [mh] [kw] [dp]"
    ),
    ("[ti]", 1, "a field tag must follow a term or a phrase"),
    ("a OR [ti]", 6, "a field tag must follow a term or a phrase"),
    ("(a OR b)[tiab]", 9, "a field tag cannot follow parentheses: tag each term inside them"),
    ("a AND", 3, "AND has nothing after it"),
    ("a AND )", 3, "AND has nothing after it"),
    ("OR b", 1, "OR needs a term before it"),
    ("a AND OR b", 7, "OR needs a term before it"),
    ("a or b", 3, "'or' is not an operator: write OR, or put it in quotes to search for the word"),
    (
      "a And b", 3,
      "'And' is not an operator: write AND, or put it in quotes to search for the word"
    ),
    ("(a OR b", 1, "this ( is never closed"),
    ("a OR b)", 7, "this ) has no matching ("),
    (")", 1, "a term is missing here"),
    ("()", 1, "these parentheses are empty"),
    ("tr*ainee", 3, "a wildcard * may only end a word"),
    ("\"social me*dia\"", 11, "a wildcard * may only end a word"),
    ("ab*", 1, "a wildcard needs at least 3 letters before it"),
    ("\"free access m*\"", 14, "a wildcard needs at least 3 letters before it"),
    ("*", 1, "a wildcard needs at least 3 letters before it"),
    ("\"\"", 1, "this term has no letters or digits to search for"),
    ("a OR -", 6, "this term has no letters or digits to search for"),
    ("2004-2024[dp]", 1, "[dp] takes a year or a range of years, such as 2004:2024"),
    ("recent[dp]", 1, "[dp] takes a year or a range of years, such as 2004:2024"),
    ("2024:2004[dp]", 1, "this range of years runs backwards: write 2004:2024"),
    ("a NOT", 3, "NOT has nothing after it"),
  ])
  func invalidQueryFails(query: String, column: Int, message: String) {
    #expect(throws: ScreeningError.invalidQuery(query: query, column: column, message: message)) {
      try parser.parse(query)
    }
  }

  @Test func theErrorShowsTheQueryWithACaretUnderTheColumn() {
    let error = ScreeningError.invalidQuery(
      query: "twitter[xx] OR blog*", column: 8, message: "unknown field tag [xx]")
    #expect(
      error.description == """
        invalid query at column 8: unknown field tag [xx]
          twitter[xx] OR blog*
                 ^
        """)
  }
}
