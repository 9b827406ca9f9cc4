using System.Globalization;
using System.Text;
using PeeringContracts.Conformance.Running;
using PeeringContracts.Conformance.Settings;

namespace PeeringContracts.Conformance.Model;

/// <summary>The shortest failing sequence CsCheck found: the rule it broke, its numbered requests and answers (up to
/// the one that broke the rule), and the settings that replay it.</summary>
internal sealed record ShrunkFailure(ModelViolationException Violation, IReadOnlyList<string> Journal, string ModelSeed, int Shrinks)
{
    public RequirementFailedException ToRequirementFailure(CheckContext context)
    {
        var text = new StringBuilder(Violation.Actual)
            .Append(CultureInfo.InvariantCulture, $"\n  at the end of the shortest failing sequence found ({Shrinks} shrink(s)):");
        foreach (var line in Journal)
        {
            text.Append("\n    ").Append(line);
        }

        text.Append(CultureInfo.InvariantCulture,
            $"\n  replay: {Setting.Seed}={context.Settings.Seed} {Setting.ModelSeed}={ModelSeed} dotnet test tests/PeeringContracts.Conformance.Runner --filter \"Name~{context.Requirement.Id}\"");
        return new RequirementFailedException($"{Violation.Expected}, by {Violation.Rule}", text.ToString(), Violation.Exchange);
    }
}
