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
        if (ConformanceRun.Misconfiguration is not null)
        {
            Assert.Fail(ConformanceRun.Misconfiguration);
        }

        var findings = await ConformanceRun.Target.AuditAsync(CancellationToken.None);
        ConformanceRun.Report.AddAuditFindings(findings);
        if (findings.Count > 0)
        {
            var failed = findings.Select(finding => finding.RequirementId).ToHashSet(StringComparer.Ordinal);
            Assert.Fail(string.Join("\n\n", ConformanceRun.Report.Results.Where(result => failed.Contains(result.Requirement.Id)).Select(result => result.Message)));
        }

        if (ConformanceRun.Target.Audited == 0)
        {
            Assert.Inconclusive("No refused request had touched a peering before the audit (a filtered run?), so there was nothing to audit.");
        }

        await TestContext.Out.WriteLineAsync($"{ConformanceRun.Target.Audited} peering(s) touched by refused requests read again: all unchanged.");
    }
}
