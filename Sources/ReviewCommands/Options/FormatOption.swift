import ArgumentParser
import ReviewModel

/// `--format auto|pubmed-xml|ris|medline|bibtex`: which reader to use; `auto` sniffs the content.
enum FormatChoice: String, ExpressibleByArgument, CaseIterable {
  case auto
  case pubmedXML = "pubmed-xml"
  case ris
  case medline
  case bibtex

  /// The format asked for, or nil for `auto`.
  var sourceFormat: SourceFormat? {
    switch self {
    case .auto: nil
    case .pubmedXML: .pubmedXML
    case .ris: .ris
    case .medline: .medline
    case .bibtex: .bibtex
    }
  }
}
