using PeeringContracts.Client;
using PeeringContracts.Conformance.Fixtures;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>What the settings name overrules the provider's show; what they leave unset is kept from it, and recorded as such.</summary>
public sealed class KnownPartiesTests
{
    private static readonly Peering Shown = new(
        "2f3c1a52-5b8e-4f0e-9d4a-1c2b3d4e5f60", "shown", new VpcInfo("shown-requester-vpc", "shown-requester-tenant"),
        new VpcInfo("shown-accepter-vpc", "shown-accepter-tenant"), PeeringStatus.PendingAcceptance);

    [Test]
    public void The_settings_overrule_the_show_and_only_the_unset_fields_are_taken_from_the_provider()
    {
        var sources = new ExpectedFromProvider();
        var parties = new KnownParties(RequesterVpcId: "requester-vpc", RequesterTenantId: null, AccepterVpcId: "accepter-vpc", AccepterTenantId: null);

        var expected = parties.Overrule(Shown, sources);

        expected.RequestVpcInfo.ShouldBe(new VpcInfo("requester-vpc", "shown-requester-tenant"));
        expected.AcceptVpcInfo.ShouldBe(new VpcInfo("accepter-vpc", "shown-accepter-tenant"));
        sources.Fields.ShouldBe([ExpectedFromProvider.RequestTenantId, ExpectedFromProvider.AcceptTenantId]);
    }

    [Test]
    public void With_every_party_set_nothing_is_taken_from_the_provider()
    {
        var sources = new ExpectedFromProvider();

        new KnownParties("requester-vpc", "requester-tenant", "accepter-vpc", "accepter-tenant").Overrule(Shown, sources);

        sources.Fields.ShouldBeEmpty();
    }
}
