namespace PeeringContracts.Conformance.Fixtures;

/// <summary>
/// The fields whose expected value a run's fixtures could only take from the provider (its show or its state endpoint)
/// because neither the settings nor the suite gave it: the checks compare those with the provider's own word, and the
/// report says so. Filled as fixtures are made, so it names exactly what this run took.
/// </summary>
public sealed class ExpectedFromProvider
{
    public const string Name = "name";
    public const string RequestVpcId = "request_vpc_info.vpc_id";
    public const string RequestTenantId = "request_vpc_info.tenant_id";
    public const string AcceptVpcId = "accept_vpc_info.vpc_id";
    public const string AcceptTenantId = "accept_vpc_info.tenant_id";

    /// <summary>The compared fields in the order the report lists them.</summary>
    private static readonly string[] Order = [Name, RequestVpcId, RequestTenantId, AcceptVpcId, AcceptTenantId];

    private readonly HashSet<string> taken = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Fields
    {
        get
        {
            lock (taken)
            {
                return Order.Where(taken.Contains).ToList();
            }
        }
    }

    public void Record(IEnumerable<string> fields)
    {
        lock (taken)
        {
            taken.UnionWith(fields);
        }
    }
}
