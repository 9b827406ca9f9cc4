namespace PeeringContracts.Conformance.Model;

/// <summary>One operation of a linearizability sample: what, and by whom, on the sample's one peering.</summary>
public sealed record ParallelStep(ModelOperation Operation, TenantRole Role)
{
    public override string ToString() => $"{Operation.ToString().ToLowerInvariant()} by the {Role.Word()}";
}
