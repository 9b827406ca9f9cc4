namespace PeeringContracts.Client;

/// <summary>A pagination link of the list response, e.g. <c>rel = "next"</c>.</summary>
public sealed record PageLink(string Href, string Rel);
