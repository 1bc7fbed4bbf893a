"""Reference values for @capkit/scoring/maturity, computed outside the project with numpy/scipy.

Run: python3 reference.py   (numpy 2.4, scipy 1.17). The tests paste the printed values.
Each block re-implements a method from its published definition (COINr's R source for the
treatment rule and normalisations, the OECD/JRC Handbook for aggregation, Saltelli 2010 for
the Sobol estimators), independently of the TypeScript code.
"""
import numpy as np
from scipy import stats

np.set_printoptions(precision=17, floatmode="maxprec")
r = lambda xs: "[" + ", ".join(repr(float(x)) for x in xs) + "]"

print("## skewness / kurtosis (e1071 type 2 = scipy bias=False)")
x = np.array([*range(1, 11), 30, 100], dtype=float)
print("x =", r(x))
print("skew", repr(stats.skew(x, bias=False)), "kurt", repr(stats.kurtosis(x, fisher=True, bias=False)))


def fails(v, s=2.0, k=3.5):
    return abs(stats.skew(v, bias=False)) > s and stats.kurtosis(v, fisher=True, bias=False) > k


def coinr_treat(x, winmax=5):
    """COINr Treat.numeric with winsorise (R/treat.R) then log_CT on the original."""
    x = x.astype(float).copy()
    if not fails(x):
        return x, "none", 0
    orig = x.copy()
    changed = np.zeros(len(x), bool)
    while fails(x) and changed.sum() < winmax:
        if stats.skew(x, bias=False) >= 0:
            m = x.max(); i = x == m; x[i] = x[~i].max()
        else:
            m = x.min(); i = x == m; x[i] = x[~i].min()
        changed |= i
    if not fails(x):
        return x, "winsorised", int(changed.sum())
    lo, hi = orig.min(), orig.max()
    if stats.skew(orig, bias=False) >= 0:
        y = np.log(orig - lo + 0.01 * (hi - lo))
    else:
        y = -np.log(hi - orig + 0.01 * (hi - lo))
    return y, "log", 0


for name, v in [
    ("coinrExample", x),
    ("threePoints", np.array([*range(1, 31), 100, 110, 120], float)),
    ("needsLog", np.array([*range(1, 51), *[10.0**k for k in range(2, 9)]], float)),
    ("lowOutliers", -np.array([*range(1, 21), 200], float)),
    ("needsLogLow", -np.array([*range(1, 51), *[10.0**k for k in range(2, 9)]], float)),
]:
    y, action, points = coinr_treat(v)
    print(f"treat {name}: input {r(v)}")
    print(f"  action {action} points {points}")
    print(f"  out {r(y)}")
    print(f"  skew {stats.skew(y, bias=False)!r} kurt {stats.kurtosis(y, fisher=True, bias=False)!r}")

print("\n## normalisation, x with direction")
x = np.array([3.0, 7.0, 7.0, 1.0, 12.0])
print("x =", r(x))
for d in (1, -1):
    xd = d * x
    mn, mx = xd.min(), xd.max()
    print(f"direction {d}")
    print("  minMax[0,100]", r((xd - mn) / (mx - mn) * 100))
    print("  minMax[1,10]", r((xd - mn) / (mx - mn) * 9 + 1))
    print("  zScore(10,2)", r((xd - xd.mean()) / xd.std(ddof=1) * 2 + 10))
    t = 10.0 if d == 1 else 2.0
    y = (xd - mn) / (d * t - mn)
    print(f"  distanceToTarget(target {t})", r(y), "capped", r(np.minimum(y, 1)))
    print("  distanceToMax", r(1 - (mx - xd) / (mx - mn)))
    rk = stats.rankdata(xd, method="min")
    print("  rank", r(rk), "percentileRank", r((rk - 1) / (len(x) - 1)))
    lo, hi = 2.0, 10.0
    g = (x - lo) / (hi - lo) if d == 1 else (hi - x) / (hi - lo)
    print("  goalposts[2,10]x100", r(np.clip(g, 0, 1) * 100))

print("\n## aggregation of one entity, weights (normalised) w, values v")
v = np.array([20.0, 50.0, 80.0, 35.0])
w = np.array([1.0, 2.0, 3.0, 2.0]); w = w / w.sum()
print("v =", r(v), "w =", r(w))
print("arithmetic", repr(np.sum(w * v)))
print("geometric", repr(stats.gmean(v, weights=w)))
print("harmonic", repr(stats.hmean(v, weights=w)))
print("power 2", repr(stats.pmean(v, 2, weights=w)))
print("power -0.5", repr(stats.pmean(v, -0.5, weights=w)))
print("power 3", repr(stats.pmean(v, 3, weights=w)))

