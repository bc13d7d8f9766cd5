/// Compares a model's label set with a label enum, both ways: every case must be a label the model can assign
/// (else a rule naming it could never fire) and every label the model assigns must be a case (else rules could
/// not see it).
enum LabelSetCheck {
    /// A sentence naming what does not match, or nil when the sets agree.
    static func mismatch<Label: RawRepresentable & CaseIterable>(
        _ type: Label.Type, modelLabels: some Sequence<String>
    ) -> String? where Label.RawValue == String {
        let model = Set(modelLabels)
        let known = Set(Label.allCases.map(\.rawValue))
        let missing = Label.allCases.map(\.rawValue).filter { !model.contains($0) }
        let unknown = model.subtracting(known).sorted()
        var parts: [String] = []
        if !missing.isEmpty {
            parts.append("the model cannot assign \(Self.list(missing)), which \(Label.self) names")
        }
        if !unknown.isEmpty {
            parts.append("the model assigns \(Self.list(unknown)), which \(Label.self) does not know")
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    private static func list(_ labels: [String]) -> String {
        labels.map { "'\($0)'" }.joined(separator: ", ")
    }
}
