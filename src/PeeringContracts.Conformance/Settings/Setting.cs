namespace PeeringContracts.Conformance.Settings;

/// <summary>
/// One target setting, declared once: its name (a runsettings <c>TestRunParameters</c> entry, overridden by the
/// environment variable of the same name), what it holds, its default, and whether it is a secret (environment only,
/// never in a file, never printed). The reader, its validation messages, the configuration docs and the runsettings
/// files are all checked against these declarations.
/// </summary>
public sealed record Setting(string Name, string Holds, string Default, bool Secret, string Meaning)
{
    // Declared before the entries: static fields initialise in textual order, and each entry adds itself here.
    private static readonly List<Setting> Declared = [];

    public static readonly Setting BaseUrl = Declare("PEERING_BASE_URL", "http(s) URL", "(empty)", "provider root, e.g. `https://vpc.cn-north-4.myhuaweicloud.com`; empty: start the embedded reference provider on 127.0.0.1");
    public static readonly Setting Auth = Declare("PEERING_AUTH", "`token` or `aksk`", "token", "`token`: each tenant sends its `PEERING_<ROLE>_TOKEN` as `X-Auth-Token`; `aksk`: each tenant signs every request with its key pair (see [AK/SK](guides/aksk.md))");
    public static readonly Setting AccepterToken = DeclareSecret("PEERING_ACCEPTER_TOKEN", "`X-Auth-Token` of the tenant that receives the requests and rejects them (required with `token`)");
    public static readonly Setting RequesterToken = DeclareSecret("PEERING_REQUESTER_TOKEN", "token of the tenant that creates the requests (required with `token` and `api` fixtures)");
    public static readonly Setting OutsiderToken = DeclareSecret("PEERING_OUTSIDER_TOKEN", "token of a third tenant, party to none of the run's peerings; without it the requirements that play an unrelated tenant (REJ-016, REJ-026, REJ-030, and the model's REJ-045, REJ-046 and REJ-047, which act as three tenants) cannot run: a failure under `strict`, `not run` under `documented`");
    public static readonly Setting AccepterAccessKey = DeclareSecret("PEERING_ACCEPTER_AK", "with `aksk`: the accepting tenant's access key (required)");
    public static readonly Setting AccepterSecretKey = DeclareSecret("PEERING_ACCEPTER_SK", "with `aksk`: the accepting tenant's secret key; it only signs and is never sent");
    public static readonly Setting AccepterProjectId = Declare("PEERING_ACCEPTER_PROJECT_ID", "text", "(empty)", "with `aksk`: the project the accepting tenant acts in, sent and signed as `X-Project-Id` (required with its key pair)");
    public static readonly Setting RequesterAccessKey = DeclareSecret("PEERING_REQUESTER_AK", "with `aksk`: the requesting tenant's access key (required for `api` fixtures)");
    public static readonly Setting RequesterSecretKey = DeclareSecret("PEERING_REQUESTER_SK", "with `aksk`: the requesting tenant's secret key");
    public static readonly Setting RequesterProjectId = Declare("PEERING_REQUESTER_PROJECT_ID", "text", "(empty)", "with `aksk`: the requesting tenant's project (required with its key pair)");
    public static readonly Setting OutsiderAccessKey = DeclareSecret("PEERING_OUTSIDER_AK", "with `aksk`: the outsider tenant's access key (optional, as its token)");
    public static readonly Setting OutsiderSecretKey = DeclareSecret("PEERING_OUTSIDER_SK", "with `aksk`: the outsider tenant's secret key");
    public static readonly Setting OutsiderProjectId = Declare("PEERING_OUTSIDER_PROJECT_ID", "text", "(empty)", "with `aksk`: the outsider tenant's project (required with its key pair)");
    public static readonly Setting RequesterVpcId = Declare("PEERING_REQUESTER_VPC_ID", "text", "(empty)", "the VPC `api` fixtures create peerings from (required for `api` on a live target); with any fixtures the truth for `request_vpc_info.vpc_id` (unset: taken from the provider's own show, and the report says so)");
    public static readonly Setting AccepterVpcId = Declare("PEERING_ACCEPTER_VPC_ID", "text", "(empty)", "the VPC `api` fixtures create peerings to (required for `api` on a live target); with any fixtures the truth for `accept_vpc_info.vpc_id` (unset: taken from the provider's own show, and the report says so)");
    public static readonly Setting AccepterTenantId = Declare("PEERING_ACCEPTER_TENANT_ID", "text", "(empty)", "the accepting tenant (required for `api` on a live target); with any fixtures the truth for `accept_vpc_info.tenant_id` (unset: taken from the provider's own show, and the report says so)");
    public static readonly Setting RequesterTenantId = Declare("PEERING_REQUESTER_TENANT_ID", "text", "(empty)", "the requesting tenant, the truth for `request_vpc_info.tenant_id` (unset: taken from the provider's answer, and the report says so)");
    public static readonly Setting Fixtures = Declare("PEERING_FIXTURES", "`api`, `provider-state` or `preprovisioned`", "api", "where peerings come from: `POST /v2.0/vpc/peerings` as the requester, your Pact-style state endpoint, or pending peerings made beforehand");
    public static readonly Setting ProviderStateUrl = Declare("PEERING_PROVIDER_STATE_URL", "http(s) URL", "(empty)", "for `provider-state` only: POST `{\"state\",\"params\",\"action\"}` with states `a pending peering request` and `an active peering` and `params: {\"name\": …}`, the name the reject must then echo; setup answers `{\"peeringId\": …}`, with `\"name\"` when it says which name it gave. An endpoint that ignores the name (params are optional in Pact) is not failed for it: the name then comes from its answer or the provider's show, and the report says so");
    public static readonly Setting PendingIds = Declare("PEERING_PENDING_IDS", "comma-separated ids", "(empty)", "for `preprovisioned` only: ids of pending peerings the run may reject, one for each pending peering a full run would otherwise create. REJ-017 needs an ACTIVE peering and cannot run: a failure under `strict`; the names can only come from the provider's show, and the report says so");
    public static readonly Setting Profile = Declare("PEERING_PROFILE", "`strict` or `documented`", "strict", "`strict`: MUST and SHOULD failures fail, and so does a requirement that could not run, with its reason; `documented`: SHOULD failures are warnings, a requirement that could not run is `not run`");
    public static readonly Setting TimeoutSeconds = Declare("PEERING_TIMEOUT_SECONDS", "seconds, above 0, at most 3600", "10", "per-request budget (REJ-023)");
    public static readonly Setting SettleSeconds = Declare("PEERING_SETTLE_SECONDS", "seconds, 0 to 3600", "1 (0 for the embedded provider)", "how long a write may take to show in reads (eventual consistency); `0` for a strongly consistent provider");
    public static readonly Setting Seed = Declare("PEERING_SEED", "whole number", "(random)", "replays the generated names and ids of an earlier run; every run prints its seed");
    public static readonly Setting MaxRequests = Declare("PEERING_MAX_REQUESTS", "whole number above 0", "1000", "a run sends at most this many requests; a check that would send more does not run and says so (deletes are counted but always sent, so cleanup never stops)");
    public static readonly Setting MaxCreates = Declare("PEERING_MAX_CREATES", "whole number above 0", "60", "a run creates at most this many peerings (the model's included); a check that would create more does not run and says so");
    public static readonly Setting ModelMaxCreates = Declare("PEERING_MODEL_MAX_CREATES", "whole number above 0", "9", "the model-based requirements (REJ-045, REJ-046, REJ-047) create at most this many peerings in a run, a third each; the default keeps a whole run within 60 created peerings");
    public static readonly Setting ModelMaxAlive = Declare("PEERING_MODEL_MAX_ALIVE", "whole number above 0", "5", "at most this many of the model's peerings exist at once (the model requirements explore one after the other)");
    public static readonly Setting ModelMaxOperations = Declare("PEERING_MODEL_MAX_OPERATIONS", "whole number above 0", "200", "the model-based requirements send at most this many generated operations in a run, a third each (the reads at the end of each sequence and the cleanup not counted)");
    public static readonly Setting ModelSeconds = Declare("PEERING_MODEL_SECONDS", "whole number above 0", "60", "the model-based requirements explore for at most this many seconds in a run, a third each; the operation budget ends a run on a fast provider first");
    public static readonly Setting ModelSeed = Declare("PEERING_MODEL_SEED", "CsCheck seed", "(empty)", "replays a shrunk failing sequence of a model-based requirement: the seed its failure prints, with the run's `PEERING_SEED`");
    public static readonly Setting ReportDirectory = Declare("PEERING_REPORT_DIR", "folder", "(the results directory)", "where the reports go when `dotnet test` has no `--results-directory`; else `TestResults/` at the repository root");
    public static readonly Setting ResultsDirectory = Declare("PEERING_RESULTS_DIRECTORY", "folder", "(empty)", "set by the build from `dotnet test --results-directory`; the reports follow it before `PEERING_REPORT_DIR`");
    public static readonly Setting PartialReport = Declare("PEERING_PARTIAL_REPORT", "`aside` or `replace`", "aside", "a filtered run writes `conformance-report.partial.*` beside the last full report (`aside`), or replaces it (`replace`)");

    /// <summary>Every setting, in the order the documentation lists them.</summary>
    public static IReadOnlyList<Setting> All => Declared;

    /// <summary>The name, so a setting reads as its variable in messages and look-ups.</summary>
    public override string ToString() => Name;

    public static implicit operator string(Setting setting) => setting?.Name ?? throw new ArgumentNullException(nameof(setting));

    private static Setting Declare(string name, string holds, string fallback, string meaning) =>
        Add(new Setting(name, holds, fallback, Secret: false, meaning));

    private static Setting DeclareSecret(string name, string meaning) => Add(new Setting(name, "secret", "(empty)", Secret: true, meaning));

    private static Setting Add(Setting setting)
    {
        Declared.Add(setting);
        return setting;
    }
}
