using static PeeringContracts.Conformance.Model.ModelRuleFamily;
using static PeeringContracts.Conformance.Requirements.RequirementLevel;

namespace PeeringContracts.Conformance.Model;

/// <summary>Every rule of the model, in id order: the writes (REJ-045) from M-01, the reads (REJ-046) from M-20, the
/// concurrency (REJ-047) from M-30.</summary>
public static class ModelRules
{
    // Declared before the entries: static fields initialise in textual order, and each entry adds itself here.
    private static readonly List<ModelRule> Declared = [];

    public static readonly ModelRule CreateIsPending = Add("M-01", Writes, Must,
        "A create by the requesting tenant answers 201 with the peering `PENDING_ACCEPTANCE`, its name and description as sent, or 409 while another peering between the same VPCs is live (another check's too).",
        "[OTC] create peering (201); facts: `PENDING_ACCEPTANCE` across tenants");

    public static readonly ModelRule AccepterAccepts = Add("M-02", Writes, Must,
        "The accepting tenant's accept of a `PENDING_ACCEPTANCE` peering answers 2xx with status `ACTIVE`, and the peering is `ACTIVE`.",
        "[OTC] accept peering; [SDK-GO] status enum");

    public static readonly ModelRule AccepterRejects = Add("M-03", Writes, Must,
        "The accepting tenant's reject of a `PENDING_ACCEPTANCE` peering answers 2xx with status `REJECTED`, and the peering is `REJECTED`.",
        "[SEED] reject; [SDK-GO] status enum");

    public static readonly ModelRule OnlyTheAccepterDecides = Add("M-04", Writes, Should,
        "An accept or reject by the requesting tenant, and any write by an unrelated tenant, is refused with 403 or 404 (400 or 409 outside `PENDING_ACCEPTANCE`), always the same way, and changes nothing.",
        "inferred: [SEED] reject is the accepting tenant's; facts: the requester or an outsider gets 403 or 404");

    public static readonly ModelRule ActiveCannotBeRejected = Add("M-05", Writes, Should,
        "A reject of an `ACTIVE` peering is refused with 400 or 409, always the same way, and changes nothing.",
        "inferred: [TF] reject only from PENDING_ACCEPTANCE");

    public static readonly ModelRule RejectedStaysRejected = Add("M-06", Writes, Should,
        "Once `REJECTED`, a peering stays so: an accept is refused with 400 or 409, a second reject is refused the same way or answers 2xx `REJECTED`, each always the same way.",
        "inferred: [TF] accept and reject only from PENDING_ACCEPTANCE; a second reject refused or idempotent");

    public static readonly ModelRule ActiveAcceptIsHarmless = Add("M-07", Writes, Should,
        "A second accept of an `ACTIVE` peering by the accepting tenant answers 2xx `ACTIVE` or is refused with 400 or 409, always the same way, and the peering stays `ACTIVE`.",
        "inferred: accept only from PENDING_ACCEPTANCE, or idempotent");

    public static readonly ModelRule PartiesDelete = Add("M-08", Writes, Must,
        "A delete by either side answers 2xx, and afterwards the peering is gone.",
        "[OTC] delete peering (204)");

    public static readonly ModelRule GoneIsNotFound = Add("M-09", Writes, Must,
        "Every write on a deleted peering or an id never issued answers 404 (405 or 501 for an update the provider does not offer) and creates nothing.",
        "[OTC] status codes: 404 for an unknown resource");

    public static readonly ModelRule RequesterUpdates = Add("M-10", Writes, Should,
        "An update of the description by the requesting tenant answers 2xx with the new description and keeps the status; a provider that does not offer update answers 404, 405 or 501 every time.",
        "[OTC] update peering; optional: the reject's contract needs no update");

    public static readonly ModelRule OneLivePeeringPerPair = Add("M-11", Writes, Should,
        "A create while another peering between the same VPCs is `PENDING_ACCEPTANCE` or `ACTIVE` either always succeeds or is always refused with 409.",
        "[OTC] status codes: 409 conflict; duplicates are not promised");

    public static readonly ModelRule StateAfterTheWindow = Add("M-12", Writes, Must,
        "After the settle window both sides read each peering (show and list) exactly as the answers to the writes left it: a refused write changed nothing, a performed one exactly what it promised.",
        "[SEED] show after reject; [OTC] show and list; facts: eventual consistency within PEERING_SETTLE_SECONDS");

    public static readonly ModelRule PartiesSeeIt = Add("M-20", Reads, Must,
        "A show by either side answers 200 with the peering's id, name, description and status as the model has them (any version of the settle window).",
        "[OTC] show peering; [SEED] status after reject");

    public static readonly ModelRule OutsidersCannotShow = Add("M-21", Reads, Should,
        "A show by an unrelated tenant is refused with 403 or 404, always the same way.",
        "inferred: isolation between tenants (facts: an outsider gets 403 or 404)");

    public static readonly ModelRule GoneIsNotShown = Add("M-22", Reads, Must,
        "A show of a deleted peering or an id never issued answers 404 (a deleted one may instead show status `DELETED`, always the same way) to every tenant.",
        "[OTC] status codes: 404; [SDK-GO] status enum DELETED");

    public static readonly ModelRule ListFilterHolds = Add("M-23", Reads, Must,
        "A list by either side, filtered by status or not, holds each of the peerings whose status matches, with its fields as the model has them, and none whose status does not.",
        "[OTC] list peerings with the status filter; [SDK-GO] ListVpcPeeringsRequest.status");

    public static readonly ModelRule OutsidersCannotList = Add("M-24", Reads, Should,
        "A list by an unrelated tenant, filtered or not, holds none of the peerings.",
        "inferred: isolation between tenants");

    public static readonly ModelRule Linearizable = Add("M-30", Concurrency, Should,
        "Operations sent at once on one peering by different tenants (accept, reject, update, delete, show) answer, and leave the peering for both sides to read after the settle window, as some sequential order of them would under M-01 to M-22.",
        "inferred: each operation takes effect at one instant (linearizability); [SEED] a reject moves PENDING_ACCEPTANCE to REJECTED");

    /// <summary>Every rule, in id order.</summary>
    public static IReadOnlyList<ModelRule> All => Declared;

    public static IReadOnlyList<ModelRule> Of(ModelRuleFamily family) => [.. All.Where(rule => rule.Family == family)];

    private static ModelRule Add(string id, ModelRuleFamily family, Requirements.RequirementLevel level, string sentence, string source)
    {
        var rule = new ModelRule(id, family, level, sentence, source);
        Declared.Add(rule);
        return rule;
    }
}
