extension Record {
  /// JSON keys, as `Schemas/record.schema.json` documents them.
  enum CodingKeys: String, CodingKey {
    case pmid, doi, pmcid, title, vernacularTitle, abstract, authors, year, publicationDate
    case journal, journalAbbreviation, volume, issue, pages, issn, keywords, meshHeadings
    case languages = "language"
    case publicationTypes, urls, notes, risType, sourceId, sourceDatabase, otherFields, location
    case originalText
  }

  /// Encodes every key on every record, `null` where a field is missing, so that a consumer never
  /// has to tell an absent key from an empty field.
  ///
  /// `originalText` and `location` are written only where a reader kept them.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(pmid, forKey: .pmid)
    try container.encode(doi, forKey: .doi)
    try container.encode(pmcid, forKey: .pmcid)
    try container.encode(title, forKey: .title)
    try container.encode(vernacularTitle, forKey: .vernacularTitle)
    try container.encode(abstract, forKey: .abstract)
    try container.encode(authors, forKey: .authors)
    try container.encode(year, forKey: .year)
    try container.encode(publicationDate, forKey: .publicationDate)
    try container.encode(journal, forKey: .journal)
    try container.encode(journalAbbreviation, forKey: .journalAbbreviation)
    try container.encode(volume, forKey: .volume)
    try container.encode(issue, forKey: .issue)
    try container.encode(pages, forKey: .pages)
    try container.encode(issn, forKey: .issn)
    try container.encode(keywords, forKey: .keywords)
    try container.encode(meshHeadings.map(\.medlineText), forKey: .meshHeadings)
    try container.encode(languages, forKey: .languages)
    try container.encode(publicationTypes, forKey: .publicationTypes)
    try container.encode(urls, forKey: .urls)
    try container.encode(notes, forKey: .notes)
    try container.encode(risType, forKey: .risType)
    try container.encode(sourceId, forKey: .sourceId)
    try container.encode(sourceDatabase, forKey: .sourceDatabase)
    try container.encode(otherFields, forKey: .otherFields)
    try container.encodeIfPresent(location, forKey: .location)
    try container.encodeIfPresent(originalText, forKey: .originalText)
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    func list<T: Decodable>(_ key: CodingKeys) throws -> [T] {
      try container.decodeIfPresent([T].self, forKey: key) ?? []
    }
    self.init(
      pmid: try container.decodeIfPresent(String.self, forKey: .pmid),
      doi: try container.decodeIfPresent(String.self, forKey: .doi),
      pmcid: try container.decodeIfPresent(String.self, forKey: .pmcid),
      title: try container.decodeIfPresent(String.self, forKey: .title),
      vernacularTitle: try container.decodeIfPresent(String.self, forKey: .vernacularTitle),
      abstract: try container.decodeIfPresent(String.self, forKey: .abstract),
      authors: try list(.authors),
      year: try container.decodeIfPresent(Int.self, forKey: .year),
      publicationDate: try container.decodeIfPresent(String.self, forKey: .publicationDate),
      journal: try container.decodeIfPresent(String.self, forKey: .journal),
      journalAbbreviation: try container.decodeIfPresent(String.self, forKey: .journalAbbreviation),
      volume: try container.decodeIfPresent(String.self, forKey: .volume),
      issue: try container.decodeIfPresent(String.self, forKey: .issue),
      pages: try container.decodeIfPresent(String.self, forKey: .pages),
      issn: try container.decodeIfPresent(String.self, forKey: .issn),
      keywords: try list(.keywords),
      meshHeadings: (try list(.meshHeadings) as [String]).map(MeshHeading.init(medlineText:)),
      languages: try list(.languages),
      publicationTypes: try list(.publicationTypes),
      urls: try list(.urls),
      notes: try list(.notes),
      risType: try container.decodeIfPresent(String.self, forKey: .risType),
      sourceId: try container.decodeIfPresent(String.self, forKey: .sourceId),
      sourceDatabase: try container.decodeIfPresent(String.self, forKey: .sourceDatabase),
      otherFields: try list(.otherFields),
      location: try container.decodeIfPresent(SourceLocation.self, forKey: .location),
      originalText: try container.decodeIfPresent(String.self, forKey: .originalText)
    )
  }
}

extension MeshHeading {
  /// Reads the MEDLINE text form, `Descriptor/Qualifier/Qualifier`, with `*` marking a major topic.
  public init(medlineText: String) {
    // Every heading a MEDLINE export holds, and every stored heading read back when records are
    // listed or screened, comes through here (a dozen a record), so ASCII text is read on its
    // bytes; other text takes the general path, where trimming follows Unicode's white space.
    self = Self.asciiHeading(medlineText) ?? Self(generalMedlineText: medlineText)
  }

  /// The general reading, for any text.
  init(generalMedlineText text: String) {
    let isMajor = text.utf8.contains(UInt8(ascii: "*"))
    let parts = text.utf8.split(separator: UInt8(ascii: "/")).map { bytes in
      let part = Substring(bytes)
      guard isMajor else { return part.trimmingWhitespace() }
      return String(decoding: bytes.filter { $0 != UInt8(ascii: "*") }, as: UTF8.self)
        .trimmingWhitespace()
    }
    self.init(
      descriptor: parts.first ?? "", qualifiers: Array(parts.dropFirst()), isMajorTopic: isMajor)
  }

  /// The same reading on the bytes of ASCII text, without an array of parts or a Substring per
  /// part; nil for text that is not all ASCII.
  static func asciiHeading(_ text: String) -> MeshHeading? {
    var copy = text
    return copy.withUTF8 { bytes -> MeshHeading? in
      var isMajor = false
      for byte in bytes {
        if byte >= 0x80 { return nil }
        if byte == 0x2A { isMajor = true }
      }
      var descriptor: String?
      var qualifiers: [String] = []
      var start = 0
      while start < bytes.count {
        var end = start
        while end < bytes.count && bytes[end] != 0x2F { end += 1 }
        if end > start {
          let part = asciiPart(UnsafeBufferPointer(rebasing: bytes[start..<end]), isMajor: isMajor)
          if descriptor == nil { descriptor = part } else { qualifiers.append(part) }
        }
        start = end + 1
      }
      return MeshHeading(
        descriptor: descriptor ?? "", qualifiers: qualifiers, isMajorTopic: isMajor)
    }
  }

  /// One part, trimmed of white space, without its `*` where the heading has one.
  private static func asciiPart(_ bytes: UnsafeBufferPointer<UInt8>, isMajor: Bool) -> String {
    var lower = 0
    var upper = bytes.count
    // The general path trims after taking the `*`s out: skip them while trimming here too.
    func isSkipped(_ byte: UInt8) -> Bool {
      byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || (isMajor && byte == 0x2A)
    }
    while lower < upper && isSkipped(bytes[lower]) { lower += 1 }
    while upper > lower && isSkipped(bytes[upper - 1]) { upper -= 1 }
    let trimmed = UnsafeBufferPointer(rebasing: bytes[lower..<upper])
    guard isMajor && trimmed.contains(0x2A) else {
      return String(decoding: trimmed, as: UTF8.self)
    }
    return String(decoding: trimmed.filter { $0 != 0x2A }, as: UTF8.self)
  }
}
