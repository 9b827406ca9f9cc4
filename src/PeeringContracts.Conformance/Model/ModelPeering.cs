namespace PeeringContracts.Conformance.Model;

/// <summary>One peering a sequence created, as the model knows it: its id and every version it went through, so that a
/// read within the settle window may show any version that held during that window.</summary>
internal sealed class ModelPeering
{
    private readonly List<PeeringVersion> versions;

    public ModelPeering(int number, string id, string name, string description, TimeSpan sent, TimeSpan received)
    {
        Number = number;
        Id = id;
        versions =
        [
            new(ModelState.NotCreated, name, description, TimeSpan.Zero, received),
            new(ModelState.PendingAcceptance, name, description, sent, null),
        ];
    }

    /// <summary>Its number in the sequence's journal (#1 …).</summary>
    public int Number { get; }

    public string Id { get; }

    public PeeringVersion Current => versions[^1];

    public string Label => $"#{Number}";

    /// <summary>Records that a write sent at <paramref name="sent"/> and answered at <paramref name="received"/> made the
    /// peering <paramref name="state"/> with <paramref name="description"/>.</summary>
    public void Become(ModelState state, string description, TimeSpan sent, TimeSpan received)
    {
        versions[^1] = Current with { Until = received };
        versions.Add(Current with { State = state, Description = description, From = sent, Until = null });
    }

    /// <summary>The versions a read sent at <paramref name="sent"/> and answered at <paramref name="received"/> may show:
    /// those that held at some moment from <paramref name="window"/> before it was sent until it was answered.</summary>
    public IReadOnlyList<PeeringVersion> Readable(TimeSpan sent, TimeSpan received, TimeSpan window) =>
        [.. versions.Where(version => version.From <= received && (version.Until is null || version.Until >= sent - window))];
}
