using System.Diagnostics;
using System.Globalization;
using PeeringContracts.Pact.Verifier;
using PeeringContracts.ReferenceProvider;
using PeeringContracts.TestSupport;

// Usage: dotnet run -c Release --project bench/PeeringContracts.Bench.Verifier [-- <runs>]
// Both verifiers replay the same contract against the same in-process reference provider, alternating run by run.
var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
var contract = Path.Combine(RepositoryRoot.Pacts, "peering-console-vpc-peering-api.json");
Environment.SetEnvironmentVariable("PACT_DO_NOT_TRACK", "true");

await using var provider = await ReferenceProviderHost.StartAsync(new ReferenceProviderOptions { EnableProviderStates = true });
var stateUrl = new Uri(provider.BaseUrl, "_pact/provider-states");

void VerifyWithBinding()
{
    using var verifier = new PactVerifier("vpc-peering-api");
    var result = verifier.WithHttpEndpoint(provider.BaseUrl).WithFileSource(contract).WithProviderStateUrl(stateUrl).Verify();
    if (!result.Passed)
    {
        throw new InvalidOperationException($"the binding's verification failed, so its time means nothing:\n{result}");
    }
}

void VerifyWithCli()
{
    var start = new ProcessStartInfo("npx") { WorkingDirectory = RepositoryRoot.Path, RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var argument in new[]
    {
        "pact", "verifier", "--file", contract, "--hostname", provider.BaseUrl.Host,
        "--port", provider.BaseUrl.Port.ToString(CultureInfo.InvariantCulture),
        "--state-change-url", stateUrl.ToString(), "--state-change-teardown",
    })
    {
        start.ArgumentList.Add(argument);
    }

    using var process = Process.Start(start)!;
    var output = process.StandardOutput.ReadToEndAsync();
    var errors = process.StandardError.ReadToEndAsync();
    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"npx pact verifier exited {process.ExitCode}, so its time means nothing:\n{output.Result}\n{errors.Result}");
    }
}

static TimeSpan Timed(Action action)
{
    var clock = Stopwatch.StartNew();
    action();
    return clock.Elapsed;
}

VerifyWithBinding();
VerifyWithCli();
var binding = new List<double>();
var cli = new List<double>();
for (var run = 0; run < runs; run++)
{
    binding.Add(Timed(VerifyWithBinding).TotalMilliseconds);
    cli.Add(Timed(VerifyWithCli).TotalMilliseconds);
}

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
    5-interaction contract against the in-process reference provider, {runs} alternating runs after one warm-up each
      binding PactVerifier: median {Median(binding):F0} ms
      npx pact verifier:    median {Median(cli):F0} ms
      ratio binding/cli:    {Median(binding) / Median(cli):F2}
    """));
