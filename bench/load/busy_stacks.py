"""Where the CPU goes in a dotnet-trace thread-time trace (converted to speedscope): replays each thread's stacks and
keeps only the time when the thread was running, i.e. the leaf frame is not a known wait (thread-pool semaphore,
Monitor.Wait, wait handles, socket/epoll, file reads). Prints the top frames by inclusive and exclusive running time.
Usage: python3 busy_stacks.py trace.speedscope.json [top=45] [filter]   (filter: substring of frames to list)"""
import json
import re
import sys
from collections import defaultdict

WAITS = re.compile(r"LowLevelLifoSemaphore|WaitHandle\.Wait|Monitor\.Wait|ManualResetEventSlim\.Wait|WaitForSignal|"
                   r"Interop\+Sys\.(Read|WaitForSocketEvents|Poll)|SocketAsyncEngine\.EventLoop|RunFinalizers|"
                   r"Thread\.Sleep|SpinWait|Task\.SpinThenBlockingWait|LowLevelMonitor|WaitOneNoCheck|TimerQueue\.TimerThread|"
                   r"PollGC|Missing Symbol|ChkCastAny|Heartbeat")

PSEUDO = {"CPU_TIME", "UNMANAGED_CODE_TIME"}
doc = json.load(open(sys.argv[1], encoding="utf-8"))
top = int(sys.argv[2]) if len(sys.argv) > 2 else 45
names = [f["name"] for f in doc["shared"]["frames"]]
inclusive, exclusive = defaultdict(float), defaultdict(float)
running = idle = 0.0
for profile in doc["profiles"]:
    stack, last = [], None
    for event in profile["events"]:
        if last is not None and stack:
            dt = event["at"] - last
            # The converter ends each stack with CPU_TIME (managed code running) or UNMANAGED_CODE_TIME (native code:
            # SQLite, or a wait); the frame above it says which.
            real = [names[f] for f in stack if names[f] not in PSEUDO]
            leaf = real[-1] if real else names[stack[-1]]
            if WAITS.search(leaf) or (names[stack[-1]] == "UNMANAGED_CODE_TIME" and WAITS.search(" ".join(real[-3:]))):
                idle += dt
            else:
                running += dt
                exclusive[leaf] += dt
                for name in {names[f] for f in stack if names[f] not in PSEUDO and not names[f].startswith(("Thread (", "Process64", "Threads", "(Non-Activities)"))}:
                    inclusive[name] += dt
        last = event["at"]
        if event["type"] == "O":
            stack.append(event["frame"])
        elif stack:
            stack.pop()

print(f"running {running:,.0f} ms, waiting {idle:,.0f} ms (thread time)")
flt = sys.argv[3] if len(sys.argv) > 3 else ""
print("-- inclusive (share of running time)")
for name, t in sorted(inclusive.items(), key=lambda kv: -kv[1]):
    if flt in name:
        print(f"{100 * t / running:6.2f}%  {name[:150]}")
        top -= 1
        if top == 0:
            break
print("-- exclusive")
for name, t in sorted(exclusive.items(), key=lambda kv: -kv[1])[:30]:
    print(f"{100 * t / running:6.2f}%  {name[:150]}")
