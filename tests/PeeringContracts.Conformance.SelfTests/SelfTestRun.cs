using PeeringContracts.Conformance.Embedded;
using PeeringContracts.Client;
using PeeringContracts.Conformance.Fixtures;
using PeeringContracts.Conformance.Oracles;
using PeeringContracts.Conformance.Reporting;
using PeeringContracts.Conformance.Running;
using PeeringContracts.Conformance.Settings;
using PeeringContracts.Conformance.Target;
using PeeringContracts.ReferenceProvider;
using PeeringContracts.ReferenceProvider.Tenants;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>
/// The conformance suite pointed at a reference provider with chosen faults, through the same settings path a user
/// takes (PEERING_BASE_URL and the tokens), so the self-test exercises exactly what a provider team runs.
/// </summary>
internal sealed class SelfTestRun : IAsyncDisposable
{
    /// <summary>The run's seed: the generated names and ids are the same on every self-test run.</summary>
    public const int Seed = 20261125;

    /// <summary>
    /// The pending peerings a preprovisioned run is handed: a whole-catalogue run against the clean provider takes about
    /// 55 (one per pending peering a check rejects, and one per form of REJ-021, REJ-039 and REJ-041 the provider
    /// honours), and the margin keeps a new check from
    /// starving; running out would show as checks that could not run.
    /// </summary>
    private const int PreprovisionedPeerings = 90;

    /// <summary>
    /// The per-request budget. Loopback answers take milliseconds, but on a loaded 2-core machine a request can wait
    /// seconds for a thread: the budget is far above that, and the slow-reject fault holds its reject ten times longer
    /// (until the client gives up), so no verdict here depends on the machine's speed.
    /// </summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>
    /// The self-test's own settings of every run. The model-based requirements' budget in the self-test, which runs the whole catalogue against some 80 providers:
    /// a few sequences each (a third of it per requirement), enough for the fixed seed to reach every fault the model alone
    /// catches (REJ-047's ten samples include a delete racing a reject with nothing else at once); the operations end
    /// each exploration long before the seconds would, on any machine.
    /// </summary>
    private static readonly Dictionary<string, string> RunSettings = new()
    {
        [Setting.ModelMaxCreates] = "30",
        [Setting.ModelMaxOperations] = "150",
        [Setting.ModelSeconds] = "600",

        // Runs with faults and quirks may send more than a clean run; the run-wide budget has its own test.
        [Setting.MaxRequests] = "100000",
        [Setting.MaxCreates] = "10000",
    };

    private readonly ReferenceProviderHost provider;
    private readonly ConformanceSession session;

    private SelfTestRun(ReferenceProviderHost provider, ConformanceSession session)
    {
        this.provider = provider;
        this.session = session;
    }

    /// <summary>Starts the provider with <paramref name="faults"/> and <paramref name="quirks"/> and a run against it;
    /// <paramref name="settings"/> override the self-test's own (its model budget, say).</summary>
    public static async Task<SelfTestRun> StartAsync(
        IReadOnlyCollection<string> faults,
        string profile = "strict",
        IReadOnlyCollection<string>? quirks = null,
        AuthMode auth = AuthMode.Token,
        FixtureStrategy fixtures = FixtureStrategy.Api,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var provider = await ReferenceProviderHost.StartAsync(new ReferenceProviderOptions
        {
            Faults = faults,
            Quirks = quirks ?? [],
            SlowRejectDelay = Timeout * 10,
            EnableProviderStates = fixtures == FixtureStrategy.ProviderState,
        });
        try
        {
            var session = await ConformanceSession.StartAsync(
                await SettingsForAsync(provider, profile, auth, fixtures, settings ?? new Dictionary<string, string>()), ConformanceTarget.StartAsync, _ => { }, CancellationToken.None);
            if (session.CouldNotStart)
            {
                await session.DisposeAsync();
                throw new InvalidOperationException($"The self-test run could not start: {string.Join(" ", session.Report.StartProblems)}");
            }

            return new SelfTestRun(provider, session);
        }
        catch
        {
            await provider.DisposeAsync();
            throw;
        }
    }

