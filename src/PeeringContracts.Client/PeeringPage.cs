namespace PeeringContracts.Client;

public sealed record PeeringPage(IReadOnlyList<Peering> Peerings, IReadOnlyList<PageLink> Links);
