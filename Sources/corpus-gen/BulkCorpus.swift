import Ingest

/// Large corpora for benchmarks: any number of records, streamed to a file as they are composed.
struct BulkCorpus {
  /// Records are dated up to this day, so that the corpus spans 1998 to 2026.
  static let latest = CalendarDate(year: 2026, month: 6, day: 30)
  /// How many recent records later records' reference lists may cite.
  static let citableWindow = 256

  let composer = StudyComposer(latest: Self.latest)
  let seed: UInt64

  /// Writes `count` records as PubMed XML, with ascending PMIDs as in a baseline file.
  func writePubMed(count: Int, to output: BufferedFileWriter) {
    let writer = PubMedXMLWriter(output: output)
    writer.writeHeader()
    forEachStudy(count: count) { writer.write($0) }
    writer.writeFooter()
  }

  /// Writes `count` records as an Embase RIS export.
  func writeRIS(count: Int, to output: BufferedFileWriter, crlf: Bool, byteOrderMark: Bool) {
    let writer = EmbaseRISWriter(output: output, crlf: crlf)
    if byteOrderMark { writer.writeByteOrderMark() }
    var accessions = SeededGenerator(seed: seed, stream: UInt64.max)
    var request = StudyRequest()
    request.pubmedOnlyFields = false
    forEachStudy(count: count, request: request) { study in
      let accession = EmbaseAccession.make(year: study.issueDate.date.year, random: &accessions)
      writer.write(
        EmbaseRecord(study: study, accession: accession, medlineCopy: study.pmid % 3 == 0))
    }
  }

  /// The formats written from each study's record.
  enum RecordFormat: String, CaseIterable, Sendable {
    case medline
    case bibtex
    case wos
    case endnoteXML = "endnote-xml"
  }

  /// Writes `count` records in `format`, through litrev's own writers for MEDLINE and BibTeX.
  func writeRecords(count: Int, format: RecordFormat, to output: BufferedFileWriter) {
    let wos = WoSTextWriter(out: output)
    let endNote = EndNoteXMLWriter(out: output)
    switch format {
    case .wos: wos.writeHeader()
    case .endnoteXML: endNote.writeHeader()
    case .medline, .bibtex: break
    }
    var number = 0
    forEachStudy(count: count) { study in
      number += 1
      let record = study.record
      switch format {
      case .medline: output.write(MEDLINEWriter().text(for: record))
      case .bibtex: output.write(BibTeXWriter().text(for: record, position: number))
      case .wos: wos.write(record, accession: 221_807_500_000 + number)
      case .endnoteXML: endNote.write(record, number: number)
      }
    }
    switch format {
    case .wos: wos.writeFooter()
    case .endnoteXML: endNote.writeFooter()
    case .medline, .bibtex: break
    }
  }

  private func forEachStudy(
    count: Int, request: StudyRequest = StudyRequest(), _ body: (Study) -> Void
  ) {
    var citable: [CitedWork] = []
    citable.reserveCapacity(Self.citableWindow)
    var pmid = 30_000_000
    var steps = SeededGenerator(seed: seed, stream: UInt64.max - 1)
    for index in 0..<count {
      pmid += 1 + steps.int(below: 3)
      var random = SeededGenerator(seed: seed, stream: UInt64(index))
      let study = composer.compose(pmid: pmid, request: request, citable: citable, random: &random)
      body(study)
      let cited = StudyComposer.citedWork(for: study)
      if citable.count < Self.citableWindow {
        citable.append(cited)
      } else {
        citable[index % Self.citableWindow] = cited
      }
    }
  }
}
