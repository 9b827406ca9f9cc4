namespace PeeringContracts.Pact.Interop;

/// <summary>C enum <c>InteractionPart</c>.</summary>
internal enum InteractionPart
{
    Request = 0,
    Response = 1,
}

/// <summary>C enum <c>PactSpecification</c> (only the versions this binding writes).</summary>
internal enum PactSpecification
{
    V3 = 4,
    V4 = 5,
}

/// <summary>C enum <c>LevelFilter</c>.</summary>
internal enum LogLevel
{
    Off = 0,
    Error = 1,
    Warn = 2,
    Info = 3,
    Debug = 4,
    Trace = 5,
}
