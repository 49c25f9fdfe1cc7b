import ReviewModel
import TerminalUI
import Testing

/// The relevance ranking as the screening reducer takes it in.
struct QueueRankingTests {
  private func state(queue: [Int64]) -> ScreeningSession.State {
    var state = ScreeningSession.State(
      stage: .titleAbstract, reviewer: "ana", reasons: [], reasonIsRequired: false, queue: queue,
      alreadyDecided: 0)
    state.order = .relevance
    state.item = item(queue[0])
    return state
  }

  private func item(_ id: Int64) -> ScreeningItem {
    ScreeningItem(
      recordID: id, title: [StyledSpan("Title \(id)")], byline: "", details: "", abstract: [],
      standingVerdict: nil)
  }

  private func ranking(_ order: [Int64], generation: Int, trainedOn: Int = 2) -> QueueRanking {
    QueueRanking(order: order, trainedOn: trainedOn, trainedAt: "10:00:00", generation: generation)
  }

  @Test func aRankingReordersTheRecordsAfterTheCurrentOne() {
    var state = state(queue: [1, 2, 3, 4, 5])
    ScreeningSession.receive(ranking([5, 3, 1, 2], generation: 1), in: &state)
    // Record 1 is on screen and stays; 4 was not ranked and goes last.
    #expect(state.queue == [1, 5, 3, 2, 4])
    #expect(state.item?.recordID == 1)
  }

  @Test func anOlderRankingIsIgnored() {
    var state = state(queue: [1, 2, 3])
    ScreeningSession.receive(ranking([3, 2], generation: 2), in: &state)
    ScreeningSession.receive(ranking([2, 3], generation: 1), in: &state)
    #expect(state.queue == [1, 3, 2])
    #expect(state.ranking?.generation == 2)
  }

  @Test func theNextRecordIsTheTopRankedOnceTheDecisionIsTaken() {
    var state = state(queue: [1, 2, 3, 4])
    _ = ScreeningSession.handle(.character("i"), in: &state)
    // The shell has not loaded the next record yet: the ranking may choose it.
    ScreeningSession.receive(ranking([4, 2, 3], generation: 1), in: &state)
    #expect(state.queue == [1, 4, 2, 3])
    #expect(state.position == 1)
  }

  @Test func recordsDecidedInThisSessionStayPutAfterAnUndo() {
    var state = state(queue: [1, 2, 3, 4])
    for _ in 0..<2 {
      for case .load(let position) in ScreeningSession.handle(.character("i"), in: &state) {
        state.item = item(state.queue[position])
      }
    }
    for case .load(let position) in ScreeningSession.handle(.character("u"), in: &state) {
      state.item = item(state.queue[position])
    }
    #expect(state.position == 1)
    ScreeningSession.receive(ranking([4, 3], generation: 1), in: &state)
    #expect(state.queue == [1, 2, 4, 3])
  }

  @Test func theStatusNamesTheTrainingAndTheRank() {
    var state = state(queue: [1, 2, 3])
    #expect(
      ScreeningSession.modelStatus(state) == "order: random until one include and one exclude")
    ScreeningSession.receive(ranking([1, 3, 2], generation: 1, trainedOn: 7), in: &state)
    #expect(
      ScreeningSession.modelStatus(state)
        == "order: relevance · trained on 7 decisions at 10:00:00 · rank 1 of 3")
    state.order = .imported
    #expect(ScreeningSession.modelStatus(state) == "order: imported")
  }

  @Test func theViewShowsTheModelStatus() {
    var state = state(queue: [1, 2])
    ScreeningSession.receive(ranking([2, 1], generation: 1, trainedOn: 4), in: &state)
    let lines = ScreeningView.lines(state, size: TerminalSize(rows: 20, columns: 100))
    #expect(
      lines.contains { $0.plainText.contains("trained on 4 decisions at 10:00:00 · rank 2 of 2") })
  }
}
