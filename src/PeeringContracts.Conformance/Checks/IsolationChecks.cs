using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Conformance.Running;
using static PeeringContracts.Conformance.Requirements.RequirementLevel;

namespace PeeringContracts.Conformance.Checks;

/// <summary>A tenant that is neither side of a peering learns nothing of it from a refusal but the id it sent.</summary>
internal static class IsolationChecks
{
    public static readonly ConformanceCheck RefusalRevealsNothing = new(
        new Requirement("REJ-026", Should, RequirementCategory.Auth,
            "The refusal of an unrelated tenant's reject reveals nothing of the peering beyond its id: not its name, VPC ids or tenant ids.",
            "inferred: tenant isolation (only the two sides of a peering can see it; facts: behaviour rules)"),
        async context =>
        {
            var outsider = context.Outsider;
            var fixture = await context.PendingPeeringAsync();
            var refusal = await context.RejectAsync(fixture.Id, outsider);
            Expect.ClientError(refusal, "a reject sent by an unrelated tenant");
            var expected = fixture.Expected;
            var details = new[]
                {
                    expected.Name, expected.RequestVpcInfo.VpcId, expected.AcceptVpcInfo.VpcId,
                    expected.RequestVpcInfo.TenantId, expected.AcceptVpcInfo.TenantId,
                }
                .OfType<string>()
                .Where(detail => !string.Equals(detail, fixture.Id, StringComparison.OrdinalIgnoreCase))
                .ToList();
            if (AnswerLeaks.FirstIn(refusal, details, StringComparison.OrdinalIgnoreCase) is { } found)
            {
                throw new RequirementFailedException(
                    "a refusal that names nothing of the peering but its id",
                    $"{Expect.Quote(found.Value)} in the {found.Where}",
                    refusal);
            }
        });
}
