namespace PeeringContracts.ReferenceProvider.Faults;

/// <summary>The fault names, shared by the catalogue and by the switches that act on them.</summary>
internal static class FaultNames
{
    public const string WrappedRejectBody = "wrapped-reject-body";
    public const string MissingNameField = "missing-name-field";
    public const string LowercaseStatus = "lowercase-status";
    public const string WrongFieldTypes = "wrong-field-types";
    public const string OverLongName = "over-long-name";
    public const string WrongId = "wrong-id";
    public const string SwappedVpcInfos = "swapped-vpc-infos";
    public const string StatusNotPersisted = "status-not-persisted";
    public const string RejectFromActive = "reject-from-active";
    public const string AcceptAfterReject = "accept-after-reject";
    public const string SecondReject500 = "500-on-second-reject";
    public const string Ok200OnUnknownId = "200-on-unknown-id";
    public const string Error500OnUnknownId = "500-on-unknown-id";
    public const string Error500OnMalformedId = "500-on-malformed-id";
    public const string HtmlErrorPages = "html-error-pages";
    public const string StackTraceInErrors = "stack-trace-in-errors";
    public const string TokenInErrors = "token-in-errors";
    public const string NoAuth = "no-auth";
    public const string OutsiderCanReject = "outsider-can-reject";
    public const string RequesterCanReject = "requester-can-reject";
    public const string TextPlainContentType = "text-plain-content-type";
    public const string RejectReturns202 = "reject-returns-202";
    public const string GetRejects = "get-rejects";
    public const string Error500OnRejectBody = "500-on-reject-body";
    public const string RaceBothSucceed = "race-both-succeed";
    public const string SlowReject = "slow-reject";
}
