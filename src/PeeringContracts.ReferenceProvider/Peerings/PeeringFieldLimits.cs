namespace PeeringContracts.ReferenceProvider.Peerings;

/// <summary>The documented lengths of a peering's texts, counted in code points as the schema counts them.</summary>
internal static class PeeringFieldLimits
{
    public const int MaxNameLength = 64;
    public const int MaxDescriptionLength = 255;
}
