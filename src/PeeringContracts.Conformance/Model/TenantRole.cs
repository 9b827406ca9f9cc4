namespace PeeringContracts.Conformance.Model;

/// <summary>Who sends an operation of the model: the side that created the peering, the side it was sent to, or a
/// tenant that is neither.</summary>
public enum TenantRole
{
    Requester,
    Accepter,
    Outsider,
}
