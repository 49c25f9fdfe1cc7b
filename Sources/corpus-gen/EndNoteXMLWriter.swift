import ReviewModel

/// Writes records as EndNote's XML export: `<xml><records><record>`, every value wrapped in a
/// `<style>` run as EndNote writes them.
struct EndNoteXMLWriter {
  let out: BufferedFileWriter

  func writeHeader() {
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" ?><xml><records>")
  }

  func write(_ record: Record, number: Int) {
    out.write("<record><database name=\"Bench.enl\" path=\"Bench.enl\">Bench.enl</database>")
    out.write("<source-app name=\"EndNote\" version=\"20.6\">EndNote</source-app><rec-number>")
    out.write(number)
    out.write(
      "</rec-number><ref-type name=\"Journal Article\">17</ref-type><contributors><authors>")
    for author in record.authors { styled("author", author.displayName) }
    out.write("</authors></contributors>")
    if let affiliation = record.authors.first?.affiliations.first {
      styled("auth-address", affiliation)
    }
    out.write("<titles>")
    styled("title", record.title)
    styled("secondary-title", record.journal)
    styled("alt-title", record.journalAbbreviation)
    out.write("</titles><periodical>")
    styled("full-title", record.journal)
    styled("abbr-1", record.journalAbbreviation)
    out.write("</periodical>")
    styled("pages", record.pages)
    styled("volume", record.volume)
    styled("number", record.issue)
    out.write("<keywords>")
    for keyword in record.keywords { styled("keyword", keyword) }
    for heading in record.meshHeadings { styled("keyword", heading.medlineText) }
    out.write("</keywords><dates>")
    styled("year", record.year.map(String.init))
    out.write("</dates>")
    styled("isbn", record.issn)
    styled("accession-num", record.pmid)
    styled("electronic-resource-num", record.doi)
    styled("remote-database-name", "PubMed")
    styled("language", record.languages.first)
    styled("abstract", record.abstract)
    out.write("</record>\n")
  }

  func writeFooter() {
    out.write("</records></xml>\n")
  }

  private func styled(_ element: String, _ value: String?) {
    guard let value, !value.isEmpty else { return }
    out.write("<\(element)><style face=\"normal\" font=\"default\" size=\"100%\">")
    out.writeXMLAttribute(value)
    out.write("</style></\(element)>")
  }
}
