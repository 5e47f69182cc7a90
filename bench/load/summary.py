"""Summary of bench/load/run.sh: per round and path, this project's and the bare endpoint's figures and their ratio,
then the median ratio per path. Input: the run's TSV (round, path, server, req/s, p50 ms, p99 ms, errors, load before,
load after, server CPU time per request in microseconds).
The CPU per request is the figure that depends least on how busy the machine is: a server starved of CPU by other
processes serves fewer requests per second, but spends about the same CPU on each."""
import statistics
import sys

rows = {}
for line in open(sys.argv[1], encoding="utf-8"):
    rnd, path, server, rps, p50, p99, errors, before, after, cpu = line.rstrip("\n").split("\t")
    rows[(int(rnd), path, server)] = dict(rps=float(rps), p50=float(p50), p99=float(p99), errors=int(errors),
                                          load=f"{before}->{after}", cpu=float(cpu or 0))

names = {"reads": "GET one project", "submit": "PUT a weekly update (create)"}
print(f"{'round':<6}{'path':<30}{'project req/s':>14}{'p99 ms':>9}{'bare req/s':>12}{'p99 ms':>9}{'ratio':>8}"
      f"{'CPU us/req':>16}{'CPU ratio':>10}{'errors':>8}  load avg (project run; bare run)")
ratios = {}
for rnd, path in sorted({(r, p) for r, p, _ in rows}, key=lambda k: (k[1], k[0])):
    mine, bare = rows.get((rnd, path, "project")), rows.get((rnd, path, "bare"))
    if not mine or not bare:
        continue
    ratio = 100 * mine["rps"] / bare["rps"] if bare["rps"] else 0.0
    cpu_ratio = 100 * bare["cpu"] / mine["cpu"] if mine["cpu"] else 0.0   # bare's CPU per request / ours
    ratios.setdefault(path, []).append((ratio, mine, bare, cpu_ratio))
    print(f"{rnd:<6}{names.get(path, path):<30}{mine['rps']:>14,.0f}{mine['p99']:>9.2f}{bare['rps']:>12,.0f}{bare['p99']:>9.2f}"
          f"{ratio:>7.1f}%{mine['cpu']:>8,.0f}/{bare['cpu']:<7,.0f}{cpu_ratio:>9.1f}%{mine['errors'] + bare['errors']:>8}  {mine['load']}; {bare['load']}")
for path, values in ratios.items():
    print(f"median {names.get(path, path)}: ratio {statistics.median(v[0] for v in values):.1f} %, "
          f"project {statistics.median(v[1]['rps'] for v in values):,.0f} req/s p99 {statistics.median(v[1]['p99'] for v in values):.2f} ms, "
          f"bare {statistics.median(v[2]['rps'] for v in values):,.0f} req/s p99 {statistics.median(v[2]['p99'] for v in values):.2f} ms "
          f"({len(values)} round(s)); CPU per request: bare / project = {statistics.median(v[3] for v in values):.1f} %")
