using PeeringContracts.ReferenceProvider.Tests.Support;

namespace PeeringContracts.ReferenceProvider.Tests;

/// <summary>Accept and reject only from PENDING_ACCEPTANCE; anything else is 409 and changes nothing.</summary>
public sealed class StateMachineTests : ProviderFixture
{
    [Test]
    public async Task A_second_reject_answers_409_and_the_peering_stays_rejected()
    {
        var id = await Api.CreatePendingAsync();
        (await Api.RejectAsync(id, DefaultTenants.Accepter)).Code.ShouldBe(200);

        var again = await Api.RejectAsync(id, DefaultTenants.Accepter);

        again.Code.ShouldBe(409, again.ToString());
        again.Json["NeutronError"]!["message"]!.GetValue<string>().ShouldContain("REJECTED", Case.Sensitive, again.ToString());
        (await Api.StatusOfAsync(id)).ShouldBe("REJECTED");
    }

    [Test]
    public async Task Rejecting_an_active_peering_answers_409_and_it_stays_active()
    {
        var id = await Api.CreateActiveAsync();

        var rejected = await Api.RejectAsync(id, DefaultTenants.Accepter);

        rejected.Code.ShouldBe(409, rejected.ToString());
        (await Api.StatusOfAsync(id)).ShouldBe("ACTIVE");
    }

    [Test]
    public async Task Accepting_a_rejected_peering_answers_409_and_it_stays_rejected()
    {
        var id = await Api.CreatePendingAsync();
        (await Api.RejectAsync(id, DefaultTenants.Accepter)).Code.ShouldBe(200);

        var accepted = await Api.AcceptAsync(id, DefaultTenants.Accepter);

        accepted.Code.ShouldBe(409, accepted.ToString());
        (await Api.StatusOfAsync(id)).ShouldBe("REJECTED");
    }

    [Test]
    public async Task Accepting_twice_answers_409_the_second_time()
    {
        var id = await Api.CreateActiveAsync();

        var again = await Api.AcceptAsync(id, DefaultTenants.Accepter);

        again.Code.ShouldBe(409, again.ToString());
        (await Api.StatusOfAsync(id)).ShouldBe("ACTIVE");
    }
}
