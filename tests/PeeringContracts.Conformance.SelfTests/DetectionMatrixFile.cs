using System.Globalization;
using System.Text;
using PeeringContracts.Conformance.Running;
using PeeringContracts.ReferenceProvider.Faults;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>Renders the detection matrix as Markdown and writes it to <c>TestResults/detection-matrix.md</c>.</summary>
internal static class DetectionMatrixFile
{
    public static string Summary(DetectionMatrix matrix)
    {
        var caught = FaultCatalog.All.Count(fault => DetectionMatrix.IsCaught(fault.Name, matrix.Fault(fault.Name)));
        var falseAlarms = matrix.Quirks.Count(row => row.NotPassed.Count > 0);
        return $"faults caught {caught}/{FaultCatalog.All.Count}, false alarms {falseAlarms} on {matrix.Quirks.Count} quirks";
    }

    public static string Write(DetectionMatrix matrix)
    {
        var directory = Path.Combine(RepositoryRoot.Located ?? TestContext.CurrentContext.WorkDirectory, "TestResults");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "detection-matrix.md");
        File.WriteAllText(path, Render(matrix));
        return path;
    }

    private static string Render(DetectionMatrix matrix)
    {
        var requirements = ConformanceCatalog.Requirements;
        var text = new StringBuilder();
        text.AppendLine("# Detection matrix").AppendLine()
            .AppendLine("The conformance suite run whole against the reference provider: clean, with each fault of its catalogue, and with each")
            .AppendLine("allowed quirk. Written by `tests/PeeringContracts.Conformance.SelfTests` on every test run.").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"**{Summary(matrix)}**").AppendLine()
            .AppendLine("## Faults × requirements").AppendLine()
            .AppendLine("**X** failed on the provider's answers with the evidence the fault's expectations name, as it must; x failed on the")
            .AppendLine("answers too (not named by them); p failed while preparing its peering; h failed because a request around the")
            .AppendLine("judged one (reading the outcome) got an error; ! the check could not complete; w warning; - not run; · passed;")
            .AppendLine("**MISSED** named by the expectations but not failed; **NO EVIDENCE** failed, but its verdict lacks the evidence they name")
            .AppendLine("(it failed on something else).").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"| fault | caught | {string.Join(" | ", requirements.Select(requirement => requirement.Id))} |")
            .AppendLine(CultureInfo.InvariantCulture, $"|---|---|{string.Concat(requirements.Select(_ => "---|"))}");
        foreach (var fault in FaultCatalog.All)
        {
            var row = matrix.Fault(fault.Name);
            var cells = requirements.Select(requirement => Cell(row, requirement.Id, FaultExpectations.For(fault.Name).FirstOrDefault(detection => detection.RequirementId == requirement.Id)));
            text.AppendLine(CultureInfo.InvariantCulture, $"| `{fault.Name}` | {(DetectionMatrix.IsCaught(fault.Name, row) ? "yes" : "**no**")} | {string.Join(" | ", cells)} |");
        }

        text.AppendLine().AppendLine("## Allowed behaviour: every requirement must pass").AppendLine()
            .AppendLine("| provider | verdict |").AppendLine("|---|---|");
        foreach (var row in matrix.Quirks.Prepend(matrix.Clean))
        {
            var verdict = row.NotPassed.Count == 0
                ? $"passed ({row.Results.Count} of {row.Results.Count})"
                : $"**false alarm**: {string.Join(", ", row.NotPassed.Select(result => $"{result.Requirement.Id} {result.Verdict}"))}";
            text.AppendLine(CultureInfo.InvariantCulture, $"| {(row == matrix.Clean ? "clean" : $"quirk `{row.Subject}`")} | {verdict} |");
        }

        text.AppendLine().AppendLine("## The faults each requirement alone catches").AppendLine()
            .AppendLine("| requirement | caught by it and by no other requirement |").AppendLine("|---|---|");
        foreach (var requirement in requirements)
        {
            var alone = matrix.FaultsCaughtOnlyBy(requirement.Id);
            var cell = alone.Count > 0
                ? string.Join(", ", alone.Select(name => $"`{name}`"))
                : $"none: {SoleCatcherReasons.For(requirement.Id) ?? "**no reason given**"}";
            text.AppendLine(CultureInfo.InvariantCulture, $"| {requirement.Id} | {cell} |");
        }

        return text.ToString();
    }

    private static string Cell(MatrixRow row, string requirementId, Detection? detection) =>
        detection is not null && row.Shows(detection) ? "**X**" : Cell(row.For(requirementId), named: detection is not null);

    private static string Cell(CheckResult result, bool named) => (result.Verdict, result.FailureKind, named) switch
    {
        (Verdict.Failed, FailureKind.Requirement, true) => "**NO EVIDENCE**",
        (Verdict.Failed, FailureKind.Requirement, false) => "x",
        (Verdict.Failed, FailureKind.Preparation, _) => named ? "**MISSED** p" : "p",
        (Verdict.Failed, FailureKind.HelperRequest, _) => named ? "**MISSED** h" : "h",
        (Verdict.Failed, _, _) => named ? "**MISSED** !" : "!",
        (Verdict.Warning, _, _) => "w",
        (Verdict.NotRun, _, _) => named ? "**MISSED** -" : "-",
        _ => named ? "**MISSED**" : "·",
    };
}
