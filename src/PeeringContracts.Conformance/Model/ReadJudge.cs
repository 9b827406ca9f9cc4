using PeeringContracts.Client;
using PeeringContracts.Conformance.Checks;

namespace PeeringContracts.Conformance.Model;

/// <summary>
/// Judges show and list answers against the model: who sees a peering, with which fields, under which filter. Within
/// the settle window a read may show any version that held during it; the reads at the end of a sequence come after
/// the window and must show the current one. <c>finalRule</c>, where given, is the rule every party's read is judged
/// by instead (M-12: the state the writes left).
/// </summary>
internal sealed class ReadJudge(SequenceState state, TimeSpan window)
{
    private const string DeletedShown = "how a show answers for a deleted peering";
    private const string OutsiderShow = "a show by an unrelated tenant";

    public void Show(ModelPeering? peering, TenantRole role, PeeringExchange show, TimeSpan sent, TimeSpan received, ModelRule? finalRule = null)
    {
        var versions = peering?.Readable(sent, received, window) ?? [];
        var anyLive = versions.Any(version => version.State.IsLive());
        var allGone = !anyLive;
        if (!role.IsParty())
        {
            JudgeOutsiderShow(show, allLive: versions.Count > 0 && versions.All(version => version.State.IsLive()), allGone);
            return;
        }

        if (show.StatusCode == 200 && JsonBody.TryParseObject(show.Body, out var body) && body.TryGetProperty("peering", out var shown))
        {
            var match = versions.FirstOrDefault(version => PeeringView.Shows(shown, peering!.Id, version));
            if (match is null)
            {
                state.Fail(finalRule ?? (anyLive ? ModelRules.PartiesSeeIt : ModelRules.GoneIsNotShown),
                    anyLive ? $"status 200 with {PeeringView.Either(versions.Where(version => version.State.IsLive()))}" : "status 404",
                    $"status 200 with {PeeringView.Describe(shown)}", show);
            }
            else if (match.State == ModelState.Deleted)
            {
                state.Hold(finalRule ?? ModelRules.GoneIsNotShown, DeletedShown, show);
            }

            return;
        }

        if (show.StatusCode == 404 && (peering is null || versions.Any(version => !version.State.IsLive())))
        {
            if (peering is not null && allGone)
            {
                state.Hold(finalRule ?? ModelRules.GoneIsNotShown, DeletedShown, show);
            }

            return;
        }

        state.Fail(finalRule ?? (anyLive ? ModelRules.PartiesSeeIt : ModelRules.GoneIsNotShown),
            anyLive ? $"status 200 with {PeeringView.Either(versions.Where(version => version.State.IsLive()))}" : "status 404",
            $"status {show.StatusCode}", show);
    }

    public void List(IReadOnlyList<ModelPeering> peerings, TenantRole role, string? status, ModelListing listing, ModelRule? finalRule = null)
    {
        var filter = status is null ? "the list" : $"the list filtered by status={status}";
        foreach (var peering in peerings)
        {
            var item = listing.Find(peering.Id);
            var versions = peering.Readable(listing.Sent, listing.Received, window);
            if (!role.IsParty())
            {
                if (item is not null)
                {
                    state.Fail(ModelRules.OutsidersCannotList, $"none of the tenants' peerings in {filter} of an unrelated tenant",
                        $"peering {peering.Label} ({peering.Id}) listed", listing.Last);
                }

                continue;
            }

            var listable = versions.Where(version => version.State.IsLive() && (status is null || version.State.StatusWord() == status)).ToList();
            if (item is { } listed)
            {
                if (!versions.Any(version => (status is null || version.State.StatusWord() == status) && PeeringView.Shows(listed, peering.Id, version)))
                {
                    state.Fail(finalRule ?? ModelRules.ListFilterHolds,
                        listable.Count == 0 ? $"peering {peering.Label} not in {filter}" : $"peering {peering.Label} in {filter} with {PeeringView.Either(listable)}",
                        $"listed with {PeeringView.Describe(listed)}", listing.Last);
                }
            }
            else if (listable.Count == versions.Count)
            {
                state.Fail(finalRule ?? ModelRules.ListFilterHolds, $"peering {peering.Label} ({peering.Id}) in {filter} with {PeeringView.Either(listable)}",
                    "a list without it", listing.Last);
            }
        }
    }

    private void JudgeOutsiderShow(PeeringExchange show, bool allLive, bool allGone)
    {
        if (allGone)
        {
            if (show.StatusCode != 404)
            {
                state.Fail(ModelRules.GoneIsNotShown, "status 404", $"status {show.StatusCode}", show);
            }

            return;
        }

        if (show.StatusCode is not (403 or 404))
        {
            state.Fail(ModelRules.OutsidersCannotShow, "status 403 or 404", $"status {show.StatusCode}", show);
        }
        else if (allLive)
        {
            state.Hold(ModelRules.OutsidersCannotShow, OutsiderShow, show);
        }
    }
}
