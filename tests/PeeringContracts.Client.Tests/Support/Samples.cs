namespace PeeringContracts.Client.Tests.Support;

/// <summary>Bodies in the documented shapes (the seed's reject example, with its typographic quotes corrected).</summary>
internal static class Samples
{
    public const string PeeringId = "22b76469-08e3-4937-8c1d-7aad34892be1";
    public const string RequestVpcId = "9daeac7c-a98f-430f-8e38-67f9c044e299";
    public const string RequestTenantId = "f65e9ebc-ebd4-4a23-8d10-7b2b0e5a6d30";
    public const string AcceptVpcId = "f583c072-0bb8-4e19-afb2-afb7c1693be5";
    public const string AcceptTenantId = "059d06e1ad00d5a01fefc0164c1d1f9d";

    public static string Peering(string status) => $$"""
        {
          "name": "test",
          "id": "{{PeeringId}}",
          "request_vpc_info": { "vpc_id": "{{RequestVpcId}}", "tenant_id": "{{RequestTenantId}}" },
          "accept_vpc_info": { "vpc_id": "{{AcceptVpcId}}", "tenant_id": "{{AcceptTenantId}}" },
          "status": "{{status}}"
        }
        """;

    public static string Wrapped(string peering) => $$"""{ "peering": {{peering}} }""";

    public static CannedResponse Json(int status, string body) => new(status, body);
}
