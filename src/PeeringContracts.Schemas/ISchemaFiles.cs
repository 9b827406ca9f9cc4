namespace PeeringContracts.Schemas;

/// <summary>Where schema files come from: the embedded copies of <c>schemas/</c>, or a test's own set.</summary>
internal interface ISchemaFiles
{
    IReadOnlyList<string> FileNames { get; }

    bool Contains(string fileName);

    string Read(string fileName);
}
