namespace PeeringContracts.Conformance.InputSpace;

/// <summary>What a check tried of one declared dimension: the labels of the forms it sent, of how many declared.</summary>
public sealed record DimensionCoverage(string Dimension, IReadOnlyList<string> Tried, int Declared);
