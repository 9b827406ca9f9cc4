using System.Text.Json.Nodes;
using PeeringContracts.ReferenceProvider.Http;
using PeeringContracts.ReferenceProvider.Peerings;
using PeeringContracts.ReferenceProvider.Tenants;

namespace PeeringContracts.ReferenceProvider.Faults;

/// <summary>
/// The faults a provider runs with, as one layer over the clean provider: each method is a hook point of
/// <see cref="FaultHooks"/> with the hooks of every active fault applied in catalogue order. With no fault on, every
/// answer here is the clean behaviour.
/// </summary>
internal sealed class ActiveFaults
{
    private readonly IReadOnlyList<FaultHooks> hooks;

    public ActiveFaults(IReadOnlyCollection<string> names, TimeSpan slowRejectDelay)
    {
        var active = names.Select(name => FaultCatalog.Get(name).Name).ToHashSet(StringComparer.Ordinal);
        hooks = [.. FaultCatalog.All.Where(fault => active.Contains(fault.Name)).Select(fault => fault.Hooks(new FaultRun(fault, slowRejectDelay)))];
        AcceptRule = Chain(TransitionRule.Accept, hook => hook.AcceptRule);
        RejectRule = Chain(TransitionRule.Reject, hook => hook.RejectRule);
        RejectMethods = [HttpMethods.Put, .. hooks.SelectMany(hook => hook.AlsoRejectsOn).Distinct(StringComparer.Ordinal)];
    }

    public TransitionRule AcceptRule { get; }

    public TransitionRule RejectRule { get; }

    public IReadOnlyList<string> RejectMethods { get; }

    public TenantAccount? CallerWithoutValidCredentials(TenantDirectory directory, HttpRequest request) =>
        First(hook => hook.CallerWithoutValidCredentials?.Invoke(directory, request));

    public IResult? Unauthenticated(HttpRequest request) => First(hook => hook.Unauthenticated?.Invoke(request));

    public async Task<TransitionResult> AfterAcceptAsync(AcceptOutcome outcome)
    {
        foreach (var after in hooks.Select(hook => hook.AfterAccept).OfType<Func<AcceptOutcome, Task<TransitionResult>>>())
        {
            outcome = outcome with { Result = await after(outcome) };
        }

        return outcome.Result;
    }

    public async Task<IResult?> BeforeRejectAsync(RejectRequest request)
    {
        foreach (var before in hooks.Select(hook => hook.BeforeReject).OfType<Func<RejectRequest, Task<IResult?>>>())
        {
            if (await before(request) is { } answer)
            {
                return answer;
            }
        }

        return null;
    }

    public IResult? AfterReject(RejectOutcome outcome) => First(hook => hook.AfterReject?.Invoke(outcome));

    /// <summary>The successful reject's answer, from the documented fields of the rejected peering.</summary>
    public IResult RejectedAnswer(JsonObject fields) => Results.Text(
        Chain(Chain(fields, hook => hook.RejectBody).ToJsonString(), hook => hook.RejectText),
        First(hook => hook.RejectContentType) ?? JsonAnswer.ContentType,
        contentEncoding: null,
        hooks.Select(hook => hook.RejectStatusCode).FirstOrDefault(code => code is not null) ?? StatusCodes.Status200OK);

    /// <summary>The successful accept's body, from the documented fields of the accepted peering.</summary>
    public JsonObject AcceptedBody(JsonObject fields) => Chain(fields, hook => hook.AcceptBody);

    public int CreatedStatus => hooks.Select(hook => hook.CreateStatusCode).FirstOrDefault(code => code is not null) ?? StatusCodes.Status201Created;

    public void Listed(HttpContext http)
    {
        foreach (var listed in hooks.Select(hook => hook.Listed).OfType<Action<HttpContext>>())
        {
            listed(http);
        }
    }

    public IResult ShowNotFound(ErrorAnswer clean) => First(hook => hook.ShowNotFound?.Invoke(clean)) ?? clean;

    public IResult Refusal(TransitionResult result, ErrorAnswer clean) => First(hook => hook.Refusal?.Invoke(result, clean)) ?? clean;

    public PeeringRecord Read(PeeringRead read) =>
        hooks.Select(hook => hook.Read).OfType<Func<PeeringRead, PeeringRecord>>().Aggregate(read, (seen, bend) => seen with { Peering = bend(seen) }).Peering;

    public bool Lists(ListFilter filter, PeeringRecord peering) =>
        filter.Matches(peering) || hooks.Any(hook => hook.AlsoLists?.Invoke(filter, peering) == true);

    public async Task BeforeDeleteAsync(PeeringRecord peering, string tenantId)
    {
        foreach (var before in hooks.Select(hook => hook.BeforeDelete).OfType<Func<PeeringRecord, string, Task>>())
        {
            await before(peering, tenantId);
        }
    }

    public void Deleted(PeeringRecord peering)
    {
        foreach (var deleted in hooks.Select(hook => hook.Deleted).OfType<Action<PeeringRecord>>())
        {
            deleted(peering);
        }
    }

    public Func<HttpContext, int, Task>? ErrorPage => First(hook => hook.ErrorPage);

    public string ErrorContentType => First(hook => hook.ErrorContentType) ?? JsonAnswer.ContentType;

    public JsonObject? ErrorShape(JsonObject body) => First(hook => hook.ErrorShape?.Invoke(body));

    public JsonObject ErrorBody(JsonObject body, string token) => Chain(body, hook => hook.ErrorBody is { } bend ? shaped => bend(shaped, token) : null);

    public string ErrorText(string text, string token) => Chain(text, hook => hook.ErrorText is { } bend ? json => bend(json, token) : null);

    private T? First<T>(Func<FaultHooks, T?> answer)
        where T : class => hooks.Select(answer).FirstOrDefault(found => found is not null);

    private T Chain<T>(T clean, Func<FaultHooks, Func<T, T>?> bend) =>
        hooks.Select(bend).OfType<Func<T, T>>().Aggregate(clean, (current, next) => next(current));
}
