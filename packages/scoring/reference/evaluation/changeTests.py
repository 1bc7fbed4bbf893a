"""Reference values for the change statistics of @capkit/scoring/evaluation, computed OUTSIDE
the project with scipy 1.17 (ttest_rel, ttest_ind(equal_var=False)) and mpmath 1.3 (Hedges' J).

Run: python3 packages/scoring/reference/evaluation/changeTests.py
Values are pasted into src/evaluation/*.test.ts.
"""
import mpmath as mp
import numpy as np
from scipy import stats

mp.mp.dps = 30


def hedges_j(df):
    m = mp.mpf(df) / 2
    return float(mp.gamma(m) / (mp.sqrt(m) * mp.gamma(m - mp.mpf(1) / 2)))


def paired(name, r1, r2, level=0.95):
    r1 = np.array(r1, float)
    r2 = np.array(r2, float)
    d = r2 - r1
    res = stats.ttest_rel(r2, r1)
    ci = res.confidence_interval(level)
    n = len(d)
    dz = d.mean() / d.std(ddof=1)
    dav = d.mean() / ((r1.std(ddof=1) + r2.std(ddof=1)) / 2)
    j = hedges_j(n - 1)
    print(f'// {name}: paired, scipy.stats.ttest_rel(round2, round1), level {level}')
    print(f'//   mean {float(d.mean())!r} sd {float(d.std(ddof=1))!r} t {float(res.statistic)!r} df {float(res.df)!r} p {float(res.pvalue)!r}')
    print(f'//   ci [{float(ci.low)!r}, {float(ci.high)!r}] dz {float(dz)!r} dav {float(dav)!r} J {float(j)!r} gz {float(j*dz)!r} gav {float(j*dav)!r}')


def welch(name, a, b, level=0.95):
    a = np.array(a, float)
    b = np.array(b, float)
    res = stats.ttest_ind(a, b, equal_var=False)
    ci = res.confidence_interval(level)
    na, nb = len(a), len(b)
    pooled = np.sqrt(((na - 1) * a.var(ddof=1) + (nb - 1) * b.var(ddof=1)) / (na + nb - 2))
    d = (a.mean() - b.mean()) / pooled
    j = hedges_j(na + nb - 2)
    print(f'// {name}: welch, scipy.stats.ttest_ind(a, b, equal_var=False), level {level}')
    print(f'//   diff {float(a.mean() - b.mean())!r} t {float(res.statistic)!r} df {float(res.df)!r} p {float(res.pvalue)!r}')
    print(f'//   ci [{float(ci.low)!r}, {float(ci.high)!r}] d {float(d)!r} g {float(j*d)!r}')


paired('small', [2, 3, 3, 4, 5], [3, 4, 3, 5, 7])
rng = np.random.default_rng(20261202)
r1 = np.round(rng.normal(2.6, 0.7, 24), 2)
r2 = np.round(r1 + rng.normal(0.3, 0.5, 24), 2)
print('// data24 round1', list(map(float, r1)))
print('// data24 round2', list(map(float, r2)))
paired('data24', r1, r2)
paired('data24 at 0.9', r1, r2, 0.9)

treated1 = [2.1, 2.4, 1.9, 2.8, 2.2, 2.5, 2.0, 2.6]
treated2 = [3.0, 3.1, 2.6, 3.4, 2.9, 3.5, 2.4, 3.3]
untreated1 = [2.3, 2.0, 2.7, 2.4, 2.2, 2.6]
untreated2 = [2.5, 2.1, 2.6, 2.8, 2.3, 2.9]
paired('treated', treated1, treated2)
paired('untreated', untreated1, untreated2)
welch('baseline', treated1, untreated1)
welch('did', np.subtract(treated2, treated1), np.subtract(untreated2, untreated1))

for df in [2, 3, 4, 9, 23, 100, 1000, 1e5]:
    print(f'// J({df}) = {float(hedges_j(df))!r}; 1 - 3/(4df - 1) = {float(1 - 3 / (4 * df - 1))!r}')
