namespace PeeringContracts.Pact;

/// <summary>What request and response bodies share.</summary>
internal static class JsonBodies
{
    public const string ContentType = "application/json";
}
