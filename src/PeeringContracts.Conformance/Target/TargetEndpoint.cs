using PeeringContracts.Conformance.Fixtures;
using PeeringContracts.Conformance.Settings;
using PeeringContracts.ReferenceProvider;

namespace PeeringContracts.Conformance.Target;

/// <summary>Where the target is and who the run acts as: from the settings, or from the embedded provider's default tenants.</summary>
internal sealed record TargetEndpoint(
    Uri BaseUrl,
    string AccepterToken,
    string? RequesterToken,
    string? OutsiderToken,
    string? RequesterVpcId,
    string? AccepterVpcId,
    string? AccepterTenantId,
    string? RequesterTenantId,
    Uri? ProviderStateUrl)
{
    public KnownParties Parties => new(RequesterVpcId, RequesterTenantId, AccepterVpcId, AccepterTenantId);

    public static TargetEndpoint FromSettings(TargetSettings settings) => new(
        settings.BaseUrl!,
        settings.AccepterToken!,
        settings.RequesterToken,
        settings.OutsiderToken,
        settings.RequesterVpcId,
        settings.AccepterVpcId,
        settings.AccepterTenantId,
        settings.RequesterTenantId,
        settings.ProviderStateUrl);

    public static TargetEndpoint FromEmbedded(ReferenceProviderHost host)
    {
        TenantAccount Role(string role) => host.Tenants.Single(tenant => tenant.Role == role);
        var requester = Role("requester");
        var accepter = Role("accepter");
        return new TargetEndpoint(
            host.BaseUrl,
            accepter.Token,
            requester.Token,
            Role("outsider").Token,
            requester.VpcId,
            accepter.VpcId,
            accepter.TenantId,
            requester.TenantId,
            new Uri(host.BaseUrl, "_pact/provider-states"));
    }
}
