import Foundation
import ReviewModel
import Testing

@testable import TerminalUI

/// The coding screen's reducer and view, without a terminal.
struct CodingSessionTests {
  private func state() -> CodingSession.State {
    let text = "Watching videos and podcasts"
    let videos = text.range(of: "videos")
    let podcasts = text.range(of: "podcasts")
    return CodingSession.State(
      coder: "ana",
      items: [
        CodingItem(
          respondent: "R1", questionID: "gained", question: "What have you gained?", text: text,
          suggestions: ["video_learning", "podcasts"],
          highlights: [videos, podcasts].compactMap { $0 }, applied: []),
        CodingItem(
          respondent: "R2", questionID: "gained", question: "What have you gained?",
          text: "Nothing", suggestions: [], highlights: [], applied: []),
      ],
      codes: [
        ("video_learning", "Learning from videos"), ("podcasts", "Podcasts"), ("other", "Other"),
      ])
  }

  private func recorded(_ effects: [CodingEffect]) -> [String] {
    effects.compactMap { effect in
      guard case .record(let action) = effect else { return nil }
      return "\(action.kind.rawValue) \(action.codeID ?? "-") \(action.method)"
    }
  }

  @Test func acceptingAndRejectingSuggestionsAreEvents() {
    var state = state()
    #expect(
      recorded(CodingSession.handle(.character("y"), in: &state)) == [
        "apply video_learning suggested"
      ])
    #expect(CodingSession.handle(.down, in: &state).isEmpty)
    #expect(
      recorded(CodingSession.handle(.character("x"), in: &state)) == [
        "reject podcasts suggested"
      ])
    #expect(state.items[0].applied == ["video_learning"])
    #expect(state.verdicts == ["video_learning": true, "podcasts": false])
    #expect(recorded(CodingSession.handle(.enter, in: &state)) == ["reviewed - manual"])
    #expect(state.position == 1)
    #expect(state.finished == 1)
    #expect(state.verdicts.isEmpty)
  }

  @Test func typedCodesNewCodesAndMemos() {
    var state = state()
    for key: Key in [.character("c"), .character("x"), .enter] {
      _ = CodingSession.handle(key, in: &state)
    }
    #expect(state.message.contains("no code 'x'"))
    var effects: [CodingEffect] = []
    for key in [Key.character("c")] + "other".map(Key.character) + [.enter] {
      effects += CodingSession.handle(key, in: &state)
    }
    #expect(recorded(effects) == ["apply other manual"])
    effects = []
    for key in [Key.character("w")] + "peer - Peer support".map(Key.character) + [.enter] {
      effects += CodingSession.handle(key, in: &state)
    }
    #expect(
      effects.first
        == .addCode(AddedCode(id: "peer", name: "Peer support", themeID: nil, addedBy: "ana")))
    #expect(recorded(effects) == ["apply peer manual"])
    #expect(state.items[0].applied == ["other", "peer"])
    effects = []
    for key in [Key.character("r")] + "other".map(Key.character) + [.enter] {
      effects += CodingSession.handle(key, in: &state)
    }
    #expect(recorded(effects) == ["remove other manual"])
    effects = []
    for key in [Key.character("m")] + "hm".map(Key.character) + [.backspace, .enter] {
      effects += CodingSession.handle(key, in: &state)
    }
    guard case .record(let memo)? = effects.first else {
      Issue.record("no memo was recorded")
      return
    }
    #expect(memo.memo == "h")
  }

  @Test func acceptAllThenSkippingPastTheEndQuits() {
    var state = state()
    #expect(recorded(CodingSession.handle(.character("a"), in: &state)).count == 2)
    #expect(CodingSession.handle(.character("s"), in: &state).isEmpty)
    #expect(CodingSession.handle(.character("s"), in: &state) == [.quit])
  }

  @Test func theViewShowsTheAnswerSuggestionsAndKeys() {
    var state = state()
    _ = CodingSession.handle(.character("y"), in: &state)
    let lines = CodingView.lines(state, size: TerminalSize(rows: 16, columns: 100))
    #expect(lines.count == 16)
    let text = lines.map(\.plainText)
    #expect(text[0].hasPrefix("litrev survey code  ana  answer 1 of 2  0 finished"))
    #expect(text.contains("› [✓] video_learning  Learning from videos"))
    #expect(text.contains("  [ ] podcasts  Podcasts"))
    #expect(text.contains("Codes: video_learning"))
    #expect(text.last?.hasPrefix("y accept  x reject") == true)
    let answer = lines.first { $0.plainText == "Watching videos and podcasts" }
    #expect(answer?.spans.filter { $0.style == .bold }.map(\.text) == ["videos", "podcasts"])
  }
}
