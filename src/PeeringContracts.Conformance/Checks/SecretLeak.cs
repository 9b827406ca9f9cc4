using PeeringContracts.Conformance.Settings;

namespace PeeringContracts.Conformance.Checks;

/// <summary>A secret of the run found in an answer: which one (by its variable) and where, never its value.</summary>
internal sealed record SecretLeak(NamedSecret Secret, string Where);
