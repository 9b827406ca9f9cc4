using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace PeeringContracts.TestSupport;

/// <summary>
/// Ends a test that stands for a verdict of the product (a requirement, a contract interaction) with that verdict's own
/// message and nothing else: a failure carries no stack trace into the suite's own code, and a verdict that was not
/// judged is skipped in TRX and JUnit, never passed.
/// </summary>
public static class Outcome
{
    /// <summary>Fails the current test with <paramref name="message"/> as its whole evidence; the test returns normally.</summary>
    public static void Fail(string message) =>
        TestExecutionContext.CurrentContext.CurrentResult.RecordAssertion(AssertionStatus.Failed, message);

    /// <summary>A verdict that is reported but does not fail: skipped in TRX and JUnit, with its message.</summary>
    public static void Warn(string message) => Assert.Warn(message);

    /// <summary>Nothing was judged: skipped in TRX and JUnit, with the reason.</summary>
    public static void NotRun(string reason) => Assert.Ignore(reason);
}
