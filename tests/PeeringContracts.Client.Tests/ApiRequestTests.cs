namespace PeeringContracts.Client.Tests;

/// <summary>The request helpers build the documented method, path and body, escaping ids.</summary>
public sealed class ApiRequestTests
{
    [Test]
    public void The_helpers_use_the_documented_methods_and_paths()
    {
        ApiRequest[] requests = [ApiRequest.Reject("p-1"), ApiRequest.Accept("p-1"), ApiRequest.Show("p-1"), ApiRequest.Delete("p-1"), ApiRequest.List()];

        requests.Select(request => $"{request.Method} {request.Path}").ShouldBe(
        [
            "PUT /v2.0/vpc/peerings/p-1/reject",
            "PUT /v2.0/vpc/peerings/p-1/accept",
            "GET /v2.0/vpc/peerings/p-1",
            "DELETE /v2.0/vpc/peerings/p-1",
            "GET /v2.0/vpc/peerings",
        ]);
        requests.ShouldAllBe(request => request.JsonBody == null && request.ContentType == null && !request.OmitToken);
    }

    [TestCase("a/b c", "a%2Fb%20c")]
    [TestCase("../x", "..%2Fx")]
    [TestCase("名?#", "%E5%90%8D%3F%23")]
    [TestCase("", "")]
    public void The_helpers_escape_the_id_as_one_path_segment(string id, string escaped)
    {
        ApiRequest.Reject(id).Path.ShouldBe($"/v2.0/vpc/peerings/{escaped}/reject");
    }

    [Test]
    public void Create_and_update_wrap_their_body_and_leave_out_null_fields()
    {
        var create = ApiRequest.Create(new CreatePeeringRequest("p", new VpcInfo("vpc-a"), new VpcInfo("vpc-b", "tenant-b")));
        var update = ApiRequest.Update("p-1", new UpdatePeeringRequest(Description: "d"));

        create.JsonBody.ShouldBe("""{"peering":{"name":"p","request_vpc_info":{"vpc_id":"vpc-a"},"accept_vpc_info":{"vpc_id":"vpc-b","tenant_id":"tenant-b"}}}""");
        update.JsonBody.ShouldBe("""{"peering":{"description":"d"}}""");
        update.Path.ShouldBe("/v2.0/vpc/peerings/p-1");
    }
}
