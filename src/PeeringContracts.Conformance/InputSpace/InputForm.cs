namespace PeeringContracts.Conformance.InputSpace;

/// <summary>One element of a declared input dimension: the value a check sends and the label the report lists it by.</summary>
public sealed record InputForm<T>(string Label, T Value);
