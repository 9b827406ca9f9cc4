namespace PeeringContracts.ReferenceProvider.Peerings;

/// <summary>How a tenant relates to one peering. A peering within one tenant makes it both requester and accepter.</summary>
[Flags]
internal enum PeeringParty
{
    Outsider = 1,
    Requester = 2,
    Accepter = 4,
}
