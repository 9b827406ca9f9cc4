using Microsoft.AspNetCore.Http.Features;
using PeeringContracts.ReferenceProvider.Http;

namespace PeeringContracts.ReferenceProvider.Faults;

/// <summary>A reject as it arrives, before the provider reads its id: what <see cref="FaultHooks.BeforeReject"/> sees.</summary>
internal sealed record RejectRequest(HttpContext Http, string PeeringId)
{
    public bool HasBody => Http.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true;

    public bool HasMalformedId => !PeeringIds.TryParse(PeeringId, out _);
}
