using System.Diagnostics;
using System.Globalization;
using PeeringContracts.Schemas;

// A typical reject response: the seed's example (corrected) with the optional fields a real provider adds.
const string Body = """
    {
      "id": "22b76469-08e3-4937-8c1d-7aad34892be1",
      "name": "peering-对等连接-01",
      "description": "web tier to database tier",
      "request_vpc_info": { "vpc_id": "9daeac7c-a98f-430f-8e38-67f9c044e299", "tenant_id": "f65e9ebced5d418ba9319a723718ba4e" },
      "accept_vpc_info": { "vpc_id": "f583c072-0bb8-4e19-afb2-afb7c1693be5", "tenant_id": "059b5c937100d3e40ff0c00a7675a0a0" },
      "status": "REJECTED",
      "created_at": "2024-06-11T08:30:00",
      "updated_at": "2024-06-11T08:31:07"
    }
    """;
const int WarmUpValidations = 5_000;
var timedValidations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50_000;

var schema = PeeringSchemas.RejectResponse;
var violations = schema.Validate(Body);
if (violations.Count > 0)
{
    Console.Error.WriteLine($"The benchmark body must be valid, or the error path is measured instead: {SchemaViolation.Describe(violations)}");
    return 1;
}

for (var i = 0; i < WarmUpValidations; i++)
{
    schema.Validate(Body);
}

var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
var clock = Stopwatch.StartNew();
for (var i = 0; i < timedValidations; i++)
{
    schema.Validate(Body);
}

clock.Stop();
var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
    reject-response.schema.json, one thread, {Body.Length}-character body, {timedValidations:N0} validations after {WarmUpValidations:N0} warm-up
      {timedValidations / clock.Elapsed.TotalSeconds:N0} validations/s ({clock.Elapsed.TotalMicroseconds / timedValidations:N1} µs each)
      {allocated / timedValidations:N0} bytes allocated per validation
    """));
return 0;
