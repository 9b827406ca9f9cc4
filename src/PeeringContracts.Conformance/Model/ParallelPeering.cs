using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using PeeringContracts.Client;
using PeeringContracts.Conformance.Checks;

namespace PeeringContracts.Conformance.Model;

/// <summary>
/// The provider's side of a linearizability sample: one peering, created by the requester when the first operation
/// needs it (CsCheck also builds samples it never runs, to replay the model), the answers to the operations sent at
/// once, and the state both sides read after the settle window. A sample that could not be sent whole (the budget, a
/// refused create, throttling, a lost connection) is not judged, and says why.
/// </summary>
internal sealed class ParallelPeering
{
    private readonly ParallelExploration exploration;
    private readonly Lazy<Task<string?>> created;
    private readonly Lazy<Task<IReadOnlyList<(TenantRole Role, string Answer)>>> final;
    private readonly ConcurrentQueue<(string Step, string Answer)> answers = new();
    private readonly List<string> journal = [];
    private readonly Lock journalLock = new();

    public ParallelPeering(ParallelExploration exploration)
    {
        this.exploration = exploration;
        created = new(CreateAsync);
        final = new(ReadAfterTheWindowAsync);
    }

    public string? NotJudged { get; private set; }

    public IReadOnlyList<(string Step, string Answer)> Answers => [.. answers];

    /// <summary>Sends one operation; CsCheck calls it from its own threads, so it waits for the answer.</summary>
    public void Send(ParallelStep step) => SendAsync(step).GetAwaiter().GetResult();

    /// <summary>What each side reads once every operation has answered and the settle window has passed.</summary>
    public IReadOnlyList<(TenantRole Role, string Answer)> Final() => final.Value.GetAwaiter().GetResult();

    /// <summary>The id to delete after the sample; null when nothing was created.</summary>
    public string? CreatedId => created.IsValueCreated && created.Value.IsCompletedSuccessfully ? created.Value.Result : null;

    private async Task SendAsync(ParallelStep step)
    {
        if (await created.Value is not { } id || NotJudged is not null)
        {
            return;
        }

        if (!exploration.Budget.Take(create: false))
        {
            NotJudged ??= "the operations budget was spent during the sample";
            return;
        }

        var request = step.Operation switch
        {
            ModelOperation.Show => ApiRequest.Show(id),
            ModelOperation.Accept => ApiRequest.Accept(id),
            ModelOperation.Reject => ApiRequest.Reject(id),
            ModelOperation.Delete => ApiRequest.Delete(id),
            _ => ApiRequest.Update(id, new UpdatePeeringRequest(Description: ParallelExploration.Description)),
        };
        if (await exploration.SendAsync(request, step.Role, this) is { } answer)
        {
            answers.Enqueue((step.ToString(), step.Operation == ModelOperation.Show ? ShowAnswer(answer) : ModelAnswer.Of(answer.StatusCode)));
            Record($"{step}: {answer.StatusCode}{(step.Operation == ModelOperation.Show ? $" ({ShowAnswer(answer)})" : "")}");
        }
    }

    private async Task<string?> CreateAsync()
    {
        await exploration.CleanUpAsync();
        if (!exploration.Budget.Take(create: true))
        {
            NotJudged = "the creates budget was spent";
            return null;
        }

        var answer = await exploration.SendAsync(exploration.CreateRequest(), TenantRole.Requester, this);
        var id = answer is { StatusCode: >= 200 and < 300 } ? WriteJudge.FixtureId(answer) : null;
        if (answer is not null && id is null)
        {
            NotJudged ??= string.Create(CultureInfo.InvariantCulture, $"the create answered {answer.StatusCode} without a peering id");
        }

        Record($"create by the requester: {answer?.StatusCode.ToString(CultureInfo.InvariantCulture) ?? "not answered"}{(id is null ? "" : $" (peering {id})")}");
        exploration.Created(this);
        return id;
    }

    private async Task<IReadOnlyList<(TenantRole Role, string Answer)>> ReadAfterTheWindowAsync()
    {
        if (CreatedId is not { } id || NotJudged is not null)
        {
            return [];
        }

        await exploration.SettleAsync();
        var reads = new List<(TenantRole, string)>();
        foreach (var role in new[] { TenantRole.Requester, TenantRole.Accepter })
        {
            if (!exploration.Budget.Take(create: false))
            {
                NotJudged ??= "the operations budget was spent before the reads after the settle window";
                return [];
            }

            if (await exploration.SendAsync(ApiRequest.Show(id), role, this) is not { } show)
            {
                return [];
            }

            reads.Add((role, ShowAnswer(show)));
            Record($"after the settle window: show by the {role.Word()}: {show.StatusCode} ({ShowAnswer(show)})");
        }

        return reads;
    }

    /// <summary>Marks the sample not judged because of a problem that is no verdict; the exploration rethrows it at the end.</summary>
    public void Lost(Exception problem) => NotJudged ??= problem.Message;

    /// <summary>A show's answer as the model names it: "2xx" and the status shown, or the refusal's code.</summary>
    private static string ShowAnswer(PeeringExchange show) =>
        show.StatusCode is >= 200 and < 300 ? $"{ModelAnswer.Performed} {StateChecks.StatusIn(show, "peering.status") ?? "without a status"}" : ModelAnswer.Of(show.StatusCode);

    /// <summary>Numbers the requests in the order their answers came.</summary>
    private void Record(string line)
    {
        lock (journalLock)
        {
            journal.Add(string.Create(CultureInfo.InvariantCulture, $"{journal.Count + 1}. {line}"));
        }
    }

    public override string ToString()
    {
        lock (journalLock)
        {
            return journal.Count == 0 ? "a peering the requester creates, pending" : new StringBuilder().AppendJoin("\n    ", journal).Append(NotJudged is null ? "" : $"\n    not judged: {NotJudged}").ToString();
        }
    }
}
