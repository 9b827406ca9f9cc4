using PeeringContracts.Conformance.Checks;
using PeeringContracts.Conformance.Oracles;
using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Conformance.Running;

namespace PeeringContracts.Conformance;

/// <summary>Every requirement of the reject operation with its check, in id order: the one list both drivers run.</summary>
public static class ConformanceCatalog
{
    public static IReadOnlyList<ConformanceCheck> Checks { get; } =
    [
        SuccessfulRejectChecks.Answers200,
        SuccessfulRejectChecks.BodyMatchesSchema,
        SuccessfulRejectChecks.JsonMediaType,
        SuccessfulRejectChecks.IdEchoesPath,
        SuccessfulRejectChecks.FieldsMatchThePeering,
        SuccessfulRejectChecks.StatusIsRejected,
        StateChecks.ShowSaysRejected,
        StateChecks.ListFindsRejected,
        ErrorChecks.UnknownIdIs404,
        ErrorChecks.UnknownIdErrorBody,
        ErrorChecks.MalformedIdsAreClientErrors,
        ErrorChecks.ErrorsLeakNothing,
        AuthChecks.NoTokenIs401,
        AuthChecks.InvalidTokenIs401,
        AuthChecks.RequesterCannotReject,
        AuthChecks.OutsiderCannotReject,
        StateChecks.ActiveCannotBeRejected,
        StateChecks.SecondRejectKeepsRejected,
        StateChecks.RejectedCannotBeAccepted,
        MethodChecks.OtherMethodsChangeNothing,
        MethodChecks.BodyIsIgnored,
        ConcurrencyChecks.AcceptRejectRaceHasOneWinner,
        TimeoutChecks.AnswersWithinTimeout,
        ErrorChecks.RefusalsUseErrorShapes,
        RequesterViewChecks.RequesterSeesRejected,
        IsolationChecks.RefusalRevealsNothing,
        DeletionChecks.DeletedCannotBeRejected,
        RequestFormChecks.SdkAndBareRejectsWork,
        SuccessfulRejectChecks.BothTenantIdsPresent,
        AfterRejectChecks.NoTenantCanAcceptRejected,
        SideEffectChecks.RejectChangesOnlyItsStatus,
        SideEffectChecks.UnknownIdRejectCreatesNothing,
        ConcurrencyChecks.ConcurrentRejectsAgree,
        IdSpellingChecks.OtherSpellingsRejectOrRefuse,
        AuthChecks.NearMissCredentialsAreRefused,
        MethodChecks.QueryIsIgnored,
        ModelChecks.WritesFollowTheModel,
        ModelChecks.ReadsFollowTheModel,
        ModelChecks.OperationsAtOnceLinearize,
    ];

    /// <summary>Every requirement of a run in id order: the checks' and the answer oracles' (judged over every exchange at the end).</summary>
    public static IReadOnlyList<Requirement> Requirements { get; } =
        [.. Checks.Select(check => check.Requirement).Concat(OracleCatalog.Requirements).OrderBy(requirement => requirement.Id, StringComparer.Ordinal)];

    public static ConformanceCheck Get(string requirementId) =>
        Checks.SingleOrDefault(check => check.Requirement.Id == requirementId)
        ?? throw new ArgumentException($"No check for '{requirementId}'; known: {string.Join(", ", Checks.Select(check => check.Requirement.Id))}.", nameof(requirementId));
}
