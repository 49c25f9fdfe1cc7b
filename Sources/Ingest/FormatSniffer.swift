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
    return nil
  }

  /// PubMed XML has one of its root elements near the top, after any declaration and DOCTYPE.
  private static func isPubMedXML(_ text: Substring) -> Bool {
    let roots = ["<PubmedArticleSet", "<PubmedArticle", "<PubmedBookArticle"]
    return roots.contains { text.contains($0) }
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
