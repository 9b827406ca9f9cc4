namespace PeeringContracts.Conformance.Runner.Tests;

/// <summary>Tests by how they ended as TRX, JUnit and the console count them: a warning and a not-run are skipped.</summary>
public sealed record TestCounts(int Passed, int Failed, int Skipped)
{
    public int Total => Passed + Failed + Skipped;

    public override string ToString() => $"{Passed} passed, {Failed} failed, {Skipped} skipped";
}
