using PeeringContracts.Client;
using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Conformance.Running;
using PeeringContracts.Conformance.Settings;
using static PeeringContracts.Conformance.Requirements.RequirementLevel;

namespace PeeringContracts.Conformance.Checks;

/// <summary>What a reject may change: of its own peering only the status, of other peerings nothing, for an unknown id nothing at all.</summary>
internal static class SideEffectChecks
{
    /// <summary>The fields a reject may change on its own peering.</summary>
    private static readonly string[] ChangedByReject = [PeeringFields.Status, PeeringFields.UpdatedAt];

    /// <summary>The answer's id, name, VPC infos and status are judged by REJ-004, REJ-005 and REJ-006; the rest of it here.</summary>
    private static readonly string[] AnswerFieldsJudgedHere = ["description", "created_at"];

    public static readonly ConformanceCheck RejectChangesOnlyItsStatus = new(
        new Requirement("REJ-031", Should, RequirementCategory.State,
            "A reject changes only its own peering, and of it only `status` and `updated_at`: `description`, `created_at` and every other documented field read the same in the answer, in show and in list, and another peering between the same VPCs stays exactly as it was.",
            "inferred: [SEED] reject refuses the request (a change of status); [OTC] name and description change through update; [SDK-GO] created_at is the creation time"),
        async context =>
        {
            // Rejected before the peering under test is made: a provider that allows one live peering per VPC pair lets both exist.
            var sibling = await DescribedPendingAsync(context);
            var siblingReject = await context.RejectAsync(sibling.Id);
            if (siblingReject.StatusCode is < 200 or >= 300)
            {
                throw new FixtureFailedException($"rejecting peering {sibling.Id}, which stands beside the one under test", $"status {siblingReject.StatusCode}", siblingReject);
            }

            var siblingBefore = await SettledReadingAsync(context, sibling, PeeringStatus.Rejected);
            var target = await DescribedPendingAsync(context);
            var before = await SettledReadingAsync(context, target, PeeringStatus.PendingAcceptance);

            var answer = await context.RejectAsync(target.Id);
            Expect.Success(answer, $"rejecting pending peering {target.Id} as the accepting tenant");

            // Read at once as well as after the window: the other checks' rejects between the same VPCs may, on a provider
            // that writes onto siblings, overwrite the sibling again and hide this reject's change by the end of the window.
            var siblingAtOnce = await PeeringReading.ReadAsync(context, sibling.Id);
            var answered = before.Shown!.ChangesTo(new PeeringFields(JsonBody.Object(answer)), AnswerFieldsJudgedHere, sameView: false);
            RequireNone(answered.Select(change => ($"answer: {change}", answer)).ToList(),
                $"the reject answer of peering {target.Id} to carry its {string.Join(" and ", AnswerFieldsJudgedHere)} as shown before, where it carries them");

            var after = await PeeringReading.SettledAsync(context, target.Id, PeeringStatus.Rejected, target.Description);
            RequireNone(before.ChangesTo(after, PeeringFields.Documented.Except(ChangedByReject)),
                $"peering {target.Id} as shown and listed before the reject but for status and updated_at");

            var siblingAfter = siblingBefore.ChangesTo(siblingAtOnce, PeeringFields.Documented).Count > 0
                ? siblingAtOnce
                : await Eventually.StaysAsync(
                    () => PeeringReading.ReadAsync(context, sibling.Id),
                    reading => siblingBefore.ChangesTo(reading, PeeringFields.Documented).Count == 0,
                    context.Settings.SettleWindow,
                    context.CancellationToken);
            RequireNone(siblingBefore.ChangesTo(siblingAfter, PeeringFields.Documented),
                $"peering {sibling.Id}, another peering between the same VPCs, as shown and listed before the reject of {target.Id}");
        });

