"""Reference values for @capkit/scoring's special functions (src/stats/), computed OUTSIDE the
project with mpmath 1.3 at 32 significant digits, and cross-checked against scipy 1.17.

Run: python3 packages/scoring/reference/evaluation/studentT.py
It prints TypeScript array literals that are pasted into src/stats/*.test.ts.

Every probability is computed from the exact double given (mpmath takes the binary value of the
float), so the JavaScript side is judged on the same inputs.
"""
import mpmath as mp
from scipy import stats, special

mp.mp.dps = 32


def t_cdf(t, df):
    t = mp.mpf(t)
    df = mp.mpf(df)
    if t == 0:
        return mp.mpf('0.5')
    x = df / (df + t * t)
    tail = mp.betainc(df / 2, mp.mpf('0.5'), 0, x, regularized=True) / 2
    return 1 - tail if t > 0 else tail


def two_sided_p(t, df):
    t = mp.mpf(t)
    df = mp.mpf(df)
    x = df / (df + t * t)
    return mp.betainc(df / 2, mp.mpf('0.5'), 0, x, regularized=True)


def t_quantile(p, df):
    p = mp.mpf(p)
    df = mp.mpf(df)
    if p == mp.mpf('0.5'):
        return mp.mpf(0)
    sign = -1 if p < 0.5 else 1
    guess = abs(float(stats.t.ppf(float(p), float(df))))
    if not (0 < guess < 1e300):
        guess = None  # scipy overflows in the far tail (t.ppf(1e-300, 3) = -inf): bracket instead
    if abs(p - mp.mpf('0.5')) < mp.mpf('0.25'):
        # Central: P(|T| < s) = 2|p - 1/2|, solved in log s.
        target = mp.log(2 * abs(p - mp.mpf('0.5')))
        central = lambda s: mp.betainc(mp.mpf('0.5'), df / 2, 0, s * s / (df + s * s), regularized=True)
        u = mp.findroot(lambda u: mp.log(central(mp.exp(u))) - target, mp.log(guess))
    else:
        # A tail: P(T < -s) = min(p, 1 - p), solved in log s.
        target = mp.log(min(p, 1 - p))
        f = lambda u: mp.log(t_cdf(-mp.exp(u), df)) - target
        if guess is None:
            u = mp.findroot(f, (mp.mpf(0), mp.mpf(1400)), solver='anderson')
        else:
            u = mp.findroot(f, mp.log(guess))
    return sign * mp.exp(u)


def norm_cdf(x):
    return mp.ncdf(mp.mpf(x))


def norm_quantile(p):
    p = mp.mpf(p)
    if p == mp.mpf('0.5'):
        return mp.mpf(0)
    guess = mp.mpf(special.ndtri(float(p)))
    if abs(p - mp.mpf('0.5')) < mp.mpf('0.25'):
        return mp.findroot(lambda x: mp.ncdf(x) - p, guess)
    sign = -1 if p < 0.5 else 1
    target = mp.log(min(p, 1 - p))
    u = mp.findroot(lambda u: mp.log(mp.ncdf(-mp.exp(u))) - target, mp.log(abs(guess)))
    return sign * mp.exp(u)


def r(v):
    return repr(float(v))


dfs = [1, 2, 3, 5, 10, 30, 100, 1000, 1e5, 0.5, 1.5, 2.5, 7.3, 41.7]
ts = [1e-8, 0.1, 0.5, 1, 1.5, 1.75, 2, 3, 5, 10, 30, 100, 1e3, 1e5]
ps = [1e-300, 1e-100, 1e-20, 1e-10, 1e-5, 0.001, 0.025, 0.1, 0.3, 0.4999999999,
      0.5000000001, 0.6, 0.9, 0.975, 0.999, 1 - 1e-10]

