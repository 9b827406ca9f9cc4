namespace PeeringContracts.Conformance.Checks;

/// <summary>
/// The documented operations a provider may leave out (update): nothing in the reject's contract needs them. A check
/// uses one only where the others cannot do the job, and takes these answers as "not offered", never as a defect.
/// </summary>
internal static class OptionalOperation
{
    /// <summary>404 (no such route), 405 (no such method on the peering's path), 501 (not implemented).</summary>
    public static bool IsNotOffered(int statusCode) => statusCode is 404 or 405 or 501;
}