print("\n## Copeland over 4 entities x 3 indicators, weights 0.5, 0.25, 0.25")
X = np.array([[1, 5, 5], [2, 1, 1], [3, 3, 0], [2, 1, 1]], float)
wc = np.array([0.5, 0.25, 0.25])
sc = np.zeros(4)
for a in range(4):
    for b in range(4):
        if a == b: continue
        e = np.sum(wc * (X[a] > X[b])) + 0.5 * np.sum(wc * (X[a] == X[b]))
        sc[a] += 1 if e > 0.5 else -1 if e < 0.5 else 0
print("copeland", r(sc))

print("\n## imputation of one indicator with missing (nan), groups g")
col = np.array([4.0, np.nan, 10.0, 1.0, np.nan, 7.0, 3.0])
grp = ["a", "a", "a", "b", "b", "b", None]
print("col", col.tolist(), "groups", grp)
print("columnMean", repr(np.nanmean(col)), "columnMedian", repr(np.nanmedian(col)))
for gname in ("a", "b"):
    vals = [c for c, g in zip(col, grp) if g == gname and not np.isnan(c)]
    print(f"group {gname} mean", repr(np.mean(vals)), "median", repr(np.median(vals)))

print("\n## a whole index: 5 entities x 4 indicators, two pillars (arith, geometric root)")
raw = np.array([  # entities x indicators; i3 is lower-is-better
    [10.0, 200.0, 0.5, 30.0],
    [22.0, 150.0, 0.9, 10.0],
    [15.0, 400.0, 0.2, 25.0],
    [30.0, 100.0, 0.7, 50.0],
    [25.0, 300.0, 0.4, 20.0],
])
direction = np.array([1, 1, 1, -1])
wi = np.array([1.0, 3.0, 1.0, 1.0])  # i0,i1 -> p1 ; i2,i3 -> p2
n = (raw * direction - (raw * direction).min(0)) / ((raw * direction).max(0) - (raw * direction).min(0)) * 99 + 1
p1 = (n[:, 0] * 1 + n[:, 1] * 3) / 4
p2 = (n[:, 2] + n[:, 3]) / 2
wp = np.array([2.0, 1.0]) / 3
root = np.exp(wp[0] * np.log(p1) + wp[1] * np.log(p2))
print("p1", r(p1)); print("p2", r(p2)); print("root", r(root))
print("ranks", r(stats.rankdata(-root, method="min")))
print("effective weights i0..i3", r([2/3*1/4, 2/3*3/4, 1/3*1/2, 1/3*1/2]))

print("\n## type-7 quantiles")
q = np.array([3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0])
print("q", r(q), "p05", repr(np.quantile(q, 0.05)), "p50", repr(np.quantile(q, 0.5)), "p95", repr(np.quantile(q, 0.95)))

print("\n## Sobol estimators (Saltelli 2010 first order with f(B) centred on the A+B mean, Jansen total) on fixed outputs")
yA = np.array([1.0, 4.0, 2.0, 8.0])
yB = np.array([3.0, 5.0, 7.0, 2.0])
yAB = np.array([[2.0, 4.5, 6.0, 3.0], [1.5, 3.0, 2.5, 7.0], [1.0, 4.0, 0.0, 8.0]])
V = np.var(np.concatenate([yA, yB]))
print("V", repr(V))
for i in range(3):
    m = np.mean(np.concatenate([yA, yB]))
    S = np.mean((yB - m) * (yAB[i] - yA)) / V
    ST = 0.5 * np.mean((yA - yAB[i]) ** 2) / V
    print(f"factor {i}: first {S!r} total {ST!r}")

print("\n## analytic indices")
a, b = 7.0, 0.1
V1 = 0.5 * (1 + b * np.pi**4 / 5) ** 2
V2 = a**2 / 8
V13 = b**2 * np.pi**8 * (1 / 18 - 1 / 50)
V = V1 + V2 + V13
print("Ishigami S", r([V1 / V, V2 / V, 0.0]), "ST", r([(V1 + V13) / V, V2 / V, V13 / V]))
coef = np.array([1.0, 2.0, 3.0])
print("linear 1,2,3 on U(0,1): S = ST =", r(coef**2 / np.sum(coef**2)))