print('// [t, df, cdf(t), cdf(-t), two-sided p]')
print('const tCdfReference: readonly (readonly [number, number, number, number, number])[] = [')
worst_scipy = 0.0
for df in dfs:
    for t in ts:
        # Skip tails far below the smallest double (mpmath would chase them for minutes).
        if float(df) / 2 * mp.log1p(mp.mpf(t) ** 2 / df) > 700:
            continue
        lower = t_cdf(-t, df)
        upper = t_cdf(t, df)
        p2 = two_sided_p(t, df)
        sc = stats.t.cdf(-t, df)
        if lower > 1e-300:
            worst_scipy = max(worst_scipy, abs(sc - float(lower)) / float(lower))
        print(f'  [{r(t)}, {r(df)}, {r(upper)}, {r(lower)}, {r(p2)}],')
print('];')
print(f'// scipy.stats.t.cdf(-t) worst relative difference from mpmath: {worst_scipy:.3g}')

print('// [p, df, quantile(p)]')
print('const tQuantileReference: readonly (readonly [number, number, number])[] = [')
for df in dfs:
    for p in ps:
        q = t_quantile(p, df)
        if abs(q) > 1e300:
            continue
        print(f'  [{r(p)}, {r(df)}, {r(q)}],')
print('];')

print('// [x, logGamma(x)]')
print('const logGammaReference: readonly (readonly [number, number])[] = [')
for x in [1e-300, 1e-10, 1e-3, 0.1, 0.5, 0.9, 1, 1.2, 1.5, 2, 2.5, 3.7, 5, 9.5, 10, 10.5, 25,
          50.25, 171.5, 1e3, 5e4 + 0.5, 1e5, 1e10, 1e300]:
    print(f'  [{r(x)}, {r(mp.loggamma(mp.mpf(x)))}],')
print('];')

print('// [x, a, b, I_x(a, b)]')
print('const incompleteBetaReference: readonly (readonly [number, number, number, number])[] = [')
for a, b in [(0.5, 0.5), (1, 1), (2, 3), (0.5, 5), (5, 0.5), (10, 10), (2000, 0.5), (0.5, 2000),
             (30, 12.5), (200, 300)]:
    for x in [1e-12, 1e-4, 0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99, 0.9999]:
        # Skip values far below the smallest double (mpmath cannot bound them).
        if a * mp.log(x) < -700:
            continue
        try:
            v = mp.betainc(mp.mpf(a), mp.mpf(b), 0, mp.mpf(x), regularized=True)
        except (ValueError, mp.libmp.libhyper.NoConvergence):
            print(f'  // skipped x = {x}, a = {a}, b = {b}: mpmath does not converge there')
            continue
        if v < 1e-300:
            continue
        print(f'  [{r(x)}, {r(a)}, {r(b)}, {r(v)}],')
print('];')

print('// [x, normalCdf(x)]')
print('const normalCdfReference: readonly (readonly [number, number])[] = [')
for x in [-37.5, -30, -20, -10, -8, -5, -3, -2, -1.5, -1, -0.5, -1e-8, 0, 0.3, 1, 2, 5, 8.25]:
    print(f'  [{r(x)}, {r(norm_cdf(x))}],')
print('];')

print('// [p, normalQuantile(p)]')
print('const normalQuantileReference: readonly (readonly [number, number])[] = [')
for p in [1e-300, 1e-100, 1e-20, 1e-10, 1e-5, 0.001, 0.025, 0.075, 0.1, 0.3, 0.4999999999,
          0.5000000001, 0.6, 0.9, 0.925, 0.975, 0.999, 1 - 1e-10]:
    print(f'  [{r(p)}, {r(norm_quantile(p))}],')
print('];')

# TOOLCHAIN.md's values, from scipy
print('// scipy: t.cdf(2, 5) =', repr(stats.t.cdf(2, 5)), '; t.ppf(0.975, 10) =', repr(stats.t.ppf(0.975, 10)),
      '; t.ppf(0.975, 200) =', repr(stats.t.ppf(0.975, 200)))
