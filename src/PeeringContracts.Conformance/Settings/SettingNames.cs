namespace PeeringContracts.Conformance.Settings;

/// <summary>The target settings: runsettings <c>TestRunParameters</c> names, each overridable by the same environment variable.</summary>
public static class SettingNames
{
    public const string BaseUrl = "PEERING_BASE_URL";
    public const string AccepterToken = "PEERING_ACCEPTER_TOKEN";
    public const string RequesterToken = "PEERING_REQUESTER_TOKEN";
    public const string OutsiderToken = "PEERING_OUTSIDER_TOKEN";
    public const string Auth = "PEERING_AUTH";
    public const string AccepterAccessKey = "PEERING_ACCEPTER_AK";
    public const string AccepterSecretKey = "PEERING_ACCEPTER_SK";
    public const string AccepterProjectId = "PEERING_ACCEPTER_PROJECT_ID";
    public const string RequesterAccessKey = "PEERING_REQUESTER_AK";
    public const string RequesterSecretKey = "PEERING_REQUESTER_SK";
    public const string RequesterProjectId = "PEERING_REQUESTER_PROJECT_ID";
    public const string OutsiderAccessKey = "PEERING_OUTSIDER_AK";
    public const string OutsiderSecretKey = "PEERING_OUTSIDER_SK";
    public const string OutsiderProjectId = "PEERING_OUTSIDER_PROJECT_ID";
    public const string RequesterVpcId = "PEERING_REQUESTER_VPC_ID";
    public const string AccepterVpcId = "PEERING_ACCEPTER_VPC_ID";
    public const string AccepterTenantId = "PEERING_ACCEPTER_TENANT_ID";
    public const string RequesterTenantId = "PEERING_REQUESTER_TENANT_ID";
    public const string Fixtures = "PEERING_FIXTURES";
    public const string ProviderStateUrl = "PEERING_PROVIDER_STATE_URL";
    public const string PendingIds = "PEERING_PENDING_IDS";
    public const string Profile = "PEERING_PROFILE";
    public const string TimeoutSeconds = "PEERING_TIMEOUT_SECONDS";
    public const string SettleSeconds = "PEERING_SETTLE_SECONDS";
    public const string Seed = "PEERING_SEED";
    public const string ReportDirectory = "PEERING_REPORT_DIR";

    public static IReadOnlyList<string> All { get; } =
    [
        BaseUrl, AccepterToken, RequesterToken, OutsiderToken, Auth, AccepterAccessKey, AccepterSecretKey, AccepterProjectId,
        RequesterAccessKey, RequesterSecretKey, RequesterProjectId, OutsiderAccessKey, OutsiderSecretKey, OutsiderProjectId,
        RequesterVpcId, AccepterVpcId, AccepterTenantId, RequesterTenantId,
        Fixtures, ProviderStateUrl, PendingIds, Profile, TimeoutSeconds, SettleSeconds, Seed, ReportDirectory,
    ];
}
