using PeeringContracts.Conformance.Requirements;
using static PeeringContracts.Conformance.Requirements.RequirementLevel;

namespace PeeringContracts.Conformance.Oracles;

/// <summary>No answer is a server error, an informational or a redirect, and a success carries the status documented for
/// its operation. The requests a check sends to judge their status are its own to judge.</summary>
internal sealed class StatusOracle : AnswerOracle
{
    public static readonly Requirement Rule = new("REJ-034", Should, RequirementCategory.Transport,
        "No answer of the run, fixtures, reads and cleanup included, is a 5xx, 1xx or 3xx, and every 2xx carries its operation's documented status (create 201, delete 204, the others 200).",
        "[OTC] status codes (200 GET/PUT, 201 create, 204 delete); no 5xx: inferred (robustness); redirects are not followed by the SDKs");

    public override Requirement Requirement => Rule;

    public override string Expectation => "every answer a documented status: 2xx as documented for its operation, 4xx for a refusal, never 5xx, 1xx or 3xx";

    public override bool Judges(ObservedExchange observed) => !observed.Origin.JudgedByCheck;

    public override string? Violation(ObservedExchange observed)
    {
        var status = observed.Exchange.StatusCode;
        return status switch
        {
            >= 500 => $"status {status} (a server error) to {observed.Operation}",
            < 200 or (>= 300 and < 400) => $"status {status} to {observed.Operation}",
            >= 200 and < 300 when observed.Operation.SuccessStatus is { } documented && status != documented =>
                $"status {status} to {observed.Operation}, whose documented success is {documented}",
            _ => null,
        };
    }
}
