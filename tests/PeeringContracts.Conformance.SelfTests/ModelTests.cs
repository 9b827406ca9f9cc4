using System.Text.RegularExpressions;
using PeeringContracts.Conformance.Model;
using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Conformance.Running;
using PeeringContracts.Conformance.Settings;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>
/// The model-based requirements beyond the detection matrix (where each catches a fault no other requirement does):
/// a failure is shrunk to a short sequence and its seed replays it, a wrong model rule turns the clean provider red,
/// and the documentation lists the model's rules as declared.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed partial class ModelTests
{
    /// <summary>Enough budget for CsCheck to shrink: each operation is a loopback request of a few milliseconds.</summary>
    private static readonly Dictionary<string, string> ShrinkingBudget = new()
    {
        [Setting.ModelMaxCreates] = "400",
        [Setting.ModelMaxOperations] = "1200",
    };

    [Test]
    public async Task A_failure_is_shrunk_to_a_short_sequence_and_its_seed_replays_it()
    {
        const string Fault = "requester-can-accept";
        await using var run = await SelfTestRun.StartAsync([Fault], settings: ShrinkingBudget);
        var result = await run.RunAsync("REJ-045");
        await TestContext.Out.WriteLineAsync(result.Message);

        result.Verdict.ShouldBe(Verdict.Failed, result.Message);
        result.FailureKind.ShouldBe(FailureKind.Requirement, result.Message);
        result.Expected!.ShouldContain($"by {ModelRules.OnlyTheAccepterDecides.Id} ");
        var steps = Steps(result);
        steps.Count.ShouldBeLessThanOrEqualTo(3, $"the shortest failing sequence is a create and the requester's accept:\n{result.Message}");
        steps[^1].ShouldContain("accept of #1 by the requester");

        var seed = ReplaySeed().Match(result.Actual!).Groups["seed"].Value;
        await using var replay = await SelfTestRun.StartAsync([Fault], settings: new Dictionary<string, string> { [Setting.ModelSeed] = seed });
        var replayed = await replay.RunAsync("REJ-045");
        replayed.Expected.ShouldBe(result.Expected, replayed.Message);
        Steps(replayed).Count.ShouldBe(steps.Count, replayed.Message);
    }

    [Test]
    public async Task Operations_at_once_that_no_order_explains_are_shrunk_and_their_seed_replays_them()
    {
        const string Fault = "reject-revives-concurrent-delete";
        await using var run = await SelfTestRun.StartAsync([Fault]);
        var result = await run.RunAsync("REJ-047");
        await TestContext.Out.WriteLineAsync(result.Message);

        result.Verdict.ShouldBe(Verdict.Failed, result.Message);
        result.Expected!.ShouldContain($"by {ModelRules.Linearizable.Id}");
        var parallel = ParallelLine().Match(result.Actual!).Value;
        parallel.ShouldContain("reject by the accepter", customMessage: result.Message);
        parallel.ShouldContain("delete by the", customMessage: result.Message);

        var seed = ReplaySeed().Match(result.Actual!).Groups["seed"].Value;
        await using var replay = await SelfTestRun.StartAsync([Fault], settings: new Dictionary<string, string> { [Setting.ModelSeed] = seed });
        var replayed = await replay.RunAsync("REJ-047");
        replayed.Verdict.ShouldBe(Verdict.Failed, replayed.Message);
        ParallelLine().Match(replayed.Actual!).Value.ShouldBe(parallel, replayed.Message);
    }

    [Test]
    public async Task A_wrong_model_rule_turns_the_clean_provider_red()
    {
        var wrong = TransitionTable.Documented.With(ModelOperation.Reject, TenantRole.Accepter, ModelState.PendingAcceptance,
            WriteOutcome.Refuse(ModelRules.AccepterRejects, 409));

        var result = await MadeUpCheck.RunAsync("The accepting tenant's reject of a pending peering is refused (a wrong rule).",
            context => ModelExploration.RunAsync(context, ModelRuleFamily.Writes, wrong), given: ShrinkingBudget);

        result.Verdict.ShouldBe(Verdict.Failed, result.Message);
        result.Expected!.ShouldContain($"by {ModelRules.AccepterRejects.Id} [MUST]");
        result.Actual.ShouldStartWith("status 200");
    }

    [Test]
    public void The_requirements_page_lists_every_model_rule_with_its_family_level_sentence_and_source() =>
        MarkdownTable.Read("docs/requirements.md", "The model", "id", "family", "level", "rule", "source")
            .ShouldList([.. ModelRules.All.Select(Row)], "ModelRules.All");

    private static string[] Row(ModelRule rule) =>
    [
        rule.Id,
        rule.Family switch
        {
            ModelRuleFamily.Writes => "writes (REJ-045)",
            ModelRuleFamily.Reads => "reads (REJ-046)",
            _ => "concurrency (REJ-047)",
        },
        rule.Level == RequirementLevel.Must ? "MUST" : "SHOULD",
        rule.Sentence,
        rule.Source,
    ];

    /// <summary>The numbered requests of the shortest failing sequence the verdict reports.</summary>
    private static List<string> Steps(CheckResult result) =>
        [.. result.Actual!.Split('\n').Select(line => line.Trim()).Where(line => StepLine().IsMatch(line))];

    [GeneratedRegex("Parallel Operations: .*")]
    private static partial Regex ParallelLine();

    [GeneratedRegex(@"^\d+\. ")]
    private static partial Regex StepLine();

    [GeneratedRegex(@"PEERING_MODEL_SEED=(?<seed>\S+)")]
    private static partial Regex ReplaySeed();
}
