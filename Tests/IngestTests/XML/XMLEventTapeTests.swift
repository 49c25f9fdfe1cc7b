import Foundation
import ReviewTestSupport
import Testing

@testable import Ingest

/// Writes down every event as text: names, attributes, lines, offsets and text pieces.
private final class EventLog: XMLEventHandler {
  private(set) var lines: [String] = []
  /// False once a name came at two addresses (handlers cache elements by a name's address).
  private(set) var namesKeepTheirAddresses = true
  private var addresses: [String: UnsafePointer<UInt8>] = [:]

  func startElement(_ tag: XMLStartTag) {
    var attributes: [String] = []
    for index in 0..<tag.attributeCount {
      guard let pointers = tag.attributes, let name = pointers[index * 5],
        let start = pointers[index * 5 + 3], let end = pointers[index * 5 + 4]
      else { continue }
      let value = String(
        decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
      attributes.append("\(spell(name))=\(value)")
    }
    lines.append(
      "start \(tag.prefix.map(spell) ?? "-"):\(spell(tag.localName)) line \(tag.line) at "
        + "\(tag.startOffset.map(String.init) ?? "?") \(attributes)")
  }

  func endElement(_ tag: XMLEndTag) {
    lines.append(
      "end \(tag.prefix.map(spell) ?? "-"):\(spell(tag.localName)) at "
        + "\(tag.endOffset.map(String.init) ?? "?")")
  }

  func characters(_ text: UnsafeBufferPointer<UInt8>) {
    lines.append("text \(String(decoding: text, as: UTF8.self).debugDescription)")
  }

  func warning(_ warning: XMLReadError) {
    lines.append("warning \(warning)")
  }

  func log(_ error: XMLReadError) {
    lines.append("error \(error)")
  }

  private func spell(_ name: UnsafePointer<UInt8>) -> String {
    let text = String(cString: name)
    if let known = addresses[text], known != name { namesKeepTheirAddresses = false }
    addresses[text] = name
    return text
  }
}

/// A tape plays back exactly the events libxml2 reported, however the file is cut into chunks.
@Suite struct XMLEventTapeTests {
  static var fixtures: [String] {
    ["pubmed", "endnote"].flatMap { folder in
      let path = TestFiles.fixture(folder, in: "IngestTests")
      let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
      return names.sorted().filter { $0.hasSuffix(".xml") }.map { "\(folder)/\($0)" }
    }
  }

  /// Feeds `bytes` to `parser` `chunkSize` bytes at a time, calling `afterEach` after every
  /// chunk, until the end or the first error.
  private func feed<Handler>(
    _ bytes: [UInt8], to parser: XMLPushParser<Handler>, chunkSize: Int,
    afterEach: () -> Void, onError: (XMLReadError) -> Void
  ) {
    var start = 0
    do {
      while start < bytes.count {
        let end = min(start + chunkSize, bytes.count)
        try bytes[start..<end].withUnsafeBytes { try parser.parse($0) }
        afterEach()
        start = end
      }
      try parser.finish()
      afterEach()
    } catch let error as XMLReadError {
      afterEach()
      onError(error)
    } catch {
      Issue.record(error)
    }
  }

  @Test(arguments: fixtures, [7, 4096])
  func aTapePlaysBackWhatTheParserReported(fixture: String, chunkSize: Int) throws {
    let path = TestFiles.fixture(fixture, in: "IngestTests")
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))

    let direct = EventLog()
    let directParser = XMLPushParser(documentName: "f", handler: direct)
    feed(bytes, to: directParser, chunkSize: chunkSize, afterEach: {}, onError: direct.log)

    let played = EventLog()
    let recorder = XMLEventRecorder(locating: .all)
    let player = XMLEventPlayer()
    let recordingParser = XMLPushParser(documentName: "f", handler: recorder)
    feed(
      bytes, to: recordingParser, chunkSize: chunkSize,
      afterEach: { player.play(recorder.takeTape(), to: played) }, onError: played.log)

    #expect(!direct.lines.isEmpty)
    #expect(played.lines == direct.lines)
    #expect(played.namesKeepTheirAddresses)
  }

  @Test func offsetsAreLeftOutUnlessAskedFor() throws {
    func played(locating located: XMLEventRecorder.LocatedElements) throws -> [String] {
      let recorder = XMLEventRecorder(locating: located)
      let parser = XMLPushParser(documentName: "f", handler: recorder)
      try Array("<a x='1'><b>t</b></a>".utf8).withUnsafeBytes { try parser.parse($0) }
      try parser.finish()
      let log = EventLog()
      XMLEventPlayer().play(recorder.takeTape(), to: log)
      return log.lines
    }
    #expect(
      try played(locating: .none) == [
        "start -:a line 1 at ? [\"x=1\"]", "start -:b line 1 at ? []", "text \"t\"",
        "end -:b at ?", "end -:a at ?",
      ])
    #expect(
      try played(locating: .named(["b", "x", "ab"])) == [
        "start -:a line 1 at ? [\"x=1\"]", "start -:b line 1 at 9 []", "text \"t\"",
        "end -:b at 17", "end -:a at ?",
      ])
  }
}
