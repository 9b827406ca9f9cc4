using PeeringContracts.ReferenceProvider.Faults;

namespace PeeringContracts.ReferenceProvider;

/// <summary>Every fault the reference provider can switch on. The provider's README carries the same table.</summary>
public static class FaultCatalog
{
    public static IReadOnlyList<Fault> All { get; } =
    [
        new(FaultNames.WrappedRejectBody, "schema", "The reject body is wrapped in {\"peering\": {...}} instead of carrying the fields at the top level.", ["REJ-002"]),
        new(FaultNames.MissingNameField, "schema", "The reject body has no `name`.", ["REJ-002"]),
        new(FaultNames.LowercaseStatus, "schema", "The reject body says `\"status\": \"rejected\"`.", ["REJ-002", "REJ-006"]),
        new(FaultNames.WrongFieldTypes, "schema", "The reject body carries `id` as a number and both vpc infos as strings.", ["REJ-002"]),
        new(FaultNames.OverLongName, "schema", "The reject body echoes the name padded to more than 64 characters.", ["REJ-002", "REJ-005"]),
        new(FaultNames.WrongId, "semantics", "The reject body carries a fresh random `id`, not the one of the path.", ["REJ-004"]),
        new(FaultNames.SwappedVpcInfos, "semantics", "The reject body swaps `request_vpc_info` and `accept_vpc_info`.", ["REJ-005"]),
        new(FaultNames.StatusNotPersisted, "state", "Reject answers REJECTED but the peering stays PENDING_ACCEPTANCE.", ["REJ-007", "REJ-008"]),
        new(FaultNames.RejectFromActive, "state", "An ACTIVE peering can be rejected (200, becomes REJECTED).", ["REJ-017"]),
        new(FaultNames.AcceptAfterReject, "state", "A REJECTED peering can be accepted (200, becomes ACTIVE).", ["REJ-019"]),
        new(FaultNames.SecondReject500, "state", "Rejecting an already REJECTED peering answers 500.", ["REJ-018"]),
        new(FaultNames.Ok200OnUnknownId, "errors", "Rejecting an unknown peering id answers 200 with a made-up REJECTED body.", ["REJ-009"]),
        new(FaultNames.Error500OnUnknownId, "errors", "Rejecting an unknown peering id answers 500.", ["REJ-009"]),
        new(FaultNames.Error500OnMalformedId, "errors", "Rejecting a peering id that is not a UUID answers 500.", ["REJ-011"]),
        new(FaultNames.HtmlErrorPages, "errors", "Every error answers an HTML page with a stack trace instead of JSON.", ["REJ-010", "REJ-012"]),
        new(FaultNames.StackTraceInErrors, "errors", "NeutronError bodies carry a .NET stack trace in `detail`.", ["REJ-012"]),
        new(FaultNames.TokenInErrors, "errors", "Error bodies repeat the X-Auth-Token the request sent.", ["REJ-012"]),
        new(FaultNames.NoAuth, "auth", "A missing or unknown X-Auth-Token is accepted as the accepting tenant.", ["REJ-013", "REJ-014"]),
        new(FaultNames.OutsiderCanReject, "isolation", "A tenant that is neither side can reject the peering.", ["REJ-016"]),
        new(FaultNames.RequesterCanReject, "isolation", "The requesting tenant can reject its own request.", ["REJ-015"]),
        new(FaultNames.TextPlainContentType, "transport", "The 200 reject answers Content-Type text/plain.", ["REJ-003"]),
        new(FaultNames.RejectReturns202, "transport", "A successful reject answers 202 instead of 200.", ["REJ-001"]),
        new(FaultNames.GetRejects, "transport", "GET on /reject performs the reject.", ["REJ-020"]),
        new(FaultNames.Error500OnRejectBody, "transport", "A reject that carries a request body answers 500.", ["REJ-021"]),
        new(FaultNames.RaceBothSucceed, "concurrency", "Accept and reject check, then write without a guard (each waits for a rival): under a race both answer 200.", ["REJ-022"]),
        new(FaultNames.SlowReject, "timing", "Reject answers after a delay (PEERING_FAULT_DELAY_MS, default 3000).", ["REJ-023"]),
    ];

    /// <summary>The fault of that exact name; an unknown name throws an <see cref="ArgumentException"/> listing the valid ones.</summary>
    public static Fault Get(string name) =>
        All.FirstOrDefault(fault => fault.Name == name)
        ?? throw new ArgumentException(
            $"Unknown fault '{name}'. Valid faults: {string.Join(", ", All.Select(fault => fault.Name))}.", nameof(name));
}
