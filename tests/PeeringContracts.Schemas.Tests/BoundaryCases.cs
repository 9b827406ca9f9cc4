using System.Text.Json.Nodes;

namespace PeeringContracts.Schemas.Tests;

/// <summary>Reject responses right at the documented limits, named, with whether the documentation allows them.</summary>
internal static class BoundaryCases
{
    public static readonly string SixtyFourEmoji = string.Concat(Enumerable.Repeat("😀", 64));

    public static IEnumerable<(string Name, JsonNode Body, bool Valid)> All()
    {
        var valid = Body.ValidRejectResponse();
        yield return ("name of 1 character", valid.With("name", "n"), true);
        yield return ("name of 64 Latin characters", valid.With("name", new string('a', 64)), true);
        yield return ("name of 64 CJK characters", valid.With("name", new string('对', 64)), true);
        yield return ("name of 64 emoji (128 UTF-16 units)", valid.With("name", SixtyFourEmoji), true);
        yield return ("name of 33 emoji (66 UTF-16 units)", valid.With("name", string.Concat(Enumerable.Repeat("🚀", 33))), true);
        yield return ("name of 65 emoji", valid.With("name", SixtyFourEmoji + "😀"), false);
        yield return ("description of 0 characters", valid.With("description", ""), true);
        yield return ("description of 255 emoji", valid.With("description", string.Concat(Enumerable.Repeat("😀", 255))), true);
        yield return ("tenant_id of 32 upper-case hex characters", valid.With("accept_vpc_info.tenant_id", new string('F', 32)), true);
        yield return ("tenant_id absent", valid.Without("accept_vpc_info.tenant_id"), true);
        yield return ("id in upper case", valid.With("id", "22B76469-08E3-4937-8C1D-7AAD34892BE1"), true);
        yield return ("id with a trailing newline", valid.With("id", "22b76469-08e3-4937-8c1d-7aad34892be1\n"), false);
        yield return ("created_at and updated_at documented", valid.With("created_at", "2024-06-11T08:30:00").With("updated_at", "2024-06-11T23:59:59"), true);
        yield return ("extra fields, top level and nested", valid.With("tenant_id", "f65e9ebcf65e9ebcf65e9ebcf65e9ebc").With("request_vpc_info.region", "cn-north-4"), true);
        yield return ("status ACTIVE", valid.With("status", "ACTIVE"), false);
    }
}
