extension Record {
  /// Writes the record as the JSON object that `litrev parse --json` prints.
  ///
  /// Every key is on every record, in sorted order, `null` where a field is missing; `location`
  /// and `originalText` only where a reader kept them. The same keys as ``encode(to:)``, which
  /// tests hold it to.
  ///
  /// - Parameter json: the writer to append to.
  public func write(to json: inout JSONWriter) {
    json.beginObject()
    json.key("abstract")
    json.string(abstract)
    json.key("authors")
    Author.write(authors, to: &json)
    json.key("doi")
    json.string(doi)
    json.key("issn")
    json.string(issn)
    json.key("issue")
    json.string(issue)
    json.key("journal")
    json.string(journal)
    json.key("journalAbbreviation")
    json.string(journalAbbreviation)
    json.key("keywords")
    json.strings(keywords)
    json.key("language")
    json.strings(languages)
    if let location {
      json.key("location")
      json.beginObject()
      if let column = location.column {
        json.key("column")
        json.int(column)
      }
      json.key("file")
      json.string(location.file)
      json.key("line")
      json.int(location.line)
      json.endObject()
    }
    json.key("meshHeadings")
    json.strings(meshHeadings.map(\.medlineText))
    json.key("notes")
    json.strings(notes)
    if let originalText {
      json.key("originalText")
      json.string(originalText)
    }
    json.key("otherFields")
    SourceField.write(otherFields, to: &json)
    json.key("pages")
    json.string(pages)
    json.key("pmcid")
    json.string(pmcid)
    json.key("pmid")
    json.string(pmid)
    json.key("publicationDate")
    json.string(publicationDate)
    json.key("publicationTypes")
    json.strings(publicationTypes)
    json.key("risType")
    json.string(risType)
    json.key("sourceDatabase")
    json.string(sourceDatabase)
    json.key("sourceId")
    json.string(sourceId)
    json.key("title")
    json.string(title)
    json.key("urls")
    json.strings(urls)
    json.key("vernacularTitle")
    json.string(vernacularTitle)
    json.key("volume")
    json.string(volume)
    json.key("year")
    json.int(year)
    json.endObject()
  }
}

extension Author {
  /// Writes `authors` as a JSON array, each as ``encode(to:)`` does.
  ///
  /// - Parameters:
  ///   - authors: the authors, in order.
  ///   - json: the writer to append to.
  public static func write(_ authors: [Author], to json: inout JSONWriter) {
    json.beginArray()
    for author in authors {
      json.beginObject()
      if !author.affiliations.isEmpty {
        json.key("affiliations")
        json.strings(author.affiliations)
      }
      switch author.name {
      case .person(let family, let given):
        json.key("family")
        json.string(family)
        json.key("given")
        json.string(given)
      case .collective(let name):
        json.key("collective")
        json.string(name)
      }
      json.endObject()
    }
    json.endArray()
  }
}

extension SourceField {
  /// Writes `fields` as a JSON array of `{"tag", "value"}` objects.
  ///
  /// - Parameters:
  ///   - fields: the fields, in file order.
  ///   - json: the writer to append to.
  public static func write(_ fields: [SourceField], to json: inout JSONWriter) {
    json.beginArray()
    for field in fields {
      json.beginObject()
      json.key("tag")
      json.string(field.tag)
      json.key("value")
      json.string(field.value)
      json.endObject()
    }
    json.endArray()
  }
}
