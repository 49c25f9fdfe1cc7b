import ReviewModel

/// Tells the format of an export from its first bytes, never from its file name: exports are
/// often saved as `.txt` whatever they hold.
public enum FormatSniffer {
  /// The format the bytes show, or nil when they show none that litrev reads.
  ///
  /// - Parameter prefix: the first bytes of the (inflated) file; 64 KiB is plenty.
  public static func format(of prefix: [UInt8]) -> SourceFormat? {
    var bytes = prefix[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    let text = String(decoding: bytes, as: UTF8.self)
    let start = text.drop { $0.isWhitespace }
    if start.hasPrefix("<") {
      if isEndNoteXML(start) { return .endNoteXML }
      return isPubMedXML(start) ? .pubmedXML : nil
    }
    if hasRISTypeLine(text) { return .ris }
    if hasWebOfScienceStart(text) { return .webOfScience }
    if hasMEDLINEField(text) { return .medline }
    if hasBibTeXEntry(text) { return .bibtex }
    if hasCSVHeaderRow(text) { return .csv }
    return nil
  }

  /// PubMed XML has one of its root elements near the top, after any declaration and DOCTYPE.
  private static func isPubMedXML(_ text: Substring) -> Bool {
    let roots = ["<PubmedArticleSet", "<PubmedArticle", "<PubmedBookArticle"]
    return roots.contains { text.contains($0) }
  }

  /// EndNote XML's root is `<xml>`, after any declaration and a DOCTYPE naming it, with
  /// `<records>` in it. (A DOCTYPE is not EndNote's, but the reader must see such a file to
  /// refuse its entities with the reason, rather than call it no format at all.)
  private static func isEndNoteXML(_ text: Substring) -> Bool {
    var rest = text
    if rest.hasPrefix("<?xml"), let end = rest.firstRange(of: "?>") {
      rest = rest[end.upperBound...].drop { $0.isWhitespace }
    }
    let isRoot =
      rest.hasPrefix("<xml>") || rest.hasPrefix("<xml ") || rest.hasPrefix("<!DOCTYPE xml")
    return isRoot && rest.contains("<records")
  }

  /// True when a line starts with a field that only MEDLINE writes, in MEDLINE's spacing
  /// (`PMID- `, `FAU - `, `JT  - `).
  ///
  /// RIS shares the spacing and some tags (`TI  - `, `AU  - `), so only a file without a RIS
  /// type line gets this far, and a tag both formats use does not count.
  private static func hasMEDLINEField(_ text: String) -> Bool {
    let tags = [
      "PMID- ", "PMC - ", "FAU - ", "JT  - ", "SO  - ", "STAT- ", "OWN - ", "BTI - ", "LID - ",
      "AID - ", "MH  - ",
    ]
    for line in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
      let trimmed = line.drop { $0 == "\u{FEFF}" }
      if tags.contains(where: { trimmed.hasPrefix($0) }) { return true }
    }
    return false
  }

  /// True when the file starts as Web of Science writes it: the `FN ` header line, or, for a
  /// file whose header was cut off, a record's `PT ` line followed by two-letter tag lines
  /// (`AU `, `TI `) with no RIS dash.
  private static func hasWebOfScienceStart(_ text: String) -> Bool {
    let lines = text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline)
      .lazy.map { $0.drop { $0 == "\u{FEFF}" } }.prefix(3)
    guard let first = lines.first else { return false }
    if first.hasPrefix("FN ") { return true }
    guard first.hasPrefix("PT "), lines.count == 3 else { return false }
    return lines.dropFirst().allSatisfy { line in
      let tag = line.prefix(2)
      return tag.count == 2 && tag.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) }
        && line.dropFirst(2).first == " " && line.dropFirst(3).first != "-"
    }
  }

  /// True when the first line is a CSV header row: two or more names separated by commas,
  /// semicolons or tabs, unquoted or quoted, one of which a CSV dialect litrev reads has.
  ///
  /// Only a file that is in no other format gets this far; the CSV reader then tells PubMed's,
  /// Scopus's and ASReview's headers apart, or refuses the file with the headers it expected.
  private static func hasCSVHeaderRow(_ text: String) -> Bool {
    guard
      let line = text.split(whereSeparator: \.isNewline).first?.drop(while: { $0 == "\u{FEFF}" })
    else { return false }
    for delimiter: Character in [",", ";", "\t"] {
      let names = line.split(separator: delimiter, omittingEmptySubsequences: false).map {
        cell in
        let name = Substring(cell.trimmingWhitespace())
        return name.count >= 2 && name.hasPrefix("\"") && name.hasSuffix("\"")
          ? name.dropFirst().dropLast() : name
      }
      if names.count >= 2,
        names.contains(where: { CSVDialect.knownHeaders.contains($0.lowercased()) })
      {
        return true
      }
    }
    return false
  }

  /// True when a line starts (after white space) with a BibTeX entry: `@`, a type, and the `{` or
  /// `(` of its body (`@article{`, `@Comment{jabref-meta: …}`, `@STRING (`).
  private static func hasBibTeXEntry(_ text: String) -> Bool {
    for line in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
      var rest = line.drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
      guard rest.first == "@" else { continue }
      rest = rest.dropFirst()
      let type = rest.prefix { $0.isASCII && $0.isLetter }
      guard !type.isEmpty else { continue }
      let after = rest.dropFirst(type.count).drop { $0 == " " || $0 == "\t" }
      if after.first == "{" || after.first == "(" { return true }
    }
    return false
  }

  /// True when a line starts with the RIS type tag, `TY  - `.
  ///
  /// Spacing after the tag varies between exporters, and free text may come first; the tag
  /// itself starts the line, as the reader requires.
  private static func hasRISTypeLine(_ text: String) -> Bool {
    for line in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
      let trimmed = line.drop { $0 == "\u{FEFF}" }
      guard trimmed.hasPrefix("TY") else { continue }
      let rest = trimmed.dropFirst(2).drop { $0 == " " || $0 == "\t" }
      if rest.hasPrefix("-") { return true }
    }
    return false
  }
}
