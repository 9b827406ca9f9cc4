using PeeringContracts.Client;
using PeeringContracts.Conformance.Running;
using PeeringContracts.Conformance.Settings;

namespace PeeringContracts.Conformance.Target;

/// <summary>
/// One cheap request per configured tenant before any check: an unreachable host or a refused token is a
/// misconfiguration, reported once with the variable's name instead of as a failure in every check.
/// </summary>
internal static class Preflight
{
    public static async Task RunAsync(TenantClients tenants, TargetSettings settings, CancellationToken cancellationToken)
    {
        await ProbeAsync(tenants.Accepter, SettingNames.AccepterToken, settings, cancellationToken);
        if (tenants.Requester is not null)
        {
            await ProbeAsync(tenants.Requester, SettingNames.RequesterToken, settings, cancellationToken);
        }

        if (tenants.Outsider is not null)
        {
            await ProbeAsync(tenants.Outsider, SettingNames.OutsiderToken, settings, cancellationToken);
        }
    }

    private static async Task ProbeAsync(PeeringApiClient client, string tokenVariable, TargetSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            await client.ListAsync(new PeeringListQuery(Limit: 1), cancellationToken);
        }
        catch (PeeringTransportException error)
        {
            throw new ConformanceConfigurationException(SettingNames.BaseUrl,
                $"{settings.DescribeTarget()} did not answer a list request: {error.Message}");
        }
        catch (PeeringApiException error) when (error.StatusCode == 401)
        {
            throw new ConformanceConfigurationException(tokenVariable,
                $"the target refused this token (401 on GET /v2.0/vpc/peerings, request id {error.RequestId ?? "none"}).");
        }
        catch (Exception error) when (error is PeeringApiException or PeeringResponseException)
        {
            // Any other answer proves the host is there and the token passed authentication; the checks judge the rest.
        }
    }
}
