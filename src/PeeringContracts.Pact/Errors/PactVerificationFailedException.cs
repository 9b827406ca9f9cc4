using PeeringContracts.Pact.Verifier;
namespace PeeringContracts.Pact.Errors;

/// <summary>The provider did not honour the pact; the message names each failed interaction and why.</summary>
public sealed class PactVerificationFailedException(VerificationResult result) : PactException(result?.ToString() ?? "")
{
    public VerificationResult Result { get; } = result ?? throw new ArgumentNullException(nameof(result));
}
