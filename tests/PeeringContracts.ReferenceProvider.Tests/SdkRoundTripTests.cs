using System.Text.Json.Nodes;
using PeeringContracts.ReferenceProvider.Tenants;
using PeeringContracts.ReferenceProvider.Tests.Support;
using PeeringContracts.TestSupport;

namespace PeeringContracts.ReferenceProvider.Tests;

/// <summary>The official SDK (VpcClient v2 with AK/SK BasicCredentials, scripts/sdk-round-trip.mjs) as a client of the provider.</summary>
public sealed class SdkRoundTripTests : ProviderFixture
{
    [Test]
    public async Task The_SDK_creates_as_the_requester_rejects_as_the_accepter_and_gets_its_own_404_and_401_exceptions()
    {
        var report = OfficialSdk.RoundTrip(Host.BaseUrl, Tenant(DefaultTenants.Requester), Tenant(DefaultTenants.Accepter));
        var context = $"the SDK reported: {report.ToJsonString()}";

        var created = report["created"]!;
        created["httpStatusCode"]!.GetValue<int>().ShouldBe(201, context);
        created["status"]!.GetValue<string>().ShouldBe("PENDING_ACCEPTANCE", context);
        var rejected = report["rejected"]!;
        rejected["httpStatusCode"]!.GetValue<int>().ShouldBe(200, context);
        rejected["status"]!.GetValue<string>().ShouldBe("REJECTED", context);
        rejected["id"]!.GetValue<string>().ShouldBe(created["id"]!.GetValue<string>(), context);
        rejected["name"]!.GetValue<string>().ShouldBe("sdk-round-trip", context);
        ShouldBeSdkException(report["unknown"]!, 404, context);
        ShouldBeSdkException(report["wrongSecret"]!, 401, context);
        report["wrongSecret"]!["errorCode"]!.GetValue<string>().ShouldBe("APIGW.0301", context);
        (await Api.StatusOfAsync(created["id"]!.GetValue<string>())).ShouldBe("REJECTED");
    }

    private static void ShouldBeSdkException(JsonNode outcome, int status, string context)
    {
        outcome["type"]?.GetValue<string>().ShouldBe("ClientRequestException", context);
        outcome["httpStatusCode"]!.GetValue<int>().ShouldBe(status, context);
    }

    private static JsonObject Tenant(TenantAccount tenant) => new()
    {
        ["ak"] = tenant.AccessKey,
        ["sk"] = tenant.SecretKey,
        ["projectId"] = tenant.TenantId,
        ["vpcId"] = tenant.VpcId,
    };
}
