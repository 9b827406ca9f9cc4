namespace PeeringContracts.ReferenceProvider.Faults;

/// <summary>
/// A requirement that must catch a fault, and the evidence that its check saw the fault's own symptom: text the
/// verdict of its failure message (what was expected and what came, before the exchange) must contain. Evidence names
/// the symptom (<c>status 202</c>, <c>text/plain</c>), never a random value, a duration, or the requirement's id.
/// </summary>
public sealed record Detection(string RequirementId, string Evidence);
