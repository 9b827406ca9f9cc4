using System.Globalization;
using PeeringContracts.Conformance.Fixtures;

namespace PeeringContracts.Conformance.InputSpace;

/// <summary>
/// The forms a peering id takes in the reject's path: ids no target issued, segments that are no id at all, and other
/// spellings and paths of a real peering's reject. Forms System.Uri cannot send as written are left out: it unescapes
/// escaped unreserved characters (<c>%2D</c> for a hyphen, <c>%61</c> for a letter) and removes dot segments
/// (<c>/./</c>, <c>/../</c>), so those would reach the provider as the canonical path or another route.
/// </summary>
public static class PeeringIdForms
{
    private const string Peerings = "/v2.0/vpc/peerings";

    /// <summary>Well-formed UUIDs no target has issued: a seeded random one, and the nil and max UUIDs (RFC 9562 §5.9, §5.10).</summary>
    public static InputDimension<string> Unknown(FixtureData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new("unknown peering ids",
        [
            new("a random UUID (seeded)", data.UnknownPeeringId()),
            new("the nil UUID", "00000000-0000-0000-0000-000000000000"),
            new("the max UUID", "ffffffff-ffff-ffff-ffff-ffffffffffff"),
        ]);
    }

    /// <summary>Path segments that are no peering id, as they go on the wire (see <see cref="FixtureData.MalformedIdSegments"/>).</summary>
    public static InputDimension<string> Malformed(FixtureData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new("malformed ids", [.. data.MalformedIdSegments().Select(segment => new InputForm<string>(Label(segment), segment))]);
    }

    /// <summary>
    /// Other spellings of a real peering's id and other forms of its reject's path, each a function of the peering's id
    /// to the path sent: a provider may treat one as the same peering (RFC 9562 §4: UUIDs are case-insensitive on input;
    /// RFC 3986 §6: which paths are equivalent is the server's to say) or refuse it, never anything in between.
    /// </summary>
    public static InputDimension<Func<string, string>> RejectPathsOfARealPeering { get; } = new("other spellings of a real peering's reject",
    [
        new("the id's letters in the other case", id => RejectOf(SwapCase(id))),
        new("the id without hyphens", id => RejectOf(id.Replace("-", string.Empty, StringComparison.Ordinal))),
        new("the id in braces", id => RejectOf("{" + id + "}")),
        new("the id as a URN (urn:uuid:)", id => RejectOf("urn:uuid:" + id)),
        new("a space before the id", id => RejectOf(" " + id)),
        new("a space after the id", id => RejectOf(id + " ")),
        new("a tab after the id", id => RejectOf(id + "\t")),
        new("a matrix parameter after the id (;v=1)", id => $"{Peerings}/{Uri.EscapeDataString(id)};v=1/reject"),
        new("an empty segment before reject (//reject)", id => $"{Peerings}/{Uri.EscapeDataString(id)}//reject"),
        new("an encoded slash before reject (%2Freject)", id => $"{Peerings}/{Uri.EscapeDataString(id)}%2Freject"),
        new("reject in upper case (/REJECT)", id => $"{Peerings}/{Uri.EscapeDataString(id)}/REJECT"),
        new("a trailing slash (/reject/)", id => RejectOf(id) + "/"),
        new("an extra segment after reject (/reject/extra)", id => RejectOf(id) + "/extra"),
    ]);

    private static string RejectOf(string idSpelling) => $"{Peerings}/{Uri.EscapeDataString(idSpelling)}/reject";

    private static string SwapCase(string text) =>
        string.Concat(text.Select(character => char.IsUpper(character) ? char.ToLowerInvariant(character) : char.ToUpperInvariant(character)));

    private static string Label(string segment) => segment.Length switch
    {
        0 => "(empty)",
        <= 40 => segment,
        _ => $"{segment[..24]}… ({segment.Length.ToString(CultureInfo.InvariantCulture)} characters)",
    };
}
