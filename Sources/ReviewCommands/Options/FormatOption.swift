import ArgumentParser
import ReviewModel

/// `--format auto|pubmed-xml|ris|medline|bibtex|wos|endnote-xml|csv`: which reader to use; `auto` sniffs the content.
enum FormatChoice: String, ExpressibleByArgument, CaseIterable {
  case auto
  case pubmedXML = "pubmed-xml"
  case ris
  case medline
  case bibtex
  case wos
  case endnoteXML = "endnote-xml"
  case csv

  /// The format asked for, or nil for `auto`.
  var sourceFormat: SourceFormat? {
    switch self {
    case .auto: nil
    case .pubmedXML: .pubmedXML
    case .ris: .ris
    case .medline: .medline
    case .bibtex: .bibtex
    case .wos: .webOfScience
    case .endnoteXML: .endNoteXML
    case .csv: .csv
    }
  }
}
