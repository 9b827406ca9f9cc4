// Each self-test mostly waits on loopback requests and the suite's settle windows, not on the CPU.
[assembly: LevelOfParallelism(8)]
