namespace PeeringContracts.ReferenceProvider.Quirks;

/// <summary>The quirk names, shared by the catalogue and by the switches that act on them.</summary>
internal static class QuirkNames
{
    public const string CharsetContentType = "charset-content-type";
    public const string UppercaseIds = "uppercase-ids";
    public const string UuidTenantIds = "uuid-tenant-ids";
    public const string ExtraFields = "extra-fields";
    public const string NotFoundForOtherTenants = "not-found-for-other-tenants";
    public const string IdempotentReject = "idempotent-reject";
    public const string BadRequestForWrongState = "bad-request-for-wrong-state";
    public const string CodeMessageErrors = "code-message-errors";
    public const string OnePeeringPerVpcPair = "one-peering-per-vpc-pair";
    public const string ListPageSize2 = "list-page-size-2";
    public const string LaggingReads = "lagging-reads";
    public const string PathPrefix = "path-prefix";
    public const string SlowButInTime = "slow-but-in-time";
}
