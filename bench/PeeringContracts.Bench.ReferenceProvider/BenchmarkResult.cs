namespace PeeringContracts.Bench.ReferenceProvider;

/// <summary>One timed level: how many rejects, how long they took together, and each one's latency in ms, sorted.</summary>
internal sealed record BenchmarkResult(int Rejects, TimeSpan Elapsed, double[] SortedLatenciesMs)
{
    public double RejectsPerSecond => Rejects / Elapsed.TotalSeconds;

    /// <summary>Nearest-rank percentile, <paramref name="fraction"/> in (0, 1].</summary>
    public double Percentile(double fraction) =>
        SortedLatenciesMs[Math.Max(0, (int)Math.Ceiling(fraction * SortedLatenciesMs.Length) - 1)];
}
