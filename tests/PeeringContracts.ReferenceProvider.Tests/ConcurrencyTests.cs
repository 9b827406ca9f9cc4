using PeeringContracts.ReferenceProvider.Tests.Support;

namespace PeeringContracts.ReferenceProvider.Tests;

public sealed class ConcurrencyTests : ProviderFixture
{
    private const int Races = 100;

    [Test]
    public async Task Each_of_100_accept_reject_races_has_exactly_one_winner_and_the_state_matches_it()
    {
        var ids = new List<string>();
        for (var i = 0; i < Races; i++)
        {
            ids.Add(await Api.CreatePendingAsync("race"));
        }

        var races = await Task.WhenAll(ids.Select(async id =>
        {
            var accept = Api.AcceptAsync(id, DefaultTenants.Accepter);
            var reject = Api.RejectAsync(id, DefaultTenants.Accepter);
            return (Id: id, Accept: await accept, Reject: await reject);
        }));

        foreach (var (id, accept, reject) in races)
        {
            int[] codes = [.. new[] { accept.Code, reject.Code }.Order()];
            codes.ShouldBe([200, 409], $"race on {id}: {accept} / {reject}");
            var expected = accept.Code == 200 ? "ACTIVE" : "REJECTED";
            (await Api.StatusOfAsync(id)).ShouldBe(expected, $"race on {id}: {accept} / {reject}");
        }
    }
}
