using PeeringContracts.Client;
using PeeringContracts.Conformance.Running;
using PeeringContracts.Schemas;

namespace PeeringContracts.Conformance.Checks;

/// <summary>The comparisons checks make; each failure carries what was expected, what came, and the exchange.</summary>
internal static class Expect
{
    public static void Status(PeeringExchange exchange, int expected)
    {
        if (exchange.StatusCode != expected)
        {
            throw new RequirementFailedException($"status {expected}", $"status {exchange.StatusCode}", exchange);
        }
    }

    public static void Success(PeeringExchange exchange, string what)
    {
        if (exchange.StatusCode is < 200 or >= 300)
        {
            throw new RequirementFailedException($"a 2xx answer to {what}", $"status {exchange.StatusCode}", exchange);
        }
    }

    public static void ClientError(PeeringExchange exchange, string what)
    {
        if (exchange.StatusCode is < 400 or >= 500)
        {
            throw new RequirementFailedException($"a 4xx answer to {what}", $"status {exchange.StatusCode}", exchange);
        }
    }

    /// <summary>Requires the body to be an error in one of the documented shapes (schemas/error-body).</summary>
    public static void DocumentedErrorBody(PeeringExchange exchange)
    {
        var violations = PeeringSchemas.ErrorBody.Validate(exchange.Body);
        if (violations.Count > 0)
        {
            throw new RequirementFailedException(
                $"an error body valid against {PeeringSchemas.ErrorBody.FileName}", SchemaViolation.Describe(violations), exchange);
        }
    }

