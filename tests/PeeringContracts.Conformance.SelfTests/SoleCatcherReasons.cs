namespace PeeringContracts.Conformance.SelfTests;

/// <summary>
/// Every requirement should be the only catcher of at least one fault: otherwise nothing shows it pulls its weight.
/// Where none exists, the reason is written here and printed in the detection matrix.
/// </summary>
internal static class SoleCatcherReasons
{
    private static readonly Dictionary<string, string> Reasons = new(StringComparer.Ordinal)
    {
        ["REJ-002"] = "the answer oracle REJ-038 validates every success that carries a peering against its schema, the reject's 200 included; REJ-002 names the rule for the reject",
        ["REJ-003"] = "the answer oracle REJ-035 requires a JSON media type on every JSON body, the reject's 200 included; REJ-003 names the rule for the reject",
        ["REJ-005"] = "REJ-029 makes the same comparison of name, VPC ids and tenant ids once it has found both tenant ids, so every fault that alters one of them (swapped VPC infos, swapped tenant ids) fails it too",
        ["REJ-006"] = "the reject-response schema pins `status` to REJECTED, so every wrong status fails REJ-002 too; REJ-006 names the rule on its own",
        ["REJ-007"] = "REJ-018 and REJ-019 read the status through the same show, so a show that hides REJECTED fails them too",
        ["REJ-011"] = "a provider that accepts only the canonical id form takes REJ-039's other spellings of a real id (no hyphens, braces, URN) for malformed ids, so every malformed-id fault fails REJ-039 too",
        ["REJ-010"] = "REJ-024 extends the same error-shape rule to every refusal, the 404 included",
        ["REJ-024"] = "the answer oracle REJ-036 requires a documented error shape of every 4xx body, the refused rejects' included; REJ-024 names the rule for the refusals",
        ["REJ-013"] = "a provider that lets a request without credentials through (`no-auth`) lets one with wrong credentials through too, which REJ-014 catches; the reverse, `any-credentials-accepted`, fails REJ-014 and REJ-040 (near-miss credentials)",
        ["REJ-016"] = "an outsider that may reject is answered with the whole peering, which REJ-026 (a refusal reveals nothing) catches too",
        ["REJ-017"] = "a provider that lets a reject move an ACTIVE peering also lets the reject that loses a race to an accept succeed, which REJ-022 catches",
        ["REJ-018"] = "a second reject sent together with the first meets the same rule once the first has written, so every fault in how a second reject is answered fails REJ-033 too",
        ["REJ-019"] = "a provider that lets the accepter accept a REJECTED peering fails REJ-030 (no tenant can accept it) and the race of REJ-022 too",
        ["REJ-029"] = "the answer oracle REJ-038 holds each peering's VPC infos, tenant ids included, the same in every answer, so a reject body without them differs from the create's; REJ-029 names the rule for the reject",
        ["REJ-008"] = "the model's REJ-046 lists under every status filter after each sequence, so a stale status index (`stale-pending-listing`) fails it too; REJ-008 names the rule for the reject",
        ["REJ-009"] = "the model's REJ-045 sends every write to ids never issued (M-09), so every wrong answer to an unknown id fails it too; REJ-009 names the rule for the reject",
        ["REJ-015"] = "REJ-039 sends the requesting tenant's reject in every other spelling of the id, and the model's REJ-045 and REJ-046 send the requester's rejects and read the peering again by every tenant, so a requester's reject that goes through, answered or hidden, fails them too",
        ["REJ-025"] = "the model's REJ-045 and REJ-046 read every peering by both sides after each sequence, so a requester that still sees it pending fails them too",
        ["REJ-027"] = "the model's REJ-045 sends writes to deleted peerings (M-09), so a reject that brings one back fails it too",
        ["REJ-030"] = "the model's REJ-045 sends accepts by every tenant in every state, so the requester's accept of a REJECTED peering fails it too",
        ["REJ-031"] = "REJ-021 and REJ-041 require a honoured reject to change nothing but status and updated_at, and the model's REJ-045 and REJ-046 compare every peering's description in every read, so a reject that drops it fails them too; REJ-031 is the one that compares answer, show, list and a reject's siblings",
        ["REJ-042"] = "the model's REJ-045 and REJ-046 compare every peering's name and description in every answer of their sequences, and their peerings' names are the run's declared name forms too, so a provider that mangles names fails them as well; REJ-042 names the rule for every answer of the run",
        ["REJ-022"] = "the model's REJ-047 sends accepts and rejects of one peering at once too, so when its samples race them an accept and a reject that both win fail it as well; REJ-022 is the named case that always races them",
        ["REJ-033"] = "the model's REJ-047 sends two rejects of one peering at once too, so when its samples race them a 500 fails it as well; REJ-033 is the named case that always races them",
        ["REJ-032"] = "the model's REJ-047 sends rejects at once with deletes, so when a sample's reject lands after its delete, a reject that creates a record of the id leaves the peering REJECTED for the final reads and fails it too; REJ-032 is the one that looks for the record of an id never issued",
        ["REJ-023"] = "every check rejects, so a reject slower than the budget fails every check that sends one; REJ-023 is the one whose evidence is about time",
    };

    public static string? For(string requirementId) => Reasons.GetValueOrDefault(requirementId);
}
