namespace PeeringContracts.Conformance.Model;

/// <summary>
/// One generated operation of a sequence: what, by whom, on which peering and, for a list, under which status filter.
/// <see cref="Target"/> picks among the peerings the sequence created so far (modulo their number, deleted ones
/// included); <see cref="UnknownTarget"/>, or no peering yet, sends a well-formed id the provider never issued.
/// </summary>
public sealed record ModelStep(ModelOperation Operation, TenantRole Role, int Target, string? StatusFilter)
{
    public const int UnknownTarget = -1;

    public override string ToString() => Operation switch
    {
        ModelOperation.Create => "create by the requester",
        ModelOperation.List => $"list{(StatusFilter is null ? "" : $" status={StatusFilter}")} by the {Role.Word()}",
        _ => $"{Operation.ToString().ToLowerInvariant()} of {(Target == UnknownTarget ? "an unknown id" : $"peering #{Target + 1}")} by the {Role.Word()}",
    };
}