    public static void Equal(string field, string? expected, string? actual, PeeringExchange exchange)
    {
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            throw new RequirementFailedException($"{field} = {Quote(expected)}", $"{field} = {Quote(actual)}", exchange);
        }
    }

    /// <summary>
    /// Ids are UUIDs or hex project ids: the same id may come back in another letter case, and a tenant id as 32 hex
    /// digits or hyphenated. Those are the same identifier, not a deviation.
    /// </summary>
    public static void SameIdentifier(string field, string? expected, string? actual, PeeringExchange exchange)
    {
        if (expected is null || actual is null || !AreSameIdentifier(expected, actual))
        {
            throw new RequirementFailedException($"{field} = {Quote(expected)}", $"{field} = {Quote(actual)}", exchange);
        }
    }

    /// <summary>
    /// Requires the body's peering (at <paramref name="at"/>: "" for a top-level one, "peering." for an envelope) to have
    /// the name and VPC infos of <paramref name="expected"/>; tenant_id is optional in a VPC info, so it is compared only
    /// when both sides carry one.
    /// </summary>
    public static void SamePeering(Peering expected, PeeringExchange exchange, string at)
    {
        var body = JsonBody.Object(exchange);
        string? Actual(string field) => JsonBody.StringAt(body, at + field);
        Equal(at + "name", expected.Name, Actual("name"), exchange);
        SameIdentifier(at + "request_vpc_info.vpc_id", expected.RequestVpcInfo.VpcId, Actual("request_vpc_info.vpc_id"), exchange);
        SameIdentifier(at + "accept_vpc_info.vpc_id", expected.AcceptVpcInfo.VpcId, Actual("accept_vpc_info.vpc_id"), exchange);
        foreach (var (field, tenantId) in new[] { ("request_vpc_info.tenant_id", expected.RequestVpcInfo.TenantId), ("accept_vpc_info.tenant_id", expected.AcceptVpcInfo.TenantId) })
        {
            if (tenantId is not null && Actual(field) is { } actualTenant)
            {
                SameIdentifier(at + field, tenantId, actualTenant, exchange);
            }
        }
    }

    /// <summary>
    /// Requires the peering to show <paramref name="expected"/> once a changing write (<paramref name="cause"/>) has had
    /// the settle window to become visible to reads.
    /// </summary>
    public static async Task StatusBecomesAsync(CheckContext context, string peeringId, string expected, PeeringExchange cause)
    {
        var actual = await Eventually.ReadAsync(
            () => context.StatusOfAsync(peeringId), status => status == expected, context.Settings.SettleWindow, context.CancellationToken);
        RequireStatus(peeringId, expected, actual, cause);
    }

    /// <summary>
    /// Reads the peering once what came before has settled (it shows <paramref name="status"/>): what a request that must
    /// change nothing is then compared with, field by field.
    /// </summary>
    public static async Task<PeeringSnapshot> SettledAsync(CheckContext context, string peeringId, string status)
    {
        var snapshot = await Eventually.ReadAsync(
            () => PeeringSnapshot.ReadAsync(context, peeringId), read => read.Status == status, context.Settings.SettleWindow, context.CancellationToken);
        return snapshot.Status == status
            ? snapshot
            : throw new FixtureFailedException(
                $"reading peering {peeringId} before the request that must change nothing", $"it shows {snapshot.Describe()}, the check needs status {status}");
    }

    /// <summary>
    /// Requires a request that must change nothing (<paramref name="cause"/>) to have left the peering as
    /// <paramref name="before"/>, status and every field: after the settle window every read must agree, so neither a
    /// stale read nor a late change goes unseen; the end-of-run audit reads it once more when the run ends.
    /// </summary>
    public static async Task UnchangedAsync(CheckContext context, PeeringSnapshot before, PeeringExchange cause)
    {
        var after = await Eventually.StaysAsync(
            () => PeeringSnapshot.ReadAsync(context, before.PeeringId), read => before.ChangesTo(read) is null, context.Settings.SettleWindow, context.CancellationToken);
        if (before.ChangesTo(after) is { } changes)
        {
            throw new RequirementFailedException(
                $"peering {before.PeeringId} afterwards as before the request ({before.Describe()}, every field the same; GET /v2.0/vpc/peerings/{before.PeeringId})",
                changes,
                cause);
        }

        context.AuditAtEndOfRun(before, cause);
    }

    /// <summary>
    /// Requires a reject that succeeded (<paramref name="cause"/>) to have changed the peering from <paramref name="before"/>
    /// to REJECTED and nothing else but <c>updated_at</c>, once the settle window let the change show.
    /// </summary>
    public static async Task OnlyRejectedAsync(CheckContext context, PeeringSnapshot before, PeeringExchange cause)
    {
        var after = await Eventually.ReadAsync(
            () => PeeringSnapshot.ReadAsync(context, before.PeeringId), read => read.Status == PeeringStatus.Rejected, context.Settings.SettleWindow, context.CancellationToken);
        RequireStatus(before.PeeringId, PeeringStatus.Rejected, after.Status ?? after.Describe(), cause);
        if (before.ChangesTo(after, "status", "updated_at") is { } changes)
        {
            throw new RequirementFailedException(
                $"peering {before.PeeringId} afterwards as before the reject but for status and updated_at (GET /v2.0/vpc/peerings/{before.PeeringId})",
                changes,
                cause);
        }
    }

    private static void RequireStatus(string peeringId, string expected, string actual, PeeringExchange cause)
    {
        if (actual != expected)
        {
            throw new RequirementFailedException(
                $"peering {peeringId} to have status {expected} afterwards (GET /v2.0/vpc/peerings/{peeringId})",
                $"status {actual}",
                cause);
        }
    }

    /// <summary>Whether two ids name the same identifier: UUIDs and 32-hex ids fold case and hyphens; any other id must match exactly.</summary>
    public static bool AreSameIdentifier(string expected, string actual) => Canonical(expected) == Canonical(actual);

    private static string Canonical(string identifier)
    {
        var folded = identifier.Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        return folded.Length == 32 && folded.All(Uri.IsHexDigit) ? folded : identifier;
    }

    public static string Quote(string? value) => value is null ? "(absent)" : $"\"{value}\"";
}
