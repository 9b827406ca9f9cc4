using System.Xml.Linq;

namespace PeeringContracts.Conformance.Runner.Tests;

/// <summary>The tests of a TRX file: <c>outcome="NotExecuted"</c> is how a skipped test (a warning, a not-run) appears.</summary>
public static class TrxFile
{
    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    public static IReadOnlyList<TestOutcome> Read(string path) =>
        XDocument.Load(path).Descendants(Trx + "UnitTestResult")
            .Select(result => new TestOutcome((string?)result.Attribute("testName") ?? string.Empty, EndOf((string?)result.Attribute("outcome")))
            {
                Message = (string?)result.Descendants(Trx + "ErrorInfo").Elements(Trx + "Message").FirstOrDefault() ?? string.Empty,
            })
            .ToList();

    private static TestEnd EndOf(string? outcome) => outcome switch
    {
        "Passed" => TestEnd.Passed,
        "Failed" => TestEnd.Failed,
        "NotExecuted" => TestEnd.Skipped,
        _ => throw new InvalidOperationException($"a TRX outcome this test does not know: '{outcome}'"),
    };
}