    public IReadOnlyList<TenantAccount> Tenants => provider.Tenants;

    /// <summary>The compared fields whose expected value this run's fixtures took from the provider alone.</summary>
    public ExpectedFromProvider ExpectedFromProvider => session.Target.Fixtures.ExpectedFromProvider;

    /// <summary>What the run's report holds so far: every requirement run through <see cref="RunAsync"/>.</summary>
    public ConformanceReport Report => session.Report;

    /// <summary>The list pages the provider served for a <c>marker</c>, i.e. how often the suite followed a next link.</summary>
    public int ListPagesFollowed => provider.ListPagesFollowed;

    public Uri BaseUrl => provider.BaseUrl;

    public Task<CheckResult> RunAsync(string requirementId) => session.RunAsync(requirementId, CancellationToken.None);

    /// <summary>Runs every check (in parallel, as the NUnit driver does), then the end-of-run audit and the cleanup,
    /// then judges every answer by the oracles, and returns each result in catalogue order, failed where the audit found
    /// a change its refused request left.</summary>
    public async Task<IReadOnlyList<CheckResult>> RunWholeCatalogueAsync()
    {
        await Task.WhenAll(ConformanceCatalog.Checks.Select(check => RunAsync(check.Requirement.Id)));
        await session.AuditAsync(CancellationToken.None);
        await session.CleanUpAsync(CancellationToken.None);
        foreach (var oracle in OracleCatalog.Requirements)
        {
            session.JudgeEveryAnswer(oracle.Id);
        }

        return session.Report.Results;
    }

    /// <summary>What the run created and could not remove (cleaning up first, when the run has not).</summary>
    public async Task<IReadOnlyList<string>> CleanUpAsync()
    {
        await session.CleanUpAsync(CancellationToken.None);
        return session.Report.CleanupProblems;
    }

    /// <summary>Audits, cleans up and writes the run's report into <paramref name="directory"/>, as the runner does.</summary>
    public Task<(ReportDocument Document, string Path)> FinishAsync(string directory) =>
        session.FinishAsync(directory, partialReplacesFull: false, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await session.DisposeAsync();
        await provider.DisposeAsync();
    }

    private static async Task<Func<string, string?>> SettingsForAsync(
        ReferenceProviderHost provider, string profile, AuthMode auth, FixtureStrategy fixtures, IReadOnlyDictionary<string, string> settings)
    {
        var values = new Dictionary<string, string>(RunSettings.Concat(settings).GroupBy(setting => setting.Key).Select(group => group.Last()))
        {
            [Setting.Profile] = profile,
            [Setting.Fixtures] = TargetSettings.WordFor(fixtures),
            [Setting.TimeoutSeconds] = Timeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [Setting.Seed] = Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (fixtures == FixtureStrategy.Preprovisioned)
        {
            values[Setting.PendingIds] = string.Join(",", await CreatePendingPeeringsAsync(provider, auth));
        }

        return EmbeddedProviderSettings.For(provider, auth, values);
    }

    /// <summary>What a user of <c>preprovisioned</c> does first: creates pending peerings through the API as the requesting tenant.</summary>
    private static async Task<IReadOnlyList<string>> CreatePendingPeeringsAsync(ReferenceProviderHost provider, AuthMode auth)
    {
        var live = EmbeddedProviderSettings.Target(provider, auth, FixtureStrategy.Api);
        using var requester = new PeeringApiClient(live.Tenants.Requester!.ClientOptions(live.BaseUrl, Timeout));
        var ids = new List<string>();
        for (var number = 1; number <= PreprovisionedPeerings; number++)
        {
            var peering = await requester.CreateAsync(new CreatePeeringRequest(
                $"preprovisioned-{number}",
                new VpcInfo(live.Parties.RequesterVpcId!),
                new VpcInfo(live.Parties.AccepterVpcId!, live.Parties.AccepterTenantId)));
            ids.Add(peering.Id);
        }

        return ids;
    }
}
