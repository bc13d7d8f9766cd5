import Foundation
import KGTestSupport
import KGText
import Testing
@testable import KGSyntax

/// Beam decoding: width 1 is the greedy parser, wider beams still build one tree per sentence.
struct ParserBeamTests {
    @Test func widthOneIsGreedy() throws {
        let training = try ParserTestSupport.tinySentences()
        var parser = try ParserTrainer(options: ParserTestSupport.tinyOptions).train(on: training)
        var greedy = training
        var workspace = ParserWorkspace()
        for i in greedy.indices { workspace.parse(&greedy[i].words, model: parser.model) }
        parser.beamWidth = 1
        parser.beamTemperature = 15
        var beam = training
        parser.parse(&beam)
        #expect(beam == greedy)
    }

    @Test func beamBuildsOneTreeAndIsDeterministic() throws {
        let training = try ParserTestSupport.tinySentences()
        var parser = try ParserTrainer(options: ParserTestSupport.tinyOptions).train(on: training)
        for (width, temperature, labels) in [(2, Float(0), 1), (4, Float(15), 1), (8, Float(1), 3)] {
            parser.beamWidth = width
            parser.beamTemperature = temperature
            parser.beamLabelsPerArc = labels
            var first = training, second = training
            parser.parse(&first)
            parser.parse(&second)
            #expect(first == second)
            #expect(first.allSatisfy { ParserTestSupport.isTree($0.words) }, "width \(width)")
            // The tiny model fits its training trees, so a beam must not lose them either.
            #expect(ParserEvaluation.score(predicted: first, gold: training).uas == 100, "width \(width)")
        }
    }

    @Test func bundledModelUsesTheBeam() throws {
        let parser = try DependencyParser.loadDefault()
        #expect(parser.beamWidth == DependencyParser.defaultBeamWidth)
        let odd: [[(String, String, String)]] = [
            [("Hello", "INTJ", "UH")],
            [(".", "PUNCT", "."), (".", "PUNCT", "."), (".", "PUNCT", ".")],
            [("odd", "", ""), ("tags", "X", "_"), ("here", "", "")],
        ]
        for tagged in odd {
            var words = tagged.map { Word(form: $0.0, upos: $0.1, xpos: $0.2, span: .init(start: 0, end: 0)) }
            parser.parse(words: &words)
            #expect(ParserTestSupport.isTree(words), "\(tagged.map(\.0))")
        }
    }

    @Test(SharedData.required(.ud))
    func beamIsNotWorseThanGreedyOnEWTDev() throws {
        let text = try String(contentsOf: SharedData.url("ud/en_ewt-ud-dev.conllu"), encoding: .utf8)
        let gold = Array(try CoNLLU.parse(text, path: "en_ewt-ud-dev.conllu").prefix(500))
        var parser = try DependencyParser.loadDefault()
        let beam = ParserEvaluation.evaluate(parser, on: gold)
        parser.beamWidth = 1
        let greedy = ParserEvaluation.evaluate(parser, on: gold)
        #expect(beam.las >= greedy.las, "beam \(beam) vs greedy \(greedy)")
    }
}

/// Global training (beam search, max-violation updates): the model it makes ranks whole sequences, keeps that
/// through a save and load, and decodes with raw scores at any width.
struct ParserGlobalTrainingTests {
    @Test func globalTrainingFitsItsTrainingTreesAndIsDeterministic() throws {
        let training = try ParserTestSupport.tinySentences()
        var options = ParserTestSupport.tinyOptions
        options.globalBeamWidth = 4
        let first = try ParserTrainer(options: options).train(on: training)
        let second = try ParserTrainer(options: options).train(on: training)
        #expect(first.isGloballyTrained)
        #expect(first.model == second.model)
        for width in [1, 2, 4] {
            var parser = first
            parser.beamWidth = width
            // Ignored for a globally trained model: softmax scores would be a different ranking.
            parser.beamTemperature = 15
            var parsed = training
            parser.parse(&parsed)
            #expect(parsed.allSatisfy { ParserTestSupport.isTree($0.words) }, "width \(width)")
            #expect(ParserEvaluation.score(predicted: parsed, gold: training).las == 100, "width \(width)")
        }
    }

    @Test func theTrainingKindSurvivesSaveAndLoad() throws {
        let training = try ParserTestSupport.tinySentences()
        var options = ParserTestSupport.tinyOptions
        options.globalBeamWidth = 2
        let global = try ParserTrainer(options: options).train(on: training)
        let local = try ParserTrainer(options: ParserTestSupport.tinyOptions).train(on: training)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kgdp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (parser, expected) in [(global, true), (local, false)] {
            let url = folder.appendingPathComponent("\(expected).kgdp")
            try parser.save(to: url)
            let loaded = try DependencyParser.load(from: url, checkingLabels: false)
            #expect(loaded.isGloballyTrained == expected)
        }
    }
}
