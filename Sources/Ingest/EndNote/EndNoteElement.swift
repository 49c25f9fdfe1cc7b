/// The elements of EndNote's XML export that litrev reads, told from their local names without
/// making Strings; every other element inside a record is `.other`, and its text is kept under
/// its name in ``Record/otherFields``.
///
/// EndNote's export (File → Export → XML) is `<xml><records><record>…</record></records></xml>`,
/// each value wrapped in one or more `<style face=… font=… size=…>` runs, which are not elements
/// of their own here: their text belongs to the element around them.
enum EndNoteElement: Equatable {
  case record
  case style
  case refType
  case authors
  case secondaryAuthors
  case author
  case title
  case secondaryTitle
  case altTitle
  case fullTitle
  case abbreviation
  case periodical
  case year
  case date
  case pages
  case volume
  case number
  case keyword
  case abstract
  case doi
  case accessionNumber
  case remoteDatabaseName
  case isbn
  case language
  case url
  case notes
  /// Elements that only hold others (`contributors`, `titles`, `dates`, `urls`, `keywords`…).
  case container
  case other

  /// The element of `name`, a NUL-terminated local name.
  init(_ name: UnsafePointer<UInt8>) {
    switch name[0] {
    case UInt8(ascii: "a"):
      if XMLBytes.equal(name, "author") { self = .author; return }
      if XMLBytes.equal(name, "authors") { self = .authors; return }
      if XMLBytes.equal(name, "abstract") { self = .abstract; return }
      if XMLBytes.equal(name, "alt-title") { self = .altTitle; return }
      if XMLBytes.equal(name, "accession-num") { self = .accessionNumber; return }
      if XMLBytes.equal(name, "abbr-1") { self = .abbreviation; return }
    case UInt8(ascii: "s"):
      if XMLBytes.equal(name, "style") { self = .style; return }
      if XMLBytes.equal(name, "secondary-title") { self = .secondaryTitle; return }
      if XMLBytes.equal(name, "secondary-authors") { self = .secondaryAuthors; return }
    case UInt8(ascii: "t"):
      if XMLBytes.equal(name, "title") { self = .title; return }
      if XMLBytes.equal(name, "titles") { self = .container; return }
    case UInt8(ascii: "r"):
      if XMLBytes.equal(name, "record") { self = .record; return }
      if XMLBytes.equal(name, "ref-type") { self = .refType; return }
      if XMLBytes.equal(name, "related-urls") { self = .container; return }
      if XMLBytes.equal(name, "remote-database-name") { self = .remoteDatabaseName; return }
    case UInt8(ascii: "p"):
      if XMLBytes.equal(name, "pages") { self = .pages; return }
      if XMLBytes.equal(name, "periodical") { self = .periodical; return }
      if XMLBytes.equal(name, "pub-dates") { self = .container; return }
      if XMLBytes.equal(name, "pdf-urls") { self = .container; return }
    case UInt8(ascii: "c"):
      if XMLBytes.equal(name, "contributors") { self = .container; return }
    case UInt8(ascii: "d"):
      if XMLBytes.equal(name, "dates") { self = .container; return }
      if XMLBytes.equal(name, "date") { self = .date; return }
    case UInt8(ascii: "e"):
      if XMLBytes.equal(name, "electronic-resource-num") { self = .doi; return }
    case UInt8(ascii: "f"):
      if XMLBytes.equal(name, "full-title") { self = .fullTitle; return }
      if XMLBytes.equal(name, "foreign-keys") { self = .container; return }
    case UInt8(ascii: "i"):
      if XMLBytes.equal(name, "isbn") { self = .isbn; return }
    case UInt8(ascii: "k"):
      if XMLBytes.equal(name, "keyword") { self = .keyword; return }
      if XMLBytes.equal(name, "keywords") { self = .container; return }
    case UInt8(ascii: "l"):
      if XMLBytes.equal(name, "language") { self = .language; return }
    case UInt8(ascii: "n"):
      if XMLBytes.equal(name, "number") { self = .number; return }
      if XMLBytes.equal(name, "notes") { self = .notes; return }
    case UInt8(ascii: "u"):
      if XMLBytes.equal(name, "url") { self = .url; return }
      if XMLBytes.equal(name, "urls") { self = .container; return }
    case UInt8(ascii: "v"):
      if XMLBytes.equal(name, "volume") { self = .volume; return }
    case UInt8(ascii: "y"):
      if XMLBytes.equal(name, "year") { self = .year; return }
    default:
      break
    }
    self = .other
  }
}
