namespace PeeringContracts.Client;

/// <summary>The list response: <c>{"peerings": […], "peerings_links": […]}</c>; the links are optional.</summary>
internal sealed record PeeringListBody(IReadOnlyList<Peering> Peerings, IReadOnlyList<PageLink>? PeeringsLinks = null);
