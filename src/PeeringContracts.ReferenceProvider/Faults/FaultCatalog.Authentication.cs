using PeeringContracts.ReferenceProvider.Http;
using PeeringContracts.ReferenceProvider.Tenants;

namespace PeeringContracts.ReferenceProvider.Faults;

/// <summary>The faults of authentication: who a request without valid credentials acts as.</summary>
public static partial class FaultCatalog
{
    public static readonly Fault NoAuth = AuthenticationFault(
        new("no-auth", "auth", "A missing or unknown X-Auth-Token is accepted as the accepting tenant."),
        new() { CallerWithoutValidCredentials = (directory, _) => directory.ByRole(TenantRoles.Accepter) });

    public static readonly Fault AnyCredentialsAccepted = AuthenticationFault(
        new("any-credentials-accepted", "auth", "Any X-Auth-Token, or any signature, is accepted as the accepting tenant; only a request with neither is refused 401."),
        new() { CallerWithoutValidCredentials = (directory, request) => request.PresentsCredentials() ? directory.ByRole(TenantRoles.Accepter) : null });

    public static readonly Fault ForbiddenWithoutCredentials = AuthenticationFault(
        new("403-without-credentials", "auth", "A request without valid credentials (none, an unknown token, a wrong signature) is refused 403 instead of 401."),
        new() { Unauthenticated = _ => ErrorAnswer.Neutron(StatusCodes.Status403Forbidden, "Forbidden", "Access to this resource is denied.") });

    public static readonly Fault Forbidden403ForInvalidToken = AuthenticationFault(
        new("403-for-invalid-token", "auth", "A request with an X-Auth-Token no tenant holds is answered 403 instead of 401 (one without a token still gets 401)."),
        new()
        {
            Unauthenticated = request => request.Token().Length > 0
                ? ErrorAnswer.Neutron(StatusCodes.Status403Forbidden, "Forbidden", "This token may not call this API.")
                : null,
        });

    public static readonly Fault TokenPrefixAccepted = AuthenticationFault(
        new("token-prefix-accepted", "auth", "An X-Auth-Token that is the start of a tenant's token (compared with StartsWith, not equality) is accepted as that tenant."),
        new()
        {
            CallerWithoutValidCredentials = (directory, request) => request.Token() is { Length: > 0 } token
                ? directory.All.FirstOrDefault(tenant => tenant.Token.StartsWith(token, StringComparison.Ordinal))
                : null,
        });

    private static Fault AuthenticationFault(Fault fault, FaultHooks hooks) => Declare(fault, FaultKind.Authentication, _ => hooks);
}
