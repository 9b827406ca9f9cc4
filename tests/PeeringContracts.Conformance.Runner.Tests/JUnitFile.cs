using System.Xml.Linq;

namespace PeeringContracts.Conformance.Runner.Tests;

/// <summary>The test cases of a JUnit file: a <c>failure</c> or <c>error</c> child fails one, a <c>skipped</c> child skips it.</summary>
public static class JUnitFile
{
    public static IReadOnlyList<TestOutcome> Read(string path) =>
        XDocument.Load(path).Descendants("testcase")
            .Select(testCase => new TestOutcome((string?)testCase.Attribute("name") ?? string.Empty, EndOf(testCase)))
            .ToList();

    private static TestEnd EndOf(XElement testCase) =>
        testCase.Element("failure") is not null || testCase.Element("error") is not null ? TestEnd.Failed
        : testCase.Element("skipped") is not null ? TestEnd.Skipped
        : TestEnd.Passed;
}
