namespace PeeringContracts.TestSupport;

/// <summary>One request as the SDK signed it: <see cref="Query"/> as it travels, <see cref="Headers"/> as the SDK set them.</summary>
public sealed record SignedVector(string Name, string Method, string Path, string Query, string? ContentType, string? Body, IReadOnlyDictionary<string, string> Headers)
{
    public string PathAndQuery => Query.Length == 0 ? Path : $"{Path}?{Query}";

    public string Header(string name) =>
        Headers.FirstOrDefault(header => header.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value
        ?? throw new InvalidOperationException($"The SDK set no {name} header on vector '{Name}'.");

    public override string ToString() => $"{Name}: {Method} {PathAndQuery}";
}
