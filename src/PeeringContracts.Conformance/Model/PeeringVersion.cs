namespace PeeringContracts.Conformance.Model;

/// <summary>One state of a peering with its fields, and when it held, in time since the sequence began: from when the
/// write that made it was sent until the next write's answer came (null: still current).</summary>
internal sealed record PeeringVersion(ModelState State, string Name, string Description, TimeSpan From, TimeSpan? Until)
{
    public string Describe() => State.IsLive()
        ? $"status {State.StatusWord()}, name {Quote(Name)}, description {Quote(Description)}"
        : State == ModelState.Deleted ? "deleted" : "not created yet";

    private static string Quote(string text) => Checks.Expect.Quote(text);
}
