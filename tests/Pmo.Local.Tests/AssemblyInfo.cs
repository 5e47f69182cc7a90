// These tests start real processes (the host, Azurite, the demo) on a shared 2-core machine: one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
