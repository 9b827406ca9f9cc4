namespace PeeringContracts.Pact.Matchers;

/// <summary>
/// A value the provider must match by a rule rather than by equality; it serialises to the core's integration JSON
/// (<c>{"pact:matcher:type": …, "value": example, …}</c>). Create one with <see cref="Match"/>.
/// </summary>
public sealed class Matcher
{
    internal Matcher(string type, object? example, IReadOnlyDictionary<string, object?>? attributes = null)
    {
        Type = type;
        Example = example;
        Attributes = attributes ?? new Dictionary<string, object?>();
    }

    /// <summary>The <c>pact:matcher:type</c>.</summary>
    public string Type { get; }

    /// <summary>The example the mock server answers with and the contract stores.</summary>
    public object? Example { get; }

    /// <summary>Further fields of the matcher (<c>regex</c>, <c>min</c>, a generator …), written as they are.</summary>
    internal IReadOnlyDictionary<string, object?> Attributes { get; }

    public override string ToString() => IntegrationJson.Serialize(this);
}
