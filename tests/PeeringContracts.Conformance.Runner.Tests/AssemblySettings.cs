// Each scenario is one dotnet test subprocess in a folder of its own: they share nothing, and mostly wait.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(4)]
