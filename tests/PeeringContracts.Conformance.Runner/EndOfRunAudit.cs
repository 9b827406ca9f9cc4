using PeeringContracts.Conformance.Running;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Conformance.Runner;

/// <summary>
/// After every requirement has run (RejectRequirements isolates its tests and completes before this fixture starts; see
/// there), each peering a refused request
/// touched is read once more: status and every field must be as before the refusal, however late the provider applies a
/// queued change. A change fails this test and, in the report, the requirement whose request was refused.
/// </summary>
[Order(2)]
[NonParallelizable]
public sealed class EndOfRunAudit
{
    [Test]
    public async Task Refused_requests_left_no_trace_by_the_end_of_the_run()
    {
        var session = ConformanceRun.Session;
        if (session.CouldNotStart)
        {
            Outcome.NotRun(ConformanceSession.NotRunBecauseTheRunCouldNotStart);
            return;
        }

        if (session.ChecksRunning > 0)
        {
            Outcome.Fail($"The end-of-run audit started while {session.ChecksRunning} requirement(s) were still running: the runner's " +
                "order is broken, and refusals recorded after this point would go unaudited.");
            return;
        }

        var findings = await session.AuditAsync(CancellationToken.None);
        if (findings.Count > 0)
        {
            var failed = findings.Select(finding => finding.RequirementId).ToHashSet(StringComparer.Ordinal);
            Outcome.Fail(string.Join("\n\n", session.Report.Results.Where(result => failed.Contains(result.Requirement.Id)).Select(result => result.Message)));
            return;
        }

        if (session.Audited == 0)
        {
            Outcome.NotRun("No refused request had touched a peering before the audit (a filtered run?), so there was nothing to audit.");
            return;
        }

        await TestContext.Out.WriteLineAsync($"{session.Audited} peering(s) touched by refused requests read again: all unchanged.");
    }
}
