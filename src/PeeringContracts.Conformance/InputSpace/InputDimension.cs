namespace PeeringContracts.Conformance.InputSpace;

/// <summary>
/// One declared dimension of the requests a check sends (HTTP methods, id forms, credentials …): a named list whose
/// forms are all tried, so the suite's coverage is a list a user can read in the report, not a hand-picked few inside a
/// check. Where <paramref name="Forms"/> holds generated values, they come from the check's seeded data, so a run replays.
/// </summary>
public sealed record InputDimension<T>(string Name, IReadOnlyList<InputForm<T>> Forms)
{
    public IReadOnlyList<string> Labels => [.. Forms.Select(form => form.Label)];
}
