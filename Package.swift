// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "LitReview",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "litrev", targets: ["litrev"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
  ],
  targets: [
    /** libxml2's SAX2 push parser, behind a shim that hides its ICU headers from Foundation. */
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
    ),
    /** zlib's inflate, so that `.gz` exports are read as they are, without unpacking them first.
        Not called CZlib: ZIPFoundation (for XLSX) brings a module of that name. */
    .systemLibrary(
      name: "CLibZ",
      providers: [.apt(["zlib1g-dev"])]
    ),
    /** Value types every other target shares: records, authors, identifiers, diagnostics. */
    .target(name: "ReviewModel"),
    /** Streaming readers of search exports (PubMed XML, RIS, MEDLINE, BibTeX, Web of Science, EndNote XML, CSV), format sniffing, gzip input. */
    .target(
      name: "Ingest",
      dependencies: [
        "ReviewModel", "CLibXML2", "CLibZ",
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    /** Finding duplicate records across databases: match keys, blocking, pair scores, clustering. */
    .target(name: "Deduplication", dependencies: ["ReviewModel"]),
    /** The project database: migrations, sources, import batches, records and the event log. */
    .target(
      name: "ReviewStore",
      dependencies: [
        "ReviewModel", .product(name: "GRDB", package: "GRDB.swift"),
        // SQLite's C API, for binding an import's records without boxing each value.
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ]
    ),
    /** The terminal layer: capabilities, raw mode, a pure key decoder, styled lines and frames. */
    .target(name: "TerminalUI", dependencies: ["ReviewModel"]),
    /** The query language, protocol decoding and rules, automatic screening. */
    .target(
      name: "Screening",
      dependencies: ["ReviewModel", .product(name: "Yams", package: "Yams")]
    ),
    /** What a review publishes: the PRISMA 2020 counts with their invariants and renderings, the evidence table as CSV, Markdown, HTML, JSON, XLSX. */
    .target(
      name: "Reports",
      dependencies: [
        "ReviewModel", "Ingest", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    /** Quality appraisal: instruments as data (bundled YAML checklists and a project's own), scoring, agreement. */
    .target(
      name: "Appraisal",
      dependencies: ["ReviewModel", .product(name: "Yams", package: "Yams")],
      resources: [.copy("Instruments")]
    ),
    /** Survey analysis and thematic synthesis: survey definitions, frequencies with their
        tests, the codebook and coding, and linking included studies to themes. Pure: no store. */
    .target(
      name: "Survey",
      dependencies: ["ReviewModel", "Ingest", "Screening", .product(name: "Yams", package: "Yams")]
    ),
    /** Prioritised screening: TF-IDF features, a linear classifier trained on the decisions so far, ranking, simulation metrics and the stopping test. */
    .target(name: "Prioritisation", dependencies: ["ReviewModel", "Screening"]),
    /** The command-line interface: one subcommand per file; the only target that prints. */
    .target(
      name: "ReviewCommands",
      dependencies: [
        "ReviewModel", "Ingest", "Deduplication", "ReviewStore", "Screening", "TerminalUI",
        "Reports", "Appraisal", "Survey", "Prioritisation",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Yams", package: "Yams"),
      ]
    ),
    /** The `litrev` executable: an entry point and nothing else. */
    .executableTarget(name: "litrev", dependencies: ["ReviewCommands"]),
    /** Writes deterministic, realistic PubMed XML, RIS, MEDLINE, BibTeX, WoS and EndNote XML files of any size, for the example review and benchmarks. */
    .executableTarget(name: "corpus-gen", dependencies: ["ReviewModel", "Ingest"]),
    /** libFuzzer's driver, declared for the fuzz targets; `-sanitize=fuzzer` links it. */
    .systemLibrary(name: "CLibFuzzer"),
    /** `make fuzz`: libFuzzer's entry point for every reader (LITREV_FUZZ_READER picks one); built plainly, it replays inputs. */
    .executableTarget(name: "fuzz-readers", dependencies: ["Ingest", "CLibFuzzer"]),
    /** `make bench`: times litrev's readers and import against xmllint on generated files. */
    /** What the benchmark executables share: running a command and measuring its time and peak memory. */
    .target(name: "BenchSupport"),
    .executableTarget(name: "litrev-bench", dependencies: ["BenchSupport"]),
    /** `make bench`: `screen --auto` on a large project, and the cost of a key press while screening it. */
    .executableTarget(name: "screening-bench", dependencies: ["BenchSupport", "ReviewCommands"]),
    /** `make bench`: `litrev simulate` on the labelled sets beside ASReview LAB, and one retrain at 10,000 records. */
    .executableTarget(name: "simulate-bench", dependencies: ["Prioritisation"]),
    /** `make bench`: deduplicates generated corpora with planted duplicates; time, memory, accuracy. */
    .executableTarget(name: "dedupe-bench", dependencies: ["Deduplication", "ReviewModel"]),

    /** Helpers shared by the test targets: corpus lookup, temporary projects, running the built binary. */
    .target(
      name: "ReviewTestSupport",
      dependencies: ["ReviewModel"],
      path: "Tests/ReviewTestSupport"
    ),
    .testTarget(name: "ReviewModelTests", dependencies: ["ReviewModel"]),
    .testTarget(
      name: "IngestTests",
      dependencies: ["Ingest", "ReviewModel", "ReviewTestSupport"],
      exclude: ["Fixtures"]
    ),
    .testTarget(
      name: "DeduplicationTests",
      dependencies: ["Deduplication", "Ingest", "ReviewModel", "ReviewTestSupport"],
      exclude: ["Fixtures"]
    ),
    .testTarget(
      name: "ReviewStoreTests",
      dependencies: ["ReviewStore", "ReviewModel", "ReviewTestSupport"]
    ),
    .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "ReviewModel"]),
    .testTarget(
      name: "ReportsTests",
      dependencies: [
        "Reports", "ReviewModel", "ReviewTestSupport", "Ingest",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    .testTarget(
      name: "ScreeningTests",
      dependencies: [
        "Screening", "ReviewModel", "ReviewTestSupport", .product(name: "Yams", package: "Yams"),
      ]
    ),
    .testTarget(name: "PrioritisationTests", dependencies: ["Prioritisation", "ReviewModel"]),
    .testTarget(
      name: "AppraisalTests",
      dependencies: [
        "Appraisal", "ReviewModel", "ReviewTestSupport", .product(name: "Yams", package: "Yams"),
      ],
      exclude: ["Fixtures"]
    ),
    .testTarget(
      name: "SurveyTests",
      dependencies: [
        "Survey", "ReviewModel", "Screening", "ReviewTestSupport",
        .product(name: "Yams", package: "Yams"),
      ],
      exclude: ["Fixtures"]
    ),
    .testTarget(
      name: "EndToEndTests",
      dependencies: [
        "ReviewModel", "ReviewStore", "ReviewTestSupport", "Screening", "Ingest",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      exclude: ["Fixtures"]
    ),
  ]
)

// Every Swift target: a member (such as Foundation's `String.contains`) is visible only where its
// module is imported, so a slow overload cannot slip in through another module's import. The
// `litrev` entry point is left out: it calls `LitRev.main()` without importing ArgumentParser.
for target in package.targets where target.type != .system && target.name != "litrev" {
  target.swiftSettings =
    (target.swiftSettings ?? []) + [
      .enableUpcomingFeature("MemberImportVisibility")
    ]
}
