import ReviewModel

/// Writes records as Web of Science tagged text: the `FN`/`VR` header, `AU`/`AF` one name a
/// line with three-space continuation lines, a wrapped `TI`, `DE` keywords, `ER` after each
/// record and `EF` at the end.
struct WoSTextWriter {
  let out: BufferedFileWriter

  func writeHeader() {
    out.write("FN Clarivate Analytics Web of Science\nVR 1.0\n")
  }

  func write(_ record: Record, accession: Int) {
    field("PT", "J")
    lines("AU", record.authors.map(\.displayName))
    lines("AF", record.authors.map(\.displayName))
    wrapped("TI", record.title)
    field("SO", record.journal?.uppercased())
    field("LA", "English")
    field("DT", "Article")
    wrapped("DE", record.keywords.isEmpty ? nil : record.keywords.joined(separator: "; "))
    field("AB", record.abstract)
    lines("C1", record.authors.flatMap(\.affiliations).prefix(3).map { $0 })
    field("SN", record.issn)
    field("JI", record.journalAbbreviation)
    field("PY", record.year.map(String.init))
    field("VL", record.volume)
    field("IS", record.issue)
    let pages = record.pages?.split(separator: "-").map(String.init) ?? []
    field("BP", pages.first)
    field("EP", pages.count > 1 ? pages[1] : nil)
    field("DI", record.doi)
    field("UT", "WOS:" + String(accession).leftPadded(to: 15))
    field("PM", record.pmid)
    out.write("ER\n\n")
  }

  func writeFooter() {
    out.write("EF\n")
  }

  private func field(_ tag: String, _ value: String?) {
    guard let value, !value.isEmpty else { return }
    out.write(tag)
    out.write(" ")
    out.write(value)
    out.write("\n")
  }

  private func lines(_ tag: String, _ values: [String]) {
    guard let first = values.first else { return }
    field(tag, first)
    for value in values.dropFirst() {
      out.write("   ")
      out.write(value)
      out.write("\n")
    }
  }

  /// A value wrapped at spaces to lines of about 70 characters, as Web of Science wraps titles.
  private func wrapped(_ tag: String, _ value: String?) {
    guard let value, !value.isEmpty else { return }
    var lines: [String] = []
    var line = ""
    for word in value.split(separator: " ") {
      if !line.isEmpty && line.count + word.count > 70 {
        lines.append(line)
        line = ""
      }
      line += (line.isEmpty ? "" : " ") + word
    }
    lines.append(line)
    self.lines(tag, lines)
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
