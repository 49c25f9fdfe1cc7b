import ReviewModel

/// Two records side by side, field by field, with the fields that differ marked: what a
/// reviewer sees when judging a pair.
///
/// Pure (records in, lines out), so the line-oriented `litrev dedupe --review` and a full-screen
/// terminal interface show the same thing.
public struct PairComparison: Sendable, Hashable {
  /// One field of both records.
  public struct Row: Sendable, Hashable {
    public var label: String
    public var left: String
    public var right: String
    /// True when the values differ beyond case, punctuation and spelling.
    public var differs: Bool
  }

  public var left: DeduplicationItem
  public var right: DeduplicationItem
  public var score: PairScore?

  public init(_ left: DeduplicationItem, _ right: DeduplicationItem, score: PairScore? = nil) {
    self.left = left
    self.right = right
    self.score = score
  }

  /// The fields either record has, in reading order.
  public var rows: [Row] {
    func text(_ record: Record, _ field: (Record) -> String?) -> String {
      field(record) ?? ""
    }
    let fields: [(String, (Record) -> String?)] = [
      ("Title", \.title),
      (
        "Authors",
        { $0.authors.isEmpty ? nil : $0.authors.map(\.displayName).joined(separator: "; ") }
      ),
      ("Year", { $0.year.map(String.init) }),
      ("Journal", \.journal),
      ("Abbreviation", \.journalAbbreviation),
      ("Volume", \.volume),
      ("Issue", \.issue),
      ("Pages", \.pages),
      ("DOI", \.doi),
      ("PMID", \.pmid),
      (
        "Type",
        { record in
          let types =
            record.publicationTypes + record.otherFields.filter { $0.tag == "M3" }.map(\.value)
          return types.isEmpty ? record.risType : types.joined(separator: "; ")
        }
      ),
      ("Abstract", { $0.abstract.map { String($0.prefix(160)) + ($0.count > 160 ? "…" : "") } }),
    ]
    var rows: [Row] = []
    for (label, field) in fields {
      let a = text(left.record, field)
      let b = text(right.record, field)
      if a.isEmpty && b.isEmpty { continue }
      rows.append(
        Row(label: label, left: a, right: b, differs: Self.folded(a) != Self.folded(b)))
    }
    return rows
  }

  /// The comparison as lines of at most `width` characters: a header naming each record, then
  /// a row per field, `*` in the first column where the records differ.
  public func lines(width: Int = 100) -> [String] {
    let labelWidth = 12
    let column = max(12, (width - labelWidth - 5) / 2)
    var lines: [String] = []
    let headerLeft =
      "record \(left.id) (\(left.source)\(left.record.sourceId.map { " " + $0 } ?? ""))"
    let headerRight =
      "record \(right.id) (\(right.source)\(right.record.sourceId.map { " " + $0 } ?? ""))"
    lines.append(
      "  " + pad("", labelWidth) + " " + pad(headerLeft, column) + " | " + headerRight)
    for row in rows {
      let leftLines = Self.wrap(row.left, column)
      let rightLines = Self.wrap(row.right, column)
      for index in 0..<max(leftLines.count, rightLines.count) {
        let marker = index == 0 && row.differs ? "* " : "  "
        let label = index == 0 ? row.label : ""
        let l = index < leftLines.count ? leftLines[index] : ""
        let r = index < rightLines.count ? rightLines[index] : ""
        let line = marker + pad(label, labelWidth) + " " + pad(l, column) + " | " + r
        lines.append(String(line.reversed().drop(while: { $0 == " " }).reversed()))
      }
    }
    if let score {
      var summary = "score " + Self.format(score.value)
      if !score.matched.isEmpty {
        summary += "; agree: " + score.matched.map(\.rawValue).joined(separator: ", ")
      }
      if !score.conflicting.isEmpty {
        summary += "; differ: " + score.conflicting.map(\.rawValue).joined(separator: ", ")
      }
      if let reason = score.keptApart { summary += "; flagged: " + reason.rawValue }
      lines.append(summary)
    }
    return lines
  }

  /// `value` with two decimals.
  public static func format(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    return "\(hundredths / 100)." + (hundredths % 100 < 10 ? "0" : "") + "\(hundredths % 100)"
  }

  private static func folded(_ text: String) -> String {
    TextFolding.words(text).map(TextFolding.spelling).joined(separator: " ")
  }

  private func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }

  /// `text` broken into lines of at most `width` characters, at spaces where it can be.
  static func wrap(_ text: String, _ width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      var word = Substring(word)
      while word.count > width {
        if !current.isEmpty {
          lines.append(current)
          current = ""
        }
        lines.append(String(word.prefix(width)))
        word = word.dropFirst(width)
      }
      if current.isEmpty {
        current = String(word)
      } else if current.count + 1 + word.count <= width {
        current += " " + word
      } else {
        lines.append(current)
        current = String(word)
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines.isEmpty ? [""] : lines
  }
}
