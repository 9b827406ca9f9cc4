// The heavy work (the detection matrix) limits its own concurrency; tests are mostly views on it.
[assembly: LevelOfParallelism(4)]