    public static readonly ConformanceCheck UnknownIdRejectCreatesNothing = new(
        new Requirement("REJ-032", Should, RequirementCategory.State,
            "Rejecting an unknown peering id creates nothing: after the settle window show of that id still answers as before (404), and neither the whole list nor the list under `status=REJECTED` contains it.",
            "inferred: a reject changes an existing peering ([SEED]); [OTC] status_codes 404: the requested resource was not found"),
        async context =>
        {
            var unknownId = context.Data.UnknownPeeringId();
            var showBefore = await context.SendAsync(ApiRequest.Show(unknownId));
            if (showBefore.StatusCode is >= 200 and < 300)
            {
                throw new FixtureFailedException($"showing {unknownId}, a generated id no target has issued", $"status {showBefore.StatusCode}", showBefore);
            }

            var reject = await context.RejectAsync(unknownId);
            var trace = await Eventually.StaysAsync(
                () => TraceOfAsync(context, unknownId, showBefore.StatusCode), found => found is null, context.Settings.SettleWindow, context.CancellationToken);
            if (trace is { } left)
            {
                throw new RequirementFailedException(
                    $"no trace of unknown peering {unknownId} after its reject answered {reject.StatusCode}: show answers {showBefore.StatusCode} as before it, neither the whole list nor the list under status=REJECTED contains it",
                    left.What,
                    left.Exchange);
            }
        });

    /// <summary>A pending peering and the description it has; null when it has none.</summary>
    private sealed record Described(string Id, string? Description);

    /// <summary>
    /// A pending peering with every optional field set, so a reject that loses one shows. The description goes with the
    /// create where the fixture strategy sends one (api). Provider states and preprovisioned peerings come as they are:
    /// a missing description is set through the optional update, as the requesting tenant that owns the request, and
    /// where the provider does not offer update the peering stays as it came, so keeping its (absent) description is not judged.
    /// </summary>
    private static async Task<Described> DescribedPendingAsync(CheckContext context)
    {
        var description = $"{context.Requirement.Id}: {context.Data.PeeringName()} & '描述'";
        var fixture = await context.PendingPeeringAsync(description);
        if (fixture.Expected.Description == description)
        {
            return new Described(fixture.Id, description);
        }

        var update = await context.SendAsync(ApiRequest.Update(fixture.Id, new UpdatePeeringRequest(Description: description)), context.Requester);
        if (update.StatusCode is >= 200 and < 300)
        {
            return new Described(fixture.Id, description);
        }

        if (!OptionalOperation.IsNotOffered(update.StatusCode))
        {
            throw new FixtureFailedException(
                $"setting the description of peering {fixture.Id} as the requesting tenant (PUT /v2.0/vpc/peerings/{fixture.Id})", $"status {update.StatusCode}", update);
        }

        if (string.IsNullOrEmpty(fixture.Expected.Description))
        {
            context.NotJudged(
                $"that a reject keeps the `description`: fixtures '{TargetSettings.WordFor(context.Settings.Fixtures)}' make peerings without one, " +
                $"and the optional update that would set it (PUT /v2.0/vpc/peerings/{{id}}) answered {update.StatusCode}");
        }

        return new Described(fixture.Id, fixture.Expected.Description);
    }

    private static async Task<PeeringReading> SettledReadingAsync(CheckContext context, Described peering, string status)
    {
        var reading = await PeeringReading.SettledAsync(context, peering.Id, status, peering.Description);
        return reading.IsComplete
            ? reading
            : throw new FixtureFailedException($"reading peering {peering.Id} before the reject", "show or the list does not have it after the settle window", reading.Show);
    }

    private static void RequireNone(IReadOnlyList<(string Difference, PeeringExchange Exchange)> changes, string expected)
    {
        if (changes.Count > 0)
        {
            throw new RequirementFailedException(expected, string.Join("; ", changes.Select(change => change.Difference)), changes[0].Exchange);
        }
    }

    /// <summary>What shows that the unknown id now exists: show answering otherwise than before, or a list containing it; null when nothing does.</summary>
    private static async Task<(string What, PeeringExchange Exchange)?> TraceOfAsync(CheckContext context, string peeringId, int unknownStatus)
    {
        var show = await context.SendAsync(ApiRequest.Show(peeringId));
        if (show.StatusCode != unknownStatus)
        {
            return ($"show answers {show.StatusCode} (peering.status {Expect.Quote(StateChecks.StatusIn(show, "peering.status"))})", show);
        }

        foreach (var status in new string?[] { null, PeeringStatus.Rejected })
        {
            var listed = await ListSearch.RunAsync(context, status, peeringId);
            if (listed.Found)
            {
                return ($"the list{(status is null ? string.Empty : $" under status={status}")} contains it", listed.Last);
            }
        }

        return null;
    }
}
