namespace PeeringContracts.ReferenceProvider.Peerings;

/// <summary>One stored peering. Immutable: a change stores a new record, so a compare-and-swap decides races.</summary>
internal sealed record PeeringRecord(
    Guid Id,
    string Name,
    string? Description,
    VpcSide RequestVpc,
    VpcSide AcceptVpc,
    string Status,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    public PeeringParty PartyOf(string tenantId)
    {
        var party = (RequestVpc.TenantId == tenantId ? PeeringParty.Requester : 0)
            | (AcceptVpc.TenantId == tenantId ? PeeringParty.Accepter : 0);
        return party == 0 ? PeeringParty.Outsider : party;
    }

    public bool IsVisibleTo(string tenantId) => PartyOf(tenantId) != PeeringParty.Outsider;

    /// <summary>Whether this peering joins the two VPCs, in either direction.</summary>
    public bool Connects(string vpcId, string otherVpcId) =>
        (RequestVpc.VpcId == vpcId && AcceptVpc.VpcId == otherVpcId) || (RequestVpc.VpcId == otherVpcId && AcceptVpc.VpcId == vpcId);
}
