using PeeringContracts.Client;
using PeeringContracts.Conformance.InputSpace;

namespace PeeringContracts.Conformance.Settings;

/// <summary>
/// How one tenant of the run authenticates: a token (<see cref="TokenCredentials"/>) or a key pair that signs
/// (<see cref="KeyPairCredentials"/>). Also how a request of that kind is sent without credentials or with wrong ones,
/// for the checks that require the target to refuse them. Never printed: <see cref="ToString"/> shows only where they came from.
/// </summary>
public abstract record TenantCredentials(TenantVariables Variables)
{
    /// <summary>The variable a message about these credentials names.</summary>
    public abstract string Variable { get; }

    /// <summary>The values that must never appear in an answer, a log or a report.</summary>
    public IReadOnlyList<string> Secrets => NamedSecrets.Select(secret => secret.Value).ToList();

    /// <summary>The same values, each with the variable that gives it.</summary>
    public abstract IReadOnlyList<NamedSecret> NamedSecrets { get; }

    /// <summary>What the target refuses when it answers 401 to them, e.g. "this token".</summary>
    public abstract string Refused { get; }

    public abstract PeeringClientOptions ClientOptions(Uri baseUrl, TimeSpan timeout);

    /// <summary>The request as a client of this kind sends it with no credentials at all.</summary>
    public abstract AuthProbe Unauthenticated(ApiRequest request);

    /// <summary>The request with credentials of this kind that no tenant holds (<paramref name="wrongSecret"/> in place of the secret).</summary>
    public abstract AuthProbe WronglyAuthenticated(ApiRequest request, string wrongSecret);

    /// <summary>The request in each form of this kind that is not a tenant's credentials but comes close: empty, cut,
    /// extended, overlong (<paramref name="noise"/> is seeded filler for the values it makes up).</summary>
    public abstract InputDimension<ApiRequest> NearMisses(ApiRequest request, string noise);

    public sealed override string ToString() => $"{GetType().Name} {{ {Variable} = *** }}";
}
