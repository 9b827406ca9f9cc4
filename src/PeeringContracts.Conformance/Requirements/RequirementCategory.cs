namespace PeeringContracts.Conformance.Requirements;

/// <summary>The categories a run can be filtered by (NUnit <c>--filter Category=…</c>).</summary>
public static class RequirementCategory
{
    public const string Schema = "schema";
    public const string Semantics = "semantics";
    public const string State = "state";
    public const string Errors = "errors";
    public const string Auth = "auth";
    public const string BadInput = "bad-input";
    public const string Concurrency = "concurrency";
    public const string Transport = "transport";
    public const string Model = "model";
}
