"""The consensus table (scripts/consensus-table.sh): crowd sets, clean and attacked, replayed
through the runtime by labelchain-replay; one line per run, read from its `result {...}` line."""
import argparse, json, os, subprocess, sys, tempfile

DATA = "../shared/data/crowd"
ADVERSARY = "../shared/tools/adversary.py"


def replay(binary, directory, gold_share):
    out = subprocess.run(
        [binary, f"{directory}/labels.tsv", f"{directory}/gold.tsv", "--batch", "50", "--gold-share", str(gold_share)],
        check=True, capture_output=True, text=True).stdout
    line = next(l for l in out.splitlines() if l.startswith("result "))
    return json.loads(line[len("result "):])


def money(group):
    return f"{group['perAnswer']:+8.2f}" if group["answers"] else "       -"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--replay", required=True)
    p.add_argument("--sets", default="rte temp web")
    p.add_argument("--fractions", default="0.1 0.2 0.3 0.4")
    p.add_argument("--gold-share", type=float, default=0.05)
    a = p.parse_args()
    print(f"{'set':5} {'attack':8} {'F':>4} {'gold':>5} {'accuracy':>9} {'escalated':>9} {'reviewed':>9} {'maj.vote':>9} "
          f"{'adversary':>10} {'honest':>8} {'>=0.8':>8} {'<0.6':>8}   (money: LBL per answer)")
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for s in a.sets.split():
            clean = f"{DATA}/{s}"
            runs = [("clean", 0.0, clean, 0.0), ("clean", 0.0, clean, a.gold_share)]
            for mode in ["collude", "spam", "copy"]:
                for f in a.fractions.split():
                    out = f"{tmp}/{s}-{mode}-{f}"
                    args = [sys.executable, ADVERSARY, clean, out, "--colluders", f, "--seed", "1", "--mode", mode]
                    if mode == "collude":
                        args += ["--cover", "0.1"]
                    subprocess.run(args, check=True, capture_output=True)
                    runs.append((mode, float(f), out, a.gold_share))
            for mode, f, directory, gold in runs:
                r = replay(a.replay, directory, gold)
                failures += r["dispatchErrors"] > 0
                print(f"{s:5} {mode:8} {f:4.1f} {100*gold:4.0f}% {r['accuracy']:9.4f} {100*r['escalation']:8.1f}% "
                      f"{r['reviewedAccuracy']:9.4f} "
                      f"{r['majorityVoteExpected']:9.4f} {money(r['adversaries']):>10} {money(r['honest']):>8} "
                      f"{money(r['accurate']):>8} {money(r['nearRandom']):>8}", flush=True)
    if failures:
        print(f"{failures} runs had failed calls", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
