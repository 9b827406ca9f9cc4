using PeeringContracts.Conformance.Running;
using PeeringContracts.TestSupport;

namespace PeeringContracts.Conformance.Runner;

/// <summary>
/// After every requirement has run (ordered after them, and not parallel with them), each peering a refused request
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
