using PeeringContracts.ReferenceProvider.Faults;
using PeeringContracts.ReferenceProvider.Quirks;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>
/// The whole catalogue against the clean reference provider, against each fault and against each allowed quirk,
/// computed once per test run (the tests are views on it) and written to <c>TestResults/detection-matrix.md</c>.
/// </summary>
internal sealed class DetectionMatrix
{
    /// <summary>
    /// Runs at once. A run mostly waits (loopback answers, rivals that never come, held answers), so four per core keep
    /// a 2-core machine busy without starving the providers; no verdict depends on it, because every budget is generous.
    /// </summary>
    private const int RunsAtOnce = 8;

    /// <summary>Fault categories whose providers wait by design: a held reject, accepts and rejects that wait for a rival.</summary>
    private static readonly string[] WaitingFaultCategories = ["timing", "concurrency"];

    /// <summary>Quirks that make every answer, or every read, come late.</summary>
    private static readonly Quirk[] WaitingQuirks = [QuirkCatalog.SlowButInTime, QuirkCatalog.LaggingReads];

    private static readonly Lazy<Task<DetectionMatrix>> Computed = new(ComputeAsync);

    private DetectionMatrix(MatrixRow clean, IReadOnlyList<MatrixRow> faults, IReadOnlyList<MatrixRow> quirks)
    {
        Clean = clean;
        Faults = faults;
        Quirks = quirks;
    }

    public static Task<DetectionMatrix> Current => Computed.Value;

    public MatrixRow Clean { get; }

    /// <summary>One row per fault of <see cref="FaultCatalog"/>, in catalogue order; the subject is the fault's name.</summary>
    public IReadOnlyList<MatrixRow> Faults { get; }

    /// <summary>One row per quirk of <see cref="QuirkCatalog"/>, in catalogue order; the subject is the quirk's name.</summary>
    public IReadOnlyList<MatrixRow> Quirks { get; }

    public MatrixRow Fault(string name) => Faults.Single(row => row.Subject == name);

    public MatrixRow Quirk(string name) => Quirks.Single(row => row.Subject == name);

    /// <summary>A fault is caught when it has expectations and every requirement they name failed on the provider's
    /// answers with the evidence they give.</summary>
    public static bool IsCaught(string faultName, MatrixRow row) => FaultExpectations.For(faultName) is { Count: > 0 } detections && detections.All(row.Shows);

    /// <summary>The faults that <paramref name="requirementId"/> alone catches: no other requirement fails on them.</summary>
    public IReadOnlyList<string> FaultsCaughtOnlyBy(string requirementId) => Faults
        .Where(row => row.FailedOnTheRequirement.SequenceEqual([requirementId]))
        .Select(row => row.Subject)
        .ToList();

    private static async Task<DetectionMatrix> ComputeAsync()
    {
        using var gate = new SemaphoreSlim(RunsAtOnce);

        async Task<MatrixRow> RunAsync(string subject, IReadOnlyCollection<string> faults, IReadOnlyCollection<string> quirks)
        {
            await gate.WaitAsync();
            try
            {
                await using var run = await SelfTestRun.StartAsync(faults, quirks: quirks);
                var results = await run.RunWholeCatalogueAsync();
                return new MatrixRow(subject, results, await run.CleanUpAsync());
            }
            finally
            {
                gate.Release();
            }
        }

        Task<MatrixRow> FaultRow(Fault fault) => RunAsync(fault.Name, [fault.Name], []);
        Task<MatrixRow> QuirkRow(Quirk quirk) => RunAsync(quirk.Name, [], [quirk.Name]);

        // The rows that wait by design take many times longer than the others while using little CPU: they take the
        // gate first, so the rest run while they wait. The rows keep catalogue order whatever order they ran in.
        var waitingFaultRows = FaultCatalog.All.Where(fault => WaitingFaultCategories.Contains(fault.Category)).ToDictionary(fault => fault, FaultRow);
        var waitingQuirkRows = WaitingQuirks.ToDictionary(quirk => quirk, QuirkRow);
        var clean = RunAsync("clean", [], []);
        var faults = Task.WhenAll(FaultCatalog.All.Select(fault => waitingFaultRows.GetValueOrDefault(fault) ?? FaultRow(fault)));
        var quirks = Task.WhenAll(QuirkCatalog.All.Select(quirk => waitingQuirkRows.GetValueOrDefault(quirk) ?? QuirkRow(quirk)));
        var matrix = new DetectionMatrix(await clean, await faults, await quirks);
        var path = DetectionMatrixFile.Write(matrix);
        await TestContext.Progress.WriteLineAsync($"Detection matrix ({DetectionMatrixFile.Summary(matrix)}): {path}");
        return matrix;
    }
}
