using System.Globalization;
using PeeringContracts.Bench.ReferenceProvider;
using PeeringContracts.ReferenceProvider;

// Usage: dotnet run -c Release --project bench/PeeringContracts.Bench.ReferenceProvider [-- <rejects per level>]
var rejectsPerLevel = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5000;
int[] concurrencyLevels = [1, 8, 32];

await using var host = await ReferenceProviderHost.StartAsync();
using var bench = new RejectBenchmark(host.BaseUrl);
Console.WriteLine($"Reference provider at {host.BaseUrl}, {rejectsPerLevel} rejects per level, {Environment.ProcessorCount} logical CPUs");
Console.WriteLine();
Console.WriteLine("| clients | rejects | rejects/s | p50 ms | p99 ms |");
Console.WriteLine("|---:|---:|---:|---:|---:|");
foreach (var clients in concurrencyLevels)
{
    await bench.RunAsync(clients, Math.Min(rejectsPerLevel, 500));
    var result = await bench.RunAsync(clients, rejectsPerLevel);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {clients} | {result.Rejects} | {result.RejectsPerSecond:F0} | {result.Percentile(0.50):F3} | {result.Percentile(0.99):F3} |"));
}
