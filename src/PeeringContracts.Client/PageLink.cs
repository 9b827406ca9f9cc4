namespace PeeringContracts.Client;

/// <summary>A pagination link of the list response, e.g. <c>rel = "next"</c>: the other page's URL, or only its
/// <c>marker</c> as in the documented pagination example ([OTC]); the SDK models mark <c>href</c> optional.</summary>
public sealed record PageLink(string Rel)
{
    public string? Href { get; init; }

    public string? Marker { get; init; }
}
