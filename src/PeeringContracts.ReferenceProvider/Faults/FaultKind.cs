namespace PeeringContracts.ReferenceProvider.Faults;

/// <summary>Where in the provider a fault bends the clean behaviour: one catalogue file each
/// (<c>FaultCatalog.&lt;kind&gt;.cs</c>), in catalogue order.</summary>
internal enum FaultKind
{
    /// <summary>Who a request without valid credentials acts as.</summary>
    Authentication,

    /// <summary>Who may accept or reject from which status, and how the change is written.</summary>
    TransitionRule,

    /// <summary>What a change writes besides its peering, and what show and list see.</summary>
    StoreAndRead,

    /// <summary>The reject's timing, connection, status code, headers, content type and methods.</summary>
    Transport,

    /// <summary>The reject's 200 body.</summary>
    AnswerBody,

    /// <summary>What a malformed id, an unknown id, a wrong state or a refused tenant is answered.</summary>
    Refusal,

    /// <summary>How any error answer is written.</summary>
    ErrorRendering,
}
