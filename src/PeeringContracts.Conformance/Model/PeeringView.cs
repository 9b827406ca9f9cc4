using System.Text.Json;
using PeeringContracts.Client;
using PeeringContracts.Conformance.Checks;

namespace PeeringContracts.Conformance.Model;

/// <summary>A peering object as a show or list item shows it, compared with a model version by its documented fields:
/// id, status, name and description.</summary>
internal static class PeeringView
{
    public static bool Shows(JsonElement peering, string id, PeeringVersion version)
    {
        var fields = new PeeringFields(peering);
        return fields.Has("id", id)
            && fields.Has(PeeringFields.Status, version.State == ModelState.Deleted ? PeeringStatus.Deleted : version.State.StatusWord())
            && (version.State == ModelState.Deleted || (fields.Has("name", version.Name) && fields.Has("description", version.Description)));
    }

    public static string Describe(JsonElement peering) =>
        $"status {Expect.Quote(JsonBody.StringAt(peering, "status"))}, name {Expect.Quote(JsonBody.StringAt(peering, "name"))}, description {Expect.Quote(JsonBody.StringAt(peering, "description"))}";

    public static string Either(IEnumerable<PeeringVersion> versions) => string.Join(" or ", versions.Select(version => version.Describe()).Distinct());
}
