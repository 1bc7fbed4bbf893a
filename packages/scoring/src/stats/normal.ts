// The standard normal distribution, for the t quantile's starting value and for large-sample work
// elsewhere in the engine (the maturity face's intervals).

const maxTerms = 1000;
const tiny = 1e-300;
const invSqrtPi = 0.5641895835477563; // 1/√π

// erfc(z) for z ≥ 0 as the regularised upper incomplete gamma Q(½, z²): a series for the lower
// part below z² = 1.5, else Lentz's continued fraction (Numerical Recipes, 3rd ed., §6.2
// `gser`/`gcf`), which keeps full relative accuracy far into the tail.
function erfcOfSquare(s: number): number {
  if (s < 1.5) {
    // P(½, s) = e^{−s} s^½ / Γ(3/2) Σₙ sⁿ / ((3/2)(5/2)…(½ + n)).
    let term = 1 / 0.5;
    let sum = term;
    for (let n = 1; n < maxTerms; n += 1) {
      term *= s / (0.5 + n);
      sum += term;
      if (term < sum * Number.EPSILON) break;
    }
    return 1 - sum * Math.exp(-s) * Math.sqrt(s) * invSqrtPi;
  }
  let b = s + 0.5;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < maxTerms; i += 1) {
    const an = -i * (i - 0.5);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) <= Number.EPSILON) break;
  }
  return Math.exp(-s) * Math.sqrt(s) * invSqrtPi * h;
}

/**
 * Cumulative distribution of the standard normal, Φ(x) = ½ erfc(−x/√2), with erfc from the
 * incomplete gamma function Q(½, x²/2); the lower tail keeps its relative accuracy down to
 * Φ ≈ 1e-300 (about 1e-13 there, from rounding x²/2 in the exponent).
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const lower = 0.5 * erfcOfSquare(0.5 * x * x);
  return x < 0 ? lower : 1 - lower;
}

/**
 * Quantile of the standard normal: Wichura's Algorithm AS 241 (PPND16), Applied Statistics 37
 * (1988) 477–484, accurate to about 1e-16 relative.
 *
 * @returns `−Infinity` at p = 0, `Infinity` at p = 1, `NaN` outside [0, 1].
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return Number.NaN;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (
      (q *
        (((((((2509.0809287301227 * r + 33430.57558358813) * r + 67265.7709270087) * r +
          45921.95393154987) *
          r +
          13731.69376550946) *
          r +
          1971.5909503065513) *
          r +
          133.14166789178438) *
          r +
          3.3871328727963665)) /
      (((((((5226.495278852854 * r + 28729.085735721943) * r + 39307.89580009271) * r +
        21213.794301586597) *
        r +
        5394.196021424751) *
        r +
        687.1870074920579) *
        r +
        42.31333070160091) *
        r +
        1)
    );
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let x: number;
  if (r <= 5) {
    r -= 1.6;
    x =
      (((((((0.0007745450142783414 * r + 0.022723844989269184) * r + 0.2417807251774506) * r +
        1.2704582524523684) *
        r +
        3.6478483247632045) *
        r +
        5.769497221460691) *
        r +
        4.630337846156546) *
        r +
        1.4234371107496835) /
      (((((((1.0507500716444169e-9 * r + 0.0005475938084995345) * r + 0.015198666563616457) * r +
        0.14810397642748008) *
        r +
        0.6897673349851) *
        r +
        1.6763848301838038) *
        r +
        2.053191626637759) *
        r +
        1);
  } else {
    r -= 5;
    x =
      (((((((2.0103343992922881e-7 * r + 0.000027115555687434876) * r + 0.0012426609473880784) * r +
        0.026532189526576124) *
        r +
        0.29656057182850487) *
        r +
        1.7848265399172913) *
        r +
        5.463784911164114) *
        r +
        6.657904643501103) /
      (((((((2.0442631033899397e-15 * r + 1.421511758316446e-7) * r + 0.000018463183175100548) * r +
        0.0007868691311456133) *
        r +
        0.014875361290850615) *
        r +
        0.1369298809227358) *
        r +
        0.599832206555888) *
        r +
        1);
  }
  return q < 0 ? -x : x;
}
