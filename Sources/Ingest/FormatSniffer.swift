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
      return isPubMedXML(start) ? .pubmedXML : nil
    }
    if hasRISTypeLine(text) { return .ris }
    if hasMEDLINEField(text) { return .medline }
    if hasBibTeXEntry(text) { return .bibtex }
    return nil
  }

  /// PubMed XML has one of its root elements near the top, after any declaration and DOCTYPE.
  private static func isPubMedXML(_ text: Substring) -> Bool {
    let roots = ["<PubmedArticleSet", "<PubmedArticle", "<PubmedBookArticle"]
    return roots.contains { text.contains($0) }
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
