import Testing

@testable import Ingest

/// LaTeX in BibTeX values, turned into Unicode text.
struct LaTeXTextTests {
  @Test(arguments: [
    ("{\\\"u}", "ü"), ("\\\"{u}", "ü"), ("\\\"u", "ü"), ("{\\'e}", "é"), ("\\'{e}", "é"),
    ("\\'e", "é"), ("\\`{a}", "à"), ("\\^{o}", "ô"), ("\\~{n}", "ñ"), ("\\={a}", "ā"),
    ("\\.{z}", "ż"), ("\\u{g}", "ğ"), ("\\v{s}", "š"), ("\\v s", "š"), ("\\H{o}", "ő"),
    ("\\c{c}", "ç"), ("\\c c", "ç"), ("\\k{a}", "ą"), ("\\r{a}", "å"), ("\\d{s}", "ṣ"),
    ("{\\'\\i}", "í"), ("\\'{\\i}", "í"), ("{\\aa}", "å"), ("{\\AA}", "Å"), ("\\ss{}", "ß"),
    ("{\\o}", "ø"), ("{\\O}", "Ø"), ("{\\ae}", "æ"), ("{\\oe}", "œ"), ("{\\l}", "ł"),
    ("{\\L}", "Ł"), ("Stra\\ss e", "Straße"), ("\\\"{\\\"U}", "Ü"),
    // A letter with no precomposed form keeps the accent as a combining mark.
    ("\\v{q}", "q\u{030C}"),
  ])
  func accentsBecomeLetters(latex: String, text: String) {
    #expect(LaTeXText.plain(latex).unicodeScalars.elementsEqual(text.unicodeScalars))
  }

  @Test(arguments: [
    ("Smith \\& Jones", "Smith & Jones"), ("50\\% of \\$10", "50% of $10"), ("\\#1", "#1"),
    ("snake\\_case", "snake_case"), ("{\\{}x{\\}}", "{x}"), ("pages 1--10", "pages 1–10"),
    ("yes---no", "yes—no"), ("``quoted''", "“quoted”"), ("O'Connor", "O'Connor"),
    ("a~b", "a b"), ("\\textendash{} and \\ldots{}", "– and …"), ("\\emph{key} word", "key word"),
    ("\\textit{In vitro} study", "In vitro study"), ("$\\alpha$-helix", "α-helix"),
    ("{The} {COVID}-19 {Pandemic}", "The COVID-19 Pandemic"),
    ("  spaced   out \n  over lines ", "spaced out over lines"),
    ("First paragraph.\n\nSecond.", "First paragraph.\nSecond."), ("plain text", "plain text"),
    ("", ""), ("\\unknowncommand{kept}", "kept"),
    // A single `-` or `'` is text, at either end and beside a doubled one.
    ("meta-analysis of O'Brien's data", "meta-analysis of O'Brien's data"), ("-", "-"),
    ("x-", "x-"), ("'", "'"), ("a-b--c", "a-b–c"), ("it's ''so''", "it's ”so”"),
    ("pre-  and post-test", "pre- and post-test"), ("a - b", "a - b"),
  ])
  func escapesAndMarkupBecomeText(latex: String, text: String) {
    #expect(LaTeXText.plain(latex) == text)
  }

  @Test func identifiersAreTakenVerbatim() {
    #expect(LaTeXText.verbatim(" 10.1000/abc\\_def ") == "10.1000/abc_def")
    #expect(
      LaTeXText.verbatim("https://example.org/a~b?x=1\\&y=2") == "https://example.org/a~b?x=1&y=2")
    #expect(LaTeXText.verbatim("{10.1000/ABC}") == "10.1000/ABC")
  }
}
