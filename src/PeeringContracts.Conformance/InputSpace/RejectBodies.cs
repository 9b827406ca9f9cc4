namespace PeeringContracts.Conformance.InputSpace;

/// <summary>
/// Bodies and content types the reject, which takes no body ([SEED]), may arrive with: empty and trivial JSON, JSON that
/// carries documented fields (a provider that binds them would rename or re-state the peering), broken JSON, a large
/// body, and other media types: one form per class, since each form the provider honours uses up a created peering.
/// The SDKs' own form, an empty body labelled application/json, is REJ-028's.
/// </summary>
public static class RejectBodies
{
    private const string Json = "application/json";

    /// <summary>Large enough to pass any small-body fast path, small enough that a gateway's common limits accept it.</summary>
    private const int LargeBodyCharacters = 100 * 1024;

    public static InputDimension<RequestBody> All { get; } = new("bodies and content types on the reject",
    [
        new("the empty JSON object", new("{}", Json)),
        new("JSON carrying documented fields (name, description, status, accept_vpc_info)", new(
            "{\"peering\":{\"name\":\"renamed\",\"description\":\"changed\",\"status\":\"ACTIVE\",\"accept_vpc_info\":{\"vpc_id\":\"changed\"}},\"name\":\"renamed\",\"status\":\"ACTIVE\"}",
            Json)),
        new("JSON that ends early", new("{\"peering\":", Json)),
        new("a JSON body of 100 KiB", new($"{{\"peering\":{{\"description\":\"{new string('x', LargeBodyCharacters)}\"}}}}", Json)),
        new("text/plain", new("status=ACTIVE", "text/plain")),
        new("application/xml", new("<peering><status>ACTIVE</status><name>renamed</name></peering>", "application/xml")),
        new("a form (application/x-www-form-urlencoded)", new("name=renamed&status=ACTIVE", "application/x-www-form-urlencoded")),
    ]);
}
