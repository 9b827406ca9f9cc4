using PeeringContracts.TestSupport;

namespace PeeringContracts.Conformance.Runner.Tests;

/// <summary>What <c>scripts/junit-summary.sh</c> refuses to summarize: a folder no run recorded, an assembly of the run without its file.</summary>
public sealed class JUnitSummaryScriptTests
{
    [Test]
    public void A_folder_without_a_recorded_run_is_no_summary()
    {
        using var results = new TemporaryFolder();
        results.Write("PeeringContracts.Schemas.Tests.junit.xml", """<testsuites><testsuite tests="3" skipped="0" failures="0" errors="0" /></testsuites>""");
        var (exitCode, _, errors) = JUnitSummaryScript.Invoke(results.Path);
        exitCode.ShouldBe(1);
        errors.ShouldContain("no test run recorded");
    }

    [Test]
    public void An_assembly_of_the_newest_run_without_its_JUnit_file_fails_the_summary_by_name()
    {
        using var results = new TemporaryFolder();
        Directory.CreateDirectory(results.File("run-ids"));
        results.Write(Path.Combine("run-ids", "latest"), "1_run\n");
        results.Write(Path.Combine("run-ids", "PeeringContracts.Schemas.Tests"), "1_run\n");
        var (exitCode, _, errors) = JUnitSummaryScript.Invoke(results.Path);
        exitCode.ShouldBe(1);
        errors.ShouldContain("PeeringContracts.Schemas.Tests ran in the newest run but wrote no PeeringContracts.Schemas.Tests.junit.xml");
    }
}
