namespace PeeringContracts.Conformance.InputSpace;

/// <summary>A request body as sent: the text (null: none) and the Content-Type it is labelled with (null: none).</summary>
public sealed record RequestBody(string? Text, string? ContentType);
