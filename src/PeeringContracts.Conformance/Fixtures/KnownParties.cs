using PeeringContracts.Client;

namespace PeeringContracts.Conformance.Fixtures;

/// <summary>
/// The two sides of every peering the run uses, as the settings name them: the independent truth a reject and a show
/// are compared with. Where a value is not set, it can only come from the provider's own show.
/// </summary>
public sealed record KnownParties(string? RequesterVpcId, string? RequesterTenantId, string? AccepterVpcId, string? AccepterTenantId)
{
    /// <summary>The VPC-info fields the settings do not give: <see cref="Overrule"/> keeps the shown value of each.</summary>
    public IEnumerable<string> FieldsNotSet => new[]
        {
            (Field: ExpectedFromProvider.RequestVpcId, Value: RequesterVpcId),
            (Field: ExpectedFromProvider.RequestTenantId, Value: RequesterTenantId),
            (Field: ExpectedFromProvider.AcceptVpcId, Value: AccepterVpcId),
            (Field: ExpectedFromProvider.AcceptTenantId, Value: AccepterTenantId),
        }
        .Where(setting => setting.Value is null)
        .Select(setting => setting.Field);

    /// <summary>The peering as the settings say it must be: the shown VPC infos replaced by every value the settings know;
    /// <paramref name="sources"/> learns which ones it kept.</summary>
    public Peering Overrule(Peering shown, ExpectedFromProvider sources)
    {
        ArgumentNullException.ThrowIfNull(shown);
        ArgumentNullException.ThrowIfNull(sources);
        sources.Record(FieldsNotSet);
        return shown with
        {
            RequestVpcInfo = new VpcInfo(RequesterVpcId ?? shown.RequestVpcInfo.VpcId, RequesterTenantId ?? shown.RequestVpcInfo.TenantId),
            AcceptVpcInfo = new VpcInfo(AccepterVpcId ?? shown.AcceptVpcInfo.VpcId, AccepterTenantId ?? shown.AcceptVpcInfo.TenantId),
        };
    }
}
