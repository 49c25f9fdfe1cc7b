import ArgumentParser
import Foundation
import ReviewModel
import ReviewStore

extension LitRev {
  /// `litrev log [ID]`: the audit trail.
  struct Log: ReviewCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show the audit trail: every event with who, when, what, why and how.",
      discussion: """
        Without an id, the whole log of the project, oldest first; with one, the events about \
        that record. The log is append-only: a changed decision is a new event.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @Argument(help: "Only the events about this record.")
    var id: Int64?

    @Flag(help: "Print the events as one JSON array.")
    var json = false

    func execute() async throws(CommandFailure) {
      let (_, store) = try project.openStore()
      let entries: [AuditEntry]
      do {
        if let id { _ = try store.record(id: id) }
        entries = try store.auditTrail(recordID: id)
      } catch {
        throw CommandFailure(error)
      }
      let output = BufferedWriter(.output)
      if json {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        output.write("[")
        for (index, entry) in entries.enumerated() {
          output.write(index == 0 ? "\n" : ",\n")
          // Every field is a string, a number or a dictionary of strings: encoding cannot fail.
          if let data = try? encoder.encode(AuditEntryJSON(entry)) { output.write(bytes: data) }
        }
        output.write(entries.isEmpty ? "]\n" : "\n]\n")
        return
      }
      var table = TextTable(headers: ["Event", "When", "Record", "Who", "What", "Why", "How"])
      table.rightAligned = [0, 2]
      for entry in entries {
        table.rows.append(Self.row(entry))
      }
      output.write(table.render())
      output.write("\(entries.count) event\(entries.count == 1 ? "" : "s")\n")
    }

    private static func row(_ entry: AuditEntry) -> [String] {
      let event = entry.event
      let what: String
      var why: [String] = []
      if let decision = entry.decision {
        let verdict = "\(decision.verdict.commandLineName) at \(decision.stage.commandLineName)"
        what = decision.method == .resolution ? "resolved as \(verdict)" : verdict
        why += [decision.reason, decision.note.map { "note: \($0)" }].compactMap { $0 }
        if let runBy = event.payload["run_by"] { why.append("run by \(runBy)") }
      } else {
        switch event.kind {
        case .projectCreated:
          what = "made the project"
          why += [event.payload["title"]].compactMap { $0 }
        case .recordsImported:
          what = "imported \(event.payload["records"] ?? "?") records"
          why += [event.payload["file"], event.payload["source"]].compactMap { $0 }
        case .screeningDecisionRetracted:
          let verdict = event.payload["verdict"].flatMap(Verdict.init(rawValue:))
          let stage = event.payload["stage"].flatMap(ScreeningStage.init(rawValue:))
          what =
            "took back \(verdict?.commandLineName ?? "?") at \(stage?.commandLineName ?? "?")"
        case .extractionRecorded, .extractionResolved:
          let verb = event.kind == .extractionResolved ? "resolved" : "extracted"
          what = "\(verb) \(event.payload["field"] ?? "?") = \(event.payload["value"] ?? "")"
          why += [event.payload["imported_from"]].compactMap { $0 }
        default:
          what = event.kind.rawValue
          why += event.payload.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
        }
      }
      return [
        String(event.id), event.createdAt, event.recordID.map(String.init) ?? "", event.actor,
        what, why.joined(separator: "; ").truncated(to: 60), event.method,
      ]
    }
  }
}

/// An audit entry as `log --json` prints it.
private struct AuditEntryJSON: Encodable {
  var entry: AuditEntry

  init(_ entry: AuditEntry) {
    self.entry = entry
  }

  private enum CodingKeys: String, CodingKey {
    case id, uuid, kind, actor, method, batch, record, payload, time, decision
  }

  func encode(to encoder: any Encoder) throws {
    let event = entry.event
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(event.id, forKey: .id)
    try container.encode(event.uuid, forKey: .uuid)
    try container.encode(event.kind.rawValue, forKey: .kind)
    try container.encode(event.actor, forKey: .actor)
    try container.encode(event.method, forKey: .method)
    try container.encodeIfPresent(event.batchID, forKey: .batch)
    try container.encodeIfPresent(event.recordID, forKey: .record)
    try container.encode(event.payload, forKey: .payload)
    try container.encode(event.createdAt, forKey: .time)
    try container.encodeIfPresent(entry.decision, forKey: .decision)
  }
}
