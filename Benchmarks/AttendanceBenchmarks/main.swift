// Benchmarks are added by the performance work; this entry point lists them.
print("usage: attendance-benchmarks <suite>")
