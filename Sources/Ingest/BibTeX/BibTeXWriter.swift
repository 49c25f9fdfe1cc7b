import ReviewModel

/// Writes records as BibTeX, for Zotero, JabRef and the other reference managers that read it.
///
/// Each record becomes one entry, with the fields `BibTeXReader` reads back into the same record
/// fields: the entry type from the RIS type (`@article` for `JOUR`, `@incollection` for `CHAP`,
/// …, `@misc` for the rest), the citation key from the source id where it can be one, else
/// made from the first author, the year and the record's place. Text is escaped for LaTeX
/// (`\&`, `\%`, `\{`, …), and a doubled hyphen is split (`-{}-`) so that it stays two hyphens
/// rather than becoming an en dash. A record from a BibTeX file keeps its other fields.
public struct BibTeXWriter: Sendable {
  public init() {}

  /// One record as a BibTeX entry, and a blank line after it.
  ///
  /// - Parameters:
  ///   - record: the record.
  ///   - position: its place in the export, from 1, for a key of its own when it has none.
  ///   - keepsOtherFields: write the record's other fields too (for a record read from BibTeX,
  ///     whose other fields are BibTeX fields).
  public func text(for record: Record, position: Int, keepsOtherFields: Bool = false) -> String {
    let readType =
      keepsOtherFields ? record.otherFields.first { $0.tag == "ENTRYTYPE" }?.value : nil
    let type =
      readType ?? Self.entryTypes[record.risType ?? ""]
      ?? (record.journal == nil ? "misc" : "article")
    var fields: [(String, String)] = []
    func add(_ name: String, _ value: String?, verbatim: Bool = false) {
      guard let value, !value.isEmpty else { return }
      fields.append((name, verbatim ? Self.verbatim(value) : Self.escaped(value)))
    }
    if !record.authors.isEmpty {
      fields.append(("author", record.authors.map(Self.name).joined(separator: " and ")))
    }
    add("title", record.title)
    let container =
      ["incollection", "inproceedings", "inbook"].contains(type) ? "booktitle" : "journal"
    add(container, record.journal)
    add("shortjournal", record.journalAbbreviation)
    add("year", record.year.map(String.init))
    if record.publicationDate != record.year.map(String.init) {
      add("date", record.publicationDate)
    }
    add("volume", record.volume)
    add("number", record.issue)
    add("pages", record.pages)
    add("doi", record.doi, verbatim: true)
    add("pmid", record.pmid, verbatim: true)
    add("pmcid", record.pmcid, verbatim: true)
    add("issn", record.issn)
    add("url", record.urls.first, verbatim: true)
    add("abstract", record.abstract)
    add("keywords", record.keywords.isEmpty ? nil : record.keywords.joined(separator: "; "))
    add("language", record.languages.isEmpty ? nil : record.languages.joined(separator: "; "))
    add("document_type", record.publicationTypes.first)
    add("note", record.notes.isEmpty ? nil : record.notes.joined(separator: "\n"))
    add("source", record.sourceDatabase)
    if keepsOtherFields {
      for field in record.otherFields where field.tag != "ENTRYTYPE" && Self.isName(field.tag) {
        add(field.tag, field.value)
      }
    }
    var text = "@\(type){\(key(for: record, position: position)),\n"
    text += fields.map { "  \($0.0) = {\($0.1)}" }.joined(separator: ",\n")
    return text + "\n}\n\n"
  }

  /// The citation key: the source id where it has only the characters a key may hold, else
  /// `family` + year + `-` + position, in ASCII letters and digits.
  private func key(for record: Record, position: Int) -> String {
    if let id = record.sourceId, !id.isEmpty, Self.isName(id) { return id }
    let family = record.authors.first.map(\.familyOrCollective) ?? "record"
    let letters = family.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic }
    let stem = letters.isEmpty ? "record" : String(String.UnicodeScalarView(letters)).lowercased()
    return stem + (record.year.map(String.init) ?? "") + "-\(position)"
  }

  /// True when `text` can stand as a key or a field name: ASCII letters, digits and `-_:.`.
  private static func isName(_ text: String) -> Bool {
    !text.isEmpty
      && text.unicodeScalars.allSatisfy {
        $0.isASCII
          && ($0.properties.isAlphabetic || ("0"..."9").contains($0)
            || "-_:./".unicodeScalars.contains($0))
      }
  }

  /// `Family, Given` with the family braced where it has spaces (`{van der Berg}`), so that
  /// BibTeX's name splitting keeps it whole; a collective braced whole.
  private static func name(_ author: Author) -> String {
    switch author.name {
    case .collective(let name): return "{\(escaped(name))}"
    case .person(let family, let given):
      let last = family.contains(" ") ? "{\(escaped(family))}" : escaped(family)
      guard let given, !given.isEmpty else { return last }
      return "\(last), \(escaped(given))"
    }
  }

  /// Text with LaTeX's special characters escaped, hyphen runs and quote pairs split so that
  /// they read back as written, and a line break written as a blank line (a paragraph).
  static func escaped(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count + 8)
    var previous: Character?
    for character in text {
      switch character {
      case "\\": out += "\\textbackslash{}"
      case "{", "}", "&", "%", "$", "#", "_": out += "\\\(character)"
      case "~": out += "\\textasciitilde{}"
      case "\n": out += "\n\n"
      case "-" where previous == "-", "'" where previous == "'", "`" where previous == "`":
        out += "{}\(character)"
      default: out.append(character)
      }
      previous = character
    }
    return out
  }

  /// An identifier or a link, which the reader takes verbatim: only braces would break it.
  private static func verbatim(_ text: String) -> String {
    text.filter { $0 != "{" && $0 != "}" }
  }

  /// BibTeX entry types for RIS types.
  private static let entryTypes: [String: String] = [
    "JOUR": "article", "EJOUR": "article", "MGZN": "article", "NEWS": "article",
    "BOOK": "book", "EDBOOK": "book", "CHAP": "incollection", "CPAPER": "inproceedings",
    "CONF": "inproceedings", "THES": "phdthesis", "RPRT": "techreport", "UNPB": "unpublished",
    "ELEC": "online", "GEN": "misc",
  ]
}
