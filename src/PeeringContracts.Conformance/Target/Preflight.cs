using PeeringContracts.Client;
using PeeringContracts.Conformance.Settings;

namespace PeeringContracts.Conformance.Target;

/// <summary>
/// One cheap request per configured tenant before any check: an unreachable host, a refused token or key pair, or a
/// clock too far from the provider's is a misconfiguration, reported once with the variable's name instead of as a
/// failure in every check.
/// </summary>
internal static class Preflight
{
    public static async Task RunAsync(
        TargetTenants tenants, Func<TenantCredentials, PeeringApiClient> clientFor, TargetSettings settings, CancellationToken cancellationToken)
    {
        foreach (var tenant in tenants.All)
        {
            await ProbeAsync(clientFor(tenant), tenant, settings, cancellationToken);
        }
    }

    private static async Task ProbeAsync(PeeringApiClient client, TenantCredentials tenant, TargetSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            await client.ListAsync(new PeeringListQuery(Limit: 1), cancellationToken);
        }
        catch (PeeringTransportException error)
        {
            throw new ConformanceConfigurationException(Setting.BaseUrl,
                $"{settings.DescribeTarget()} did not answer a list request: {error.Message}");
        }
        catch (PeeringApiException error) when (error.StatusCode == 401 && error.Exchange.ClockSkew is { } skew)
        {
            throw new ConformanceConfigurationException(tenant.Variable, skew);
        }
        catch (PeeringApiException error) when (error.StatusCode == 401)
        {
            throw new ConformanceConfigurationException(tenant.Variable,
                $"the target refused {tenant.Refused} (401 on GET /v2.0/vpc/peerings, request id {error.RequestId ?? "none"}).");
        }
        catch (Exception error) when (error is PeeringApiException or PeeringResponseException)
        {
            // Any other answer proves the host is there and the credentials passed authentication; the checks judge the rest.
        }
    }
}
